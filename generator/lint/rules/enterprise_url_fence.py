"""Enterprise pages show the request in a ```curl curl block.

Applies to enterprise generation and server operation pages: the first fenced block after
`## Request` has the info string `curl curl` and holds `--request POST '<url>' \\`.

Why: the enterprise pages share one request format, distinct from the public ```bash URL
block, so a reader can tell at a glance which API a page belongs to.

Fix: change the fence info string to `curl curl`. `--fix` does it.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import ENTERPRISE_URL_FENCE, PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.lint.sections import replace_fence_info, request_fence
from generator.repo.repo import Repo

ID = "enterprise-url-fence"
SEVERITY = "error"
SUMMARY = "enterprise pages fence the request as ```curl curl"
FIXABLE = True

_HEAD = (
    '---\ntitle: "Clear Cache"\nopenapi: "POST /enterprise/q/clear_cache"\n---\n\n## Request\n\n'
)
_URL = "--request POST 'https://modelslab.com/api/v1/enterprise/q/clear_cache' \\\n```\n"
PASS = {"enterprise-api/q/clear-cache.mdx": _HEAD + "```curl curl\n" + _URL}
FAIL = {"enterprise-api/q/clear-cache.mdx": _HEAD + "```bash\n" + _URL}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.ENTERPRISE_GENERATION, PageKind.ENTERPRISE_OPS):
        fence = request_fence(page)
        if fence is None or fence.signature == ENTERPRISE_URL_FENCE:
            continue
        old, new = replace_fence_info(page, fence, ENTERPRISE_URL_FENCE)
        shown = fence.info or "(no language)"
        yield Issue(
            page.file,
            fence.line,
            1,
            f"request block is fenced as {shown!r}; enterprise pages use ```{ENTERPRISE_URL_FENCE}",
            fix=ReplaceInLine(page.file, fence.line, old, new),
        )
