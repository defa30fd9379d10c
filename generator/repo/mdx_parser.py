"""CommonMark as MDX reads it: markdown-it-py with GFM tables and strikethrough, plus a small
plugin for the MDX syntax on top (ESM, JSX, expressions).

MDX changes Markdown in a few ways (micromark-extension-mdx-md and friends), mirrored here:
- indented code does not exist, so indentation never turns text into code: fences and headings
  keep working when nested four or more spaces deep inside components;
- HTML blocks, inline HTML and `<https://...>` autolinks do not exist: `<` starts JSX;
- `import`/`export` at the start of a top-level line start an ESM block;
- `{` starts a JavaScript expression, in text and alone on a line.

Tokens this plugin adds: `mdx_esm`, `mdx_jsx_flow` (one per tag on a line of tags),
`mdx_flow_expression`, `mdx_jsx_inline`, `mdx_text_expression` and `mdx_error`. Inline tokens
carry `meta["offset"]`, their offset in the content of their block token (links and images too),
so positions can be mapped back to lines and columns.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline

from generator.repo.jsx import (
    MdxSyntaxError,
    is_balanced,
    read_expression,
    read_tag,
    starts_tag,
)

_ESM_KEYWORDS = ("import", "export")
# The block token whose inline content is being parsed: inline errors are placed through it.
_BLOCK = "mdx_block"
ERRORS = "mdx_errors"  # env key: list of (block token or None, offset, message)


@cache
def parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"maxNesting": 40}).enable(["table", "strikethrough"])
    md.disable(["code", "html_block", "html_inline", "autolink"])
    # Keep link destinations as written (MDX does not percent-encode them) and keep every
    # scheme, so links rules see what the author wrote.
    md.normalizeLink = lambda url: url  # type: ignore[method-assign]
    md.validateLink = lambda url: True  # type: ignore[method-assign]
    md.block.ruler.before("table", "mdx_deep_indent", _deep_indent)
    md.block.ruler.before("fence", "mdx_esm", _esm)
    md.block.ruler.before("fence", "mdx_flow", _flow, {"alt": ["paragraph", "blockquote", "list"]})
    md.inline.ruler.before("emphasis", "mdx_jsx_inline", _jsx_inline)
    md.inline.ruler.before("emphasis", "mdx_text_expression", _text_expression)
    for name, token_type in (
        ("link", "link_open"),
        ("image", "image"),
        ("backticks", "code_inline"),
    ):
        md.inline.ruler.at(name, _with_offset(_rule(md, name), token_type))
    md.core.ruler.at("inline", _inline_with_block)
    return md


def parse(text: str) -> tuple[list[Any], list[tuple[Any, int, str]]]:
    """Block tokens of a page body, and the MDX syntax errors met on the way."""
    env: dict[str, Any] = {ERRORS: []}
    tokens = parser().parse(text, env)
    return tokens, env[ERRORS]


def _rule(md: MarkdownIt, name: str) -> Callable[..., bool]:
    for rule in md.inline.ruler.__rules__:
        if rule.name == name:
            return rule.fn
    raise LookupError(name)


def _with_offset(
    rule: Callable[[StateInline, bool], bool], token_type: str
) -> Callable[[StateInline, bool], bool]:
    def wrapped(state: StateInline, silent: bool) -> bool:
        start, count = state.pos, len(state.tokens)
        matched = rule(state, silent)
        if matched and not silent:
            # Pending text is flushed into a token first; find the rule's own token.
            for token in state.tokens[count:]:
                if token.type == token_type:
                    token.meta["offset"] = start
                    # `[text](url)` ends with `)`; `[text][label]` and `[label]` with `]`.
                    token.meta["reference"] = state.src[state.pos - 1] == "]"
                    break
        return matched

    return wrapped


def _inline_with_block(state: StateCore) -> None:
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            state.env[_BLOCK] = token
            state.md.inline.parse(token.content, state.md, state.env, token.children)
    state.env.pop(_BLOCK, None)


def _deep_indent(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """Without indented code, a line indented four or more columns is read as if it were not
    indented: try the other rules with the block indent moved to this line's indent."""
    if state.sCount[start] - state.blkIndent < 4 or state.env.get("mdx_deep"):
        return False
    saved = state.blkIndent
    state.blkIndent = state.sCount[start]
    state.env["mdx_deep"] = True
    try:
        for rule in state.md.block.ruler.getRules(""):
            if rule is not _deep_indent and rule(state, start, end, silent):
                return True
        return False
    finally:
        state.blkIndent = saved
        state.env["mdx_deep"] = False


def _line(state: StateBlock, line: int) -> tuple[int, int]:
    return state.bMarks[line] + state.tShift[line], state.eMarks[line]


