"""No page is listed twice in docs.json.

Why: Mintlify shows the page in both places but can highlight only one, so the sidebar jumps
and breadcrumbs lie; usually one of the entries is a leftover from a move.

Fix: keep the entry in the group where the page belongs and delete the other.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.repo import DOCS_JSON, Repo

ID = "nav-duplicate-page"
SEVERITY = "error"
SUMMARY = "no page is listed twice in docs.json"
FIXABLE = False

_DOCS = '{"name": "D", "theme": "mint", "colors": {"primary": "#000000"}, "navigation": {"tabs": [{"tab": "A", "groups": [{"group": "G", "pages": ["guides/start"]}, {"group": "H", "pages": [%s]}]}]}}'  # noqa: E501
PASS = {
    "docs.json": _DOCS % '"guides/next"',
    "guides/start.mdx": "---\ntitle: S\n---\n",
    "guides/next.mdx": "---\ntitle: N\n---\n",
}
FAIL = {"docs.json": _DOCS % '"guides/start"', "guides/start.mdx": "---\ntitle: S\n---\n"}


def check(repo: Repo) -> Iterator[Issue]:
    if repo.docs_json is None:
        return
    first: dict[str, tuple[str, ...]] = {}
    line_after: dict[str, int] = {}
    for entry in repo.navigation_pages:
        if entry.page not in first:
            first[entry.page] = entry.trail
            line_after[entry.page] = repo.docs_json.line_of_string(entry.page)
            continue
        line = repo.docs_json.line_of_string(entry.page, line_after[entry.page] + 1)
        line_after[entry.page] = line
        yield Issue(
            DOCS_JSON,
            line,
            1,
            f"'{entry.page}' is listed again (first under "
            f"{' > '.join(first[entry.page])}); keep one entry",
        )
