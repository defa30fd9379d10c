"""Every page listed in docs.json navigation exists as a file.

Entries are page paths relative to the docs folder (a leading "/" or a .mdx extension is
tolerated, as Mintlify tolerates them); OpenAPI operation entries such as "GET /users" name an
operation, not a file, and are not checked here.

Why: a navigation entry without a file breaks the Mintlify build (or shows a dead sidebar link),
usually after a page was renamed or deleted.

Fix: rename the entry to the page's new path (relative, without .mdx) or remove it.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.repo import Repo

ID = "nav-entry-exists"
SEVERITY = "error"
SUMMARY = "every docs.json page entry has a file"
FIXABLE = False

_DOCS = '{"name": "D", "theme": "mint", "colors": {"primary": "#000000"}, "navigation": {"tabs": [{"tab": "A", "groups": [{"group": "G", "root": "guides/index", "pages": [%s]}]}]}}'  # noqa: E501
PASS = {
    "docs.json": _DOCS % '"guides/start", "/guides/other.mdx", "openapi.json GET /users"',
    "guides/index.mdx": "---\ntitle: Guides\n---\n",
    "guides/start.mdx": "---\ntitle: Start\n---\n",
    "guides/other.mdx": "---\ntitle: Other\n---\n",
}
FAIL = {
    "docs.json": _DOCS % '"guides/start", "guides/renamed"',
    "guides/start.mdx": "---\ntitle: Start\n---\n",
}


def check(repo: Repo) -> Iterator[Issue]:
    if repo.docs_json is None:
        return
    seen: dict[tuple[str, str], int] = {}
    for entry in repo.navigation_pages:
        key = (entry.file, entry.as_written)
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        if "://" in entry.page or repo.page_exists(entry.page):
            continue
        yield Issue(
            entry.file,
            repo.line_of_entry(entry, occurrence),
            1,
            f"'{entry.as_written}' is listed in navigation but "
            f"{entry.page}.mdx does not exist; fix the path or remove the entry",
            related=(f"{entry.page}.mdx",),
        )
