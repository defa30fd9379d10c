"""The page-kind decision on tricky pages: each row is a page a real repo could hold, and the
kind (and conflicts) the house rules must see in it."""

from __future__ import annotations

import pytest

from generator.house_rules import PageKind
from generator.repo.mdx import MdxPage
from generator.repo.page_kind import decide_kind

_URL = (
    "## Request\n\n```curl curl\n"
    "--request POST 'https://modelslab.com/api/v1/enterprise/%s' \\\n```\n"
)

CASES = [
    # (path, text, spec folders, kind, conflict snippet or None)
    (
        "enterprise-api/q/text2img",
        "---\ntitle: T\n---\n\n" + _URL % "q/text2img",
        (),
        PageKind.ENTERPRISE_GENERATION,
        None,
    ),
    (
        "enterprise-api/q/text2img",
        "---\ntitle: T\nopenapi: 'POST /enterprise/q/text2img'\n---\n\n" + _URL % "q/text2img",
        (),
        PageKind.ENTERPRISE_GENERATION,
        "generation page uses",
    ),
    (
        "enterprise-api/q/clear-cache",
        "---\ntitle: C\nopenapi: 'POST /enterprise/q/clear_cache'"
        "\n---\n\n" + _URL % "q/clear_cache",
        (),
        PageKind.ENTERPRISE_OPS,
        None,
    ),
    (
        "enterprise-api/q/clear-cache",
        "---\ntitle: C\n---\n\n" + _URL % "q/clear_cache",
        (),
        PageKind.ENTERPRISE_OPS,
        "without `openapi:`",
    ),
    (
        "enterprise-api/q/fetch",
        "---\ntitle: F\nopenapi: 'POST /enterprise/q/fetch/{id}'\n---\n\n" + _URL % "q/fetch/123",
        (),
        PageKind.ENTERPRISE_OPS,
        None,
    ),
    # The URL leaves the server out; the operation still decides.
    (
        "enterprise-api/t/clear-cache",
        "---\ntitle: C\nopenapi: 'POST /t/clear_cache'\n---\n\n" + _URL % "clear_cache",
        (),
        PageKind.ENTERPRISE_OPS,
        None,
    ),
    # A page outside enterprise-api/ whose request URL calls an enterprise server.
    (
        "guides/my-server",
        "---\ntitle: G\n---\n\n" + _URL % "q/text2img",
        (),
        PageKind.ENTERPRISE_GENERATION,
        None,
    ),
    (
        "video/make",
        "---\ntitle: M\nopenapi: 'video/openapi.json POST /make'\n---\n",
        ("video",),
        PageKind.PUBLIC_ENDPOINT,
        None,
    ),
    (
        "video/make",
        "---\ntitle: M\nOpenAPI: 'video/openapi.json POST /make'\n---\n",
        ("video",),
        PageKind.PUBLIC_ENDPOINT,
        "`OpenAPI:`",
    ),
    # Mintlify's hand-written API pages are not a house format.
    (
        "workflows/run",
        "---\ntitle: R\napi: 'POST https://x.dev/run'\n---\n",
        (),
        PageKind.GUIDE,
        None,
    ),
    (
        "video/overview",
        "---\ntitle: O\n---\n\n<CardGroup cols={2}>\n</CardGroup>\n",
        ("video",),
        PageKind.OVERVIEW,
        None,
    ),
    (
        "release-notes/overview",
        "---\ntitle: Notes\n---\n\nWhat changed.\n",
        (),
        PageKind.GUIDE,
        None,
    ),
    (
        "open-source/tool/overview",
        "---\ntitle: Tool\n---\n\n<Columns cols={2}>\n<Card title='A' "
        "href='https://github.com/x'>\nCode.\n</Card>\n</Columns>\n",
        (),
        PageKind.GUIDE,
        None,
    ),
    (
        "tools/overview",
        '---\ntitle: Tools\n---\n\n<CardGroup cols={2}>\n<Card title="A" '
        'href="/tools/a">\nA.\n</Card>\n</CardGroup>\n',
        (),
        PageKind.OVERVIEW,
        None,
    ),
    ("enterprise-api/q/overview", "---\ntitle: Q\n---\n\nText.\n", (), PageKind.OVERVIEW, None),
    ("guides/start", "---\ntitle: S\n---\n\n## Request\n\nAsk us.\n", (), PageKind.GUIDE, None),
]


@pytest.mark.parametrize(
    ("path", "text", "spec_folders", "kind", "conflict"),
    CASES,
    ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)],
)
def test_page_kind(path, text, spec_folders, kind, conflict):
    page = MdxPage.parse(path, path + ".mdx", text)
    decision = decide_kind(page, frozenset(spec_folders))
    assert decision.kind == kind
    if conflict is None:
        assert decision.conflicts == ()
    else:
        assert any(conflict in c for c in decision.conflicts), decision.conflicts
