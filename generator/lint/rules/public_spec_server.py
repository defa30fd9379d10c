"""Public specs have one server, and the category lives in its URL rather than in every path.

When most operations of a spec start with the same segment (/video/text2video,
/video/img2video, ...), that segment is the category and belongs in the server URL
(https://modelslab.com/api/v6/video), leaving short paths (/text2video).

Why: pages reference operations as 'spec METHOD /path'; with the category repeated in every
path the references drift from the house format, and specs of different groups start to share
server URLs and collide.

Fix: keep a single server, move the shared leading segment into its URL and drop it from the
paths.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from generator.lint.model import Issue
from generator.lint.spec_walk import operations, specs_of_kind
from generator.repo.repo import Repo

ID = "public-spec-server"
SEVERITY = "error"
SUMMARY = "public specs have one server URL that carries the category"
FIXABLE = False

_SPEC = '{"openapi": "3.1.0", "info": {"title": "V", "version": "1"}, "servers": [{"url": "%s"}], "paths": {"%s": {"post": {}}, "%s": {"post": {}}}}'  # noqa: E501
PASS = {"video/openapi.json": _SPEC % ("https://modelslab.com/api/v6/video", "/make", "/edit")}
FAIL = {
    "video/openapi.json": _SPEC % ("https://modelslab.com/api/v6", "/video/make", "/video/edit")
}


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=False):
        servers = data.get("servers")
        if not isinstance(servers, list) or len(servers) != 1:
            count = len(servers) if isinstance(servers, list) else 0
            # Without top-level servers, the first "servers" key in the text is an operation's.
            line = spec.line_of("servers") if "servers" in data else 1
            yield Issue(
                spec.file,
                line,
                1,
                f"public specs have exactly one top-level server, this one has {count}; "
                "give each category its own spec with its server URL",
            )
            continue
        paths = [path for path, _, _ in operations(data)]
        # A leading {parameter} (e.g. /{provider}/...) varies per call; it is no category.
        firsts = Counter(
            first
            for path in paths
            if path.count("/") > 1
            and not (first := path.strip("/").split("/", 1)[0]).startswith("{")
        )
        if len(paths) < 2 or not firsts:
            continue
        segment, count = firsts.most_common(1)[0]
        if count > len(paths) / 2:
            url = servers[0].get("url", "") if isinstance(servers[0], dict) else ""
            yield Issue(
                spec.file,
                spec.line_of("servers"),
                1,
                f"{count} of {len(paths)} paths "
                f"start with /{segment}; move it into the server URL ({url}/{segment}) "
                "and shorten the paths",
            )
