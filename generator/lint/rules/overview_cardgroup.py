"""Overview pages list their endpoints in a <CardGroup cols={2}>.

Why: every group overview uses the same two-column card grid, so readers scan all groups the
same way; a one-column or missing grid makes a group look unfinished.

Fix: wrap the Cards in <CardGroup cols={2}>. `--fix` sets cols={2} on an existing CardGroup.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.repo.repo import Repo

ID = "overview-cardgroup"
SEVERITY = "error"
SUMMARY = "overview pages use <CardGroup cols={2}>"
FIXABLE = True

_PAGE = '---\ntitle: "Video"\n---\n\n%s\n<Card title="Make" href="/video/make">\nMake a clip.\n</Card>\n</CardGroup>\n'  # noqa: E501
PASS = {"video/overview.mdx": _PAGE % "<CardGroup cols={2}>"}
FAIL = {"video/overview.mdx": _PAGE % "<CardGroup>"}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.OVERVIEW):
        groups = page.tags_named("CardGroup")
        if not groups:
            if page.tags_named("Card"):
                yield Issue(
                    page.file,
                    page.tags_named("Card")[0].line,
                    1,
                    "Cards are not in a <CardGroup cols={2}>; wrap them in one",
                )
            continue
        for tag in groups:
            if tag.attributes.get("cols") == "2":
                continue
            fix = None
            if "\n" not in tag.raw and tag.raw in page.lines[tag.line - 1]:
                fix = ReplaceInLine(page.file, tag.line, tag.raw, "<CardGroup cols={2}>")
            yield Issue(
                page.file,
                tag.line,
                tag.column,
                "overview cards go in a two-column grid: <CardGroup cols={2}>",
                fix=fix,
            )
