"""Enterprise generation pages declare every <ParamField> with `body=`.

Never `query=`, `path=` or `header=`, and never without a location: the parameters of these
endpoints travel in the JSON body.

Why: Mintlify labels a ParamField by where the value goes; `query=` tells readers to put the
parameter in the URL, which the endpoint ignores.

Fix: rename the attribute to `body=`. `--fix` does it when the attribute sits on the tag's
first line; a ParamField with no location attribute at all needs `body="name"` written in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.repo.repo import Repo

ID = "paramfield-body"
SEVERITY = "error"
SUMMARY = "enterprise ParamFields use body=, never query= or path="
FIXABLE = True

_HEAD = '---\ntitle: "Edit"\n---\n\n## Request\n\n## Body Attributes\n\n'
_FIELD = '<ParamField %s="prompt" type="string" required>\nWhat to change.\n</ParamField>\n'
PASS = {"enterprise-api/q/edit.mdx": _HEAD + _FIELD % "body"}
FAIL = {"enterprise-api/q/edit.mdx": _HEAD + _FIELD % "query"}

_WRONG = ("query", "path", "header")


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.ENTERPRISE_GENERATION):
        for tag in page.tags_named("ParamField"):
            if not any(name in tag.attributes for name in ("body", *_WRONG)):
                yield Issue(
                    page.file,
                    tag.line,
                    tag.column,
                    'ParamField names no parameter location; declare it as body="name"',
                )
                continue
            for attribute in _WRONG:
                if attribute not in tag.attributes:
                    continue
                line_text = page.lines[tag.line - 1]
                match = re.search(rf"\b{attribute}=", line_text)
                fix = None
                if match and "body=" not in line_text:
                    fix = ReplaceInLine(page.file, tag.line, match.group(0), "body=")
                yield Issue(
                    page.file,
                    tag.line,
                    tag.column,
                    f"ParamField uses {attribute}=; "
                    "enterprise body parameters are declared with body=",
                    fix=fix,
                )
