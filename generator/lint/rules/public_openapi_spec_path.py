"""Public endpoint pages name their spec file in `openapi:`.

The house format is 'folder/subfolder/openapi.json POST /path', relative to the docs folder.

Why: every public group has its own spec, and several share a server URL. A path-only reference
works only while no other spec has the same path; the next group that adds one silently
changes which spec the page shows.

Fix: prefix the reference with the spec file. `--fix` does it when that is certain: the page's
own spec (in its folder or the nearest folder above) documents the method and path, or the page
has no own spec and exactly one spec in the repo documents them. Otherwise openapi-resolves
says where the reference should point.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PageKind
from generator.lint.model import Issue, ReplaceInLine
from generator.lint.openapi_refs import page_ref, specs_with_operation
from generator.lint.sections import spec_in_folder
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
    # Two specs have the path; the page's own one is named (Mintlify would show flux's first).
    "flux/openapi.json": _SPEC,
    "images/community/openapi.json": _SPEC,
    "images/community/text.mdx": "---\ntitle: T\nopenapi: 'POST /text2img'\n---\n",
}
# Reported, never fixed: the one spec with the path is not the page's own spec.
FAIL_UNFIXED = {
    "images/openapi.json": _SPEC,
    "video/openapi.json": _SPEC.replace("/text2img", "/text2video"),
    "video/text.mdx": "---\ntitle: T\nopenapi: 'POST /text2img'\n---\n",
}


def check(repo: Repo) -> Iterator[Issue]:
    for page in repo.pages_of(PageKind.PUBLIC_ENDPOINT):
        ref = page_ref(page)
        if ref is None or ref.spec_file is not None:
            continue
        line = page.line_of_key("openapi")
        matches = specs_with_operation(repo, ref.method, ref.path)
        own = spec_in_folder(repo, page)
        spec = own if own in matches else None
        if own is None and len(matches) == 1:
            spec = matches[0]
        fix = ReplaceInLine(page.file, line, ref.raw, f"{spec} {ref.raw}") if spec else None
        if spec:
            found = f"; it is in {spec}"
        elif matches and own:
            found = f"; it is in {', '.join(matches)} but not in this page's own spec {own}"
        else:
            found = ""
        yield Issue(
            page.file,
            line,
            1,
            f"openapi: '{ref.raw}' does not name its spec file"
            f"{found}; write 'SPEC-FILE {ref.method} {ref.path}'",
            fix=fix,
            related=tuple(matches),
        )
