"""Overview pages list their endpoints in a <CardGroup cols={2}>.

Why: every group overview uses the same two-column card grid, so readers scan all groups the
same way; a one-column or missing grid makes a group look unfinished.

Fix: wrap the Cards in <CardGroup cols={2}>. `--fix` sets cols={2} on an existing CardGroup
(keeping its other attributes); an overview without one needs the grid written by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.repo.repo import Repo

ID = "overview-cardgroup"
SEVERITY = "error"
SUMMARY = "overview pages use <CardGroup cols={2}>"
FIXABLE = True

_PAGE = '---\ntitle: "Video"\n---\n\n%s\n<Card title="Make" href="/video/make">\nMake a clip.\n</Card>\n</CardGroup>\n'  # noqa: E501
PASS = {
    "video/overview.mdx": _PAGE % "<CardGroup cols={2}>",
    "audio/overview.mdx": (_PAGE % "<CardGroup cols={ 2 }>").replace("/video/", "/audio/"),
}
FAIL = {"video/overview.mdx": _PAGE % "<CardGroup>"}


_COLS = re.compile(r"""\bcols=(?:\{[^{}]*\}|"[^"]*"|'[^']*')""")
_WANTED = "cols={2}"


def _fixed(raw: str) -> str:
    """The CardGroup opening tag with cols={2}, other attributes kept."""
    if _COLS.search(raw):
        return _COLS.sub(_WANTED, raw, count=1)
    return raw.replace("<CardGroup", f"<CardGroup {_WANTED}", 1)


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.OVERVIEW):
        groups = page.tags_named("CardGroup")
        if not groups:
            cards = page.tags_named("Card")
            if cards:
                line, column = cards[0].line, cards[0].column
                message = "Cards are not in a <CardGroup cols={2}>; wrap them in one"
            else:
                line, column = page.body_line, 1
                message = "overview has no <CardGroup cols={2}>; add one with a Card per page"
            yield Issue(page.file, line, column, message)
            continue
        for tag in groups:
            # cols={2} and cols={ 2 } are the same number to MDX; cols="2" is a string.
            cols = (tag.attributes.get("cols") or "").strip()
            if cols == "2" and "cols" in tag.expression_attributes:
                continue
            fix = None
            if "\n" not in tag.raw and tag.raw in page.lines[tag.line - 1]:
                fix = ReplaceInLine(page.file, tag.line, tag.raw, _fixed(tag.raw))
            yield Issue(
                page.file,
                tag.line,
                tag.column,
                "overview cards go in a two-column grid: <CardGroup cols={2}>",
                fix=fix,
            )
