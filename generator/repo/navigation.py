"""Walk docs.json navigation in every shape Mintlify accepts, once, in document order.

Mintlify's schema (@mintlify/validation, docs.json v2) nests divisions freely: `products`,
`languages`, `versions`, `tabs`, `dropdowns`, `anchors`, `menu` (items), `groups` and `pages`,
where `pages` holds page paths and nested group objects, and a group's `root` is a page too.
`global` holds only external links, and `href` entries link out instead of listing pages.
Any object may be `{"$ref": "part.json", ...}`: the walk follows it into the referenced file
and remembers which file lists each entry, so findings point at the right file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator.repo.config_refs import ref_of, ref_target
from generator.repo.json_file import JsonFile

DOCS_JSON = "docs.json"

# Keys whose values hold more navigation, in the order Mintlify's schema lists divisions.
CONTAINERS = frozenset(
    ("products", "languages", "versions", "tabs", "dropdowns", "anchors", "menu", "groups", "pages")
)
_LABELS = ("product", "language", "version", "tab", "dropdown", "anchor", "item", "group")
# "GET /users" or "openapi.json POST /users": an OpenAPI operation Mintlify renders as a page.
_OPERATION = re.compile(
    r"^(?:\S+\s+)?(?:get|post|put|patch|delete|head|options|trace|webhook)\s+\S", re.IGNORECASE
)

JsonPath = tuple[str | int, ...]


@dataclass(frozen=True)
class NavPage:
    page: str  # as the linter compares it: no leading "/" or "./", no .mdx/.md extension
    trail: tuple[str, ...]  # labels of the divisions and groups above, outermost first
    index: int  # position among all page entries, in document order
    file: str = DOCS_JSON  # the JSON file that lists the entry
    written: str = ""  # the entry exactly as written (to find its line); "" means `page`
    location: JsonPath = ()  # where the entry sits inside `file` (keys and list indices)
    hidden: bool = False  # under a tab, group or other division marked "hidden": true

    @property
    def as_written(self) -> str:
        return self.written or self.page


@dataclass(frozen=True)
class NavGroup:
    name: str
    trail: tuple[str, ...]  # labels above the group
    node: dict[str, Any]
    file: str = DOCS_JSON
    location: JsonPath = ()


def normalize_page(entry: str) -> str:
    """A navigation entry as a page path: Mintlify resolves entries against the docs root, so
    "/guides/a", "./guides/a" and "guides/a.mdx" all name guides/a."""
    page = entry.strip().replace("\\", "/")
    while page.startswith("./"):
        page = page[2:]
    page = page.lstrip("/")
    for extension in (".mdx", ".md"):
        if page.endswith(extension):
            page = page[: -len(extension)]
    return page.rstrip("/") if page != "/" else page


def is_operation(entry: str) -> bool:
    """An OpenAPI operation entry ("GET /users"), which names no MDX file."""
    return bool(_OPERATION.match(entry.strip()))


def _label(node: Mapping[str, Any]) -> str | None:
    for key in _LABELS:
        if isinstance(node.get(key), str):
            return node[key]
    return None


class _Walker:
    def __init__(self, files: Mapping[str, JsonFile]):
        self.files = files
        self.pages: list[NavPage] = []
        self.groups: list[NavGroup] = []

    def page(self, entry: str, file: str, at: JsonPath, trail: tuple[str, ...], hidden: bool):
        if is_operation(entry):
            return
        page = normalize_page(entry)
        written = "" if page == entry else entry
        self.pages.append(NavPage(page, trail, len(self.pages), file, written, at, hidden))

    def node(
        self,
        node: Any,
        file: str,
        at: JsonPath,
        trail: tuple[str, ...],
        hidden: bool,
        open_files: tuple[str, ...],
    ) -> None:
        if isinstance(node, list):
            for index, item in enumerate(node):
                self.node(item, file, (*at, index), trail, hidden, open_files)
            return
        if not isinstance(node, dict):
            return
        if ref_of(node) is not None:
            # Keys next to $ref win over the referenced file's keys, as Mintlify merges them.
            part = ref_target(node, file, self.files, (*open_files, file))
            if part is not None and isinstance(part.data, dict):
                merged: dict[str, tuple[Any, str, JsonPath]] = {
                    key: (value, part.file, (key,)) for key, value in part.data.items()
                }
                inner = (*open_files, file)
            elif part is not None:
                self.node(part.data, part.file, (), trail, hidden, (*open_files, file))
                return
            else:
                merged, inner = {}, open_files
            for key, value in node.items():
                if key != "$ref":
                    merged[key] = (value, file, (*at, key))
            self.division({k: v[0] for k, v in merged.items()}, merged, trail, hidden, inner)
            return
        where = {key: (value, file, (*at, key)) for key, value in node.items()}
        self.division(node, where, trail, hidden, open_files)

    def division(
        self,
        node: dict[str, Any],
        where: dict[str, tuple[Any, str, JsonPath]],
        trail: tuple[str, ...],
        hidden: bool,
        open_files: tuple[str, ...],
    ) -> None:
        label = _label(node)
        here = (*trail, label) if label is not None else trail
        hidden = hidden or node.get("hidden") is True
        if isinstance(node.get("group"), str):
            _, file, at = where["group"]
            self.groups.append(NavGroup(node["group"], trail, node, file, at[:-1]))
        for key, value in node.items():
            _, file, at = where[key]
            if key == "root" and isinstance(value, str):
                self.page(value, file, at, here, hidden)
            elif key == "pages" and isinstance(value, list):
                for index, item in enumerate(value):
                    if isinstance(item, str):
                        self.page(item, file, (*at, index), here, hidden)
                    else:
                        self.node(item, file, (*at, index), here, hidden, open_files)
            elif key in CONTAINERS:
                self.node(value, file, at, here, hidden, open_files)


def walk(
    navigation: Any, files: Mapping[str, JsonFile] | None = None, file: str = DOCS_JSON
) -> tuple[list[NavPage], list[NavGroup]]:
    """Every page entry and every group of `navigation` (the value of docs.json's key), following
    `$ref` into `files` (referenced files by docs-relative path)."""
    walker = _Walker(files or {})
    walker.node(navigation, file, ("navigation",), (), False, ())
    return walker.pages, walker.groups


def walk_pages(navigation: Any, files: Mapping[str, JsonFile] | None = None) -> Iterator[NavPage]:
    yield from walk(navigation, files)[0]


def walk_groups(navigation: Any, files: Mapping[str, JsonFile] | None = None) -> Iterator[NavGroup]:
    yield from walk(navigation, files)[1]
