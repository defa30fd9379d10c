"""Every OpenAPI spec is valid JSON and a valid OpenAPI document.

Checked with openapi-spec-validator against the OpenAPI version the file declares (3.0.x or
3.1.x); results are cached by file content, so unchanged specs are not validated twice.

Why: Mintlify skips a spec it cannot read, and every page that references it renders blank; a
spec that parses but breaks the schema fails in subtler ways (missing parameters, broken
playground).

Fix: correct the reported part of the spec; the message names the failing schema rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.lint.spec_validation import validate_specs
from generator.repo.repo import Repo

ID = "spec-valid"
SEVERITY = "error"
SUMMARY = "specs are valid JSON and valid OpenAPI (openapi-spec-validator)"
FIXABLE = False

PASS = {
    "video/openapi.json": '{"openapi": "3.1.0", "info": {"title": "Video", "version": "1.0.0"}, '
    '"paths": {"/make": {"post": {"responses": {"200": {"description": "Done"}}}}}}'
}
FAIL = {
    "video/openapi.json": '{"openapi": "3.1.0", "info": {"title": "Video"}, '
    '"paths": {"/make": {"post": {"responses": {"200": {}}}}}}',
    "audio/openapi.json": '{"openapi": "3.1.0",\n  "info": }',
}


def check(repo: Repo) -> Iterator[Issue]:
    for file, spec in repo.specs.items():
        if spec.error:
            line, column, message = spec.error
            yield Issue(file, line, column, message)
        elif not isinstance(spec.data, dict):
            yield Issue(file, 1, 1, "a spec must be a JSON object")
    for file, errors in validate_specs(repo.specs).items():
        spec = repo.specs[file]
        if errors is None:
            yield Issue(
                file,
                spec.line_of("openapi"),
                1,
                f"unsupported openapi version {spec.data.get('openapi')!r}; use 3.0.x or 3.1.x",
            )
            continue
        for path, message in errors:
            where = " > ".join(str(p) for p in path) or "the top level"
            yield Issue(file, spec.line_of(*path), 1, f"invalid OpenAPI at {where}: {message}")
