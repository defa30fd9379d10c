"""Enterprise server operation pages list no <ParamField> and no `Body Attributes`.

Why: operations take only the API key, which the shared enterprise spec documents; a
parameter list suggests options the server does not have.

Fix: remove the Body Attributes section and its ParamFields.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.lint.sections import heading
from generator.repo.repo import Repo

ID = "ops-no-paramfield"
SEVERITY = "error"
SUMMARY = "enterprise operation pages have no ParamField or Body Attributes"
FIXABLE = False

_HEAD = '---\ntitle: "Restart"\nopenapi: "POST /enterprise/q/restart_server"\n---\n\n## Body\n'
PASS = {"enterprise-api/q/restart-server.mdx": _HEAD}
FAIL = {
    "enterprise-api/q/restart-server.mdx": _HEAD
    + '\n## Body Attributes\n\n<ParamField body="key" type="string">\nKey.\n</ParamField>\n'
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.ENTERPRISE_OPS):
        section = heading(page, "Body Attributes")
        if section is not None:
            yield Issue(
                page.file,
                section.line,
                1,
                "server operation pages have no Body Attributes; the body is only the key",
            )
        for tag in page.tags_named("ParamField"):
            yield Issue(
                page.file,
                tag.line,
                tag.column,
                "server operation pages list no <ParamField>; remove it",
            )
