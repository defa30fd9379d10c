"""`openapi:` frontmatter values, what Mintlify resolves them to, and what they should resolve
to: the operation of the page's own spec, on the page's own server. Shared by the openapi rules.

How Mintlify reads the value (docs: api-playground/openapi-setup, "Document endpoints"):
- `METHOD /path`: every OpenAPI file in the repo is searched, referenced in docs.json or not;
  when several document the operation, the first by file name wins.
- `FILE METHOD /path`: only that file. FILE is relative to the docs root, written `a/openapi.json`,
  `/a/openapi.json` or `./a/openapi.json`; older pages give the file name without extension.
- `FILE webhook NAME`: a webhook of an OpenAPI 3.1 file.
Pages with `api: "METHOD https://..."` frontmatter describe their endpoint by hand and reference
no spec.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from dataclasses import dataclass
from typing import Any

from generator.enterprise_ops import (
    enterprise_call,
    operation_id,
    operation_url,
    spec_operation_call,
)
from generator.house_rules import folder_of, is_enterprise_path, is_enterprise_server_folder
from generator.lint.sections import enterprise_server_name, request_fence, spec_in_folder
from generator.repo.mdx import MdxPage
from generator.repo.repo import Repo

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
WEBHOOK = "WEBHOOK"
_SPEC_SUFFIXES = (".json", ".yaml", ".yml")
_URL = re.compile(r"https?://[^\s'\"`\\]+")
_TEMPLATE = re.compile(r"\{[^{}/]*\}")


@dataclass(frozen=True)
class OpenapiRef:
    raw: str
    spec_file: str | None  # as written; None for a path-only reference
    method: str  # upper case; WEBHOOK for webhook references
    path: str  # the path, or the webhook name


def parse_ref(value: object) -> OpenapiRef | None:
    """'[spec-file] METHOD /path' (or 'spec-file webhook name') -> OpenapiRef; None when the
    value has another shape."""
    if not isinstance(value, str):
        return None
    parts = value.split()
    if len(parts) == 2:
        spec_file, (method, path) = None, parts
    elif len(parts) == 3:
        spec_file, method, path = parts
    else:
        return None
    method = method.upper()
    if method == WEBHOOK and spec_file is not None:
        return OpenapiRef(value, spec_file, method, path)
    if method not in HTTP_METHODS or not path.startswith("/"):
        return None
    return OpenapiRef(value, spec_file, method, path)


def page_ref(page: MdxPage) -> OpenapiRef | None:
    return parse_ref(page.frontmatter.get("openapi"))


def spec_file_of(repo: Repo, written: str) -> str | None:
    """The spec a reference's file part names, relative to the docs root; None when there is
    none. A path that climbs out of the docs folder names nothing."""
    name = posixpath.normpath(written.lstrip("/"))
    if name.startswith("../") or name == "..":
        return None
    if name in repo.specs:
        return name
    if name.endswith(_SPEC_SUFFIXES):
        return None
    # Older pages name the file without its extension: "v1" for openapi/v1.json.
    found = [
        file
        for file in repo.specs
        if file.rsplit(".", 1)[0] == name or posixpath.basename(file).rsplit(".", 1)[0] == name
    ]
    return found[0] if len(found) == 1 else None


def has_operation(data: Any, method: str, path: str) -> bool:
    if not isinstance(data, dict):
        return False
    if method == WEBHOOK:
        hooks = data.get("webhooks")
        return isinstance(hooks, dict) and path in hooks
    paths = data.get("paths")
    item = paths.get(path) if isinstance(paths, dict) else None
    return isinstance(item, dict) and method.lower() in item


def specs_with_operation(repo: Repo, method: str, path: str) -> list[str]:
    """Spec files that document `method path`, in file name order (Mintlify's order of choice
    for a path-only reference)."""
    return sorted(
        file for file, data in repo.valid_specs().items() if has_operation(data, method, path)
    )


def own_spec(repo: Repo, page: MdxPage, ref: OpenapiRef) -> str | None:
    """The spec a page's reference must resolve in: the file it names, else the spec in the
    page's folder or the nearest folder above it."""
    if ref.spec_file is not None:
        return spec_file_of(repo, ref.spec_file)
    return spec_in_folder(repo, page)


