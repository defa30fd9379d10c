"""Public specs declare OpenAPI 3.1.0.

Why: the house format for public groups is 3.1.0 (nullable values as type lists, examples as
in JSON Schema); mixing versions makes the same schema mean different things in different
groups.

Fix: set `"openapi": "3.1.0"` and convert 3.0-only constructs (`nullable: true` becomes a type
list with "null").
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import PUBLIC_OPENAPI_VERSION
from generator.lint.model import Issue
from generator.lint.spec_walk import specs_of_kind
from generator.repo.repo import Repo

ID = "public-spec-version"
SEVERITY = "error"
SUMMARY = "public specs are OpenAPI 3.1.0"
FIXABLE = False

_SPEC = '{"openapi": "%s", "info": {"title": "Video", "version": "1"}, "paths": {}}'
PASS = {"video/openapi.json": _SPEC % "3.1.0"}
FAIL = {"video/openapi.json": _SPEC % "3.0.3"}


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=False):
        if data.get("openapi") != PUBLIC_OPENAPI_VERSION:
            yield Issue(
                spec.file,
                spec.line_of("openapi"),
                1,
                f"public specs are OpenAPI "
                f"{PUBLIC_OPENAPI_VERSION}, this one says {data.get('openapi')!r}",
            )
