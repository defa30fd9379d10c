"""Links to a section (`[x](/page#anchor)`, `[x](#anchor)`) name an anchor the page has.

A page's anchors are computed as Mintlify computes them (see generator/repo/slug.py): heading
text lower-cased with spaces turned to "-", punctuation mostly dropped but `&`, `/` and curly
apostrophes kept (`## What's new` is `#what` + U+2019 + `s-new`, `## Step 1: Install` is
`#step-1-install`), repeats numbered `-2`, `-3`; `{#custom-id}` headings; and the ids of
Tabs, Accordions, Views, Steps, Updates, ParamField/ResponseField (`#param-name`) and any
element with a literal `id`. Headings of snippets a page imports count as the page's own.
Targets whose content Mintlify generates (`openapi:`/`asyncapi:` pages), paths that only a
redirect makes valid, and pages whose ids cannot be known statically (`id={...}`, headings
built from expressions) are not checked.

Severity: warning. The link still opens the right page, only at the top instead of at the
section, so it is a defect to fix rather than a broken page; and the anchors are computed by
re-implementing Mintlify's slugging, which Mintlify may refine, so it should not fail a build
on its own. Raise it to error in docsgen.toml once a repo is clean.

Why: a renamed heading silently breaks every link to it; readers land at the top of a long page
and have to hunt for the section the link promised.

Fix: point the link at the heading's current anchor (the message suggests the closest one), or
give the heading a stable id with `## Heading {#stable-id}` and link to that.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterator

from generator.house_rules import folder_of
from generator.lint.model import Issue
from generator.repo.mdx import MdxPage
from generator.repo.repo import Repo

ID = "link-anchors"
SEVERITY = "warning"
SUMMARY = "links to #anchors name a heading or id the target page has"
FIXABLE = False

_TARGET = (
    "---\ntitle: Setup\n---\n\n## What's new\n\n## Step 1: Install\n\n## Overview\n\n"
    "## Overview\n\n### Configuration options {#config}\n\n"
    '<Accordion title="Can I self-host?">\nNo.\n</Accordion>\n\n'
    '<ParamField body="prompt" type="string">\nText.\n</ParamField>\n'
)
_LINKS = (
    "---\ntitle: Links\n---\n\n## Next steps\n\n"
    "Read [what changed](/guides/setup#what\u2019s-new), [install](/guides/setup#step-1-install), "
    "[the second overview](/guides/setup#overview-2), [config](/guides/setup#config), "
    "[self-hosting](/guides/setup#can-i-self-host), [prompt](/guides/setup#param-prompt) "
    "and [below](#%s).\n"
)
PASS = {"guides/setup.mdx": _TARGET, "guides/links.mdx": _LINKS % "next-steps"}
FAIL = {
    "guides/setup.mdx": _TARGET,
    "guides/links.mdx": _LINKS % "next-step",
}

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_GENERATED = ("openapi", "asyncapi", "api")


def _importers(repo: Repo) -> dict[str, list[MdxPage]]:
    found: dict[str, list[MdxPage]] = {}
    for path, imports in repo.imports.items():
        for _, file in imports:
            if file and file.endswith((".mdx", ".md")):
                found.setdefault(file.rsplit(".", 1)[0], []).append(repo.pages[path])
    return found


def _anchor_holders(repo: Repo, page: MdxPage, path: str, importers) -> list[MdxPage]:
    """The pages whose anchors `path#...` on `page` may mean."""
    if path:
        resolved = (
            path if path.startswith("/") else "/" + posixpath.join(folder_of(page.path), path)
        )
        resolved = posixpath.normpath(resolved.replace("\\", "/"))
        for extension in (".mdx", ".md"):
            if resolved.endswith(extension):
                resolved = resolved[: -len(extension)]
        target = repo.page_at(resolved)
        return [target] if target is not None else []
    if page.path in repo.snippets and page.path not in repo.registered:
        return importers.get(page.path, [])  # a snippet's #anchor is on the page showing it
    return [page]


def check(repo: Repo) -> Iterator[Issue]:
    importers: dict[str, list[MdxPage]] | None = None
    for page in repo.pages.values():
        for link in repo.links.get(page.path, []):
            target = link.target.strip()
            if link.image or "#" not in target or _SCHEME.match(target) or "{" in target:
                continue
            path, anchor = target.split("#", 1)
            path = path.split("?", 1)[0]
            if not anchor:
                continue
            if importers is None:
                importers = _importers(repo)
            holders = _anchor_holders(repo, page, path, importers)
            if not holders or any(
                any(h.frontmatter.get(key) for key in _GENERATED) for h in holders
            ):
                continue
            found = [repo.anchors_of(holder) for holder in holders]
            if any(anchors.has(anchor) or not anchors.complete for anchors in found):
                continue
            known = sorted(set().union(*(anchors.ids for anchors in found)))
            close = difflib.get_close_matches(anchor, known, n=1)
            hint = f"; did you mean #{close[0]}?" if close else ""
            if path:
                where = f"/{holders[0].path}"
            elif holders == [page]:
                where = "this page"
            else:
                where = "the pages that import this snippet"
            yield Issue(
                page.file,
                link.line,
                link.column,
                f"'#{anchor}' is not an anchor on {where}{hint}",
                related=tuple(holder.file for holder in holders),
            )
