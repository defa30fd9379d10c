"""`openapi:` frontmatter points to an operation that exists.

The value is `METHOD /path` or `spec/file.json METHOD /path`. With a spec file, that file must
exist and document exactly that method and path; without one, some spec in the repo must.

Why: when the reference resolves to nothing, Mintlify renders a blank endpoint page, with no
error at build time. This is the most common way API pages silently break.

Fix: correct the method or path to match the spec (paths are relative to the spec's server
URL), or add the operation to the spec.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from generator.lint.model import Issue
from generator.lint.openapi_refs import page_ref, specs_with_operation
from generator.repo.repo import Repo

ID = "openapi-resolves"
SEVERITY = "error"
SUMMARY = "openapi: frontmatter resolves to an operation in a spec"
FIXABLE = False

_SPEC = '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {"/text2img": {"post": {"responses": {"200": {"description": "ok"}}}}}}'  # noqa: E501
PASS = {
    "images/openapi.json": _SPEC,
    "images/text.mdx": '---\ntitle: "T"\nopenapi: "images/openapi.json POST /text2img"\n---\n',
}
FAIL = {
    "images/openapi.json": _SPEC,
    "images/text.mdx": '---\ntitle: "T"\nopenapi: "images/openapi.json POST /txt2img"\n---\n',
}


def check(repo: Repo) -> Iterator[Issue]:
    specs = repo.valid_specs()
    for page in repo.pages.values():
        value = page.frontmatter.get("openapi")
        if value is None:
            continue
        line = page.line_of_key("openapi")
        ref = page_ref(page)
        if ref is None:
            yield Issue(
                page.file,
                line,
                1,
                f"openapi: {value!r} is not '[spec-file] METHOD "
                "/path'; write it like 'folder/openapi.json POST /endpoint'",
            )
            continue
        if ref.spec_file is None:
            if not specs_with_operation(repo, ref.method, ref.path):
                yield Issue(
                    page.file,
                    line,
                    1,
                    f"no spec documents {ref.method} {ref.path}; "
                    "Mintlify will render a blank page. Fix the path or add it to a spec",
                    related=tuple(repo.specs),
                )
            continue
        if ref.spec_file not in repo.specs:
            yield Issue(
                page.file,
                line,
                1,
                f"spec file '{ref.spec_file}' does not exist; fix "
                "the path (relative to the docs folder)",
                related=(ref.spec_file,),
            )
            continue
        data = specs.get(ref.spec_file)
        if data is None:
            continue  # an unreadable spec is reported by spec-valid
        item = data["paths"].get(ref.path)
        if isinstance(item, dict) and ref.method.lower() in item:
            continue
        close = difflib.get_close_matches(ref.path, list(data["paths"]), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        yield Issue(
            page.file,
            line,
            1,
            f"{ref.spec_file} has no {ref.method} {ref.path}{hint}; "
            "Mintlify will render a blank page",
            related=(ref.spec_file,),
        )
