"""Enterprise server operation pages show a body of just the key.

The JSON example under `## Body` is `{"key": "enterprise_api_key"}` and nothing else.

Why: every server operation takes only the API key; extra fields in the example suggest
options that the server silently ignores.

Fix: reduce the example to {"key": "enterprise_api_key"}, or add it under `## Body` when the
page has no example at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import KEY_PARAMETER, PageKind
from generator.lint.model import Issue
from generator.lint.sections import body_fence, body_json, heading
from generator.repo.repo import Repo

ID = "ops-key-only-body"
SEVERITY = "error"
SUMMARY = "enterprise operation pages show a body of only the key"
FIXABLE = False

_HEAD = '---\ntitle: "Restart"\nopenapi: "POST /enterprise/q/restart_server"\n---\n\n## Body\n\n'
PASS = {
    "enterprise-api/q/restart-server.mdx": _HEAD
    + '```json json\n{"key": "enterprise_api_key"}\n```\n'
}
FAIL = {
    "enterprise-api/q/restart-server.mdx": _HEAD
    + '```json json\n{"key": "enterprise_api_key", "force": true}\n```\n'
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.ENTERPRISE_OPS):
        fence = body_fence(page)
        if fence is None:
            section = heading(page, "Body")
            yield Issue(
                page.file,
                section.line if section else page.body_line,
                1,
                'no Body example; show {"key": "enterprise_api_key"} in a ```json json block',
            )
            continue
        body = body_json(page)
        if not isinstance(body, dict):
            yield Issue(
                page.file,
                fence.line,
                1,
                'the Body example is not a JSON object; show {"key": "enterprise_api_key"}',
            )
        elif set(body) != {KEY_PARAMETER}:
            extra = sorted(set(body) - {KEY_PARAMETER}) or ["no key"]
            yield Issue(
                page.file,
                fence.line,
                1,
                f"the Body example has {', '.join(extra)}; "
                'server operations take only {"key": ...}',
            )
