"""A page's evidence points to one house page format: its folder, the server its request URL
calls, its `openapi:` frontmatter and its components agree.

The house rules give each kind of page its own format (public endpoint, enterprise generation,
enterprise server operation, overview). docsgen decides a page's kind from all the evidence
(see "How page kinds are decided" in the README); when the evidence disagrees, the page is
checked as the kind the stronger evidence names and this rule reports the disagreement:
- a generation page (its request URL calls a generation endpoint) that carries `openapi:`;
- a server operation page (clear_cache, fetch/{id}, ...) without `openapi:`;
- `OpenAPI:`: Mintlify reads only the lower-case key, so the page renders without its API
  playground.

Why: a page that looks like two kinds at once gets the wrong format from whoever edits it next,
and Mintlify renders it differently from its neighbours.

Fix: follow the format of the kind named in the message: remove `openapi:` from generation
pages (their body is documented with <ParamField body=...>), add `openapi:
'POST /enterprise/<server>/<operation>'` to server operation pages, write the key in lower case.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.page_kind import api_reference_key
from generator.repo.repo import Repo

ID = "page-kind-conflict"
SEVERITY = "error"
SUMMARY = "a page's folder, request URL, openapi: and components name one page kind"
FIXABLE = False

_URL = "```curl curl\n--request POST 'https://modelslab.com/api/v1/enterprise/q/%s' \\\n```\n"
_WARNING = "<Warning>\nAdd your S3 details.\n</Warning>\n\n"
PASS = {
    "enterprise-api/q/text-to-image.mdx": '---\ntitle: "Text to image"\n---\n\n'
    + _WARNING
    + "## Request\n\n"
    + _URL % "text2img",
    "enterprise-api/q/clear-cache.mdx": '---\ntitle: "Clear"\nopenapi: '
    '"POST /enterprise/q/clear_cache"\n---\n\n## Request\n\n' + _URL % "clear_cache",
}
FAIL = {
    "enterprise-api/q/text-to-image.mdx": '---\ntitle: "Text to image"\nopenapi: '
    '"POST /enterprise/q/text2img"\n---\n\n' + _WARNING + "## Request\n\n" + _URL % "text2img",
    "enterprise-api/q/clear-cache.mdx": '---\ntitle: "Clear"\n---\n\n## Request\n\n'
    + _URL % "clear_cache",
    "video/make.mdx": "---\ntitle: Make\nOpenAPI: 'video/openapi.json POST /make'\n---\n",
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        decision = page.kind_decision
        if not decision.conflicts:
            continue
        key = api_reference_key(page.frontmatter)
        line = page.line_of_key(key) if key else 1
        for conflict in decision.conflicts:
            yield Issue(page.file, line, 1, f"{conflict} (checked as a {decision.kind.value} page)")
