"""Every {placeholder} in a spec path is declared as a path parameter, and the other way round.

Parameters may sit on the path item or the operation, directly or as a $ref to
components.parameters.

Why: an undeclared placeholder makes the spec invalid for most tools and leaves the API
playground without a field for the id, so "Try it" sends the literal text {id}.

Fix: add {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}} to the
operation's parameters (or remove a declared parameter the path does not use).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.house_rules import path_parameter_names
from generator.lint.model import Issue
from generator.lint.spec_walk import mapping, operations
from generator.repo.repo import Repo

ID = "spec-path-parameters"
SEVERITY = "error"
SUMMARY = "path placeholders and path parameters match"
FIXABLE = False

_PARAM = '[{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]'
_SPEC = '{"openapi": "3.1.0", "info": {"title": "V", "version": "1"}, "paths": {"/fetch/{id}": {"post": {"parameters": %s, "responses": {"200": {"description": "ok"}}}}}}'  # noqa: E501
PASS = {"video/openapi.json": _SPEC % _PARAM}
FAIL = {"video/openapi.json": _SPEC % "[]"}


def _declared(parameters: Any, components: dict[str, Any]) -> set[str]:
    names = set()
    for parameter in parameters if isinstance(parameters, list) else []:
        if isinstance(parameter, dict) and "$ref" in parameter:
            parameter = components.get(str(parameter["$ref"]).rsplit("/", 1)[-1])
        # A parameter without a string name is spec-valid's to report.
        if (
            isinstance(parameter, dict)
            and parameter.get("in") == "path"
            and isinstance(parameter.get("name"), str)
        ):
            names.add(parameter["name"])
    return names


def check(repo: Repo) -> Iterator[Issue]:
    for file, spec in repo.specs.items():
        data = spec.data
        if not isinstance(data, dict):
            continue
        components = mapping(data, "components", "parameters")
        for path, method, operation in operations(data):
            item = data["paths"][path]
            declared = _declared(item.get("parameters"), components) | _declared(
                operation.get("parameters"), components
            )
            used = set(path_parameter_names(path))
            if used == declared:
                continue
            line = spec.line_of("paths", path, method)
            label = f"{method.upper()} {path}"
            for name in sorted(used - declared):
                yield Issue(
                    file,
                    line,
                    1,
                    f"{label}: {{{name}}} is not declared; add a "
                    f"parameter named '{name}' with in: path and required: true",
                )
            for name in sorted(declared - used):
                yield Issue(
                    file,
                    line,
                    1,
                    f"{label}: path parameter '{name}' does not appear in "
                    "the path; remove it or fix the path",
                )
