"""The docs.json navigation the catalog asks for, as docs.json-shaped lists and dicts."""

from __future__ import annotations

from typing import Any

from generator.catalog.model import (
    Catalog,
    CatalogGroupRef,
    HandWrittenGroup,
    HandWrittenPage,
    NavigationEntry,
)


def desired_tabs(catalog: Catalog, group_pages: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Tabs in site-file order; a catalog group becomes {"group": name, "pages": [...]}."""
    return [
        {"tab": tab.name, "groups": [_entry(e, catalog, group_pages) for e in tab.groups]}
        for tab in catalog.site.tabs
    ]


def _entry(
    entry: NavigationEntry, catalog: Catalog, group_pages: dict[str, list[str]]
) -> str | dict[str, Any]:
    if isinstance(entry, HandWrittenPage):
        return entry.path
    if isinstance(entry, CatalogGroupRef):
        group = catalog.groups[entry.group_id]
        return {"group": group.name, "pages": [*group_pages[group.id], *group.hand_written]}
    assert isinstance(entry, HandWrittenGroup)
    result: dict[str, Any] = {"group": entry.name}
    if entry.icon:
        result["icon"] = entry.icon
    result["pages"] = [_entry(e, catalog, group_pages) for e in entry.pages]
    return result


def registered_pages(tabs: list[dict[str, Any]]) -> list[str]:
    """Every page path listed anywhere in a navigation tree, in order."""
    found: list[str] = []

    def walk(entries: list[Any]) -> None:
        for entry in entries:
            if isinstance(entry, str):
                found.append(entry)
            elif isinstance(entry, dict):
                for key in ("tabs", "groups", "pages"):
                    if isinstance(entry.get(key), list):
                        walk(entry[key])

    walk(tabs)
    return found


def group_paths(tabs: list[dict[str, Any]]) -> list[list[str]]:
    """Each group as the names leading to it from its tab: [tab, group, subgroup, ...]."""
    found: list[list[str]] = []

    def walk(entries: list[Any], trail: list[str]) -> None:
        for entry in entries:
            if isinstance(entry, dict) and "group" in entry:
                here = [*trail, entry["group"]]
                found.append(here)
                walk(entry.get("pages", []), here)

    for tab in tabs:
        walk(tab["groups"], [tab["tab"]])
    return found
