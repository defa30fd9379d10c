"""What a page points at, beyond what the page model lists today: reference-style links
(`[text][ref]` with `[ref]: /path`), which JSX attributes are links (and only when written as
string literals: `href={href}` is code, not a path), and the files its `import` lines pull in.

This belongs in the page model (`generator/repo/mdx.py`); it lives here until the model grows
these, and reads only the model's public fields (text, lines, fences, tags, links, position).
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

_DEFINITION = re.compile(
    r"^ {0,3}\[((?:[^\]\\\n]|\\.){1,999})\]:[ \t]*(?:<([^>\n]*)>|(\S+))"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$"
)
_REFERENCE_USE = re.compile(r"(!?)\[((?:[^\]\\\n]|\\.)*)\](?:\[((?:[^\]\\\n]|\\.)*)\])?(?![(:])")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
_IMPORT_START = re.compile(r"^(?:import|export)\b")
_IMPORT_SOURCE = re.compile(r"""\bfrom\s*(['"])([^'"\n]+)\1|^import\s*(['"])([^'"\n]+)\3""")
_ATTRIBUTE_NAME = re.compile(r"[A-Za-z_$][\w$:.-]*")


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


def outside_code(page: MdxPage) -> list[tuple[int, str]]:
    """(line number, text) of every line outside frontmatter and fenced code."""
    lines = page.lines
    skipped: set[int] = set()
    if lines and lines[0].rstrip() == "---":
        for number in range(1, len(lines)):
            if lines[number].rstrip() == "---":
                skipped.update(range(0, number + 1))
                break
    for fence in page.fences:
        skipped.update(range(fence.line - 1, fence.end_line))
    return [(n + 1, line) for n, line in enumerate(lines) if n not in skipped]


def _blank_code_spans(line: str) -> str:
    return _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), line)


def _label(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip()).casefold()


def reference_links(page: MdxPage) -> list[LinkTarget]:
    """Targets of link reference definitions that some reference on the page uses."""
    definitions: dict[str, tuple[str, int, int]] = {}
    uses: set[str] = set()
    image_uses: set[str] = set()
    lines = outside_code(page)
    for number, line in lines:
        match = _DEFINITION.match(line)
        if match:
            label = _label(match.group(1))
            target = match.group(2) if match.group(2) is not None else match.group(3)
            column = line.index("[") + 1
            definitions.setdefault(label, (target, number, column))
    if not definitions:
        return []
    for _, line in lines:
        if _DEFINITION.match(line):
            continue
        for match in _REFERENCE_USE.finditer(_blank_code_spans(line)):
            image, text, ref = match.groups()
            label = _label(ref if ref else text)
            if label in definitions:
                (image_uses if image else uses).add(label)
    found = []
    for label, (target, number, column) in definitions.items():
        if label in uses or label in image_uses:
            found.append(
                LinkTarget(
                    target, number, column, label in image_uses and label not in uses, "reference"
                )
            )
    return found


def line_starts(page: MdxPage) -> list[int]:
    """Offset of the first character of each line (index 0 is line 1)."""
    starts = [0]
    for line in page.lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    return starts


def string_attributes(text: str, offset: int) -> dict[str, str]:
    """Attributes written as string literals (`a="x"`, `a='x'`) of the JSX tag that starts at
    `offset` of `text`. Expression values (`a={x}`) and bare flags are left out."""
    if not text.startswith("<", offset):
        return {}
    index = offset + 1
    name = _ATTRIBUTE_NAME.match(text, index)
    if name is None:
        return {}
    index = name.end()
    found: dict[str, str] = {}
    while index < len(text):
        while index < len(text) and text[index].isspace():
            index += 1
        if index >= len(text) or text[index] in ">/":
            break
        if text[index] == "{":  # {...spread}
            index = _skip_braces(text, index)
            continue
        attribute = _ATTRIBUTE_NAME.match(text, index)
        if attribute is None:
            break
        index = attribute.end()
        while index < len(text) and text[index].isspace():
            index += 1
        if index >= len(text) or text[index] != "=":
            continue
        index += 1
        while index < len(text) and text[index].isspace():
            index += 1
        if index < len(text) and text[index] in "\"'":
            end = text.find(text[index], index + 1)
            if end == -1:
                break
            found[attribute.group(0)] = text[index + 1 : end]
            index = end + 1
        elif index < len(text) and text[index] == "{":
            index = _skip_braces(text, index)
        else:
            break
    return found


def _skip_braces(text: str, index: int) -> int:
    depth = 0
    quote = ""
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "\"'`":
            quote = char
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return index


def link_targets(page: MdxPage) -> list[LinkTarget]:
    """Every link and media target on the page: Markdown links and images (inline and
    reference-style) and the link attributes of HTML elements and Mintlify components."""
    tag_positions = {(tag.line, tag.column) for tag in page.tags}
    found = [
        LinkTarget(link.target, link.line, link.column, link.image, "markdown")
        for link in page.links
        if (link.line, link.column) not in tag_positions
    ]
    found += reference_links(page)
    starts: list[int] = []
    for tag in page.tags:
        names = LINK_ATTRIBUTES.get(tag.name)
        if tag.closing or not names:
            continue
        starts = starts or line_starts(page)
        literal = string_attributes(page.text, starts[tag.line - 1] + tag.column - 1)
        for name in names:
            if name in literal:
                found.append(
                    LinkTarget(
                        literal[name], tag.line, tag.column, name in IMAGE_ATTRIBUTES, tag.name
                    )
                )
    return found


def import_sources(page: MdxPage) -> Iterator[ImportSource]:
    """The module each top-level `import ... from "x"` (or `export ... from "x"`) names."""
    lines = outside_code(page)
    index = 0
    while index < len(lines):
        number, line = lines[index]
        if not _IMPORT_START.match(line):
            index += 1
            continue
        # A statement may span lines (import {\n a,\n b\n} from "x"); read up to its source.
        statement = line
        end = index
        while not _IMPORT_SOURCE.search(statement) and end + 1 < len(lines) and end - index < 50:
            end += 1
            statement += "\n" + lines[end][1]
            if ";" in lines[end][1] or not lines[end][1].strip():
                break
        match = _IMPORT_SOURCE.search(statement)
        if match:
            source = match.group(2) or match.group(4)
            before = statement[: match.start()]
            source_line = number + before.count("\n")
            column = len(before) - (before.rfind("\n") + 1) + 1
            yield ImportSource(source, source_line, column)
        index = end + 1
