"""Every MDX page is listed in docs.json.

Why: Mintlify only builds pages that navigation names. An unlisted page is unreachable from
the sidebar and search, so work on it is lost without anyone noticing.

Fix: add the page path (relative to the docs folder, without .mdx) to the group it belongs to.
`--fix` adds it to the group that already lists other pages of the same folder, right after
the last of them; pages without such a group must be placed by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import folder_of
from generator.lint.model import Issue, RegisterPage
from generator.repo.repo import DOCS_JSON, Repo

ID = "page-registered"
SEVERITY = "error"
SUMMARY = "every MDX page is listed in docs.json navigation"
FIXABLE = True

_DOCS = '{"name": "D", "theme": "mint", "colors": {"primary": "#000000"}, "navigation": {"tabs": [{"tab": "A", "groups": [{"group": "G", "pages": ["guides/start"]}]}]}}'  # noqa: E501
PASS = {
    "docs.json": _DOCS,
    "guides/start.mdx": '---\ntitle: "Start"\n---\n\nHello.\n',
}
FAIL = {
    "docs.json": _DOCS,
    "guides/start.mdx": '---\ntitle: "Start"\n---\n\nHello.\n',
    "guides/forgotten.mdx": '---\ntitle: "Forgotten"\n---\n\nNobody links here.\n',
}


def check(repo: Repo) -> Iterator[Issue]:
    if repo.docs_json is None or not isinstance(repo.docs_json.data, dict):
        return
    last_in_folder: dict[str, str] = {}
    for entry in repo.navigation_pages:
        last_in_folder[folder_of(entry.page)] = entry.page
    for page in repo.pages.values():
        if page.path in repo.registered:
            continue
        # A page at the top level has no folder to tell its group, so it is placed by hand.
        sibling = last_in_folder.get(folder_of(page.path)) if "/" in page.path else None
        fix = RegisterPage(page.path, after=sibling) if sibling else None
        where = f"the group that lists {sibling}" if sibling else "the right group"
        yield Issue(
            page.file,
            1,
            1,
            f'page is not listed in docs.json; add "{page.path}" to {where}',
            fix=fix,
            related=(DOCS_JSON,),
        )
