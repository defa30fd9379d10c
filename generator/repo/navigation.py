"""Walk docs.json navigation: every page entry and group, with the trail of names above it."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

_CONTAINERS = (
    "tabs",
    "anchors",
    "dropdowns",
    "versions",
    "languages",
    "products",
    "groups",
    "pages",
)
_LABELS = ("tab", "anchor", "dropdown", "version", "language", "product", "group")


@dataclass(frozen=True)
class NavPage:
    page: str
    trail: tuple[str, ...]  # labels of the tabs/groups above, outermost first
    index: int  # position among all page entries, in document order


@dataclass(frozen=True)
class NavGroup:
    name: str
    trail: tuple[str, ...]  # labels above the group
    node: dict[str, Any]


def _label(node: dict[str, Any]) -> str | None:
    for key in _LABELS:
        if isinstance(node.get(key), str):
            return node[key]
    return None


def walk_pages(navigation: Any) -> Iterator[NavPage]:
    counter = iter(range(1_000_000))

    def walk(node: Any, trail: tuple[str, ...]) -> Iterator[NavPage]:
        if isinstance(node, str):
            yield NavPage(node, trail, next(counter))
        elif isinstance(node, list):
            for item in node:
                yield from walk(item, trail)
        elif isinstance(node, dict):
            label = _label(node)
            here = (*trail, label) if label is not None else trail
            for key in _CONTAINERS:
                if key in node:
                    yield from walk(node[key], here)

    yield from walk(navigation, ())


def walk_groups(navigation: Any) -> Iterator[NavGroup]:
    def walk(node: Any, trail: tuple[str, ...]) -> Iterator[NavGroup]:
        if isinstance(node, list):
            for item in node:
                yield from walk(item, trail)
        elif isinstance(node, dict):
            label = _label(node)
            if isinstance(node.get("group"), str):
                yield NavGroup(node["group"], trail, node)
            here = (*trail, label) if label is not None else trail
            for key in _CONTAINERS:
                if key in node:
                    yield from walk(node[key], here)

    yield from walk(navigation, ())
