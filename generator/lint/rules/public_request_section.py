"""Public endpoint pages have a `## Request` section.

Why: readers look for the endpoint URL and example body under Request on every page; the
other public page rules (URL block, Body heading) are anchored on this heading.

Fix: add a `## Request` h2 with one sentence, the ```bash URL block and the `### Body` example.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.lint.sections import heading
from generator.repo.repo import Repo

ID = "public-request-section"
SEVERITY = "error"
SUMMARY = "public endpoint pages have a ## Request section"
FIXABLE = False

PASS = {
    "video/make.mdx": "---\ntitle: Make\nopenapi: 'video/openapi.json POST /make'\n---\n\n"
    "## Request\n\n```bash\nPOST https://modelslab.com/api/v6/video/make\n```\n",
}
FAIL = {
    "video/make.mdx": "---\ntitle: Make\nopenapi: 'video/openapi.json POST /make'\n---\n\n"
    "Call it.\n\n```bash\nPOST https://modelslab.com/api/v6/video/make\n```\n",
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.PUBLIC_ENDPOINT):
        found = heading(page, "Request")
        if found is None:
            yield Issue(
                page.file,
                page.body_line,
                1,
                "no `## Request` section; add one with the "
                "```bash URL block and a `### Body` example",
            )
        elif found.level != 2:
            yield Issue(
                page.file, found.line, 1, f"Request heading is h{found.level}; make it `## Request`"
            )
