"""Small pure helpers shared by the importer's modules: names, URLs, schema lookups."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from generator import house_rules
from generator.lint.spec_walk import json_schema_of, operations, ref_name
from generator.render.unescape import mdx_plain_text

_SLUG_BAD = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    return _SLUG_BAD.sub("-", text.lower()).strip("-") or "page"


def operation_use(entry: Any) -> str:
    return entry["use"] if isinstance(entry, dict) else entry


def plain_text(*candidates: Any) -> str:
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            return " ".join(mdx_plain_text(candidate).split())
    return "Not described in the source documentation."


def unique_slug(slug: str, taken: list[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def last_word(path: str) -> str:
    words = [w for w in path.strip("/").split("/") if not w.startswith("{")]
    return words[-1] if words else "endpoint"


def resolver(spec: dict):
    def resolve(value: Any) -> Any:
        seen = 0
        while isinstance(value, dict) and "$ref" in value and seen < 20:
            target: Any = spec
            for part in str(value["$ref"]).lstrip("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            value, seen = target, seen + 1
        return value

    return resolve


def path_parameter_type(schema: dict) -> str:
    """Type of a path parameter; anything unusual is documented as a string."""
    kind = schema.get("type")
    return kind if kind in ("string", "integer", "number", "boolean") else "string"


def is_unique_schema(spec: dict, name: str) -> bool:
    uses = sum(
        1
        for _, _, op in operations(spec)
        if ref_name(json_schema_of(op.get("requestBody") or {})) == name
    )
    return uses == 1 and name[:1].isupper() and re.fullmatch(r"[A-Za-z0-9]+", name) is not None


def response_prefix(spec: dict) -> str | None:
    for _, _, operation in operations(spec):
        schema = json_schema_of((operation.get("responses") or {}).get("200"))
        variants = schema.get("oneOf") if isinstance(schema, dict) else None
        for variant in variants or []:
            name = ref_name(variant)
            if name and name.endswith("SuccessResponse") and name[: -len("SuccessResponse")]:
                prefix = name[: -len("SuccessResponse")]
                if re.fullmatch(r"[A-Z][A-Za-z0-9]*", prefix):
                    return prefix
    return None


def common_server(urls: list[str]) -> str:
    """The longest URL prefix, at a path-segment boundary, that leaves every URL a non-empty
    path and holds no {parameter}: the category moves into the server URL."""
    split = [url.split("/") for url in urls]
    prefix = split[0][:]
    for parts in split[1:]:
        n = 0
        while n < min(len(prefix), len(parts)) and prefix[n] == parts[n]:
            n += 1
        prefix = prefix[:n]
    while prefix and (
        any(len(parts) <= len(prefix) for parts in split) or any("{" in part for part in prefix)
    ):
        prefix = prefix[:-1]
    return "/".join(prefix)


def majority_server(urls: list[str]) -> str:
    """The group's server: the common prefix, extended by the first path segment most URLs
    share (the category), so a stray endpoint does not push the category into every path."""
    server = common_server(urls)
    rests = [url[len(server) :].strip("/").split("/") for url in urls if url.startswith(server)]
    firsts = Counter(rest[0] for rest in rests if len(rest) > 1 and not rest[0].startswith("{"))
    if len(urls) > 1 and firsts:
        segment, count = firsts.most_common(1)[0]
        if count > len(urls) / 2:
            return f"{server}/{segment}"
    return server


def apply_examples(parameters: list[dict], example: dict | None, note) -> None:
    """Examples come from the page's JSON body; values the parameter forbids are left out."""
    if not example:
        return
    defaults = {p["name"]: p["default"] for p in parameters if "default" in p}
    if example == defaults:
        return  # the body the generator shows when no parameter has an example
    by_name = {p["name"]: p for p in parameters}
    for name, value in example.items():
        parameter = by_name.get(name)
        if parameter is None or name == house_rules.KEY_PARAMETER:
            continue  # the key always shows the placeholder of the page's kind
        enum = parameter.get("enum")
        if enum is not None and value is not None and value not in enum:
            note(f"example {value!r} of '{name}' is not among its enum values; left out")
            continue
        parameter["example"] = value
