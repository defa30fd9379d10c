"""Every page is listed in docs.json navigation, or says it is hidden.

Navigation is read in every shape Mintlify accepts: `tabs`, `groups`, `pages` with nested
groups, a group's `root` page, `languages`, `versions`, `dropdowns`, `anchors`, `products`,
`menu` items, and parts of docs.json split into other files with `$ref`. Not pages, so never
reported: snippets (everything under `snippets/`, and any MDX file another page imports),
pages whose frontmatter says `hidden: true`, and files `.mintignore` excludes.

Why: Mintlify builds an unlisted page but shows it nowhere: not in the sidebar, not in search,
not in the sitemap or the AI assistant's context. Unless that is on purpose, the page is lost
work that nobody notices. When it is on purpose, `hidden: true` says so (and also keeps search
engines away, which leaving it out of navigation does not).

Fix: add the page path (relative to the docs folder, without .mdx) to the group it belongs to,
or add `hidden: true` to its frontmatter. `--fix` registers a page only where that is certain:
when every listed page of its folder sits in one navigation list, it adds the page to that list
(in docs.json or the file the list comes from) right after the last of them. Anything else is
placed by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import folder_of
from generator.lint.model import Issue, RegisterPage
from generator.repo.navigation import NavPage
from generator.repo.repo import DOCS_JSON, Repo

ID = "page-registered"
SEVERITY = "error"
SUMMARY = "every page is listed in docs.json navigation (or marked hidden: true)"
FIXABLE = True

_DOCS = '{"name": "D", "theme": "mint", "colors": {"primary": "#000000"}, "navigation": {"languages": [{"language": "en", "tabs": [{"tab": "A", "groups": [{"group": "G", "root": "guides/index", "pages": ["guides/start", {"group": "More", "pages": ["guides/more/deep"]}]}]}]}, {"language": "es", "$ref": "es.json"}]}}'  # noqa: E501
_ES = '{"tabs": [{"tab": "A", "groups": [{"group": "G", "pages": ["es/guides/start"]}]}]}'
_PAGE = '---\ntitle: "%s"\n---\n\nHello.\n'
PASS = {
    "docs.json": _DOCS,
    "es.json": _ES,
    "guides/index.mdx": _PAGE % "Guides",
    "guides/start.mdx": _PAGE % "Start",
    "guides/more/deep.mdx": _PAGE % "Deep",
    "es/guides/start.mdx": _PAGE % "Inicio",
    "guides/beta.mdx": '---\ntitle: "Beta"\nhidden: true\n---\n\nBy URL only.\n',
    "snippets/note.mdx": "A snippet needs no frontmatter and no navigation entry.\n",
    "shared/intro.mdx": "Imported below, so a snippet too.\n",
    "guides/imports.mdx": '---\ntitle: "Imports"\nhidden: true\n---\n\n'
    'import Intro from "/shared/intro.mdx";\n\n<Intro />\n',
}
FAIL = {
    "docs.json": _DOCS,
    "es.json": _ES,
    "guides/index.mdx": _PAGE % "Guides",
    "guides/start.mdx": _PAGE % "Start",
    "guides/more/deep.mdx": _PAGE % "Deep",
    "es/guides/start.mdx": _PAGE % "Inicio",
    "es/guides/forgotten.mdx": _PAGE % "Olvidada",
}


def _certain_places(repo: Repo) -> dict[str, NavPage]:
    """For each folder whose listed pages all sit in one group (its `pages` list, or its `root`):
    the last of them listed in `pages`, which a new page of that folder can follow."""
    groups: dict[str, set[tuple[str, tuple[str | int, ...]]]] = {}
    last: dict[str, NavPage] = {}
    for entry in repo.navigation_pages:
        folder = folder_of(entry.page)
        listed = bool(entry.location) and isinstance(entry.location[-1], int)
        group = entry.location[:-2] if listed else entry.location[:-1]
        groups.setdefault(folder, set()).add((entry.file, group))
        if listed:
            last[folder] = entry
    return {
        folder: last[folder]
        for folder, found in groups.items()
        if len(found) == 1 and folder in last
    }


def check(repo: Repo) -> Iterator[Issue]:
    if repo.docs_json is None or not isinstance(repo.docs_json.data, dict):
        return
    registered = repo.registered
    snippets = repo.snippets
    places = _certain_places(repo)
    for page in repo.pages.values():
        if page.path in registered or page.path in snippets:
            continue
        if page.frontmatter.get("hidden") is True:
            continue
        # A page at the top level has no folder to tell its group, so it is placed by hand.
        sibling = places.get(folder_of(page.path)) if "/" in page.path else None
        fix = (
            RegisterPage(page.path, sibling.as_written, sibling.file, sibling.location[:-1])
            if sibling
            else None
        )
        where = f"the group that lists {sibling.page}" if sibling else "the group it belongs to"
        yield Issue(
            page.file,
            1,
            1,
            f'page is not listed in docs.json navigation; add "{page.path}" to {where}, '
            "or mark it `hidden: true` if it is meant to be reached by its URL only",
            fix=fix,
            related=(DOCS_JSON, *(entry for entry in repo.config_refs)),
        )
