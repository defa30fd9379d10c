"""Enterprise server operation pages carry no <Warning>.

Why: operations such as clear-cache or restart-server store nothing, so the S3 notice does not
apply; repeating it everywhere teaches readers to skip it where it matters.

Fix: remove the <Warning> block from the operation page.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.repo.repo import Repo

ID = "ops-no-warning"
SEVERITY = "error"
SUMMARY = "enterprise operation pages have no <Warning>"
FIXABLE = False

_HEAD = '---\ntitle: "Restart"\nopenapi: "POST /enterprise/q/restart_server"\n---\n\n'
PASS = {"enterprise-api/q/restart-server.mdx": _HEAD + "## Request\n"}
FAIL = {
    "enterprise-api/q/restart-server.mdx": _HEAD
    + "<Warning>\nAdd your S3 details.\n</Warning>\n\n## Request\n"
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.ENTERPRISE_OPS):
        for tag in page.tags_named("Warning"):
            yield Issue(
                page.file,
                tag.line,
                tag.column,
                "server operation pages carry no <Warning>; remove it",
            )
