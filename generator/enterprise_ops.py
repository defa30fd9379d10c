"""Enterprise server calls and which of them are server operations (seed 001), decided once for
the generator (catalog checks), the importer and the linter.

An enterprise URL is `.../enterprise/<server>/<suffix>`. The suffix names what the call does:
the standard server operations (clear cache, clear queue, fetch, restart, system details,
update) are simple key-only calls and the only operations an enterprise server's
`openapi.json` lists; every other call is a generation endpoint, documented on its page with
`<ParamField>` and never in the spec.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# The server operations of seed 001 ("clear-cache, clear-queue, restart-server, system-details,
# update-server, fetchimage"; fetch/{id} too), by operation id (see operation_id). The catalog's
# site file defines these under `operations:`; a catalog check keeps it to this set.
SERVER_OPERATIONS: tuple[str, ...] = (
    "clear_cache",
    "clear_queue",
    "fetch",
    "fetchimage",
    "restart_server",
    "system_details",
    "update_server",
)

_CALL = re.compile(r"/enterprise/([A-Za-z0-9_-]+)(/[^\s'\"`\\]*)")


@dataclass(frozen=True)
class EnterpriseCall:
    """One call to a dedicated server: its name as spelled in the URL and what follows it."""

    server: str  # qwen_edit in .../enterprise/qwen_edit/fetch/{id}
    suffix: str  # /fetch/{id}

    @property
    def operation_id(self) -> str:
        return operation_id(self.suffix)


def enterprise_call(text: str) -> EnterpriseCall | None:
    """The first `/enterprise/<server>/<suffix>` in a URL, path or request block; None when the
    text names no server (e.g. .../api/v1/enterprise/clear_cache)."""
    match = _CALL.search(text)
    if match is None:
        return None
    return EnterpriseCall(match.group(1), match.group(2).rstrip("/") or "/")


def operation_id(suffix: str) -> str:
    """What a call does, from the path after the server: /system-details -> system_details,
    /fetch/{id} -> fetch (its first segment that is not a {parameter})."""
    words = [w for w in suffix.strip("/").split("/") if not w.startswith("{")]
    return (words[0] if words else "operation").replace("-", "_").lower()


def is_server_operation(suffix: str) -> bool:
    """True when the path after the server is one of the standard server operations."""
    return operation_id(suffix) in SERVER_OPERATIONS


def operation_url(spec: dict[str, Any], path: str, method: str) -> str:
    """Server URL + path of an operation; operation servers override path-item servers, which
    override the spec's. Without any server, the path alone."""
    item = spec.get("paths", {}).get(path)
    item = item if isinstance(item, dict) else {}
    operation = item.get(method.lower())
    operation = operation if isinstance(operation, dict) else {}
    for servers in (operation.get("servers"), item.get("servers"), spec.get("servers")):
        if isinstance(servers, list) and servers and isinstance(servers[0], dict):
            url = servers[0].get("url")
            if isinstance(url, str):
                return url.rstrip("/") + path
    return path


def spec_operation_call(spec: dict[str, Any], path: str, method: str) -> EnterpriseCall | None:
    """The enterprise call a spec operation makes, from its full URL (specs write either
    server .../api/v1 with /enterprise/<server>/... paths or a server that ends in the name)."""
    return enterprise_call(operation_url(spec, path, method))
