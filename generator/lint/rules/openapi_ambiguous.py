"""A path-only `openapi:` reference matches exactly one spec.

Applies to pages other than public endpoint pages (those always name their spec, see
public-openapi-spec-path).

Why: when several specs document the same method and path (typically specs that share a server
URL), Mintlify shows the first of them by file name, which need not be the page's, and the page
shows another endpoint's parameters.

Fix: put the spec file in front: 'folder/openapi.json POST /path'. `--fix` does it only when it
is certain: the page's own spec (in its folder or the nearest folder above) documents exactly
this operation, and on an enterprise page that operation calls the server the page calls.
Otherwise the message says why, and openapi-resolves tells what the reference should name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.lint.openapi_refs import (
    OpenapiRef,
    page_ref,
    page_server,
    server_problem,
    specs_with_operation,
)
from generator.lint.sections import spec_in_folder
from generator.repo.mdx import MdxPage
from generator.repo.repo import Repo

ID = "openapi-ambiguous"
SEVERITY = "error"
SUMMARY = "a path-only openapi: reference matches exactly one spec"
FIXABLE = True

_SPEC = '{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://modelslab.com/api/v1"}], "paths": {"/enterprise/a/clear_cache": {"post": {"responses": {"200": {"description": "ok"}}}}}}'  # noqa: E501
_PAGE = (
    '---\ntitle: "Clear"\nopenapi: "POST /enterprise/a/clear_cache"\n---\n\n## Request\n\n'
    "```curl curl\n--request POST 'https://modelslab.com/api/v1/enterprise/%s/clear_cache' \\\n"
    "```\n"
)
PASS = {"enterprise-api/a/openapi.json": _SPEC, "enterprise-api/a/clear-cache.mdx": _PAGE % "a"}
FAIL = {
    "enterprise-api/a/openapi.json": _SPEC,
    "enterprise-api/copy/openapi.json": _SPEC,
    "enterprise-api/a/clear-cache.mdx": _PAGE % "a",
}
# Reported, never fixed: the page calls server b, but its spec's operation calls server a; and
# a page whose own spec lacks the operation.
FAIL_UNFIXED = {
    "enterprise-api/a/openapi.json": _SPEC,
    "enterprise-api/b/openapi.json": _SPEC,
    "enterprise-api/b/clear-cache.mdx": _PAGE % "b",
    "enterprise-api/c/openapi.json": _SPEC.replace("/a/", "/c/"),
    "enterprise-api/c/clear-cache.mdx": _PAGE % "c",
}
_TEMPLATE = re.compile(r"\{[^{}/]*\}")


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
        doubt = _doubt(repo, page, ref, own, matches)
        fix = None if doubt else ReplaceInLine(page.file, line, ref.raw, f"{own} {ref.raw}")
        yield Issue(
            page.file,
            line,
            1,
            f"{ref.method} {ref.path} is in {len(matches)} specs "
            f"({', '.join(matches)}) and Mintlify shows the first by file name; name the "
            f"spec: 'SPEC {ref.method} {ref.path}'"
            + (f" (not fixed automatically: {doubt})" if doubt else ""),
            fix=fix,
            related=tuple(repo.specs),
        )


def _doubt(
    repo: Repo, page: MdxPage, ref: OpenapiRef, own: str | None, matches: list[str]
) -> str | None:
    """Why naming the page's own spec might be wrong; None when it is certainly right."""
    if own is None:
        return "no spec in this page's folder or above"
    if own not in matches:
        return f"this page's own spec {own} does not document it"
    paths = repo.specs[own].data["paths"]
    wanted = _TEMPLATE.sub("{}", ref.path)
    same = [
        path
        for path, item in paths.items()
        if isinstance(item, dict)
        and ref.method.lower() in item
        and _TEMPLATE.sub("{}", path) == wanted
    ]
    if len(same) != 1:
        return f"{own} documents {len(same)} operations at this path"
    if page.kind == PageKind.ENTERPRISE_OPS and page_server(page) is None:
        return "the page's server cannot be told from its request URL or folder"
    return server_problem(repo, page, own, ref)
