"""Enterprise generation pages carry the S3 <Warning> for their server.

Pages in the shared enterprise-api/general folder (the S3 details page itself) are exempt.
The Warning names the page's server in backticks (e.g. `qwen_edit`, read from the request URL)
and links to /enterprise-api/general/update-s3-details.

Why: a dedicated server deletes results after 24 hours unless S3 details are set for that
server; readers must learn this on every generation page, for the right server.

Fix: add the Warning above `## Request` (see any generated enterprise page), with the server
name from the page's URL.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind, folder_of, is_enterprise_server_folder
from generator.lint.model import Issue
from generator.lint.sections import enterprise_server_name, s3_warning_problem
from generator.repo.repo import Repo

ID = "enterprise-warning"
SEVERITY = "error"
SUMMARY = "enterprise generation pages warn about S3 details for their server"
FIXABLE = False

_HEAD = '---\ntitle: "Edit"\ndescription: "Edits images."\n---\n\n'
_REQUEST = (
    "## Request\n\n```curl curl\n--request POST "
    "'https://modelslab.com/api/v1/enterprise/qwen_edit/qwen_edit' \\\n```\n"
)
_WARNING = (
    "<Warning>\nAdd your [S3 details](/enterprise-api/general/update-s3-details) for the "
    "`%s` server.\n</Warning>\n\n"
)
PASS = {"enterprise-api/qwen-edit/edit.mdx": _HEAD + _WARNING % "qwen_edit" + _REQUEST}
FAIL = {"enterprise-api/qwen-edit/edit.mdx": _HEAD + _WARNING % "nano_banana" + _REQUEST}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.ENTERPRISE_GENERATION):
        if not is_enterprise_server_folder(folder_of(page.path)):
            continue
        found = s3_warning_problem(page, enterprise_server_name(page))
        if found:
            problem, line, column = found
            yield Issue(
                page.file,
                line,
                column,
                f"{problem}; enterprise generation pages warn that "
                "results are kept only with S3 details for this server",
            )
