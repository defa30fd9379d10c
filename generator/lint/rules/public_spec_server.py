"""Public specs have one server whose URL includes the category path.

For example https://modelslab.com/api/v6/images, so that operation paths stay short
(/text2img) and match the `openapi:` references of the pages.

Why: with a bare /api or /api/v6 server the category moves into every path, the references
on the pages no longer match the house format, and specs of different groups start to share
paths and collide.

Fix: move the category segment from the paths into `servers[0].url` and keep a single server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlparse

from generator.lint.model import Issue
from generator.lint.spec_walk import specs_of_kind
from generator.repo.repo import Repo

ID = "public-spec-server"
SEVERITY = "error"
SUMMARY = "public specs have one server URL that includes the category path"
FIXABLE = False

_SPEC = '{"openapi": "3.1.0", "info": {"title": "V", "version": "1"}, "servers": [{"url": "%s"}], "paths": {}}'  # noqa: E501
PASS = {"video/openapi.json": _SPEC % "https://modelslab.com/api/v6/video"}
FAIL = {"video/openapi.json": _SPEC % "https://modelslab.com/api/v6"}

_BARE = re.compile(r"^/?(api)?(/v\d+)?/?$")


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=False):
        servers = data.get("servers")
        line = spec.line_of("servers")
        if not isinstance(servers, list) or len(servers) != 1:
            count = len(servers) if isinstance(servers, list) else 0
            yield Issue(
                spec.file,
                line,
                1,
                f"public specs have exactly one server, this one "
                f"has {count}; give each category its own spec and server URL",
            )
            continue
        url = servers[0].get("url", "") if isinstance(servers[0], dict) else ""
        if _BARE.match(urlparse(url).path or "/"):
            yield Issue(
                spec.file,
                line,
                1,
                f"server URL {url!r} stops before the category; "
                "include it (e.g. .../api/v6/images) and shorten the paths",
            )
