"""Public endpoint pages name their spec file in `openapi:`.

The house format is 'folder/subfolder/openapi.json POST /path', relative to the docs folder.

Why: every public group has its own spec, and several share a server URL. A path-only reference
works only while no other spec has the same path; the next group that adds one silently
changes which spec the page shows.

Fix: prefix the reference with the spec file. `--fix` does it when exactly one spec in the repo
documents the method and path.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.lint.openapi_refs import page_ref, specs_with_operation
from generator.repo.repo import Repo

ID = "public-openapi-spec-path"
SEVERITY = "error"
SUMMARY = "public endpoint pages reference 'spec-file METHOD /path'"
FIXABLE = True

_SPEC = '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {"/text2img": {"post": {"responses": {"200": {"description": "ok"}}}}}}'  # noqa: E501
PASS = {
    "images/openapi.json": _SPEC,
    "images/text.mdx": "---\ntitle: T\nopenapi: 'images/openapi.json POST /text2img'\n---\n",
}
FAIL = {
    "images/openapi.json": _SPEC,
    "images/text.mdx": "---\ntitle: T\nopenapi: 'POST /text2img'\n---\n",
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.PUBLIC_ENDPOINT):
        ref = page_ref(page)
        if ref is None or ref.spec_file is not None:
            continue
        line = page.line_of_key("openapi")
        matches = specs_with_operation(repo, ref.method, ref.path)
        fix = (
            ReplaceInLine(page.file, line, ref.raw, f"{matches[0]} {ref.raw}")
            if len(matches) == 1
            else None
        )
        found = f"; it is in {matches[0]}" if len(matches) == 1 else ""
        yield Issue(
            page.file,
            line,
            1,
            f"openapi: '{ref.raw}' does not name its spec file"
            f"{found}; write 'SPEC-FILE {ref.method} {ref.path}'",
            fix=fix,
            related=tuple(matches),
        )
