"""Prose has no bare `{name}`: MDX runs it as JavaScript, and the page fails when it renders.

A placeholder such as {id} written in running text (outside code) is a JavaScript expression
to MDX. It compiles, but no page defines `id`, so Mintlify shows an error instead of the page.

Why: the build passes, so nobody notices until a reader opens the page.

Fix: write the placeholder as inline code (`` `{id}` ``) or escape the braces (`\\{id\\}`).
`--fix` escapes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.lint.model import Issue, ReplaceInLine
from generator.repo.repo import Repo

ID = "mdx-undefined-expression"
SEVERITY = "error"
SUMMARY = "no bare {name} expressions in prose"
FIXABLE = True

PASS = {
    "video/fetch.mdx": "---\ntitle: Fetch\n---\n\nCall `fetch/{id}` with the \\{id\\} you got.\n"
    "{/* a comment is fine */}\n\n<CardGroup cols={2}>\n</CardGroup>\n"
}
FAIL = {"video/fetch.mdx": "---\ntitle: Fetch\n---\n\nCall the endpoint with {id} to collect it.\n"}

_BARE = re.compile(r"\{\s*([A-Za-z_$][\w$]*)\s*\}")


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        for match in _BARE.finditer(page.running_text):
            line, column = page.position(match.start())
            text = match.group(0)
            escaped = "\\{" + match.group(1) + "\\}"
            fix = None
            if text in page.lines[line - 1]:
                fix = ReplaceInLine(page.file, line, text, escaped)
            yield Issue(
                page.file,
                line,
                column,
                f"{text} is a JavaScript expression to MDX and '{match.group(1)}' is not "
                f"defined, so the page fails to render; write `{text}` or {escaped}",
                fix=fix,
            )
