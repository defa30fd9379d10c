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
from generator.lint.spec_validation import SpecErrors, validate_one, validate_specs
from generator.repo.json_file import JsonFile
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
    "image/openapi.json": '{"openapi": "3.1.0", "info": {"title": "Image", "version": "1.0.0"}, '
    '"paths": {"/make": {"post": {"responses": {"400": {"$ref": "#/components/responses/No"}}}}}}',
}


def check(repo: Repo) -> Iterator[Issue]:
    for file, spec in repo.specs.items():
        if spec.error:
            line, column, message = spec.error
            yield Issue(file, line, column, message)
        elif not isinstance(spec.data, dict):
            yield Issue(file, 1, 1, "a spec must be a JSON object")
    results, crashes = _validate(repo)
    for file, exc in crashes.items():
        yield _crash_issue(repo.specs[file], exc)
    for file, errors in results.items():
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
            # Without a path the validator was checking a schema's default or example value.
            where = (
                f"at {' > '.join(str(p) for p in path)}"
                if path
                else "(no location given; usually a default or example that breaks its own schema)"
            )
            yield Issue(file, spec.line_of(*path), 1, f"invalid OpenAPI {where}: {message}")


def _validate(repo: Repo) -> tuple[dict[str, SpecErrors | None], dict[str, Exception]]:
    """Validation results per spec, and the specs the validator gave up on.

    The validator raises instead of reporting on some broken specs (a $ref to nothing, a list
    where an object belongs). Then each spec is validated again on its own, so one broken spec
    neither hides the findings of the others nor stops the lint run.
    """
    try:
        return validate_specs(repo.specs), {}
    except Exception:
        pass
    results: dict[str, SpecErrors | None] = {}
    crashes: dict[str, Exception] = {}
    for file, spec in repo.specs.items():
        if isinstance(spec.data, dict):
            try:
                results[file] = validate_one(spec.data)
            except Exception as exc:
                crashes[file] = exc
    return results, crashes


def _crash_issue(spec: JsonFile, exc: Exception) -> Issue:
    ref = getattr(exc, "ref", None)
    if isinstance(ref, str):
        target = f"#{ref}" if ref.startswith("/") else ref
        return Issue(
            spec.file,
            spec.line_of_string(target),
            1,
            f"$ref {target} points to nothing; define it or correct the reference",
        )
    detail = str(exc).splitlines()[0][:160] if str(exc) else ""
    return Issue(
        spec.file,
        1,
        1,
        f"openapi-spec-validator could not check this spec ({type(exc).__name__}: {detail}); "
        "look for a value of the wrong type, such as a list where an object belongs",
    )
