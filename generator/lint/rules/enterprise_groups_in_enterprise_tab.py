"""Enterprise pages are registered below the "Enterprise APIs" tab or group.

Why: dedicated-server endpoints take a different key and base URL than the public API. Listed
among public groups, they send readers to calls that fail for them.

Fix: move the group into the "Enterprise APIs" tab (or a group of that name) in docs.json.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.house_rules import ENTERPRISE_NAV_LABEL, is_enterprise_path
from generator.lint.model import Issue
from generator.repo.repo import Repo

ID = "enterprise-groups-in-enterprise-tab"
SEVERITY = "error"
SUMMARY = 'enterprise pages sit below the "Enterprise APIs" tab'
FIXABLE = False

_DOCS = '{"name": "D", "theme": "mint", "colors": {"primary": "#000000"}, "navigation": {"tabs": [{"tab": "%s", "groups": [{"group": "Qwen", "pages": ["enterprise-api/qwen/overview"]}]}]}}'  # noqa: E501
_PAGE = {"enterprise-api/qwen/overview.mdx": "---\ntitle: Qwen\n---\n"}
PASS = {"docs.json": _DOCS % "Enterprise APIs", **_PAGE}
FAIL = {"docs.json": _DOCS % "API Reference", **_PAGE}


def check(repo: Repo) -> Iterator[Issue]:
    if repo.docs_json is None:
        return
    for entry in repo.navigation_pages:
        if is_enterprise_path(entry.page) and ENTERPRISE_NAV_LABEL not in entry.trail:
            yield Issue(
                entry.file,
                repo.line_of_entry(entry),
                1,
                f"enterprise page '{entry.page}' is under "
                f"{' > '.join(entry.trail) or 'the top level'}; move its group below "
                f"'{ENTERPRISE_NAV_LABEL}'",
            )
