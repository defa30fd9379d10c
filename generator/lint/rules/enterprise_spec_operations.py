"""Enterprise specs list only server operations, never generation endpoints.

An enterprise server's `openapi.json` (under enterprise-api/) documents the standard server
operations: clear_cache, clear_queue, fetch, restart_server, system_details and update_server
(`/system-details` and `/fetch/{id}` count as well). Any other operation, such as
`/enterprise/qwen_edit/text2img` or a chat `start`, is a generation endpoint.

Why: generation endpoints take many parameters and are documented by hand on their page with
`<ParamField body=...>`. In the enterprise spec they break its shape (every operation takes
the shared ApiKey body and answers GenericResponse), and a second description of the same
parameters drifts from the page.

Fix: remove the operation from the spec and document it as an enterprise generation page (no
`openapi:`, a `<Warning>`, `## Body Attributes` with ParamFields).
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.enterprise_ops import (
    SERVER_OPERATIONS,
    is_server_operation,
    spec_operation_call,
)
from generator.lint.model import Issue
from generator.lint.spec_walk import operations, specs_of_kind
from generator.repo.repo import Repo

ID = "enterprise-spec-operations"
SEVERITY = "error"
SUMMARY = "enterprise specs list only server operations, no generation endpoints"
FIXABLE = False

_OP = '{"post": {"responses": {"200": {"description": "ok"}}}}'
_SPEC = (
    '{"openapi": "3.0.0", "info": {"title": "Q", "version": "1"}, '
    '"servers": [{"url": "https://modelslab.com/api/v1"}], "paths": {%s}}'
)
_OPS = ", ".join(
    f'"/enterprise/q/{name}": {_OP}'
    for name in ("clear_cache", "clear_queue", "restart_server", "system_details")
)
PASS = {
    "enterprise-api/q/openapi.json": _SPEC
    % f'{_OPS}, "/enterprise/q/update-server": {_OP}, "/enterprise/q/fetch/{{id}}": {_OP}'
}
FAIL = {
    # A generation endpoint next to the server operations.
    "enterprise-api/q/openapi.json": _SPEC % f'{_OPS}, "/enterprise/q/text2img": {_OP}',
    # A server URL that ends in the server name: the path is the operation.
    "enterprise-api/chat/openapi.json": (
        '{"openapi": "3.0.0", "info": {"title": "C", "version": "1"}, '
        '"servers": [{"url": "https://modelslab.com/api/v1/enterprise/chat"}], '
        f'"paths": {{"/start": {_OP}}}}}'
    ),
}


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=True):
        for path, method, _ in operations(data):
            call = spec_operation_call(data, path, method)
            # Without /enterprise/<server>/ in the URL (enterprise-spec-server reports that),
            # the path may still start with the server name: /qwen/clear_cache.
            suffixes = [call.suffix] if call else [path, "/" + path.strip("/").partition("/")[2]]
            if any(is_server_operation(suffix) for suffix in suffixes):
                continue
            yield Issue(
                spec.file,
                spec.line_of("paths", path, method),
                1,
                f"{method.upper()} {path} is a generation endpoint, not a server operation "
                f"({', '.join(SERVER_OPERATIONS)}); remove it from the enterprise spec and "
                "document it on its page with <ParamField body=...>",
            )
