"""Pages contain no MDX that breaks the build: unclosed or mismatched JSX tags, stray braces.

In MDX every tag must be closed (`<br />`, not `<br>`), `<word>` in prose is a tag, and `{`
starts a JavaScript expression that must end with `}`. Code blocks and inline code are exempt.

Why: a single unclosed tag or brace fails the whole Mintlify deployment, and the error it
prints rarely names the page.

Fix: close the tag (or self-close it), put literal braces and angle brackets in inline code, or
escape them as `\\{` and `\\<`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.mdx import MdxPage
from generator.repo.repo import Repo

ID = "mdx-syntax"
SEVERITY = "error"
SUMMARY = "no unclosed JSX tags or stray braces outside code"
FIXABLE = False

PASS = {
    "guides/ok.mdx": '---\ntitle: Ok\n---\n\n<CardGroup cols={2}>\n<Card title="A" href="/a">\n'
    "Text with `{code}` and \\{escaped\\}.<br />\n</Card>\n</CardGroup>\n{/* a comment */}\n"
}
FAIL = {
    "guides/tag.mdx": '---\ntitle: Tag\n---\n\n<Card title="A">\nNever closed.\n',
    "guides/brace.mdx": "---\ntitle: Brace\n---\n\nSet { to anything.\n",
}

_STRING_ATTRIBUTE = re.compile(r'=\s*"[^"\n]*"')


def _tag_problems(page: MdxPage) -> Iterator[Issue]:
    stack = []
    for tag in page.tags:
        if tag.self_closing:
            continue
        if not tag.closing:
            stack.append(tag)
            continue
        if stack and stack[-1].name == tag.name:
            stack.pop()
            continue
        if any(open_tag.name == tag.name for open_tag in stack):
            while stack and stack[-1].name != tag.name:
                unclosed = stack.pop()
                yield Issue(
                    page.file,
                    unclosed.line,
                    unclosed.column,
                    f"<{unclosed.name}> is not closed before </{tag.name}>; add </{unclosed.name}>",
                )
            stack.pop()
        else:
            yield Issue(
                page.file,
                tag.line,
                tag.column,
                f"</{tag.name}> closes a tag that was "
                "never opened; remove it or add the opening tag",
            )
    for unclosed in stack:
        yield Issue(
            page.file,
            unclosed.line,
            unclosed.column,
            f"<{unclosed.name}> is never "
            f"closed; add </{unclosed.name}> or write <{unclosed.name} />",
        )


def _brace_problems(page: MdxPage) -> Iterator[Issue]:
    text = _STRING_ATTRIBUTE.sub(lambda m: " " * len(m.group(0)), page.scannable)
    openers: list[int] = []
    for offset, char in enumerate(text):
        if char == "{":
            openers.append(offset)
        elif char == "}":
            if openers:
                openers.pop()
            else:
                line, column = page.position(offset)
                yield Issue(
                    page.file,
                    line,
                    column,
                    "'}' without a matching '{'; escape it as \\} or put it in inline code",
                )
    for offset in openers:
        line, column = page.position(offset)
        yield Issue(
            page.file,
            line,
            column,
            "'{' starts an expression that never ends; escape it as \\{ or put it in inline code",
        )


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        yield from _tag_problems(page)
        yield from _brace_problems(page)
