"""Public endpoint pages have one `### Body`, inside `## Request`.

The page model reads headings as CommonMark does, so a heading only counts when it renders as
one: `##\u00a0Body` (a non-breaking space) is text, while up to three spaces of indentation are
allowed. The Body heading's parent section must be `## Request`.

Why: on public pages the body example belongs to the request section (h3 under the h2); an h2
Body splits the page into two top-level sections and breaks the table of contents, a Body under
`## Response` tells readers the example is an answer, and a page without one leaves readers
without a body to copy. Operations whose spec declares no request body need no Body heading.

Fix: make it `### Body` right after `## Request`'s URL block. `--fix` changes the heading level
when that alone puts it under `## Request`.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.lint.openapi_refs import page_ref
from generator.lint.sections import heading_level_fix
from generator.repo.mdx import MdxPage
from generator.repo.repo import Repo

ID = "public-body-heading"
SEVERITY = "error"
SUMMARY = "public endpoint pages have one ### Body under ## Request"
FIXABLE = True

_SPEC = (
    '{"openapi": "3.1.0", "info": {"title": "V", "version": "1"}, "paths": {"/make": {"post": '
    '{"requestBody": {"content": {}}, "responses": {}}}, "/list": {"get": {"responses": {}}}}}'
)
_HEAD = "---\ntitle: Make\nopenapi: 'video/openapi.json POST /make'\n---\n\n## Request\n\n"
_BODY = '\n\n```json json\n{"key": "your_api_key"}\n```\n'
PASS = {
    "video/openapi.json": _SPEC,
    "video/make.mdx": _HEAD + "### Body" + _BODY + "\n## Response\n\nA JSON answer.\n",
    "video/list.mdx": _HEAD.replace("POST /make", "GET /list") + "Ask for the list.\n",
}
FAIL = {"video/make.mdx": _HEAD + "## Body" + _BODY}
FAIL_UNFIXED = {
    "video/openapi.json": _SPEC,
    "video/none.mdx": _HEAD + "Send it." + _BODY,
    "video/answer.mdx": _HEAD + "\n## Response\n\n### Body" + _BODY,
    "video/twice.mdx": _HEAD + "### Body" + _BODY + "\n## Body" + _BODY,
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.PUBLIC_ENDPOINT):
        yield from _check_page(repo, page)


def _takes_a_body(repo: Repo, page: MdxPage) -> bool:
    """Does the operation the page references declare a request body? (Unresolved references
    are openapi-resolves' to report.)"""
    ref = page_ref(page)
    if ref is None or ref.spec_file is None:
        return False
    spec = repo.valid_specs().get(ref.spec_file.removeprefix("./"))
    item = spec["paths"].get(ref.path) if spec else None
    operation = item.get(ref.method.lower()) if isinstance(item, dict) else None
    return isinstance(operation, dict) and "requestBody" in operation


def _check_page(repo: Repo, page: MdxPage) -> Iterator[Issue]:
    bodies = [s for s in page.sections if s.heading.text.lower() == "body"]
    request = page.section("Request", 2)
    if not bodies:
        if not _takes_a_body(repo, page):
            return
        where = request.heading.line if request else page.body_line
        yield Issue(
            page.file,
            where,
            1,
            "no `### Body` heading; add one under `## Request` with the example JSON body",
        )
        return
    for extra in bodies[1:]:
        yield Issue(
            page.file,
            extra.heading.line,
            extra.heading.column,
            f"a second Body heading (the first is on line {bodies[0].heading.line}); "
            "a page has one `### Body`",
        )
    body = bodies[0]
    found = body.heading
    if found.level != 3:
        # Only a fix when h3 puts it inside ## Request: it follows Request, with no other h2
        # between them.
        between = [
            h
            for h in page.headings
            if request and request.heading.line < h.line < found.line and h.level <= 2
        ]
        fix = heading_level_fix(page, found, 3) if request and not between else None
        yield Issue(
            page.file,
            found.line,
            found.column,
            f"Body heading is h{found.level}; public pages use `### Body` under `## Request`",
            fix=fix,
        )
    elif body.parent is None or body.parent.text.lower() != "request" or body.parent.level != 2:
        parent = f"`{'#' * body.parent.level} {body.parent.text}`" if body.parent else "no h2"
        yield Issue(
            page.file,
            found.line,
            found.column,
            f"`### Body` is under {parent}; move it under `## Request`",
        )
