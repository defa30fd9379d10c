"""Enterprise pages have a `## Body` h2 with the example body.

Applies to enterprise generation and server operation pages. Unlike public pages, the body is
its own h2 section after `## Request`.

Why: enterprise pages list Body and Body Attributes as sections of their own; an h3 Body hides
the example inside the request section and out of the table of contents.

Fix: write the heading as `## Body`. `--fix` changes the level of an existing Body heading.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.lint.sections import heading, heading_level_fix
from generator.repo.repo import Repo

ID = "enterprise-body-heading"
SEVERITY = "error"
SUMMARY = "enterprise pages use a ## Body h2"
FIXABLE = True

_HEAD = (
    '---\ntitle: "Clear Cache"\nopenapi: "POST /enterprise/q/clear_cache"\n---\n\n## Request\n\n'
)
_BODY = '\n\n```json json\n{"key": "enterprise_api_key"}\n```\n'
PASS = {"enterprise-api/q/clear-cache.mdx": _HEAD + "## Body" + _BODY}
FAIL = {"enterprise-api/q/clear-cache.mdx": _HEAD + "### Body" + _BODY}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.ENTERPRISE_GENERATION, PageKind.ENTERPRISE_OPS):
        body = heading(page, "Body")
        if body is None:
            yield Issue(
                page.file,
                page.body_line,
                1,
                "no `## Body` section; add one with the example JSON body",
            )
        elif body.level != 2:
            fix = heading_level_fix(page, body, 2)
            yield Issue(
                page.file,
                body.line,
                1,
                f"Body heading is h{body.level}; enterprise pages use `## Body`",
                fix=fix,
            )
