"""Every page starts with YAML frontmatter that parses and has a title.

Snippets are not pages: files under `snippets/` and MDX files other pages import need no
frontmatter (when they have some, it must still parse), unless navigation lists them as pages.

Why: Mintlify takes the page title, sidebar label and search entry from the frontmatter. A
YAML error fails the build; a missing title shows the file name instead.

Fix: start the page with `---`, `title: "..."` (quote values containing ':'), `---`.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.repo import Repo

ID = "frontmatter-valid"
SEVERITY = "error"
SUMMARY = "frontmatter parses and has a title"
FIXABLE = False

PASS = {
    "guides/start.mdx": '---\ntitle: "Start: here"\ndescription: First steps.\n---\n\n'
    'import Shared from "/shared/steps.mdx";\n\n<Shared />\n',
    "shared/steps.mdx": "Imported by a page: a snippet, no frontmatter needed.\n",
    "snippets/note.mdx": "Under snippets/: a snippet, no frontmatter needed.\n",
}
FAIL = {
    "guides/start.mdx": "---\ntitle: Start: here\n---\n",
    "guides/bare.mdx": "No frontmatter at all.\n",
}


def check(repo: Repo) -> Iterator[Issue]:
    snippets = repo.snippets - repo.registered
    for page in repo.pages.values():
        if page.frontmatter_error:
            line, column, message = page.frontmatter_error
            yield Issue(page.file, line, column, message)
        elif page.path in snippets:
            continue
        elif not page.has_frontmatter:
            yield Issue(
                page.file, 1, 1, 'page has no frontmatter; start it with ---, title: "...", ---'
            )
        elif (
            not isinstance(page.frontmatter.get("title"), str)
            or not page.frontmatter["title"].strip()
        ):
            yield Issue(page.file, 1, 1, 'frontmatter has no title; add title: "..."')
