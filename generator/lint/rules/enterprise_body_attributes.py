"""Enterprise generation pages document their parameters under `## Body Attributes`.

Each parameter is a <ParamField body="name" type="..."> inside that h2 section.

Why: generation endpoints are not in the enterprise spec, so the page is the only place that
lists their parameters; without the section readers guess from the example.

Fix: add `## Body Attributes` after the Body example with one <ParamField> per parameter.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue
from generator.lint.sections import heading
from generator.repo.repo import Repo

ID = "enterprise-body-attributes"
SEVERITY = "error"
SUMMARY = "enterprise generation pages have ## Body Attributes with ParamFields"
FIXABLE = False

_PAGE = (
    '---\ntitle: "Edit"\n---\n\n## Request\n\n```curl curl\n--request POST '
    "'https://modelslab.com/api/v1/enterprise/q/edit' \\\n```\n\n## Body\n\n```json json\n"
    '{"key": "enterprise_api_key", "prompt": "a cat"}\n```\n'
)
PASS = {
    "enterprise-api/q/edit.mdx": _PAGE + '\n## Body Attributes\n\n<ParamField body="prompt" '
    'type="string" required>\nWhat to change.\n</ParamField>\n'
}
FAIL = {"enterprise-api/q/edit.mdx": _PAGE}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.ENTERPRISE_GENERATION):
        section = heading(page, "Body Attributes")
        if section is None:
            yield Issue(
                page.file,
                page.body_line,
                1,
                "no `## Body Attributes` section; list each parameter as <ParamField body=...>",
            )
            continue
        if section.level != 2:
            yield Issue(
                page.file,
                section.line,
                1,
                f"Body Attributes heading is h{section.level}; make it `## Body Attributes`",
            )
        if not any(tag.line > section.line for tag in page.tags_named("ParamField")):
            yield Issue(
                page.file,
                section.line,
                1,
                "Body Attributes lists no <ParamField>; add one per body parameter",
            )
