"""Enterprise operations take the shared ApiKey body.

Every operation's requestBody JSON schema is `{"$ref": "#/components/schemas/ApiKey"}`, and
ApiKey is an object that requires `key`.

Why: server operations take nothing but the key; one shared schema keeps the playground and
the pages identical across servers.

Fix: define ApiKey once under components.schemas and reference it from every requestBody.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import ENTERPRISE_API_KEY_SCHEMA, KEY_PARAMETER
from generator.lint.model import Issue
from generator.lint.spec_walk import (
    json_schema_of,
    mapping,
    operations,
    ref_name,
    specs_of_kind,
)
from generator.repo.repo import Repo

ID = "enterprise-spec-api-key"
SEVERITY = "error"
SUMMARY = "enterprise operations take the shared ApiKey request body"
FIXABLE = False

_SPEC = '{"openapi": "3.0.0", "info": {"title": "Q", "version": "1"}, "paths": {"/enterprise/q/clear_cache": {"post": {"requestBody": {"content": {"application/json": {"schema": %s}}}, "responses": {}}}}, "components": {"schemas": {"ApiKey": {"type": "object", "required": ["key"], "properties": {"key": {"type": "string"}}}}}}'  # noqa: E501
PASS = {"enterprise-api/q/openapi.json": _SPEC % '{"$ref": "#/components/schemas/ApiKey"}'}
FAIL = {"enterprise-api/q/openapi.json": _SPEC % '{"type": "object"}'}


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=True):
        schema = mapping(data, "components", "schemas").get(ENTERPRISE_API_KEY_SCHEMA)
        uses = False
        for path, method, operation in operations(data):
            uses = True
            if ref_name(json_schema_of(operation.get("requestBody"))) != ENTERPRISE_API_KEY_SCHEMA:
                yield Issue(
                    spec.file,
                    spec.line_of("paths", path, method),
                    1,
                    f"{method.upper()} {path}: the request body must be "
                    f"#/components/schemas/{ENTERPRISE_API_KEY_SCHEMA}",
                )
        required = schema.get("required") if isinstance(schema, dict) else None
        if uses and not (isinstance(required, list) and KEY_PARAMETER in required):
            yield Issue(
                spec.file,
                spec.line_of("components"),
                1,
                f"components.schemas."
                f"{ENTERPRISE_API_KEY_SCHEMA} must be an object that requires "
                f"'{KEY_PARAMETER}'",
            )
