"""Render a whole Site to file contents (bytes by path relative to the docs folder)."""

from __future__ import annotations

from typing import Any

from generator.catalog.model import Catalog
from generator.render.docs_json import merge_docs_json
from generator.render.json_text import json_text
from generator.render.mdx import render_page
from generator.site.agents import (
    CAPABILITIES_FILE,
    LLMS_FILE,
    PageInfo,
    build_capabilities,
    build_llms_txt,
)
from generator.site.build import Site
from generator.site.navigation import group_paths, registered_pages
from generator.write import DOCS_JSON, MANIFEST, Manifest, digest


def render_site(
    site: Site,
    existing_docs_json: dict[str, Any] | None,
    previous: Manifest,
    catalog: Catalog,
    hand_written: dict[str, PageInfo],
) -> tuple[dict[str, bytes], dict[str, bytes]]:
    """Return (files docsgen owns, files it merges into). The manifest is among the owned."""
    owned: dict[str, bytes] = {}
    for page in site.pages:
        owned[page.file] = render_page(page).encode()
    for path, spec in site.specs.items():
        owned[path] = json_text(spec).encode()
    info = {page.path: PageInfo(page.title, page.description) for page in site.pages}
    info.update(hand_written)
    owned[LLMS_FILE] = build_llms_txt(catalog, site.tabs, info).encode()
    owned[CAPABILITIES_FILE] = build_capabilities(catalog, site.pages).encode()
    pages = registered_pages(site.tabs)
    groups = tuple(tuple(g) for g in group_paths(site.tabs))
    docs_json = merge_docs_json(
        existing_docs_json,
        site.docs_json_settings,
        site.tabs,
        retired_pages=set(previous.pages) - set(pages),
        retired_groups=set(previous.groups) - set(groups),
    )
    manifest = Manifest(
        files={path: digest(content) for path, content in owned.items()},
        pages=tuple(pages),
        groups=groups,
    )
    owned[MANIFEST] = manifest.to_bytes()
    return owned, {DOCS_JSON: json_text(docs_json).encode()}
