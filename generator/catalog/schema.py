"""Check catalog files against schemas/catalog.schema.json and explain failures in plain words.

jsonschema's own messages quote whole instances and regexes; authors need the key to fix, its
line, and a suggestion. Each error is turned into one Problem here.
"""

from __future__ import annotations

import difflib
import json
import re
from functools import cache
from typing import Any, Literal

from generator.catalog.yaml_source import YamlDocument
from generator.problems import Problem
from generator.resources import CATALOG_SCHEMA

Definition = Literal["site", "group"]
_QUOTED = re.compile(r"'([^']*)'")
_TYPE_NAMES = {
    dict: "a mapping",
    list: "a list",
    str: "a string",
    bool: "true or false",
    int: "a number",
    float: "a number",
    type(None): "empty (null)",
}


@cache
def _root_schema() -> dict[str, Any]:
    return json.loads(CATALOG_SCHEMA.read_text(encoding="utf-8"))


@cache
def _validator(definition: Definition):
    from jsonschema import Draft202012Validator

    root = _root_schema()
    schema = {**root, "$ref": f"#/$defs/{definition}"}
    schema.pop("oneOf", None)
    return Draft202012Validator(schema)


def schema_problems(doc: YamlDocument, definition: Definition) -> list[Problem]:
    """Every schema violation of one document, in file order."""
    problems = [_explain(doc, error) for error in _validator(definition).iter_errors(doc.data)]
    return sorted(set(problems))


def _explain(doc: YamlDocument, error) -> Problem:
    from jsonschema.exceptions import best_match

    if error.validator in ("oneOf", "anyOf") and error.context:
        return _explain(doc, best_match(error.context))
    path = tuple(error.absolute_path)
    validator = error.validator
    if validator in ("additionalProperties", "unevaluatedProperties"):
        unexpected = _QUOTED.findall(error.message)
        known = sorted(_known_properties(error.schema))
        name = unexpected[0] if unexpected else "?"
        hint = _did_you_mean(name, known)
        allowed = ", ".join(known)
        return Problem(
            doc.where_key((*path, name)),
            f"unknown key '{name}'{hint}; allowed here: {allowed}",
        )
    if validator == "required":
        missing = _QUOTED.findall(error.message)
        name = missing[0] if missing else "?"
        return Problem(doc.where(path), f"{_describe(path)} is missing required key '{name}'")
    if validator == "enum":
        options = [str(o) for o in error.validator_value]
        hint = _did_you_mean(str(error.instance), options)
        return Problem(
            doc.where(path),
            f"{_describe(path)}: '{error.instance}' is not allowed{hint}; use one of: "
            + ", ".join(options),
        )
    if validator == "const":
        return Problem(doc.where(path), f"{_describe(path)} must be '{error.validator_value}'")
    if validator == "type":
        expected = error.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        got = _TYPE_NAMES.get(type(error.instance), type(error.instance).__name__)
        return Problem(doc.where(path), f"{_describe(path)} must be {expected}, not {got}")
    hint = error.schema.get("x-hint") if isinstance(error.schema, dict) else None
    if hint:
        return Problem(doc.where(path), f"{_describe(path)}: {error.instance!r} is invalid: {hint}")
    if validator in ("minLength", "minItems"):
        return Problem(doc.where(path), f"{_describe(path)} must not be empty")
    if validator == "uniqueItems":
        return Problem(doc.where(path), f"{_describe(path)} lists the same item twice")
    return Problem(doc.where(path), f"{_describe(path)}: {error.message}")


def _describe(path: tuple) -> str:
    if not path:
        return "the file"
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return f"'{text}'"


def _did_you_mean(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _known_properties(schema: dict[str, Any]) -> set[str]:
    """Property names a (sub)schema allows, following local $ref and allOf."""
    names: set[str] = set(schema.get("properties", {}))
    for part in schema.get("allOf", []):
        names |= _known_properties(_resolve(part))
    if "$ref" in schema:
        names |= _known_properties(_resolve(schema))
    return names


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if not ref or not ref.startswith("#/$defs/"):
        return schema
    return _root_schema()["$defs"][ref.removeprefix("#/$defs/")]
