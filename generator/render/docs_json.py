"""Merge the catalog's navigation and settings into an existing docs.json.

The catalog owns: the top-level keys in the site file's `docs_json`, the tabs and groups it names
and the pages it registers. Everything else (other keys, tabs, groups and hand-written pages)
stays where it is. Within a list, entries the catalog does not own keep their position relative
to the owned entry they followed.
"""

from __future__ import annotations

from typing import Any

_CHILD_LISTS = ("tabs", "groups", "pages")


def _identity(entry: Any) -> tuple[str, str] | None:
    if isinstance(entry, str):
        return ("page", entry)
    if isinstance(entry, dict):
        for key in ("tab", "group"):
            if isinstance(entry.get(key), str):
                return (key, entry[key])
    return None


def merge_docs_json(
    existing: dict[str, Any] | None,
    settings: dict[str, Any],
    tabs: list[dict[str, Any]],
    retired_pages: set[str],
    retired_groups: set[tuple[str, ...]],
) -> dict[str, Any]:
    """Return the new docs.json.

    retired_pages: pages the catalog registered before and no longer does (removed everywhere).
    retired_groups: name paths [tab, group, ...] of groups the catalog created before and no
    longer has; they are dropped unless hand-written pages remain in them.
    """
    result = dict(existing or {})
    for key, value in settings.items():
        result[key] = value
    navigation = dict(result.get("navigation") or {})
    wanted_pages = _all_pages(tabs)
    merger = _Merger(wanted_pages, retired_pages, retired_groups)
    navigation["tabs"] = merger.merge_list(navigation.get("tabs") or [], tabs, ())
    result["navigation"] = navigation
    return result


def _all_pages(entries: list[Any]) -> set[str]:
    pages: set[str] = set()
    for entry in entries:
        if isinstance(entry, str):
            pages.add(entry)
        elif isinstance(entry, dict):
            for key in _CHILD_LISTS:
                pages |= _all_pages(entry.get(key) or [])
    return pages


class _Merger:
    def __init__(
        self,
        wanted_pages: set[str],
        retired_pages: set[str],
        retired_groups: set[tuple[str, ...]],
    ):
        self.wanted_pages = wanted_pages
        self.retired_pages = retired_pages
        self.retired_groups = retired_groups

    def merge_list(self, existing: list[Any], desired: list[Any], trail: tuple[str, ...]) -> list:
        desired_ids = {_identity(d) for d in desired}
        existing_by_id = {
            ident: entry for entry in existing if (ident := _identity(entry)) in desired_ids
        }
        # Unowned entries, each anchored after the last owned entry that preceded it.
        anchored: dict[tuple[str, str] | None, list[Any]] = {}
        anchor: tuple[str, str] | None = None
        for entry in existing:
            ident = _identity(entry)
            if ident in desired_ids:
                anchor = ident
                continue
            kept = self._keep_unowned(entry, trail)
            if kept is not None:
                anchored.setdefault(anchor, []).append(kept)
        merged: list[Any] = list(anchored.get(None, []))
        for wanted in desired:
            ident = _identity(wanted)
            current = existing_by_id.get(ident)
            if isinstance(wanted, dict) and isinstance(current, dict):
                merged.append(self._merge_dict(current, wanted, trail))
            else:
                merged.append(wanted)
            merged += anchored.get(ident, [])
        return merged

    def _merge_dict(self, current: dict, wanted: dict, trail: tuple[str, ...]) -> dict:
        ident = _identity(wanted)
        here = (*trail, ident[1]) if ident else trail
        result = dict(current)
        for key, value in wanted.items():
            if key in _CHILD_LISTS:
                result[key] = self.merge_list(current.get(key) or [], value, here)
            else:
                result[key] = value
        return result

    def _keep_unowned(self, entry: Any, trail: tuple[str, ...]) -> Any:
        """An entry the catalog does not place here: keep it unless the catalog retired it or
        registers that page elsewhere (a page is listed once)."""
        if isinstance(entry, str):
            if entry in self.retired_pages or entry in self.wanted_pages:
                return None
            return entry
        if not isinstance(entry, dict):
            return entry
        ident = _identity(entry)
        here = (*trail, ident[1]) if ident else trail
        result = dict(entry)
        emptied = False
        for key in _CHILD_LISTS:
            if isinstance(entry.get(key), list):
                children = [
                    kept
                    for child in entry[key]
                    if (kept := self._keep_unowned(child, here)) is not None
                ]
                emptied = emptied or (bool(entry[key]) and not children)
                result[key] = children
        if here in self.retired_groups and emptied:
            return None
        return result
