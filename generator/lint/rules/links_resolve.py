"""Internal links, Card hrefs, images and snippet imports point to something that exists.

Checked: Markdown links and images, inline and reference-style (`[text][ref]` with
`[ref]: /path`); the link attributes of HTML elements and Mintlify components (`a`/`Card`/
`Tile`/`Tooltip` href, `img`/`source`/`video`/`audio` src) when written as strings; and the
local files `import` lines pull in (`/snippets/...`, `./x.mdx`). Targets starting with `/` are
relative to the docs folder, others to the page's folder. A target resolves when it names a
file, a page (without .mdx), a folder, or a path that docs.json `redirects` send to one
(`:param`, `:param*` and `*` wildcards included).

Not checked: external URLs and every other scheme (`https:`, `mailto:`, `tel:`, `data:`, ...),
in-page anchors (see link-anchors), templated targets (`/x/{id}`), expression attributes
(`href={url}`), props of custom components a page defines itself, and files `.mintignore`
excludes (they do not exist for Mintlify, so links to them are broken).

Why: Mintlify builds pages with broken internal links without complaint; readers meet them as
404s, typically after a page was moved or renamed. A missing import fails the build.

Fix: point the link at the page's current path (without .mdx) or at the image's real file, or
add a redirect from the old path to the new one; fix the import path.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from generator.house_rules import folder_of
from generator.lint.model import Issue
from generator.repo.repo import DOCS_JSON, Repo

ID = "links-resolve"
SEVERITY = "error"
SUMMARY = "internal links, Card hrefs, images and snippet imports resolve"
FIXABLE = False

_DOCS = '{"name": "D", "navigation": {"pages": ["guides/start", "guides/next"]}, "redirects": [{"source": "/old/:slug*", "destination": "/guides/:slug*"}]}'  # noqa: E501
_PAGE = (
    "---\ntitle: Start\n---\n\n"
    'import Note from "/snippets/note.mdx";\n\n'
    "See [the guide](%s), [the old path](/old/next), [ref-style][next] and "
    "![logo](/images/logo.png).\n\n"
    '<Card title="Next" href="/guides/next">\nGo.\n</Card>\n\n'
    "Mail [us](mailto:help@example.com), call [us](tel:+15550100), "
    "![a badge](https://example.com/badge.svg).\n\n"
    "[next]: %s\n"
)
PASS = {
    "docs.json": _DOCS,
    "guides/start.mdx": _PAGE % ("/guides/next", "/guides/next"),
    "guides/next.mdx": "---\ntitle: Next\n---\n",
    "images/logo.png": "",
    "snippets/note.mdx": "Shared words.\n",
}
FAIL = {
    "docs.json": _DOCS,
    "guides/start.mdx": _PAGE % ("/guides/gone", "/guides/also-gone"),
    "guides/next.mdx": "---\ntitle: Next\n---\n",
}

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        folder = folder_of(page.path)
        for link in repo.links.get(page.path, []):
            target = link.target.strip()
            if not target or _SCHEME.match(target) or "{" in target:
                continue
            forward = target.replace("\\", "/")
            resolved = (
                forward
                if forward.startswith("/")
                else "/" + posixpath.normpath(posixpath.join(folder, forward))
            )
            what = "image" if link.image else "link"
            exists = not resolved.startswith("/..") and repo.link_target_exists(resolved)
            if exists and forward == target:
                continue
            if exists:
                yield Issue(
                    page.file,
                    link.line,
                    link.column,
                    f"{what} target '{target}' uses "
                    "backslashes; write it with '/' so it works on every host",
                )
                continue
            yield Issue(
                page.file,
                link.line,
                link.column,
                f"{what} target '{target}' does not "
                "exist; point it at the current page path or file",
                related=(resolved.split("#", 1)[0].strip("/"), DOCS_JSON),
            )
        for source, file in repo.imports.get(page.path, []):
            if file is None:
                yield Issue(
                    page.file,
                    source.line,
                    source.column,
                    f"import '{source.source}' names no file; fix the path "
                    "(snippets usually live under /snippets/)",
                )
