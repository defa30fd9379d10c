"""Public operations answer 200 with success/processing/error, and 400/401/500 with the shared
StandardErrorResponse.

The 200 response's JSON schema is a oneOf of three $refs, in this order: a ...SuccessResponse,
a ...ProcessingResponse and an ...ErrorResponse schema. 400, 401 and 500 are each
`{"$ref": "#/components/responses/StandardErrorResponse"}`, which the spec defines.

Why: generation requests can finish, keep processing, or fail, all with HTTP 200; readers and
SDK generators need all three shapes to handle the answer.

Fix: point the 200 schema at the group's three response schemas and replace inline error
responses with the shared reference.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import STANDARD_ERROR_RESPONSE
from generator.lint.model import Issue
from generator.lint.spec_walk import (
    json_schema_of,
    mapping,
    operations,
    ref_name,
    specs_of_kind,
)
from generator.repo.repo import Repo

ID = "public-spec-responses"
SEVERITY = "error"
SUMMARY = "public 200 is oneOf success/processing/error; 400/401/500 use StandardErrorResponse"
FIXABLE = False

_OK = '{"200": {"description": "Done", "content": {"application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/VideoSuccessResponse"}, {"$ref": "#/components/schemas/VideoProcessingResponse"}, {"$ref": "#/components/schemas/VideoErrorResponse"}]}}}}, "400": {"$ref": "#/components/responses/StandardErrorResponse"}, "401": {"$ref": "#/components/responses/StandardErrorResponse"}, "500": {"$ref": "#/components/responses/StandardErrorResponse"}}'  # noqa: E501
_SPEC = '{"openapi": "3.1.0", "info": {"title": "V", "version": "1"}, "paths": {"/make": {"post": {"responses": %s}}}, "components": {"responses": {"StandardErrorResponse": {"description": "Error"}}}}'  # noqa: E501
PASS = {"video/openapi.json": _SPEC % _OK}
FAIL = {"video/openapi.json": _SPEC % '{"200": {"description": "Done"}}'}

_SUFFIXES = ("SuccessResponse", "ProcessingResponse", "ErrorResponse")
_STANDARD = f"#/components/responses/{STANDARD_ERROR_RESPONSE}"


def _problems(responses: dict) -> list[str]:
    problems = []
    schema = json_schema_of(responses.get("200"))
    variants = schema.get("oneOf") if isinstance(schema, dict) else None
    names = [ref_name(v) for v in variants] if isinstance(variants, list) else []
    if len(names) != 3 or not all(
        name and name.endswith(suffix) for name, suffix in zip(names, _SUFFIXES, strict=False)
    ):
        problems.append(
            "200 must be application/json with oneOf [...SuccessResponse, "
            "...ProcessingResponse, ...ErrorResponse] $refs"
        )
    for code in ("400", "401", "500"):
        if responses.get(code) != {"$ref": _STANDARD}:
            problems.append(f'{code} must be {{"$ref": "{_STANDARD}"}}')
    return problems


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=False):
        responses_defined = mapping(data, "components", "responses")
        found_any = False
        for path, method, operation in operations(data):
            found_any = True
            responses = operation.get("responses")
            responses = responses if isinstance(responses, dict) else {}
            for problem in _problems(responses):
                yield Issue(
                    spec.file,
                    spec.line_of("paths", path, method, "responses"),
                    1,
                    f"{method.upper()} {path}: {problem}",
                )
        if found_any and STANDARD_ERROR_RESPONSE not in responses_defined:
            yield Issue(
                spec.file,
                spec.line_of("components"),
                1,
                "components.responses has no "
                f"{STANDARD_ERROR_RESPONSE}; define it once and reference it",
            )
