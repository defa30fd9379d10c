"""docs.json is valid JSON with a navigation object.

Why: Mintlify reads everything else from docs.json; when it does not parse, the whole site
fails to build and every other registration check is blind.

Fix: correct the JSON at the reported line (a missing comma or a trailing comma is the usual
cause) and keep the pages under `navigation`.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.repo import DOCS_JSON, Repo

ID = "docs-json-valid"
SEVERITY = "error"
SUMMARY = "docs.json parses and has a navigation object"
FIXABLE = False

PASS = {"docs.json": '{"name": "D", "navigation": {"tabs": []}}'}
FAIL = {"docs.json": '{"name": "D",\n  "navigation": {"tabs": [],}\n}'}


def check(repo: Repo) -> Iterator[Issue]:
    docs = repo.docs_json
    if docs is None:
        return
    if docs.error:
        line, column, message = docs.error
        yield Issue(DOCS_JSON, line, column, message)
    elif not isinstance(docs.data, dict) or not isinstance(docs.data.get("navigation"), dict):
        yield Issue(
            DOCS_JSON, 1, 1, "docs.json needs a top-level object with a `navigation` object"
        )
