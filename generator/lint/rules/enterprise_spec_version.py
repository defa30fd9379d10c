"""Enterprise specs declare OpenAPI 3.0.0.

Why: enterprise server specs share one 3.0.0 format (a single ApiKey schema, two responses);
keeping them on one version keeps them interchangeable and easy to compare.

Fix: set `"openapi": "3.0.0"`.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import ENTERPRISE_OPENAPI_VERSION
from generator.lint.model import Issue
from generator.lint.spec_walk import specs_of_kind
from generator.repo.repo import Repo

ID = "enterprise-spec-version"
SEVERITY = "error"
SUMMARY = "enterprise specs are OpenAPI 3.0.0"
FIXABLE = False

_SPEC = '{"openapi": "%s", "info": {"title": "Q", "version": "1"}, "paths": {}}'
PASS = {"enterprise-api/qwen/openapi.json": _SPEC % "3.0.0"}
FAIL = {"enterprise-api/qwen/openapi.json": _SPEC % "3.1.0"}


def check(repo: Repo) -> Iterator[Issue]:
    for spec, data in specs_of_kind(repo, enterprise=True):
        if data.get("openapi") != ENTERPRISE_OPENAPI_VERSION:
            yield Issue(
                spec.file,
                spec.line_of("openapi"),
                1,
                f"enterprise specs are OpenAPI "
                f"{ENTERPRISE_OPENAPI_VERSION}, this one says {data.get('openapi')!r}",
            )