@dataclass(frozen=True)
class PageServer:
    name: str
    from_request_url: bool  # False: guessed from the folder name

    @property
    def evidence(self) -> str:
        return "request URL calls" if self.from_request_url else "folder is for"

    def matches(self, server: str) -> bool:
        # A folder name only tells the server up to - versus _ (qwen-edit is qwen_edit).
        if self.from_request_url:
            return server == self.name
        return server.replace("-", "_") == self.name.replace("-", "_")


def page_server(page: MdxPage) -> PageServer | None:
    """The enterprise server a page talks to: the one its request URL calls, else the one its
    folder stands for; None outside enterprise server folders."""
    if not is_enterprise_path(page.path):
        return None
    name = enterprise_server_name(page)
    if name is None:
        return None
    fence = request_fence(page)
    if fence is not None and f"/enterprise/{name}/" in fence.content:
        return PageServer(name, True)
    if is_enterprise_server_folder(folder_of(page.path)):
        return PageServer(name, False)
    return None


def server_problem(repo: Repo, page: MdxPage, spec_file: str, ref: OpenapiRef) -> str | None:
    """Why the operation `ref` names in `spec_file` is not on the page's server, or None when
    it is (or when the page is no enterprise page, or either server cannot be told)."""
    expected = page_server(page)
    data = repo.specs[spec_file].data if spec_file in repo.specs else None
    if expected is None or not isinstance(data, dict) or ref.method == WEBHOOK:
        return None
    call = spec_operation_call(data, ref.path, ref.method)
    if call is None or expected.matches(call.server):
        return None
    url = operation_url(data, ref.path, ref.method)
    problem = (
        f"{ref.method} {ref.path} in {spec_file} calls server `{call.server}` ({url}), "
        f"but this page's {expected.evidence} `{expected.name}`"
    )
    better = _same_call_on_server(data, ref.method, expected, call.operation_id)
    if better:
        return f"{problem}; use '{ref.method} {better}'"
    return f"{problem}; {spec_file} has no {call.operation_id} operation on `{expected.name}`"


def suggestion(repo: Repo, page: MdxPage, spec_file: str, ref: OpenapiRef) -> str | None:
    """The path in `spec_file` the page most likely means: the operation at the page's request
    URL, else the same operation on the page's server, else the closest path by spelling."""
    data = repo.specs[spec_file].data if spec_file in repo.specs else None
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        return None
    method = ref.method.lower()
    paths = [p for p, item in data["paths"].items() if isinstance(item, dict) and method in item]
    url = request_url(page)
    if url:
        wanted = _TEMPLATE.sub("{}", url)
        at_url = [p for p in paths if _TEMPLATE.sub("{}", operation_url(data, p, method)) == wanted]
        if len(at_url) == 1:
            return at_url[0]
    expected = page_server(page)
    if expected is not None:
        call = enterprise_call(url or "") or enterprise_call(ref.path)
        # Without a server in sight, the operation is the last word: /realtime/system_details.
        words = [w for w in ref.path.split("/") if w and not w.startswith("{")]
        operation = call.operation_id if call else operation_id(words[-1] if words else "")
        return _same_call_on_server(data, ref.method, expected, operation)
    close = difflib.get_close_matches(ref.path, paths, n=1)
    return close[0] if close else None


def request_url(page: MdxPage) -> str | None:
    """The first URL of the page's request block."""
    fence = request_fence(page)
    match = _URL.search(fence.content) if fence else None
    return match.group(0).rstrip("/") if match else None


def _same_call_on_server(
    data: dict[str, Any], method: str, expected: PageServer, operation: str
) -> str | None:
    """The one path of `data` that makes the `operation` call on the expected server."""
    found = []
    for path, item in (data.get("paths") or {}).items():
        if not isinstance(item, dict) or method.lower() not in item:
            continue
        call = spec_operation_call(data, path, method)
        if call and expected.matches(call.server) and call.operation_id == operation:
            found.append(path)
    return found[0] if len(found) == 1 else None