def _esm(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """`import`/`export` at column 0 of a top-level line, up to the next blank line."""
    # Top level only: state.level counts open containers (parentType is not reliable, as
    # markdown-it's setext-heading rule can leave it set to "paragraph").
    if state.level != 0 or state.blkIndent != 0 or state.sCount[start] != 0:
        return False
    begin, line_end = _line(state, start)
    text = state.src[begin:line_end]
    if not any(
        text.startswith(keyword) and text[len(keyword) : len(keyword) + 1] in (" ", "\t", "")
        for keyword in _ESM_KEYWORDS
    ):
        return False
    if silent:
        return True
    # The block ends at a blank line where the code is complete: acorn, in the real compiler,
    # reads on past blank lines inside an unfinished function or object.
    last = start + 1
    while True:
        while last < end and not state.isEmpty(last):
            last += 1
        if last >= end or is_balanced(state.src[begin : state.eMarks[last - 1]]):
            break
        last += 1
    token = state.push("mdx_esm", "", 0)
    token.content = state.src[begin : state.eMarks[last - 1]]
    token.map = [start, last]
    state.line = last
    return True


def _flow(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A line made only of JSX tags and expressions (which may run over several lines)."""
    if state.sCount[start] - state.blkIndent >= 4 and not state.env.get("mdx_deep"):
        return False
    begin, _ = _line(state, start)
    src = state.src
    limit = state.eMarks[end - 1] if end > 0 else len(src)
    if begin >= limit or src[begin] not in "<{":
        return False
    if src[begin] == "<" and not starts_tag(src, begin, limit):
        return False
    found: list[tuple[str, Any, int, int]] = []  # kind, tag or None, start, end
    cursor = begin
    try:
        while True:
            if src[cursor] == "<" and starts_tag(src, cursor, limit):
                tag = read_tag(src, cursor, limit)
                found.append(("tag", tag, cursor, tag.end))
                cursor = tag.end
            elif src[cursor] == "{":
                close = read_expression(src, cursor, limit)
                found.append(("expression", None, cursor, close))
                cursor = close
            else:
                return False
            while cursor < limit and src[cursor] in " \t":
                cursor += 1
            if cursor >= limit or src[cursor] == "\n":
                break
    except MdxSyntaxError as error:
        if not found:
            # Reported once, here, with the line consumed, so the paragraph rule does not
            # report it again from inside the same text.
            if silent:
                return True
            state.env[ERRORS].append((None, error.offset, error.message))
            token = state.push("mdx_error", "", 0)
            token.content = error.message
            token.map = [start, start + 1]
            state.line = start + 1
            return True
        return False
    if silent:
        return True
    last_line = start
    for kind, tag, first, after in found:
        line = _line_of(state, first, start)
        last_line = _line_of(state, after - 1, start)
        if kind == "tag":
            token = state.push("mdx_jsx_flow", "", 0)
            token.meta["tag"] = tag
        else:
            token = state.push("mdx_flow_expression", "", 0)
        token.content = src[first:after]
        token.map = [line, last_line + 1]
        token.meta["start"] = first
    state.line = last_line + 1
    return True


def _line_of(state: StateBlock, offset: int, from_line: int) -> int:
    line = from_line
    while line + 1 < state.lineMax and state.bMarks[line + 1] <= offset:
        line += 1
    return line


def _error(state: StateInline, offset: int, message: str) -> None:
    state.env[ERRORS].append((state.env.get(_BLOCK), offset, message))


def _jsx_inline(state: StateInline, silent: bool) -> bool:
    pos = state.pos
    if state.src[pos] != "<" or not starts_tag(state.src, pos, state.posMax):
        return False
    try:
        tag = read_tag(state.src, pos, state.posMax)
    except MdxSyntaxError as error:
        if not silent:
            _error(state, error.offset, error.message)
            state.pending += "<"
            state.pos += 1
            return True
        return False
    if not silent:
        token = state.push("mdx_jsx_inline", "", 0)
        token.meta["tag"] = tag
        token.meta["offset"] = pos
        token.content = state.src[pos : tag.end]
    state.pos = tag.end
    return True


def _text_expression(state: StateInline, silent: bool) -> bool:
    pos = state.pos
    if state.src[pos] != "{":
        return False
    try:
        close = read_expression(state.src, pos, state.posMax)
    except MdxSyntaxError as error:
        if not silent:
            _error(state, error.offset, error.message)
            state.pending += "{"
            state.pos += 1
            return True
        return False
    if not silent:
        token = state.push("mdx_text_expression", "", 0)
        token.content = state.src[pos:close]
        token.meta["offset"] = pos
    state.pos = close
    return True
