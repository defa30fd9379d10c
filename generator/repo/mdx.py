"""One MDX page, read once into the structure every rule, `--fix` and the importer share:
frontmatter, the CommonMark block tree (markdown-it-py, through `mdx_parser`), headings and the
sections they open, fenced code with its info string parsed, JSX tags and the elements they form,
expressions, ESM blocks, links, and the MDX syntax errors met while reading.

Text is normalized once: a UTF-8 byte order mark is dropped and CRLF/CR line ends become LF, so
lines and columns are those an editor shows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import yaml

from generator.house_rules import PageKind
from generator.repo.fence_info import FenceInfo, parse_fence_info
from generator.repo.jsx import JsxTag, expression_is_comment

if TYPE_CHECKING:
    from generator.repo.page_kind import KindDecision

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FRONTMATTER_END = re.compile(r"^---[ \t]*$", re.MULTILINE)
_SUPPRESS = re.compile(r"^\{/\*\s*docsgen-disable(-next-line)?\s+([\w\s,-]+?)\s*\*/\}$")
# Characters a reader cannot see; headings are compared without them.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


@dataclass(frozen=True)
class Heading:
    level: int
    text: str  # what a reader sees, invisible characters removed, outer spaces stripped
    line: int
    column: int = 1
    # The visible text in pieces, each flagged True when it is inline code (anchors are
    # slugged from these: typographic quotes and dashes apply to text, not code).
    parts: tuple[tuple[str, bool], ...] = ()
    custom_id: str | None = None  # `## Title {#custom-id}`
    has_expression: bool = False  # text an expression computes, unknown before rendering


@dataclass(frozen=True)
class Fence:
    info: str
    content: str
    line: int  # line of the opening fence
    end_line: int  # line of the closing fence (or the last line of an unclosed block)
    indent: str = ""
    closed: bool = True
    marker: str = "```"

    @cached_property
    def parsed_info(self) -> FenceInfo:
        return parse_fence_info(self.info)

    @property
    def language(self) -> str:
        return self.parsed_info.language

    @property
    def signature(self) -> str:
        """Language and title, without display options (`curl curl wrap` -> `curl curl`)."""
        return self.parsed_info.signature


@dataclass(frozen=True)
class Tag:
    name: str
    attributes: dict[str, str | None]
    line: int
    column: int
    closing: bool
    self_closing: bool
    raw: str
    flow: bool = False  # alone on its line(s), not inside a paragraph
    offset: int = 0  # in the page text
    end_offset: int = 0
    expression_attributes: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Element:
    """An opening tag with its closing tag (None when self-closing)."""

    open: Tag
    close: Tag | None

    @property
    def name(self) -> str:
        return self.open.name


@dataclass(frozen=True)
class Link:
    target: str
    line: int
    column: int
    image: bool
    source: str = "markdown"  # markdown | reference (`[text][label]`) | jsx
    tag: str = ""  # the JSX element an href/src belongs to


@dataclass(frozen=True)
class Expression:
    source: str  # with its braces
    line: int
    column: int
    flow: bool

    @property
    def is_comment(self) -> bool:
        return expression_is_comment(self.source[1:-1])


@dataclass(frozen=True)
class Esm:
    source: str
    line: int


@dataclass(frozen=True)
class SyntaxProblem:
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Section:
    heading: Heading
    end_line: int  # last line of the section (before the next heading of this level or higher)
    parent: Heading | None


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
    had_bom: bool = False
    # Folders holding an OpenAPI spec, set by the Repo that read the page: evidence for its kind.
    spec_folders: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, path: str, file: str, text: str) -> MdxPage:
        had_bom = text.startswith("\ufeff")
        text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        page = cls(path=path, file=file, text=text, had_bom=had_bom)
        if not text.startswith("---"):
            return page
        first_line_end = text.find("\n")
        if first_line_end == -1 or text[3:first_line_end].strip():
            return page  # "---x" is a thematic break or text, not frontmatter
        end = _FRONTMATTER_END.search(text, first_line_end + 1)
        if end is None:
            page.frontmatter_error = (1, 1, "frontmatter starts with --- but never ends")
            return page
        raw = text[first_line_end + 1 : end.start()]
        page.has_frontmatter = True
        page.body_line = text[: end.end()].count("\n") + 2
        try:
            data = yaml.load(raw, Loader=_LOADER) if raw.strip() else {}
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = mark.line + 2 if mark else 1
            column = mark.column + 1 if mark else 1
            problem = getattr(exc, "problem", None) or str(exc)
            page.frontmatter_error = (line, column, f"frontmatter is not valid YAML: {problem}")
            return page
        if data is not None and not isinstance(data, dict):
            page.frontmatter_error = (2, 1, "frontmatter must be a mapping of keys to values")
            return page
        page.frontmatter = data or {}
        return page

    # -- text and positions -------------------------------------------------------------------

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    @cached_property
    def body(self) -> str:
        return "\n".join(self.lines[self.body_line - 1 :])

    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(match.end() for match in re.finditer("\n", self.text))
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset in the page text."""
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def offset(self, line: int, column: int) -> int:
        return self._line_starts[line - 1] + column - 1

    def line_of_key(self, key: str) -> int:
        """Line of a top-level frontmatter key (1 when absent)."""
        return self._key_lines.get(key, 1)

    @cached_property
    def _key_lines(self) -> dict[str, int]:
        """Top-level frontmatter keys and their lines, from the YAML node tree (so `key : x`
        and quoted keys are found as the YAML parser reads them)."""
        if not self.has_frontmatter or self.frontmatter_error:
            return {}
        raw = "\n".join(self.lines[1 : self.body_line - 2])
        try:
            node = yaml.compose(raw, Loader=_LOADER)
        except yaml.YAMLError:
            return {}
        if not isinstance(node, yaml.MappingNode):
            return {}
        return {
            str(key.value): key.start_mark.line + 2
            for key, _ in node.value
            if isinstance(key, yaml.ScalarNode)
        }

    # -- the parsed structure -----------------------------------------------------------------

    @cached_property
    def _parsed(self) -> _Structure:
        from generator.repo.page_structure import read_structure

        return read_structure(self)

    @cached_property
    def kind_decision(self) -> KindDecision:
        from generator.repo.page_kind import decide_kind

        return decide_kind(self, self.spec_folders)

    @property
    def kind(self) -> PageKind:
        return self.kind_decision.kind

    @property
    def headings(self) -> list[Heading]:
        return self._parsed.headings

    @property
    def fences(self) -> list[Fence]:
        return self._parsed.fences

    @property
    def tags(self) -> list[Tag]:
        """JSX tags outside code, opening and closing, in document order."""
        return self._parsed.tags

    @property
    def links(self) -> list[Link]:
        return self._parsed.links

    @property
    def expressions(self) -> list[Expression]:
        return self._parsed.expressions

    @property
    def esm(self) -> list[Esm]:
        return self._parsed.esm

    @property
    def syntax_problems(self) -> list[SyntaxProblem]:
        """What the MDX compiler would reject, in page order."""
        return self._parsed.problems

    @property
    def elements(self) -> list[Element]:
        return self._parsed.elements

    def tags_named(self, name: str) -> list[Tag]:
        return [tag for tag in self.tags if tag.name == name and not tag.closing]

    def elements_named(self, name: str) -> list[Element]:
        return [element for element in self.elements if element.name == name]

    def inner_source(self, element: Element) -> str:
        """The page text between an element's opening and closing tags."""
        if element.close is None:
            return ""
        return self.text[element.open.end_offset : element.close.offset]

    def heading(self, text: str, level: int | None = None) -> Heading | None:
        """First heading with this text (case-insensitive), optionally of a given level."""
        wanted = text.lower()
        for found in self.headings:
            if found.text.lower() == wanted and (level is None or found.level == level):
                return found
        return None

    def section(self, text: str, level: int | None = None) -> Section | None:
        found = self.heading(text, level)
        return next((s for s in self.sections if s.heading is found), None) if found else None

    def first_fence_in(self, section: Section) -> Fence | None:
        """First fenced block of a section (never one of a later section)."""
        return next(
            (
                fence
                for fence in self.fences
                if section.heading.line < fence.line <= section.end_line
            ),
            None,
        )

    @cached_property
    def sections(self) -> list[Section]:
        found = []
        headings = self.headings
        for index, heading in enumerate(headings):
            end = next(
                (h.line - 1 for h in headings[index + 1 :] if h.level <= heading.level),
                len(self.lines),
            )
            parent = next(
                (h for h in reversed(headings[:index]) if h.level < heading.level),
                None,
            )
            found.append(Section(heading, end, parent))
        return found

    @cached_property
    def suppressions(self) -> tuple[frozenset[str], dict[int, frozenset[str]]]:
        """Rules disabled for the whole page, and per line, by MDX comments:
        {/* docsgen-disable rule-a, rule-b */} or {/* docsgen-disable-next-line rule-a */}."""
        whole: set[str] = set()
        per_line: dict[int, frozenset[str]] = {}
        for expression in self.expressions:
            match = _SUPPRESS.match(expression.source.strip())
            if not match:
                continue
            rules = frozenset(r for r in re.split(r"[\s,]+", match.group(2)) if r)
            if match.group(1):
                line = expression.line + expression.source.count("\n") + 1
                per_line[line] = per_line.get(line, frozenset()) | rules
            else:
                whole |= rules
        return frozenset(whole), per_line


@dataclass
class _Structure:
    headings: list[Heading] = field(default_factory=list)
    fences: list[Fence] = field(default_factory=list)
    tags: list[Tag] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    expressions: list[Expression] = field(default_factory=list)
    esm: list[Esm] = field(default_factory=list)
    problems: list[SyntaxProblem] = field(default_factory=list)
    elements: list[Element] = field(default_factory=list)


def visible_text(text: str) -> str:
    """Text as compared by rules: invisible characters removed, outer spaces stripped (a
    non-breaking space inside, as French typography puts before `?`, is kept)."""
    return text.translate(_INVISIBLE).strip(" \t\n")


def tag_from_jsx(tag: JsxTag, raw: str, line: int, column: int, flow: bool, offset: int) -> Tag:
    return Tag(
        name=tag.name,
        attributes=tag.attributes,
        line=line,
        column=column,
        closing=tag.closing,
        self_closing=tag.self_closing,
        raw=raw,
        flow=flow,
        offset=offset,
        end_offset=offset + len(raw),
        expression_attributes=tag.expression_attributes,
    )
