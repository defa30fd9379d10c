"""Prose has no bare `{name}` that nothing defines: MDX runs it as JavaScript, and the page fails
when it renders.

A placeholder such as {id} written in running text (outside code) is a JavaScript expression
to MDX. It compiles, but unless the page defines `id` (an `import` or `export` at the top of the
page), Mintlify shows an error instead of the page. Names a page imports or exports are defined;
snippet files (under `snippets/`) receive their names as props from the page that uses them, so
they are not checked.

Why: the build passes, so nobody notices until a reader opens the page.

Fix: write the placeholder as inline code (`` `{id}` ``) or escape the braces (`\\{id\\}`).
`--fix` escapes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.lint.model import Issue, ReplaceInLine
from generator.repo.esm import defined_names
from generator.repo.repo import Repo

ID = "mdx-undefined-expression"
SEVERITY = "error"
SUMMARY = "no bare {name} expressions in prose"
FIXABLE = True

PASS = {
    "video/fetch.mdx": "---\ntitle: Fetch\n---\n\nCall `fetch/{id}` with the \\{id\\} you got.\n"
    "{/* a comment is fine */}\n\n<CardGroup cols={2}>\n</CardGroup>\n",
    "video/plans.mdx": '---\ntitle: Plans\n---\nimport { plan } from "/snippets/plans.mdx"\n\n'
    "export const price = 5\n\nThe {plan} plan costs {price} dollars.\n",
    "snippets/greeting.mdx": "Hello {name}, welcome.\n",
}
FAIL = {"video/fetch.mdx": "---\ntitle: Fetch\n---\n\nCall the endpoint with {id} to collect it.\n"}

_BARE = re.compile(r"\{\s*([A-Za-z_$][\w$]*)\s*\}")
_SNIPPETS = "snippets/"


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        if page.file.startswith(_SNIPPETS):
            continue
        defined = defined_names(esm.source for esm in page.esm)
        for expression in page.expressions:
            match = _BARE.fullmatch(expression.source)
            if match is None or match.group(1) in defined:
                continue
            name = match.group(1)
            text = expression.source
            escaped = "\\{" + name + "\\}"
            line_text = page.lines[expression.line - 1]
            fix = None
            if line_text[expression.column - 1 :].startswith(text):
                fix = ReplaceInLine(page.file, expression.line, text, escaped)
            yield Issue(
                page.file,
                expression.line,
                expression.column,
                f"{text} is a JavaScript expression to MDX and '{name}' is not "
                f"defined, so the page fails to render; write `{text}` or {escaped}",
                fix=fix,
            )
