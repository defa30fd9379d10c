"""Internal links, Card hrefs and images point to files that exist.

Covers Markdown links and images, and `href`/`src` attributes of JSX tags (Card, img, ...).
Targets starting with `/` are relative to the docs folder; others to the page's folder.
External URLs, mail links and in-page anchors are not checked.

Why: Mintlify builds pages with broken internal links without complaint; readers meet them as
404s, typically after a page was moved or renamed.

Fix: point the link at the page's current path (without .mdx) or at the image's real file.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from generator.house_rules import folder_of
from generator.lint.model import Issue
from generator.repo.repo import Repo

ID = "links-resolve"
SEVERITY = "error"
SUMMARY = "internal links, Card hrefs and images resolve"
FIXABLE = False

_PAGE = '---\ntitle: Start\n---\n\nSee [the guide](/guides/next) and ![logo](/images/logo.png).\n\n<Card title="Next" href="%s">\nGo.\n</Card>\n'  # noqa: E501
PASS = {
    "guides/start.mdx": _PAGE % "/guides/next",
    "guides/next.mdx": "---\ntitle: Next\n---\n",
    "images/logo.png": "",
}
FAIL = {
    "guides/start.mdx": _PAGE % "/guides/gone",
    "guides/next.mdx": "---\ntitle: Next\n---\n",
}

_EXTERNAL = re.compile(r"^([a-z][a-z0-9+.-]*:|//|#)", re.IGNORECASE)


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        folder = folder_of(page.path)
        for link in page.links:
            target = link.target.strip()
            if not target or _EXTERNAL.match(target) or "{" in target:
                continue
            forward = target.replace("\\", "/")
            resolved = (
                forward
                if forward.startswith("/")
                else "/" + posixpath.normpath(posixpath.join(folder, forward))
            )
            what = "image" if link.image else "link"
            if repo.page_exists(resolved) and forward == target:
                continue
            if forward != target and repo.page_exists(resolved):
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
                related=(resolved.strip("/"),),
            )
