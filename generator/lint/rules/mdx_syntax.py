"""Pages contain no MDX that breaks the build: unclosed or mismatched JSX tags, stray braces,
HTML comments, `<` before something that cannot start a tag, broken attribute quotes.

In MDX every tag must be closed (`<br />`, not `<br>`), `<word>` in prose is a tag, `<5` or
`<-` is an error, `<!-- -->` is not a comment, and `{` starts a JavaScript expression that must
end with `}`. Code blocks and inline code are exempt. Pages are read by the page model
(markdown-it-py with the MDX syntax), which the tests hold to the real MDX compiler.

Why: a single unclosed tag or brace fails the whole Mintlify deployment, and the error it
prints rarely names the page.

Fix: close the tag (or self-close it), put literal braces and angle brackets in inline code, or
escape them as `\\{` and `\\<`.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.repo import Repo

ID = "mdx-syntax"
SEVERITY = "error"
SUMMARY = "no unclosed JSX tags or stray braces outside code"
FIXABLE = False

PASS = {
    "guides/ok.mdx": '---\ntitle: Ok\n---\n\n<CardGroup cols={2}>\n<Card title="A" href="/a">\n'
    "Text with `{code}` and \\{escaped\\}.<br />\n</Card>\n</CardGroup>\n{/* a comment */}\n",
    "guides/mdx.mdx": 'import { Plan } from "/snippets/plan.jsx"\n\nIf a < b, use <Plan />.\n\n'
    '<Tabs>\n  <Tab title="A">\n        ```bash {1} wrap\n        echo {\n        ```\n'
    "  </Tab>\n</Tabs>\n"
    '{/* <Warning> in a comment */}\n\n<Card\n  title="B"\n  cols={ 2 }\n/>\n',
}
FAIL = {
    "guides/tag.mdx": '---\ntitle: Tag\n---\n\n<Card title="A">\nNever closed.\n',
    "guides/brace.mdx": "---\ntitle: Brace\n---\n\nSet { to anything.\n",
    "guides/comment.mdx": "---\ntitle: Comment\n---\n\n<!-- a note -->\n",
    "guides/less.mdx": "---\ntitle: Less\n---\n\nIt costs <5 credits.\n",
    "guides/quote.mdx": '---\ntitle: Quote\n---\n\n<Card title="A>\nText\n</Card>\n',
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        for problem in page.syntax_problems:
            yield Issue(page.file, problem.line, problem.column, problem.message)
