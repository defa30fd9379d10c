"""Each public operation has a request schema of its own.

A requestBody's JSON schema is a $ref to a components schema (e.g. TextToImageRequest) that
exists and that no other operation of the spec uses.

Why: a shared or inline request schema makes two endpoints document each other's parameters;
the first time one of them gains a field, the other page shows it too.

Fix: give the operation its own named schema under components.schemas and reference it.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.lint.spec_walk import (
    json_schema_of,
    mapping,
    operations,
    ref_name,
    specs_of_kind,
)
from generator.repo.repo import Repo

ID = "public-spec-request-schema"
SEVERITY = "error"
SUMMARY = "each public operation references a request schema of its own"
FIXABLE = False

_BODY = '{"content": {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}}}'
_OP = '{"requestBody": %s, "responses": {"200": {"description": "Done"}}}'
_SPEC = '{"openapi": "3.1.0", "info": {"title": "V", "version": "1"}, "paths": {"/make": {"post": %s}, "/edit": {"post": %s}}, "components": {"schemas": {"MakeRequest": {"type": "object"}, "EditRequest": {"type": "object"}}}}'  # noqa: E501
PASS = {
    "video/openapi.json": _SPEC % (_OP % (_BODY % "MakeRequest"), _OP % (_BODY % "EditRequest"))
}
FAIL = {
    "video/openapi.json": _SPEC % (_OP % (_BODY % "MakeRequest"), _OP % (_BODY % "MakeRequest"))
}


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=False):
        schemas = mapping(data, "components", "schemas")
        users: dict[str, str] = {}
        for path, method, operation in operations(data):
            body = operation.get("requestBody")
            if body is None or ref_name(body):
                continue
            line = spec.line_of("paths", path, method, "requestBody")
            label = f"{method.upper()} {path}"
            name = ref_name(json_schema_of(body))
            if name is None:
                yield Issue(
                    spec.file,
                    line,
                    1,
                    f"{label}: the request body schema is inline; "
                    "move it to components.schemas under its own name and $ref it",
                )
            elif name not in schemas:
                yield Issue(
                    spec.file,
                    line,
                    1,
                    f"{label}: request schema {name} is not defined in components.schemas",
                )
            elif name in users:
                yield Issue(
                    spec.file,
                    line,
                    1,
                    f"{label}: request schema {name} is also used by "
                    f"{users[name]}; give each operation its own",
                )
            else:
                users[name] = label
