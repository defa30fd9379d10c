"""What a page points at, read off the page model: Markdown links and images (inline and
reference-style), the link attributes of the elements Mintlify renders as links or media (only
when written as string literals: `href={href}` is code, not a path), and the files its `import`
lines pull in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from generator.repo.mdx import MdxPage

# Attributes that Mintlify (or HTML) renders as a link or a media source. Custom components a
# page defines itself (`export const HeroCard = ...`) are left alone: what they do with an
# `href` prop is their own business.
LINK_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "a": ("href",),
    "Card": ("href",),
    "Tile": ("href",),
    "Tooltip": ("href",),
    "img": ("src",),
    "source": ("src",),
    "video": ("src", "poster"),
    "audio": ("src",),
}
IMAGE_ATTRIBUTES = frozenset(("src", "poster"))
# The module an ESM statement names: `... from "x"` or a bare `import "x"`.
_IMPORT_SOURCE = re.compile(
    r"""\bfrom\s*(['"])([^'"\n]+)\1|^\s*import\s*(['"])([^'"\n]+)\3""", re.MULTILINE
)


@dataclass(frozen=True)
class LinkTarget:
    target: str
    line: int
    column: int
    image: bool
    source: str  # "markdown", "reference", or the JSX tag name


@dataclass(frozen=True)
class ImportSource:
    source: str  # as written: "/snippets/a.mdx", "../b.mdx", "react"
    line: int
    column: int


def link_targets(page: MdxPage) -> list[LinkTarget]:
    """Every link and media target on the page."""
    found = [
        LinkTarget(link.target, link.line, link.column, link.image, link.source)
        for link in page.links
        if link.source != "jsx"
    ]
    for tag in page.tags:
        names = LINK_ATTRIBUTES.get(tag.name)
        if tag.closing or not names:
            continue
        for name in names:
            value = tag.attributes.get(name)
            if value is not None and name not in tag.expression_attributes:
                found.append(
                    LinkTarget(value, tag.line, tag.column, name in IMAGE_ATTRIBUTES, tag.name)
                )
    return found


def import_sources(page: MdxPage) -> Iterator[ImportSource]:
    """The module each `import`/`export ... from` statement of the page's ESM names."""
    for block in page.esm:
        for match in _IMPORT_SOURCE.finditer(block.source):
            source = match.group(2) or match.group(4)
            start = match.start(2) if match.group(2) else match.start(4)
            before = block.source[:start]
            column = start - (before.rfind("\n") + 1)  # the opening quote's column
            yield ImportSource(source, block.line + before.count("\n"), column)
