"""Enterprise operations answer only 200 (GenericResponse) and 401 (ErrorResponse).

Why: server operations all behave alike: they succeed or the key is rejected. Extra codes or
other schemas make identical operations look different from server to server.

Fix: keep exactly the 200 and 401 responses, referencing #/components/schemas/GenericResponse
and #/components/schemas/ErrorResponse.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import ENTERPRISE_ERROR_RESPONSE, ENTERPRISE_GENERIC_RESPONSE
from generator.lint.model import Issue
from generator.lint.spec_walk import json_schema_of, operations, ref_name, specs_of_kind
from generator.repo.repo import Repo

ID = "enterprise-spec-responses"
SEVERITY = "error"
SUMMARY = "enterprise operations answer 200 GenericResponse and 401 ErrorResponse only"
FIXABLE = False

_R = '{"description": "d", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/%s"}}}}'  # noqa: E501
_SPEC = '{"openapi": "3.0.0", "info": {"title": "Q", "version": "1"}, "paths": {"/enterprise/q/clear_cache": {"post": {"responses": %s}}}}'  # noqa: E501
_GENERIC, _ERROR = _R % "GenericResponse", _R % "ErrorResponse"
PASS = {"enterprise-api/q/openapi.json": _SPEC % f'{{"200": {_GENERIC}, "401": {_ERROR}}}'}
FAIL = {"enterprise-api/q/openapi.json": _SPEC % f'{{"200": {_GENERIC}, "500": {_ERROR}}}'}

_EXPECTED = {"200": ENTERPRISE_GENERIC_RESPONSE, "401": ENTERPRISE_ERROR_RESPONSE}


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=True):
        for path, method, operation in operations(data):
            responses = operation.get("responses")
            responses = responses if isinstance(responses, dict) else {}
            line = spec.line_of("paths", path, method, "responses")
            label = f"{method.upper()} {path}"
            extra = sorted(set(responses) - set(_EXPECTED))
            if extra:
                yield Issue(
                    spec.file,
                    line,
                    1,
                    f"{label}: enterprise operations answer only "
                    f"200 and 401; remove {', '.join(extra)}",
                )
            for code, schema in _EXPECTED.items():
                if ref_name(json_schema_of(responses.get(code))) != schema:
                    yield Issue(
                        spec.file,
                        line,
                        1,
                        f"{label}: {code} must reference #/components/schemas/{schema}",
                    )
