"""No page is listed twice in docs.json navigation.

Every list Mintlify reads counts (tabs, groups, nested groups, a group's `root`, languages,
versions, dropdowns, anchors, products, menu items, and files pulled in with `$ref`); the
finding points at the second entry in the file that holds it.

Why: Mintlify shows the page in both places but can highlight only one, so the sidebar jumps
and breadcrumbs lie; usually one of the entries is a leftover from a move.

Fix: keep the entry in the group where the page belongs and delete the other.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.navigation import NavPage
from generator.repo.repo import Repo

ID = "nav-duplicate-page"
SEVERITY = "error"
SUMMARY = "no page is listed twice in docs.json navigation"
FIXABLE = False

_DOCS = '{"name": "D", "theme": "mint", "colors": {"primary": "#000000"}, "navigation": {"tabs": [{"tab": "A", "groups": [{"group": "G", "pages": ["guides/start"]}, {"group": "H", "pages": [%s]}]}]}}'  # noqa: E501
PASS = {
    "docs.json": _DOCS % '"guides/next"',
    "guides/start.mdx": "---\ntitle: S\n---\n",
    "guides/next.mdx": "---\ntitle: N\n---\n",
}
FAIL = {
    "docs.json": _DOCS % '"guides/next", {"group": "Nested", "pages": ["/guides/start.mdx"]}',
    "guides/start.mdx": "---\ntitle: S\n---\n",
    "guides/next.mdx": "---\ntitle: N\n---\n",
}


def check(repo: Repo) -> Iterator[Issue]:
    if repo.docs_json is None:
        return
    first: dict[str, NavPage] = {}
    written: dict[tuple[str, str], int] = {}  # (file, entry as written) -> times seen so far
    for entry in repo.navigation_pages:
        key = (entry.file, entry.as_written)
        occurrence = written.get(key, 0)
        written[key] = occurrence + 1
        earlier = first.setdefault(entry.page, entry)
        if earlier is entry:
            continue
        where = " > ".join(earlier.trail) or "the top level"
        elsewhere = f" in {earlier.file}" if earlier.file != entry.file else ""
        yield Issue(
            entry.file,
            repo.line_of_entry(entry, occurrence),
            1,
            f"'{entry.page}' is listed again (first under {where}{elsewhere}); keep one entry",
        )
