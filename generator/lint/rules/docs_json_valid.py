"""docs.json is valid JSON with a navigation object, and every `$ref` in it resolves.

docs.json may be split with `{"$ref": "./part.json"}` objects (Mintlify replaces each with the
file it names, relative to the referring file); each must name a JSON file inside the docs
folder that parses.

Why: Mintlify reads everything else from docs.json; when it (or a part it references) does not
parse, the whole site fails to build and every other registration check is blind.

Fix: correct the JSON at the reported line (a missing comma or a trailing comma is the usual
cause), keep the pages under `navigation`, and point each `$ref` at an existing file.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.repo.repo import DOCS_JSON, Repo

ID = "docs-json-valid"
SEVERITY = "error"
SUMMARY = "docs.json parses and has a navigation object"
FIXABLE = False

PASS = {
    "docs.json": '{"name": "D", "navigation": {"$ref": "nav/main.json"}}',
    "nav/main.json": '{"tabs": [{"tab": "A", "$ref": "tab-a.json"}]}',
    "nav/tab-a.json": '{"pages": []}',
}
FAIL = {
    "docs.json": '{"name": "D",\n  "navigation": {"$ref": "nav/main.json"}\n}',
    "nav/main.json": '{"tabs": [],}',
}


def check(repo: Repo) -> Iterator[Issue]:
    docs = repo.docs_json
    if docs is None:
        return
    if docs.error:
        line, column, message = docs.error
        yield Issue(DOCS_JSON, line, column, message)
        return
    if not isinstance(repo.docs_config.get("navigation"), dict):
        yield Issue(
            DOCS_JSON, 1, 1, "docs.json needs a top-level object with a `navigation` object"
        )
    for problem in repo.config_ref_problems:
        holder = repo.json_file(problem.file)
        lines = holder.lines_of_string(problem.ref) if holder else []
        yield Issue(
            problem.file,
            lines[0] if lines else 1,
            1,
            f'"$ref": "{problem.ref}" cannot be used: {problem.message}',
            related=(DOCS_JSON,),
        )
