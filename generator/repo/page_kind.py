"""Which house-rule page format a page must follow, decided once from evidence, for the linter,
the importer and the tests (the generator states the kind of each page it writes; a test proves
this decision agrees with it).

Evidence, in the order it is weighed:
- the file name and folder: `overview` pages in an endpoint group (a folder with its own spec,
  under enterprise-api/, or whose cards link into the folder) list endpoints; pages under
  enterprise-api/ are enterprise pages;
- the request URL: a request block calling /enterprise/<server>/<operation> makes an enterprise
  page wherever it lives; its operation says whether it is a server operation (clear_cache,
  fetch/{id}, ...) or a generation endpoint;
- `openapi:` frontmatter (also when the key is mis-capitalized, as `OpenAPI:`);
- components: ParamFields and a `## Request` section mark an endpoint page.

When evidence points two ways the decision keeps the stronger one and records the conflict, so
a rule can report it instead of applying the wrong family of rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import house_rules
from generator.enterprise_ops import enterprise_call, is_server_operation
from generator.house_rules import PageKind, folder_of

if TYPE_CHECKING:
    from generator.repo.mdx import MdxPage

# /enterprise/<operation>: a URL that leaves the server name out.
_SERVERLESS_URL = re.compile(r"/enterprise(/[A-Za-z0-9_{}.-]+)(?![A-Za-z0-9_{}./-])")
_REFERENCE_PATH = re.compile(r"(?:^|\s)(/\S*)\s*$")
_OPENAPI = "openapi"


@dataclass(frozen=True)
class KindDecision:
    kind: PageKind
    conflicts: tuple[str, ...] = ()
    server: str | None = None  # the enterprise server its request URL calls
    operation: str | None = None  # the operation part of that URL (clear_cache, fetch/{id})


def api_reference_key(frontmatter: dict) -> str | None:
    """The frontmatter key that holds an `openapi:` reference, however it is capitalized.
    (`api:` pages are Mintlify's hand-written API pages, a format the house rules do not use.)"""
    for key in frontmatter:
        if isinstance(key, str) and key.lower() == _OPENAPI and frontmatter[key]:
            return key
    return None


def request_url_parts(page: MdxPage) -> tuple[str | None, str | None]:
    """(server, suffix) of the /enterprise/<server>/<suffix> URL of the request block; the
    server is None for a URL that leaves it out (/enterprise/clear_cache)."""
    request = page.section("Request")
    fence = page.first_fence_in(request) if request else None
    texts = [fence.content] if fence else [f.content for f in page.fences[:2]]
    for text in texts:
        serverless = _SERVERLESS_URL.search(text)
        if serverless:
            return None, serverless.group(1)
        call = enterprise_call(text)
        if call:
            return call.server, call.suffix
    return None, None


def decide_kind(page: MdxPage, spec_folders: frozenset[str] = frozenset()) -> KindDecision:
    name = page.path.rsplit("/", 1)[-1]
    folder = folder_of(page.path)
    key = api_reference_key(page.frontmatter)
    conflicts: list[str] = []
    if key is not None and key != _OPENAPI:
        conflicts.append(f"frontmatter key `{key}:` is read by Mintlify only as `{key.lower()}:`")
    server, operation = request_url_parts(page)
    enterprise = house_rules.is_enterprise_path(page.path) or server is not None
    if name == house_rules.OVERVIEW_SLUG and _lists_endpoints(page, folder, spec_folders):
        return KindDecision(PageKind.OVERVIEW, tuple(conflicts), server, operation)
    has_request = page.section("Request") is not None
    has_paramfields = bool(page.tags_named("ParamField"))
    if enterprise:
        reference = _reference_suffix(page, key)
        if (operation and is_server_operation(operation)) or (
            operation is None and reference and is_server_operation(reference)
        ):
            if key is None:
                conflicts.append(
                    "a server operation page without `openapi:`; ops pages reference their "
                    "operation as openapi: 'POST /enterprise/<server>/<operation>'"
                )
            return KindDecision(PageKind.ENTERPRISE_OPS, tuple(conflicts), server, operation)
        if has_request or has_paramfields or server is not None:
            if key is not None:
                conflicts.append(
                    "a generation page uses `openapi:`; enterprise generation pages document "
                    "their body with <ParamField body=...> and carry no openapi: reference"
                )
            return KindDecision(PageKind.ENTERPRISE_GENERATION, tuple(conflicts), server, operation)
        if key is not None:
            return KindDecision(PageKind.ENTERPRISE_OPS, tuple(conflicts), server, operation)
        return KindDecision(PageKind.GUIDE, tuple(conflicts))
    if key is not None:
        return KindDecision(PageKind.PUBLIC_ENDPOINT, tuple(conflicts))
    return KindDecision(PageKind.GUIDE, tuple(conflicts))


def _reference_suffix(page: MdxPage, key: str | None) -> str | None:
    """The part after the server of an `openapi:` reference's path:
    "POST /enterprise/q/clear_cache" and "POST /q/clear_cache" -> "/clear_cache"."""
    if key is None:
        return None
    match = _REFERENCE_PATH.search(str(page.frontmatter.get(key)))
    if match is None:
        return None
    call = enterprise_call(match.group(1))
    if call:
        return call.suffix
    segments = match.group(1).strip("/").split("/", 1)
    return "/" + segments[1] if len(segments) == 2 else None


def _lists_endpoints(page: MdxPage, folder: str, spec_folders: frozenset[str]) -> bool:
    """An endpoint-group overview: its folder has a spec or is an enterprise server folder, or
    its cards link into its own folder."""
    if folder in spec_folders or house_rules.is_enterprise_path(folder):
        return True
    prefix = f"/{folder}/" if folder else "/"
    hrefs = [tag.attributes.get("href") or "" for tag in page.tags_named("Card")]
    return bool(hrefs) and all(href.startswith(prefix) for href in hrefs)
