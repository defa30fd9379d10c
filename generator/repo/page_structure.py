"""Walk markdown-it's tokens for one page into the page model's lists (headings, fences, tags,
elements, links, expressions, ESM, syntax problems), with lines and columns in the page text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from generator.repo import mdx_parser
from generator.repo.jsx import expression_is_comment
from generator.repo.mdx import (
    Element,
    Esm,
    Expression,
    Fence,
    Heading,
    Link,
    SyntaxProblem,
    Tag,
    _Structure,
    tag_from_jsx,
    visible_text,
)

if TYPE_CHECKING:
    from generator.repo.mdx import MdxPage

_BLANK = re.compile(r"[^\n]")
_LINK_ATTRIBUTES = (("href", False), ("src", True))


def read_structure(page: MdxPage) -> _Structure:
    structure = _Structure()
    # Frontmatter is blanked with spaces, so offsets and lines are those of the page text.
    body_offset = 0
    if page.has_frontmatter:
        lines = page.lines
        body_offset = (
            page.offset(page.body_line, 1) if page.body_line <= len(lines) else len(page.text)
        )
    source = _BLANK.sub(" ", page.text[:body_offset]) + page.text[body_offset:]
    tokens, errors = mdx_parser.parse(source)
    walker = _Walker(page, structure)
    walker.walk(tokens)
    for block, offset, message in errors:
        line, column = walker.place(block, offset) if block is not None else page.position(offset)
        structure.problems.append(SyntaxProblem(line, column, message))
    walker.pair_tags()
    structure.problems.sort(key=lambda p: (p.line, p.column))
    return structure


class _Walker:
    def __init__(self, page: MdxPage, structure: _Structure) -> None:
        self.page = page
        self.out = structure
        # The block each tag was read in: None for tags on lines of their own (flow), else the
        # paragraph, heading or cell they sit in. Inline tags must close in their own block.
        self.scopes: list[int | None] = []

    def place(self, block: Any, offset: int) -> tuple[int, int]:
        """Line and column in the page of an offset into a block token's inline content."""
        content = block.content
        start = content.rfind("\n", 0, offset) + 1
        end = content.find("\n", offset)
        end = len(content) if end == -1 else end
        index = block.map[0] + content.count("\n", 0, offset)
        lines = self.page.lines
        source = lines[index] if index < len(lines) else ""
        fragment = content[start:end]
        base = source.find(fragment) if fragment else -1
        if base == -1:
            base = len(source) - len(source.lstrip())
        return index + 1, base + offset - start + 1

    def walk(self, tokens: list[Any]) -> None:
        pending_heading: tuple[int, int, int] | None = None
        for token in tokens:
            kind = token.type
            if kind == "heading_open":
                line = token.map[0]
                text = self.page.lines[line] if line < len(self.page.lines) else ""
                column = len(text) - len(text.lstrip()) + 1
                pending_heading = (int(token.tag[1]), line + 1, column)
            elif kind == "inline":
                if pending_heading is not None:
                    level, line, column = pending_heading
                    self.out.headings.append(_heading(token, level, line, column))
                    pending_heading = None
                self._inline(token)
            elif kind == "fence":
                self._fence(token)
            elif kind == "mdx_jsx_flow":
                self._flow_tag(token)
            elif kind == "mdx_flow_expression":
                line, column = self.page.position(token.meta["start"])
                self.out.expressions.append(Expression(token.content, line, column, flow=True))
            elif kind == "mdx_esm":
                self.out.esm.append(Esm(token.content, token.map[0] + 1))

    def _fence(self, token: Any) -> None:
        start, end = token.map
        lines = self.page.lines
        opening = lines[start]
        last = lines[end - 1].strip() if end - 1 < len(lines) else ""
        marker = token.markup
        closed = (
            end - 1 > start
            and last.startswith(marker[0] * len(marker))
            and not last.strip(marker[0])
        )
        self.out.fences.append(
            Fence(
                info=token.info.strip(),
                content=token.content.removesuffix("\n"),
                line=start + 1,
                # An unclosed block runs to the end of the page, as the compiler reports it.
                end_line=end if closed else max(end, len(lines)),
                indent=opening[: len(opening) - len(opening.lstrip())],
                closed=closed,
                marker=marker,
            )
        )

    def _flow_tag(self, token: Any) -> None:
        start = token.meta["start"]
        line, column = self.page.position(start)
        tag = tag_from_jsx(token.meta["tag"], token.content, line, column, True, start)
        self._add_tag(tag, None)

    def _add_tag(self, tag: Tag, scope: int | None) -> None:
        self.out.tags.append(tag)
        self.scopes.append(scope)
        if tag.closing:
            return
        for attribute, image in _LINK_ATTRIBUTES:
            value = tag.attributes.get(attribute)
            if value and attribute not in tag.expression_attributes:
                self.out.links.append(
                    Link(value, tag.line, tag.column, image, source="jsx", tag=tag.name)
                )

    def _inline(self, block: Any) -> None:
        for child in _flatten(block.children or []):
            kind = child.type
            if kind == "mdx_jsx_inline":
                offset = child.meta["offset"]
                line, column = self.place(block, offset)
                absolute = self.page.offset(line, column)
                self._add_tag(
                    tag_from_jsx(child.meta["tag"], child.content, line, column, False, absolute),
                    id(block),
                )
            elif kind == "mdx_text_expression":
                line, column = self.place(block, child.meta["offset"])
                self.out.expressions.append(Expression(child.content, line, column, flow=False))
            elif kind in ("link_open", "image"):
                target = child.attrGet("href" if kind == "link_open" else "src")
                offset = child.meta.get("offset", 0)
                line, column = self.place(block, offset)
                source = "reference" if child.meta.get("reference") else "markdown"
                self.out.links.append(
                    Link(str(target or ""), line, column, kind == "image", source=source)
                )

    def pair_tags(self) -> None:
        """Pair opening and closing tags into elements, as MDX requires: every tag is closed
        (or self-closing), closes in the order it opened, and a tag inside a paragraph closes
        inside that paragraph."""
        stack: list[tuple[Tag, int | None]] = []
        problems = self.out.problems
        current: int | None = None
        for tag, scope in zip(self.out.tags, self.scopes, strict=True):
            if scope != current:
                # Leaving a paragraph: what it opened and did not close is an error.
                while stack and stack[-1][1] is not None and stack[-1][1] != scope:
                    unclosed = stack.pop()[0]
                    problems.append(
                        _problem(
                            unclosed,
                            f"<{unclosed.name}> is not closed before "
                            "the end of its paragraph; close it on the same "
                            "paragraph, or put the tag on a line of its own",
                        )
                    )
                current = scope
            if tag.self_closing:
                self.out.elements.append(Element(tag, None))
                continue
            if not tag.closing:
                stack.append((tag, scope))
                continue
            label = f"</{tag.name}>" if tag.name else "</>"
            same_scope = [index for index, (_, s) in enumerate(stack) if s == scope]
            match = next((i for i in reversed(same_scope) if stack[i][0].name == tag.name), None)
            if match is None:
                problems.append(
                    _problem(
                        tag,
                        f"{label} closes a tag that was never opened here; remove it or add "
                        "the opening tag",
                    )
                )
                continue
            while len(stack) - 1 > match:
                unclosed = stack.pop()[0]
                problems.append(
                    _problem(
                        unclosed,
                        f"<{unclosed.name}> is not closed before {label}; add </{unclosed.name}>",
                    )
                )
            self.out.elements.append(Element(stack.pop()[0], tag))
        for unclosed, _ in stack:
            problems.append(
                _problem(
                    unclosed,
                    f"<{unclosed.name}> is never closed; add </{unclosed.name}> or write "
                    f"<{unclosed.name} />",
                )
            )
        self.out.elements.sort(key=lambda e: e.open.offset)


