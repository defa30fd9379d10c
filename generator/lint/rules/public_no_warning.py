"""Public endpoint pages have no <Warning> block.

Why: the Warning block is the enterprise S3 notice; on a public page it tells readers about a
bucket setting that does not apply to them.

Fix: remove the <Warning>, or use <Note> for a public caveat.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.repo.repo import Repo

ID = "public-no-warning"
SEVERITY = "error"
SUMMARY = "public endpoint pages have no <Warning>"
FIXABLE = False

_HEAD = "---\ntitle: Make\nopenapi: 'video/openapi.json POST /make'\n---\n\n"
PASS = {"video/make.mdx": _HEAD + "<Note>\nClips are kept for a day.\n</Note>\n"}
FAIL = {"video/make.mdx": _HEAD + "<Warning>\nAdd your S3 details.\n</Warning>\n"}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.PUBLIC_ENDPOINT):
        for tag in page.tags_named("Warning"):
            yield Issue(
                page.file,
                tag.line,
                tag.column,
                "public pages carry no <Warning> (it "
                "is the enterprise S3 notice); remove it or use <Note>",
            )
