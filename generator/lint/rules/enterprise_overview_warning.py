"""Overviews of enterprise servers carry the S3 <Warning> for their server.

Applies to enterprise-api/<server>/overview pages (not the enterprise root or the general
folder). The Warning names the server in backticks and links to
/enterprise-api/general/update-s3-details.

Why: the overview is the first page of a dedicated server's group; it is where readers must
learn that results are deleted after 24 hours without S3 details.

Fix: add the same Warning the server's generation pages carry, above the cards.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator import house_rules
from generator.house_rules import PageKind, folder_of
from generator.lint.model import Issue
from generator.lint.sections import enterprise_server_name, s3_warning_problem
from generator.repo.repo import Repo

ID = "enterprise-overview-warning"
SEVERITY = "error"
SUMMARY = "enterprise server overviews warn about S3 details"
FIXABLE = False

_HEAD = '---\ntitle: "Qwen"\n---\n\n'
_CARDS = '<CardGroup cols={2}>\n<Card title="Edit" href="/enterprise-api/qwen-edit/edit">\nEdit.\n</Card>\n</CardGroup>\n'  # noqa: E501
_WARNING = (
    "<Warning>\nAdd your [S3 details](/enterprise-api/general/update-s3-details) for the "
    "`qwen_edit` server.\n</Warning>\n\n"
)
PASS = {"enterprise-api/qwen-edit/overview.mdx": _HEAD + _WARNING + _CARDS}
FAIL = {"enterprise-api/qwen-edit/overview.mdx": _HEAD + _CARDS}


def check(repo: Repo) -> Iterator[Issue]:
    servers = _servers_by_folder(repo)
    for page in repo.pages_of(PageKind.OVERVIEW):
        folder = folder_of(page.path)
        if not house_rules.is_enterprise_server_folder(folder):
            continue
        server = servers.get(folder) or house_rules.server_name_for_folder(folder)
        found = s3_warning_problem(page, server)
        if found:
            problem, line, column = found
            yield Issue(
                page.file,
                line,
                column,
                f"{problem}; enterprise server overviews carry the S3 Warning",
            )


def _servers_by_folder(repo: Repo) -> dict[str, str]:
    """The server each folder's endpoint pages call (the first page that names one wins)."""
    servers: dict[str, str] = {}
    for page in repo.pages_of(PageKind.ENTERPRISE_GENERATION, PageKind.ENTERPRISE_OPS):
        name = enterprise_server_name(page)
        if name:
            servers.setdefault(folder_of(page.path), name)
    return servers