def _problem(tag: Tag, message: str) -> SyntaxProblem:
    return SyntaxProblem(tag.line, tag.column, message)


def _flatten(children: list[Any]) -> list[Any]:
    found = []
    for child in children:
        found.append(child)
        if child.type == "image" and child.children:
            found.extend(_flatten(child.children))
    return found


_CUSTOM_ID = re.compile(r"\{\s*#([^{}\s]+)\s*\}")


def _heading(token: Any, level: int, line: int, column: int) -> Heading:
    """A heading from its inline tokens: text and inline code a reader sees (images and JSX
    tags add nothing, the text inside links and components does), a trailing `{#custom-id}`,
    and whether an expression computes part of it."""
    parts: list[tuple[str, bool]] = []
    custom_id = None
    has_expression = False
    for child in token.children or []:
        if child.type == "text":
            parts.append((child.content, False))
        elif child.type == "code_inline":
            parts.append((child.content, True))
        elif child.type in ("softbreak", "hardbreak"):
            parts.append((" ", False))
        elif child.type == "mdx_text_expression":
            custom = _CUSTOM_ID.fullmatch(child.content)
            if custom:
                custom_id = custom.group(1)
            elif not expression_is_comment(child.content[1:-1]):
                has_expression = True
    text = visible_text("".join(piece for piece, _ in parts))
    return Heading(level, text, line, column, tuple(parts), custom_id, has_expression)
