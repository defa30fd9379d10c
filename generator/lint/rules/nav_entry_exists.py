"""Every page listed in docs.json exists as a file.

Why: a navigation entry without a file breaks the Mintlify build (or shows a dead sidebar link),
usually after a page was renamed or deleted.

Fix: rename the entry to the page's new path (relative, without .mdx) or remove it.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.repo import DOCS_JSON, Repo

ID = "nav-entry-exists"
SEVERITY = "error"
SUMMARY = "every docs.json page entry has a file"
FIXABLE = False

_DOCS = '{"name": "D", "theme": "mint", "colors": {"primary": "#000000"}, "navigation": {"tabs": [{"tab": "A", "groups": [{"group": "G", "pages": [%s]}]}]}}'  # noqa: E501
PASS = {"docs.json": _DOCS % '"guides/start"', "guides/start.mdx": "---\ntitle: Start\n---\n"}
FAIL = {
    "docs.json": _DOCS % '"guides/start", "guides/renamed"',
    "guides/start.mdx": "---\ntitle: Start\n---\n",
}


def check(repo: Repo) -> Iterator[Issue]:
    if repo.docs_json is None:
        return
    for entry in repo.navigation_pages:
        if "://" in entry.page or repo.page_exists(entry.page):
            continue
        line = repo.docs_json.line_of_string(entry.page)
        yield Issue(
            DOCS_JSON,
            line,
            1,
            f"'{entry.page}' is listed in navigation but "
            f"{entry.page}.mdx does not exist; fix the path or remove the entry",
            related=(f"{entry.page}.mdx",),
        )
