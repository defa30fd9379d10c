"""Request examples show a placeholder API key, never one that looks real.

Checks `key` values in fenced code blocks (JSON, curl, Python, JavaScript, ...). A value reads
as a placeholder when it says so (your_api_key, enterprise_api_key, YOUR_API_KEY, <key>, xxx,
...); a long run of letters and digits reads as a live key.

Why: a real key in public docs is a leaked credential; a live-looking fake one teaches readers
to paste keys into code and trips secret scanners.

Fix: use `your_api_key` on public pages and `enterprise_api_key` on enterprise pages (and
revoke the key if it was real).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.repo import Repo

ID = "placeholder-key"
SEVERITY = "error"
SUMMARY = "request examples use a placeholder API key"
FIXABLE = False

_PAGE = '---\ntitle: Make\n---\n\n```json json\n{\n  "key": "%s",\n  "prompt": "a cat"\n}\n```\n'
PASS = {"video/make.mdx": _PAGE % "your_api_key"}
FAIL = {"video/make.mdx": _PAGE % "Xk29sLq8Vn3RtY7wPzA4bC6dE1fG5hJ0"}

_KEY_VALUE = re.compile(r"""["']?\bkey["']?\s*[:=]\s*["']([^"'\n]+)["']""")
_PLACEHOLDER_WORDS = re.compile(
    r"api[_-]?key|your|xxx|placeholder|redacted|example|<|\$|\{|\*", re.IGNORECASE
)
_LIVE_LOOKING = re.compile(r"^[A-Za-z0-9_\-]{20,}$")


def looks_live(value: str) -> bool:
    """True for values shaped like a real credential rather than a placeholder."""
    if _PLACEHOLDER_WORDS.search(value) or not _LIVE_LOOKING.match(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    return has_digit and has_letter


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        for fence in page.fences:
            for number, line in enumerate(fence.content.split("\n"), fence.line + 1):
                for match in _KEY_VALUE.finditer(line):
                    if looks_live(match.group(1)):
                        yield Issue(
                            page.file,
                            number,
                            match.start(1) + 1 + len(fence.indent),
                            "this key looks real; show a placeholder such as "
                            "your_api_key (and revoke the key if it was live)",
                        )
