"""Generated pages follow the house rules of their kind, match the golden files, and are
classified as that kind by the page-kind decision the linter uses too."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import frontmatter
import pytest

from generator import house_rules
from generator.catalog.load import load_catalog
from generator.house_rules import PageKind
from generator.render.mdx import render_page
from generator.repo.repo import Repo
from generator.site.build import build_site
from tests.conftest import CATALOG, DOCS

GOLDEN = Path(__file__).parent / "golden"
SITE = build_site(load_catalog(CATALOG, DOCS))
PAGES = {page.path: page for page in SITE.pages}
LINTED = Repo.load(DOCS)

# One page of each kind (and both overview flavours); refresh with DOCSGEN_UPDATE_GOLDEN=1.
GOLDEN_PAGES = {
    "public-endpoint.mdx": "image-generation/community-models/fetch-image",
    "enterprise-generation.mdx": "enterprise-api/nano-banana/image-edit",
    "enterprise-ops.mdx": "enterprise-api/qwen-edit/fetch",
    "overview-public.mdx": "video-api/overview",
    "overview-enterprise.mdx": "enterprise-api/qwen-edit/overview",
}


def pages_of(kind: PageKind):
    found = [page for page in SITE.pages if page.kind == kind]
    assert found, f"the starter catalog has no {kind} page"
    return pytest.mark.parametrize("page", found, ids=lambda p: p.path)


def parse(page) -> tuple[dict, str]:
    post = frontmatter.loads((DOCS / page.file).read_text(encoding="utf-8"))
    return dict(post.metadata), post.content


def fenced_blocks(body: str) -> list[tuple[str, str]]:
    return re.findall(r"^```([^\n]*)\n(.*?)\n```$", body, re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("golden_name", sorted(GOLDEN_PAGES))
def test_golden_page(golden_name: str):
    rendered = render_page(PAGES[GOLDEN_PAGES[golden_name]])
    golden = GOLDEN / golden_name
    if os.environ.get("DOCSGEN_UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("page", SITE.pages, ids=lambda p: p.path)
def test_page_kind_decision_agrees_with_the_generator(page):
    decision = LINTED.pages[page.path].kind_decision
    assert decision.kind == page.kind
    assert decision.conflicts == ()


@pages_of(PageKind.PUBLIC_ENDPOINT)
def test_public_endpoint_page(page):
    metadata, body = parse(page)
    assert list(metadata) == ["title", "openapi", "description"]
    spec_file, method, path = metadata["openapi"].split(" ")
    spec = json.loads((DOCS / spec_file).read_text())
    assert method.lower() in spec["paths"][path], "openapi: must resolve in its spec"
    request = body.index("\n## Request\n")
    body_heading = body.index("\n### Body\n")
    assert request < body_heading
    blocks = fenced_blocks(body)
    assert blocks[0][0] == "bash" and blocks[0][1].startswith(f"{method} https://")
    assert blocks[1][0] == "json json"
    assert json.loads(blocks[1][1])["key"] == house_rules.PUBLIC_KEY_PLACEHOLDER
    assert "<Warning>" not in body and "<ParamField" not in body
    assert "## Body Attributes" not in body


@pages_of(PageKind.ENTERPRISE_GENERATION)
def test_enterprise_generation_page(page):
    metadata, body = parse(page)
    assert list(metadata) == ["title", "description"]
    warning = re.search(r"<Warning>\n(.*?)\n</Warning>", body, re.DOTALL).group(1)
    assert f"`{page.server_name}`" in warning
    assert "](/enterprise-api/general/update-s3-details)" in warning
    blocks = fenced_blocks(body)
    assert blocks[0][0] == "curl curl"
    assert f"/enterprise/{page.server_name}/" in blocks[0][1]
    assert json.loads(blocks[1][1])["key"] == house_rules.ENTERPRISE_KEY_PLACEHOLDER
    assert body.index("\n## Request\n") < body.index("\n## Body\n")
    assert body.index("\n## Body\n") < body.index("\n## Body Attributes\n")
    fields = re.findall(r"<ParamField ([^>]*)>", body)
    assert len(fields) == len(page.endpoint.body_parameters)
    for attributes in fields:
        assert re.match(r'body="\w+" type="[\w\[\]]+"', attributes)
        assert "query=" not in attributes and "path=" not in attributes


@pages_of(PageKind.ENTERPRISE_OPS)
def test_enterprise_ops_page(page):
    metadata, body = parse(page)
    assert list(metadata) == ["title", "description", "openapi"]
    method, path = metadata["openapi"].split(" ")
    assert method == "POST" and path.startswith("/enterprise/")
    spec = json.loads((DOCS / Path(page.path).parent / "openapi.json").read_text())
    assert "post" in spec["paths"][path]
    blocks = fenced_blocks(body)
    assert blocks[0][0] == "curl curl"
    assert json.loads(blocks[1][1]) == {"key": house_rules.ENTERPRISE_KEY_PLACEHOLDER}
    assert "<Warning>" not in body and "<ParamField" not in body
    assert "## Body Attributes" not in body


@pages_of(PageKind.OVERVIEW)
def test_overview_page(page):
    metadata, body = parse(page)
    assert list(metadata) == ["title", "description"]
    assert "<CardGroup cols={2}>" in body
    hrefs = re.findall(r'<Card title="[^"]+" icon="[^"]+" href="([^"]+)">', body)
    folder = page.path.rsplit("/", 1)[0]
    siblings = [p for p in SITE.pages if p.path.startswith(folder + "/") and p is not page]
    assert sorted(hrefs) == sorted(f"/{p.path}" for p in siblings)
    for href in hrefs:
        assert (DOCS / f"{href[1:]}.mdx").is_file()
    assert ("<Warning>" in body) == house_rules.is_enterprise_path(page.path)


def test_every_page_is_registered_once_in_docs_json():
    docs = json.loads((DOCS / "docs.json").read_text())
    from generator.site.navigation import registered_pages

    listed = registered_pages(docs["navigation"]["tabs"])
    assert len(listed) == len(set(listed))
    on_disk = {p.relative_to(DOCS).with_suffix("").as_posix() for p in DOCS.rglob("*.mdx")}
    assert set(listed) == on_disk


def test_enterprise_groups_live_under_the_enterprise_tab():
    docs = json.loads((DOCS / "docs.json").read_text())
    tabs = {tab["tab"]: json.dumps(tab) for tab in docs["navigation"]["tabs"]}
    for page in SITE.pages:
        if house_rules.is_enterprise_path(page.path):
            assert f'"{page.path}"' in tabs["Enterprise APIs"]
