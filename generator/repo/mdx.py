"""One MDX page: frontmatter, and the structure rules look at (headings, fenced blocks, JSX tags,
links), each with its line. Parsed once, lazily, and shared by all rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import yaml

from generator.house_rules import PageKind, classify_page

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FENCE = re.compile(r"^(\s*)(`{3,}|~{3,})(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Attribute values may be JS expressions holding strings and one level of nested braces.
_EXPRESSION = r'\{(?:[^{}"]|"(?:[^"\\]|\\.)*"|\{[^{}]*\})*\}'
_TAG = re.compile(
    r"<(/?)([A-Za-z][A-Za-z0-9.]*)((?:[^<>{}\"]|\"[^\"]*\"|" + _EXPRESSION + r")*?)(/?)>",
    re.DOTALL,
)
_ATTRIBUTE = re.compile(r'([A-Za-z_][\w-]*)(?:=(?:"([^"]*)"|\'([^\']*)\'|\{([^{}]*)\}))?')
_ANCHOR_LINK = re.compile(r"\[[^\]]*\]\(#[^)]*\)")
_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_SUPPRESS = re.compile(r"\{/\*\s*docsgen-disable(-next-line)?\s+([\w\s,-]+?)\s*\*/\}")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    line: int


@dataclass(frozen=True)
class Fence:
    info: str
    content: str
    line: int  # line of the opening fence
    end_line: int
    indent: str = ""

    @property
    def language(self) -> str:
        return self.info.split(" ", 1)[0] if self.info else ""


@dataclass(frozen=True)
class Tag:
    name: str
    attributes: dict[str, str | None]
    line: int
    column: int
    closing: bool
    self_closing: bool
    raw: str


@dataclass(frozen=True)
class Link:
    target: str
    line: int
    column: int
    image: bool


@dataclass
class MdxPage:
    """A page; `path` is relative to the docs folder without .mdx, as docs.json lists it."""

    path: str
    file: str
    text: str
    frontmatter: dict[str, Any] = field(default_factory=dict)
    frontmatter_error: tuple[int, int, str] | None = None  # line, column, message
    has_frontmatter: bool = False
    body_line: int = 1  # line number of the first body line

    @classmethod
    def parse(cls, path: str, file: str, text: str) -> MdxPage:
        page = cls(path=path, file=file, text=text)
        if text.startswith("---"):
            end = re.search(r"^---[ \t]*$", text[3:], re.MULTILINE)
            first_line_end = text.find("\n")
            if end is None or first_line_end == -1:
                page.frontmatter_error = (1, 1, "frontmatter starts with --- but never ends")
                return page
            raw = text[first_line_end + 1 : 3 + end.start()]
            page.has_frontmatter = True
            page.body_line = text[: 3 + end.end()].count("\n") + 2
            try:
                data = yaml.load(raw, Loader=_LOADER) if raw.strip() else {}
            except yaml.MarkedYAMLError as exc:
                mark = exc.problem_mark
                line = mark.line + 2 if mark else 1
                column = mark.column + 1 if mark else 1
                page.frontmatter_error = (
                    line,
                    column,
                    f"frontmatter is not valid YAML: {exc.problem}",
                )
                return page
            if data is not None and not isinstance(data, dict):
                page.frontmatter_error = (2, 1, "frontmatter must be a mapping of keys to values")
                return page
            page.frontmatter = data or {}
        return page

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def body(self) -> str:
        return "\n".join(self.lines[self.body_line - 1 :])

    @cached_property
    def kind(self) -> PageKind:
        return classify_page(self.path, self.frontmatter, self.body)

    @cached_property
    def fences(self) -> list[Fence]:
        return self._scan()[0]

    @cached_property
    def prose(self) -> str:
        """The page text with frontmatter and fenced code blanked out (line numbers kept)."""
        return self._scan()[1]

    def _scan(self) -> tuple[list[Fence], str]:
        fences: list[Fence] = []
        out: list[str] = []
        lines = self.lines
        index = 0
        start = self.body_line - 1
        # Blanked lines keep their length so offsets in `prose` match offsets in `text`.
        out.extend(" " * len(line) for line in lines[: min(start, len(lines))])
        index = start
        while index < len(lines):
            line = lines[index]
            match = _FENCE.match(line)
            if not match:
                out.append(line)
                index += 1
                continue
            indent, marker, info = match.groups()
            closing = re.compile(rf"^\s*{re.escape(marker[0])}{{{len(marker)},}}\s*$")
            end = index + 1
            while end < len(lines) and not closing.match(lines[end]):
                end += 1
            content = "\n".join(lines[index + 1 : end])
            fences.append(
                Fence(info.strip(), content, index + 1, min(end, len(lines) - 1) + 1, indent)
            )
            out.extend(" " * len(line) for line in lines[index : min(end + 1, len(lines))])
            index = end + 1
        return fences, "\n".join(out)

    @cached_property
    def scannable(self) -> str:
        """`prose` with backslash escapes and inline code blanked (offsets kept)."""
        return _blank_code_spans(self.prose)

    @cached_property
    def running_text(self) -> str:
        """`scannable` with JSX tags blanked too: only the text a reader reads (offsets kept).
        Attribute expressions such as cols={2} belong to their tag and are not running text."""
        return _TAG.sub(lambda m: " " * len(m.group(0)), self.scannable)

    @cached_property
    def headings(self) -> list[Heading]:
        found = []
        for number, line in enumerate(self.prose.split("\n"), 1):
            match = _HEADING.match(line)
            if match:
                # Headings exported from other tools carry "[​](#anchor)" links; the text is
                # what is left.
                text = _ANCHOR_LINK.sub("", match.group(2)).replace("\u200b", "").strip()
                found.append(Heading(len(match.group(1)), text, number))
        return found

    @cached_property
    def tags(self) -> list[Tag]:
        """JSX/HTML tags outside code, with inline code spans ignored."""
        found = []
        for match in _TAG.finditer(self.scannable):
            closing, name, attributes, self_closing = match.groups()
            line, column = self.position(match.start())
            found.append(
                Tag(
                    name=name,
                    attributes=parse_attributes(attributes),
                    line=line,
                    column=column,
                    closing=bool(closing),
                    self_closing=bool(self_closing),
                    raw=match.group(0),
                )
            )
        return found

    def tags_named(self, name: str) -> list[Tag]:
        return [tag for tag in self.tags if tag.name == name and not tag.closing]

    @cached_property
    def links(self) -> list[Link]:
        found = []
        for match in _LINK.finditer(self.scannable):
            line, column = self.position(match.start())
            found.append(Link(match.group(3), line, column, image=bool(match.group(1))))
        for tag in self.tags:
            for attribute in ("href", "src"):
                value = tag.attributes.get(attribute)
                if value and not tag.closing:
                    found.append(Link(value, tag.line, tag.column, image=attribute == "src"))
        return found

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        for index, char in enumerate(self.text):
            if char == "\n":
                starts.append(index + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset in the page text."""
        from bisect import bisect_right

        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def line_of_key(self, key: str) -> int:
        """Line of a frontmatter key (1 when absent)."""
        for number, line in enumerate(self.lines[: self.body_line], 1):
            if line.startswith(f"{key}:"):
                return number
        return 1

    @cached_property
    def suppressions(self) -> tuple[frozenset[str], dict[int, frozenset[str]]]:
        """Rules disabled for the whole page, and per line, by MDX comments:
        {/* docsgen-disable rule-a, rule-b */} or {/* docsgen-disable-next-line rule-a */}."""
        whole: set[str] = set()
        per_line: dict[int, frozenset[str]] = {}
        for match in _SUPPRESS.finditer(self.text):
            rules = frozenset(r for r in re.split(r"[\s,]+", match.group(2)) if r)
            if match.group(1):
                line, _ = self.position(match.end())
                per_line[line + 1] = per_line.get(line + 1, frozenset()) | rules
            else:
                whole |= rules
        return frozenset(whole), per_line


_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
_CODE_SPAN = re.compile(r"`[^`\n]*`")


def _blank_code_spans(text: str) -> str:
    """Blank out backslash escapes (\\{, \\<, \\`, ...), then inline code, keeping offsets:
    neither can open a tag, a link or an expression."""
    text = _ESCAPE.sub("  ", text)
    return _CODE_SPAN.sub(lambda m: " " * len(m.group(0)), text)


def parse_attributes(raw: str) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for match in _ATTRIBUTE.finditer(raw):
        name, double, single, expression = match.groups()
        value = double if double is not None else single if single is not None else expression
        found[name] = value
    return found
