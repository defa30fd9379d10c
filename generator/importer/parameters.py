"""Parameters of source endpoints, read from OpenAPI schemas or from <ParamField> blocks, as
catalog dicts. Anything the catalog cannot hold is normalized, and the caller reports it."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from generator.render.unescape import mdx_plain_text
from generator.repo.mdx import MdxPage

TYPES = ("string", "integer", "number", "boolean", "array", "object")
FORMATS = ("uri", "email", "date-time", "binary")
_PARAMFIELD_TYPES = {
    "string[]": ("array", "string"),
    "number[]": ("array", "number"),
    "integer[]": ("array", "integer"),
    "object[]": ("array", "object"),
    "boolean[]": ("array", "boolean"),
    "bool": ("boolean", None),
}
NO_DESCRIPTION = "Not described in the source documentation."

Note = Callable[[str], None]


def type_of(schema: dict[str, Any]) -> tuple[str | None, bool]:
    """(type, nullable) from `type`, a type list, or a oneOf/anyOf of simple types."""
    declared = schema.get("type")
    variants = schema.get("oneOf") or schema.get("anyOf") or []
    if isinstance(declared, list):
        names = declared
    elif declared:
        names = [declared]
    else:
        names = [v.get("type") for v in variants if isinstance(v, dict) and v.get("type")]
    nullable = "null" in names or bool(schema.get("nullable"))
    concrete = [n for n in names if n != "null"]
    return (concrete[0] if concrete else None), nullable


def from_schema(
    name: str,
    raw: Any,
    required: bool,
    resolve: Callable[[Any], Any],
    note: Note,
) -> dict[str, Any]:
    schema = resolve(raw) if isinstance(raw, dict) else {}
    kind, nullable = type_of(schema)
    if kind not in TYPES:
        note(f"parameter '{name}' has no usable type ({kind!r}); documented as string")
        kind = "string"
    parameter: dict[str, Any] = {"name": name, "type": kind}
    if kind == "array":
        items = resolve(schema.get("items") or {})
        item_type, _ = type_of(items) if isinstance(items, dict) else (None, False)
        if item_type in TYPES and item_type != "array":
            parameter["items"] = item_type
    description = (schema.get("description") or "").strip()
    if not description:
        note(f"parameter '{name}' has no description; a placeholder sentence was added")
    parameter["description"] = description or NO_DESCRIPTION
    if required:
        parameter["required"] = True
    if nullable:
        parameter["nullable"] = True
    if schema.get("format") in FORMATS:
        parameter["format"] = schema["format"]
    for key in ("enum", "minimum", "maximum"):
        if key in schema:
            parameter[key] = schema[key]
    if "default" in schema:
        parameter["default"] = schema["default"]
    return _consistent(parameter, note)


_MISSING = object()


def _coerce(value: Any, kind: str) -> Any:
    """The value as the declared type when that is lossless, else _MISSING."""
    if kind in ("integer", "number"):
        if isinstance(value, bool):
            return _MISSING
        if isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                return _MISSING
        if not isinstance(value, int | float):
            return _MISSING
        if kind == "integer":
            return int(value) if float(value).is_integer() else _MISSING
        return value
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        return {"true": True, "false": False}.get(str(value).lower(), _MISSING)
    if kind == "string":
        return value if isinstance(value, str) else _MISSING
    return value


def _consistent(parameter: dict[str, Any], note: Note) -> dict[str, Any]:
    """Make the default valid for the parameter (type, enum, limits), saying what changed."""
    name = parameter["name"]
    if "default" in parameter and parameter["default"] is not None:
        coerced = _coerce(parameter["default"], parameter["type"])
        if coerced is _MISSING:
            note(
                f"default {parameter['default']!r} of '{name}' is not a {parameter['type']}; "
                "the default was dropped"
            )
            del parameter["default"]
        elif coerced != parameter["default"] or type(coerced) is not type(parameter["default"]):
            note(f"default {parameter['default']!r} of '{name}' is written as {coerced!r}")
            parameter["default"] = coerced
    default = parameter.get("default")
    if isinstance(default, int | float) and not isinstance(default, bool):
        low, high = parameter.get("minimum"), parameter.get("maximum")
        if (low is not None and default < low) or (high is not None and default > high):
            note(f"default {default!r} of '{name}' is outside its limits; the default was dropped")
            del parameter["default"]
    enum = parameter.get("enum")
    if enum is not None and "default" in parameter and parameter["default"] not in enum:
        note(
            f"default {parameter['default']!r} of '{parameter['name']}' is not among its enum "
            "values; the default was dropped"
        )
        del parameter["default"]
    if enum is not None and len(set(map(json.dumps, enum))) != len(enum):
        parameter["enum"] = list(dict.fromkeys(enum))
    return parameter


def _literal(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return text


def from_paramfields(page: MdxPage, note: Note) -> list[dict[str, Any]]:
    """Parameters from <ParamField> elements; query=/path=/header= become body parameters."""
    found = []
    for element in page.elements_named("ParamField"):
        attributes = element.open.attributes
        inner = page.inner_source(element)
        location = next((a for a in ("body", "query", "path", "header") if a in attributes), None)
        if location is None:
            continue
        name = attributes[location] or ""
        if location != "body":
            note(f'ParamField {location}="{name}" is a body parameter; declared with body=')
        raw_type = (attributes.get("type") or "string").strip()
        kind, items = _PARAMFIELD_TYPES.get(raw_type, (raw_type, None))
        if kind not in TYPES:
            note(f"ParamField '{name}' has type {raw_type!r}; documented as string")
            kind, items = "string", None
        facts = read_facts(inner)
        description = mdx_plain_text(strip_facts(inner)).strip()
        if not description:
            note(f"parameter '{name}' has no description; a placeholder sentence was added")
        parameter: dict[str, Any] = {"name": name, "type": kind}
        if items:
            parameter["items"] = items
        parameter["description"] = description or NO_DESCRIPTION
        if "required" in attributes:
            parameter["required"] = True
        if attributes.get("default") is not None:
            parameter["default"] = _literal(attributes["default"])
        for attribute, key in (("min", "minimum"), ("max", "maximum")):
            value = _literal(attributes.get(attribute) or "")
            if isinstance(value, int | float) and not isinstance(value, bool):
                parameter[key] = value
        for key in ("enum", "minimum", "maximum"):
            if key in facts:
                parameter.setdefault(key, facts[key])
        ordered = {k: parameter[k] for k in _ORDER if k in parameter}
        found.append(_consistent(ordered, note))
    return found


_ORDER = (
    "name",
    "type",
    "items",
    "description",
    "required",
    "default",
    "enum",
    "minimum",
    "maximum",
)
_FACT = re.compile(r"(Allowed values|Minimum|Maximum): (.*?)\.(?=\s|$)")
_CODE = re.compile(r"`+ ?(.*?) ?`+")


def read_facts(text: str) -> dict[str, Any]:
    """enum/minimum/maximum from the facts sentence the generator appends to ParamField text."""
    facts: dict[str, Any] = {}
    tail = text.strip()
    match = _FACTS.search(tail)
    if not match:
        return facts
    for label, value in _FACT.findall(match.group(0)):
        if label == "Allowed values":
            values = [_literal(v) for v in _CODE.findall(value)]
            if values:
                facts["enum"] = values
        else:
            facts["minimum" if label == "Minimum" else "maximum"] = _literal(value)
    return facts


_FACTS = re.compile(
    r"(?:\s+(?:Allowed values: .*?\.|Minimum: [^ ]+\.|Maximum: [^ ]+\.))+\s*$", re.DOTALL
)


def strip_facts(text: str) -> str:
    """Remove the limits sentence the generator appends to ParamField text (see render/mdx.py)."""
    return _FACTS.sub("", text.strip())
