"""Public endpoint pages put the example body under `### Body`, inside `## Request`.

Why: on public pages the body belongs to the request section (h3 under the h2); an h2 Body
splits the page into two top-level sections and breaks the table of contents.

Fix: make it `### Body` and keep it after `## Request`. `--fix` changes the heading level.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.lint.sections import heading, heading_level_fix
from generator.repo.repo import Repo

ID = "public-body-heading"
SEVERITY = "error"
SUMMARY = "public endpoint pages use ### Body under ## Request"
FIXABLE = True

_HEAD = "---\ntitle: Make\nopenapi: 'video/openapi.json POST /make'\n---\n\n## Request\n\n"
_BODY = '\n\n```json json\n{"key": "your_api_key"}\n```\n'
PASS = {"video/make.mdx": _HEAD + "### Body" + _BODY}
FAIL = {"video/make.mdx": _HEAD + "## Body" + _BODY}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.PUBLIC_ENDPOINT):
        body = heading(page, "Body")
        if body is None:
            continue
        request = heading(page, "Request")
        if body.level != 3:
            fix = heading_level_fix(page, body, 3)
            yield Issue(
                page.file,
                body.line,
                1,
                f"Body heading is h{body.level}; public pages use `### Body` under `## Request`",
                fix=fix,
            )
        elif request is not None and body.line < request.line:
            yield Issue(
                page.file,
                body.line,
                1,
                "`### Body` comes before `## Request`; move it under the request section",
            )
