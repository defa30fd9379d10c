"""Walk the operations of a parsed OpenAPI document, shared by the spec rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.house_rules import is_enterprise_path
from generator.repo.json_file import JsonFile
from generator.repo.repo import Repo

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(path, method, operation) for every operation, in document order."""
    paths = spec.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def specs_of_kind(repo: Repo, enterprise: bool) -> Iterator[tuple[JsonFile, dict[str, Any]]]:
    """Readable specs whose file is (or is not) under enterprise-api/."""
    for file, spec in repo.specs.items():
        if is_enterprise_path(file) == enterprise and isinstance(spec.data, dict):
            yield spec, spec.data


def mapping(value: Any, *keys: str) -> dict[str, Any]:
    """value[keys[0]][keys[1]]..., or {} as soon as a step is missing or not an object."""
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value if isinstance(value, dict) else {}


def ref_name(value: Any) -> str | None:
    """The last segment of {"$ref": "#/components/.../Name"}, or None when it is no ref."""
    if isinstance(value, dict) and isinstance(value.get("$ref"), str):
        return value["$ref"].rsplit("/", 1)[-1]
    return None


def json_schema_of(response: Any) -> Any:
    """The application/json schema of a response or request body object."""
    if not isinstance(response, dict):
        return None
    content = response.get("content")
    if not isinstance(content, dict):
        return None
    media = content.get("application/json")
    return media.get("schema") if isinstance(media, dict) else None
