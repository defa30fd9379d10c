"""`openapi:` frontmatter resolves to the operation of the page's own spec, on its own server.

The value is `METHOD /path` or `FILE METHOD /path`; FILE is relative to the docs root
(`a/openapi.json`, `/a/openapi.json` and `./a/openapi.json` name the same file). The page's
own spec is the file it names, else the spec in its folder or the nearest folder above it.
The reference must resolve, the way Mintlify resolves it, to an operation of that spec; on an
enterprise page that operation must also call the server the page calls (the
`/enterprise/<server>/` of its request URL, else the server of its folder). Pages with
`api:` frontmatter describe their endpoint themselves and are not checked.

Why: a reference that resolves to nothing renders a blank page; one that resolves to another
spec (a path-only reference is looked up in every spec of the repo) or to another server's
operation renders the wrong endpoint, with its parameters and its playground URL, and nothing
fails at build time.

Fix: correct the method and path to the operation of the page's own spec (paths are relative
to the spec's server URL), name the spec file, or add the operation to the spec. The message
says where the reference resolves today and which operation it should name.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.lint.model import Issue
from generator.lint.openapi_refs import (
    OpenapiRef,
    has_operation,
    own_spec,
    page_ref,
    server_problem,
    specs_with_operation,
    suggestion,
)
from generator.repo.repo import Repo

ID = "openapi-resolves"
SEVERITY = "error"
SUMMARY = "openapi: resolves to an operation of the page's own spec and server"
FIXABLE = False

_PUBLIC_SPEC = '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "servers": [{"url": "https://modelslab.com/api/v6"}], "paths": {"/realtime/text2img": {"post": {"responses": {"200": {"description": "ok"}}}}, "/realtime/fetch/{id}": {"post": {"responses": {"200": {"description": "ok"}}}}}}'  # noqa: E501
_ENTERPRISE_SPEC = '{"openapi": "3.0.0", "info": {"title": "E", "version": "1"}, "servers": [{"url": "https://modelslab.com/api/v1"}], "paths": {"/enterprise/%s/clear_cache": {"post": {"responses": {"200": {"description": "ok"}}}}, "/enterprise/%s/fetch/{id}": {"post": {"responses": {"200": {"description": "ok"}}}}}}'  # noqa: E501


def _page(frontmatter: str) -> str:
    return f'---\ntitle: "T"\n{frontmatter}\n---\n'


def _ops_page(reference: str, url: str) -> str:
    return (
        f'---\ntitle: "Op"\nopenapi: "{reference}"\n---\n\n## Request\n\n```curl curl\n'
        f"--request POST 'https://modelslab.com/api/v1/enterprise/{url}' \\\n```\n"
    )


PASS = {
    "images/openapi.json": _PUBLIC_SPEC,
    "images/text.mdx": _page('openapi: "images/openapi.json POST /realtime/text2img"'),
    # A leading ./ or / names the same file, relative to the docs root.
    "images/dot.mdx": _page('openapi: "./images/openapi.json POST /realtime/text2img"'),
    "images/slash.mdx": _page('openapi: "/images/openapi.json POST /realtime/text2img"'),
    # An api: page documents its endpoint by hand; there is nothing to resolve.
    "workflows/run.mdx": _page('api: "POST https://modelslab.com/api/v1/workflows/{id}/run"'),
    "enterprise-api/realtime/openapi.json": _ENTERPRISE_SPEC % ("realtime", "realtime"),
    "enterprise-api/realtime/fetch.mdx": _ops_page(
        "POST /enterprise/realtime/fetch/{id}", "realtime/fetch/{id}"
    ),
}
FAIL = {
    # The method or path is wrong: nothing resolves.
    "images/openapi.json": _PUBLIC_SPEC,
    "images/text.mdx": _page('openapi: "images/openapi.json POST /realtime/txt2img"'),
    # An enterprise page whose path-only reference is only in the public spec.
    "enterprise-api/realtime/openapi.json": _ENTERPRISE_SPEC % ("realtime", "realtime"),
    "enterprise-api/realtime/fetch.mdx": _ops_page(
        "POST /realtime/fetch/{id}", "realtime/fetch/{id}"
    ),
    # The page's own spec has the path, but for another server than the page calls.
    "enterprise-api/z-image-turbo/openapi.json": _ENTERPRISE_SPEC % ("flux", "flux"),
    "enterprise-api/z-image-turbo/clear-cache.mdx": _ops_page(
        "POST /enterprise/flux/clear_cache", "z_image_turbo/clear_cache"
    ),
}


def check(repo: Repo) -> Iterator[Issue]:
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
        own = own_spec(repo, page, ref)
        if ref.spec_file is not None and own is None:
            yield Issue(
                page.file,
                line,
                1,
                f"spec file '{ref.spec_file}' does not exist; fix "
                "the path (relative to the docs folder)",
                related=(ref.spec_file,),
            )
            continue
        if own is not None and repo.specs[own].data is None:
            continue  # an unreadable spec is reported by spec-valid
        label = f"{ref.method} {ref.path}"
        if ref.spec_file is not None:
            matches = [own] if has_operation(repo.specs[own].data, ref.method, ref.path) else []
        else:
            matches = specs_with_operation(repo, ref.method, ref.path)
        if own is not None and own not in matches:
            better = suggestion(repo, page, own, ref)
            hint = (
                f"; did you mean '{ref.method} {better}'?"
                if better
                else f"; add the operation to {own} or fix the path"
            )
            if not matches:
                message = f"{own} has no {label}; Mintlify will render a blank page{hint}"
            else:
                where = matches[0] if len(matches) == 1 else f"one of {', '.join(matches)}"
                message = f"{label} resolves to {where}, not to this page's own spec {own}{hint}"
            yield Issue(page.file, line, 1, message, related=_related(repo, ref, own))
            continue
        if not matches:
            yield Issue(
                page.file,
                line,
                1,
                f"no spec documents {label}; "
                "Mintlify will render a blank page. Fix the path or add it to a spec",
                related=tuple(repo.specs),
            )
            continue
        target = own if own is not None else (matches[0] if len(matches) == 1 else None)
        problem = server_problem(repo, page, target, ref) if target else None
        if problem:
            yield Issue(page.file, line, 1, problem, related=_related(repo, ref, target))


def _related(repo: Repo, ref: OpenapiRef, spec: str) -> tuple[str, ...]:
    """A named file is all that matters; a path-only reference depends on every spec."""
    return (spec,) if ref.spec_file is not None else tuple(repo.specs)
