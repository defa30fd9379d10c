"""Public endpoint pages show the request URL in a ```bash block.

The first fenced block after `## Request` holds `POST https://...` and is fenced ```bash, not
```curl (that form belongs to enterprise pages).

Why: one format per page kind keeps the site consistent and lets readers (and tools) find the
URL; curl-style blocks are the enterprise convention.

Fix: change the fence info string to `bash`. `--fix` does it.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PUBLIC_URL_FENCE, PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.lint.sections import replace_fence_info, request_fence
from generator.repo.repo import Repo

ID = "public-url-fence"
SEVERITY = "error"
SUMMARY = "public endpoint pages fence the request URL as ```bash"
FIXABLE = True

_HEAD = "---\ntitle: Make\nopenapi: 'video/openapi.json POST /make'\n---\n\n## Request\n\n"
PASS = {"video/make.mdx": _HEAD + "```bash\nPOST https://modelslab.com/api/v6/video/make\n```\n"}
FAIL = {
    "video/make.mdx": _HEAD
    + "```curl curl\n--request POST 'https://modelslab.com/api/v6/video/make' \\\n```\n"
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.PUBLIC_ENDPOINT):
        fence = request_fence(page)
        if fence is None or fence.signature == PUBLIC_URL_FENCE:
            continue
        old, new = replace_fence_info(page, fence, PUBLIC_URL_FENCE)
        fix = ReplaceInLine(page.file, fence.line, old, new)
        shown = fence.info or "(no language)"
        yield Issue(
            page.file,
            fence.line,
            1,
            f"request URL block is fenced as {shown!r}; public pages use ```{PUBLIC_URL_FENCE}",
            fix=fix,
        )
