"""The `generate` command's work, apart from printing: load, build, render, plan, write."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.catalog.load import load_catalog
from generator.catalog.model import Catalog, HandWrittenPage, walk_navigation
from generator.problems import InputError, Location, Problem, display_path
from generator.render.site_files import render_site
from generator.site.agents import PageInfo
from generator.site.build import build_site
from generator.write import DOCS_JSON, MANIFEST, Manifest, Plan, apply_plan, plan_changes


@dataclass(frozen=True)
class GenerateResult:
    plan: Plan
    written: bool


def _read_json(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        where = Location(display_path(path), exc.lineno, exc.colno)
        raise InputError(
            [Problem(where, f"invalid JSON: {exc.msg}; fix it before generating")]
        ) from exc
    if not isinstance(data, dict):
        raise InputError([Problem(Location(display_path(path), 1, 1), "expected a JSON object")])
    return data


def read_hand_written_pages(catalog: Catalog, out_dir: Path) -> dict[str, PageInfo]:
    """Title and description of each hand-written page in navigation (for llms.txt)."""
    import yaml

    found = {}
    paths = [
        entry.path
        for tab in catalog.site.tabs
        for entry, _ in walk_navigation(tab.groups, tab.name)
        if isinstance(entry, HandWrittenPage)
    ]
    paths += [page for group in catalog.groups.values() for page in group.hand_written]
    for path in paths:
        file = out_dir / f"{path}.mdx"
        if file.is_file():
            text = file.read_text(encoding="utf-8", errors="replace")
            match = re.match(r"---\n(.*?)\n---", text, re.DOTALL)
            try:
                meta = yaml.safe_load(match.group(1)) if match else {}
            except yaml.YAMLError:
                meta = {}
            meta = meta if isinstance(meta, dict) else {}
            found[path] = PageInfo(
                str(meta.get("title") or path), str(meta.get("description") or "")
            )
    return found


def plan_generation(catalog_dir: Path, out_dir: Path, force: bool = False) -> Plan:
    """Everything up to the first write; raises InputError on any problem with the input."""
    catalog = load_catalog(catalog_dir, out_dir)
    site = build_site(catalog)
    previous = Manifest.from_data(_read_json(out_dir / MANIFEST))
    hand_written = read_hand_written_pages(catalog, out_dir)
    owned, merged = render_site(
        site, _read_json(out_dir / DOCS_JSON), previous, catalog, hand_written
    )
    return plan_changes(out_dir, owned, merged, previous, force=force)


def generate(
    catalog_dir: Path,
    out_dir: Path,
    force: bool = False,
    on_file: Callable[[str], None] | None = None,
) -> GenerateResult:
    plan = plan_generation(catalog_dir, out_dir, force=force)
    if plan.conflicts or plan.is_empty:
        return GenerateResult(plan, written=False)
    apply_plan(out_dir, plan, on_file=on_file)
    return GenerateResult(plan, written=True)
