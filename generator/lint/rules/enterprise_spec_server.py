"""Enterprise specs use the base server URL and full /enterprise/<server_name>/ paths.

The only server is https://modelslab.com/api/v1; every path starts with /enterprise/.

Why: ops pages reference operations by path only ("POST /enterprise/qwen_edit/clear_cache").
That works only when every enterprise spec uses the same base and full paths; a server URL
that ends in /enterprise turns the same reference into a blank page.

Fix: set servers to [{"url": "https://modelslab.com/api/v1"}] and prefix the paths with
/enterprise/<server_name>.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import ENTERPRISE_BASE_URL
from generator.lint.model import Issue
from generator.lint.spec_walk import specs_of_kind
from generator.repo.repo import Repo

ID = "enterprise-spec-server"
SEVERITY = "error"
SUMMARY = "enterprise specs use https://modelslab.com/api/v1 and /enterprise/... paths"
FIXABLE = False


_SPEC = '{"openapi": "3.0.0", "info": {"title": "Q", "version": "1"}, "servers": [{"url": "%s"}], "paths": {"%s": {}}}'  # noqa: E501
PASS = {
    "enterprise-api/qwen/openapi.json": _SPEC
    % (ENTERPRISE_BASE_URL, "/enterprise/qwen/clear_cache")
}
FAIL = {
    "enterprise-api/qwen/openapi.json": _SPEC
    % (ENTERPRISE_BASE_URL + "/enterprise", "/qwen/clear_cache")
}


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=True):
        servers = data.get("servers")
        urls = (
            [s.get("url") for s in servers if isinstance(s, dict)]
            if isinstance(servers, list)
            else []
        )
        if urls != [ENTERPRISE_BASE_URL]:
            yield Issue(
                spec.file,
                spec.line_of("servers"),
                1,
                f"enterprise specs have the one server {ENTERPRISE_BASE_URL}, not {urls or 'none'}",
            )
        paths = data.get("paths") if isinstance(data.get("paths"), dict) else {}
        for path in paths:
            if not path.startswith("/enterprise/"):
                yield Issue(
                    spec.file,
                    spec.line_of("paths", path),
                    1,
                    f"path {path} must be the full /enterprise/<server_name>/... path",
                )
