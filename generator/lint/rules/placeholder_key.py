"""Request examples show the house placeholder API key, never one that looks real.

Checks `key` values in fenced code blocks (JSON, curl, Python, JavaScript, ...):
- a long run of letters and digits reads as a live key, on any page;
- pages under enterprise-api/ show `enterprise_api_key`, so `your_api_key` (the public
  placeholder) is reported there, and public endpoint pages show `your_api_key`, so
  `enterprise_api_key` is reported there;
- a value that is nearly one of the two placeholders (`enteprise_api_key`, `your_api_kye`) is a
  misspelling. Other placeholders (YOUR_API_KEY, <key>, xxx, ...) are left alone.

Why: a real key in public docs is a leaked credential; a live-looking fake one teaches readers
to paste keys into code and trips secret scanners. The public and the enterprise key are
different credentials: an example with the wrong one, or a misspelled one, sends readers to the
wrong key page or makes them think the odd spelling matters.

Fix: use `your_api_key` on public pages and `enterprise_api_key` on enterprise pages (and
revoke the key if it was real).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

from generator.house_rules import (
    ENTERPRISE_KEY_PLACEHOLDER,
    PUBLIC_KEY_PLACEHOLDER,
    PageKind,
    is_enterprise_path,
    key_placeholder,
)
from generator.lint.model import Issue
from generator.repo.mdx import MdxPage
from generator.repo.repo import Repo

ID = "placeholder-key"
SEVERITY = "error"
SUMMARY = "request examples use the house placeholder API key"
FIXABLE = False

_PAGE = '---\ntitle: Make\n---\n\n```json json\n{\n  "key": "%s",\n  "prompt": "a cat"\n}\n```\n'
PASS = {
    "video/make.mdx": _PAGE % "your_api_key",
    "enterprise-api/flux/make.mdx": _PAGE % "enterprise_api_key",
    # Other placeholders are not misspellings.
    "video/other.mdx": _PAGE % "YOUR_API_KEY",
    "video/here.mdx": _PAGE % "your_api_key_here",
}
FAIL = {
    "video/make.mdx": _PAGE % "Xk29sLq8Vn3RtY7wPzA4bC6dE1fG5hJ0",
    # The public placeholder on an enterprise page.
    "enterprise-api/flux/make.mdx": _PAGE % "your_api_key",
    # A misspelled placeholder.
    "enterprise-api/voice/make.mdx": _PAGE % "enteprise_api_key",
}

_KEY_VALUE = re.compile(r"""["']?\bkey["']?\s*[:=]\s*["']([^"'\n]+)["']""")
_PLACEHOLDER_WORDS = re.compile(
    r"api[_-]?key|your|xxx|placeholder|redacted|example|<|\$|\{|\*", re.IGNORECASE
)
_LIVE_LOOKING = re.compile(r"^[A-Za-z0-9_\-]{20,}$")
# How close a value must be to a placeholder to read as a misspelling of it: enteprise_api_key
# scores 0.97, your_api_kye 0.92; other placeholders such as your-api-key stay below (0.83).
_MISSPELLING = 0.85


def looks_live(value: str) -> bool:
    """True for values shaped like a real credential rather than a placeholder."""
    if _PLACEHOLDER_WORDS.search(value) or not _LIVE_LOOKING.match(value):
        return False
    has_digit = any(c.isdigit() for c in value)
    has_letter = any(c.isalpha() for c in value)
    return has_digit and has_letter


def key_problem(value: str, page: MdxPage) -> str | None:
    """What is wrong with one `key` value shown on a page, or None."""
    enterprise = is_enterprise_path(page.path)
    expected = key_placeholder(enterprise)
    if looks_live(value):
        return (
            f"this key looks real; show the placeholder {expected} "
            "(and revoke the key if it was live)"
        )
    written = value.strip().lower()
    if written == expected:
        return None
    if enterprise and written == PUBLIC_KEY_PLACEHOLDER:
        return (
            f"enterprise examples use the enterprise key: write {ENTERPRISE_KEY_PLACEHOLDER}, "
            f"not {value}"
        )
    if page.kind == PageKind.PUBLIC_ENDPOINT and written == ENTERPRISE_KEY_PLACEHOLDER:
        return (
            f"public endpoint pages use the public key: write {PUBLIC_KEY_PLACEHOLDER}, not {value}"
        )
    for placeholder in (PUBLIC_KEY_PLACEHOLDER, ENTERPRISE_KEY_PLACEHOLDER):
        if written == placeholder:
            return None
        if difflib.SequenceMatcher(None, written, placeholder).ratio() >= _MISSPELLING:
            return f"'{value}' is a misspelled placeholder; write {expected}"
    return None


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages.values():
        for fence in page.fences:
            for number, line in enumerate(fence.content.split("\n"), fence.line + 1):
                for match in _KEY_VALUE.finditer(line):
                    problem = key_problem(match.group(1), page)
                    if problem:
                        yield Issue(
                            page.file, number, match.start(1) + 1 + len(fence.indent), problem
                        )
