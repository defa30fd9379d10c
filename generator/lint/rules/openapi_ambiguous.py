"""A path-only `openapi:` reference matches exactly one spec.

Applies to pages other than public endpoint pages (those always name their spec, see
public-openapi-spec-path).

Why: when several specs document the same method and path (typically specs that share a server
URL), Mintlify picks one of them, maybe the wrong one, and the page shows another endpoint's
parameters.

Fix: put the spec file in front: 'folder/openapi.json POST /path'. `--fix` does it when one of
the matching specs sits in the page's own folder or the nearest folder above it.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.lint.openapi_refs import page_ref, specs_with_operation
from generator.lint.sections import spec_in_folder
from generator.repo.repo import Repo

ID = "openapi-ambiguous"
SEVERITY = "error"
SUMMARY = "a path-only openapi: reference matches exactly one spec"
FIXABLE = True

_SPEC = '{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {"/enterprise/a/clear_cache": {"post": {"responses": {"200": {"description": "ok"}}}}}}'  # noqa: E501
_PAGE = '---\ntitle: "Clear"\nopenapi: "POST /enterprise/a/clear_cache"\n---\n'
PASS = {"enterprise-api/a/openapi.json": _SPEC, "enterprise-api/a/clear-cache.mdx": _PAGE}
FAIL = {
    "enterprise-api/a/openapi.json": _SPEC,
    "enterprise-api/copy/openapi.json": _SPEC,
    "enterprise-api/a/clear-cache.mdx": _PAGE,
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        if page.kind == PageKind.PUBLIC_ENDPOINT:
            continue
        ref = page_ref(page)
        if ref is None or ref.spec_file is not None:
            continue
        matches = specs_with_operation(repo, ref.method, ref.path)
        if len(matches) < 2:
            continue
        line = page.line_of_key("openapi")
        own = spec_in_folder(repo, page)
        fix = None
        if own in matches:
            fix = ReplaceInLine(page.file, line, ref.raw, f"{own} {ref.raw}")
        yield Issue(
            page.file,
            line,
            1,
            f"{ref.method} {ref.path} is in {len(matches)} specs "
            f"({', '.join(matches)}); name the spec: 'SPEC {ref.method} {ref.path}'",
            fix=fix,
            related=tuple(matches),
        )
