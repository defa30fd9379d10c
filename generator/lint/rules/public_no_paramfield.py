"""Public endpoint pages list no <ParamField>s and have no `Body Attributes` section.

Why: their parameters come from the OpenAPI spec named in `openapi:`; hand-written ParamFields
duplicate it on the page and drift from it.

Fix: delete the ParamFields and the Body Attributes heading; describe parameters in the spec.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.lint.sections import heading
from generator.repo.repo import Repo

ID = "public-no-paramfield"
SEVERITY = "error"
SUMMARY = "public endpoint pages leave parameters to the spec (no ParamField)"
FIXABLE = False

_HEAD = "---\ntitle: Make\nopenapi: 'video/openapi.json POST /make'\n---\n\n## Request\n\n"
PASS = {"video/make.mdx": _HEAD + "Parameters are listed from the spec.\n"}
FAIL = {
    "video/make.mdx": _HEAD
    + '## Body Attributes\n\n<ParamField body="prompt" type="string">\nText.\n</ParamField>\n'
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.PUBLIC_ENDPOINT):
        attributes = heading(page, "Body Attributes")
        if attributes is not None:
            yield Issue(
                page.file,
                attributes.line,
                1,
                "public pages have no Body Attributes "
                "section; the spec named in openapi: lists the parameters",
            )
        for tag in page.tags_named("ParamField"):
            yield Issue(
                page.file,
                tag.line,
                tag.column,
                "<ParamField> on a public page "
                "duplicates the spec; describe the parameter in openapi.json instead",
            )
