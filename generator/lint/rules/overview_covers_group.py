"""An overview page has a Card for every page registered in its folder.

Pages count when docs.json lists them and they sit in the overview's folder (not in
subfolders). Cards pointing to missing pages are reported by links-resolve.

Why: the overview is where readers pick an endpoint; a page without a card is one they only
find through the sidebar, and usually it is the newest one.

Fix: add a <Card title="..." icon="..." href="/folder/page"> for each page listed.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import OVERVIEW_SLUG, PageKind, folder_of
from generator.lint.model import Issue
from generator.repo.repo import DOCS_JSON, Repo

ID = "overview-covers-group"
SEVERITY = "warning"
SUMMARY = "overview pages have a Card for every registered page of their folder"
FIXABLE = False

_DOCS = '{"name": "D", "theme": "mint", "colors": {"primary": "#000000"}, "navigation": {"tabs": [{"tab": "A", "groups": [{"group": "Video", "pages": ["video/overview", "video/make", "video/edit"]}]}]}}'  # noqa: E501
_CARD = '<Card title="%s" href="/video/%s">\nText.\n</Card>\n'
_PAGES = {"video/make.mdx": "---\ntitle: Make\n---\n", "video/edit.mdx": "---\ntitle: Edit\n---\n"}
PASS = {
    "docs.json": _DOCS,
    "video/overview.mdx": '---\ntitle: "Video"\n---\n\n<CardGroup cols={2}>\n'
    + _CARD % ("Make", "make")
    + _CARD % ("Edit", "edit")
    + "</CardGroup>\n",
    **_PAGES,
}
FAIL = {
    "docs.json": _DOCS,
    "video/overview.mdx": '---\ntitle: "Video"\n---\n\n<CardGroup cols={2}>\n'
    + _CARD % ("Make", "make")
    + "</CardGroup>\n",
    **_PAGES,
}


def check(repo: Repo) -> Iterator[Issue]:
    by_folder: dict[str, list[str]] = {}
    for registered in dict.fromkeys(entry.page for entry in repo.navigation_pages):
        by_folder.setdefault(folder_of(registered), []).append(registered)
    for page in repo.pages_of(PageKind.OVERVIEW):
        folder = folder_of(page.path)
        if not folder:
            continue
        cards = {
            (tag.attributes.get("href") or "").split("#")[0].rstrip("/")
            for tag in page.tags_named("Card")
        }
        groups = page.tags_named("CardGroup")
        line, column = (groups[0].line, groups[0].column) if groups else (page.body_line, 1)
        for sibling in by_folder.get(folder, []):
            if sibling.endswith(f"/{OVERVIEW_SLUG}"):
                continue
            if f"/{sibling}" not in cards:
                yield Issue(
                    page.file,
                    line,
                    column,
                    f"no Card for /{sibling}; add one so readers find it from the overview",
                    related=(DOCS_JSON, f"{sibling}.mdx"),
                )
