"""The JSX and expression syntax of MDX: one tag (`<Card title="A" cols={2}>`, `</Card>`, `<br />`,
`<>`) or one `{expression}` read from a position in a string.

Python has no MDX parser, so this follows the grammar of micromark-extension-mdx-jsx and
micromark-extension-mdx-expression (the tokenizers @mdx-js/mdx uses) closely enough that the
real compiler agrees with it on every page of our corpora and mutation suite
(tests/test_page_model_referee.py, tests/test_mutations.py). It is called by the markdown-it
plugin in `mdx_parser.py`, never on whole pages.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

_WHITESPACE = " \t\r\n"


class MdxSyntaxError(Exception):
    """What the MDX compiler would reject, at an offset of the text being read."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


@dataclass(frozen=True)
class JsxTag:
    name: str  # "" for a fragment (<>, </>)
    attributes: dict[str, str | None] = field(default_factory=dict)
    closing: bool = False
    self_closing: bool = False
    start: int = 0
    end: int = 0  # offset just after ">"
    expression_attributes: frozenset[str] = frozenset()  # attributes written as {...}


def _is_name_start(char: str) -> bool:
    return char.isalpha() or char in "$_"


def _is_name_char(char: str) -> bool:
    return char.isalnum() or char in "$_-"


def _skip_whitespace(src: str, pos: int, end: int) -> int:
    while pos < end and src[pos] in _WHITESPACE:
        pos += 1
    return pos


def _describe(src: str, pos: int, end: int) -> str:
    if pos >= end:
        return "end of file"
    return f"character `{src[pos]}` (U+{ord(src[pos]):04X})"


def _name(src: str, pos: int, end: int, what: str) -> tuple[str, int]:
    """A JSX name, with member (`a.b`) and namespace (`a:b`) parts."""
    if pos >= end or not _is_name_start(src[pos]):
        raise MdxSyntaxError(
            pos,
            f"unexpected {_describe(src, pos, end)} before {what}; a {what} starts with a letter, "
            "`$` or `_` (escape a literal `<` as `\\<`, or put it in inline code)",
        )
    start = pos
    while True:
        while pos < end and _is_name_char(src[pos]):
            pos += 1
        if pos + 1 < end and src[pos] in ".:" and _is_name_start(src[pos + 1]):
            pos += 1
            continue
        return src[start:pos], pos


def starts_tag(src: str, pos: int, end: int) -> bool:
    """Does the `<` at pos start JSX? `<` before whitespace (a < b) is text to MDX."""
    return pos + 1 < end and src[pos + 1] not in _WHITESPACE


def read_tag(src: str, pos: int, end: int) -> JsxTag:
    """Read the tag whose `<` is at `pos`; raise MdxSyntaxError where MDX would fail."""
    cursor = _skip_whitespace(src, pos + 1, end)
    closing = False
    if cursor < end and src[cursor] == "/":
        closing = True
        cursor = _skip_whitespace(src, cursor + 1, end)
    if cursor < end and src[cursor] == ">":
        return JsxTag("", closing=closing, start=pos, end=cursor + 1)
    if cursor < end and src[cursor] == "!" and src.startswith("!--", cursor):
        raise MdxSyntaxError(
            cursor,
            "HTML comments (<!-- -->) are not MDX; write {/* comment */} instead",
        )
    name, cursor = _name(src, cursor, end, "name")
    attributes: dict[str, str | None] = {}
    expression_attributes: set[str] = set()
    while True:
        cursor = _skip_whitespace(src, cursor, end)
        if cursor >= end:
            raise MdxSyntaxError(cursor, f"<{name}> is cut off: the tag never reaches its `>`")
        char = src[cursor]
        if char == ">":
            return JsxTag(
                name, attributes, closing, False, pos, cursor + 1, frozenset(expression_attributes)
            )
        if char == "/":
            after = _skip_whitespace(src, cursor + 1, end)
            if after < end and src[after] == ">":
                return JsxTag(
                    name,
                    attributes,
                    closing,
                    True,
                    pos,
                    after + 1,
                    frozenset(expression_attributes),
                )
            raise MdxSyntaxError(after, f"expected `>` after `/` in <{name}>")
        if closing:
            raise MdxSyntaxError(cursor, f"closing tag </{name}> cannot have attributes")
        if char == "{":
            cursor = read_expression(src, cursor, end)  # {...spread}
            continue
        attribute, cursor = _name(src, cursor, end, "attribute name")
        after = _skip_whitespace(src, cursor, end)
        if after < end and src[after] == "=":
            cursor = _skip_whitespace(src, after + 1, end)
            if cursor < end and src[cursor] in "\"'":
                quote = src[cursor]
                close = src.find(quote, cursor + 1, end)
                if close == -1:
                    raise MdxSyntaxError(
                        cursor,
                        f"attribute `{attribute}` of <{name}> opens a {quote} quote that never "
                        "closes",
                    )
                # Character references (&quot;, &#x22;) are decoded, as MDX does.
                attributes[attribute] = html.unescape(src[cursor + 1 : close])
                cursor = close + 1
            elif cursor < end and src[cursor] == "{":
                close = read_expression(src, cursor, end)
                attributes[attribute] = src[cursor + 1 : close - 1]
                expression_attributes.add(attribute)
                cursor = close
            else:
                raise MdxSyntaxError(
                    cursor,
                    f"unexpected {_describe(src, cursor, end)} in the value of `{attribute}` of "
                    f'<{name}>; quote it ("...") or write an expression ({{...}})',
                )
        else:
            attributes[attribute] = None
            cursor = after


def read_expression(src: str, pos: int, end: int) -> int:
    """Offset just after the `}` closing the `{` at pos. Braces inside JavaScript strings,
    template literals and comments do not count, as in the acorn-backed MDX tokenizer."""
    close = _balance(src, pos, end, stop_at_zero=True)
    if close is None:
        raise MdxSyntaxError(
            pos,
            "`{` starts an expression that never ends; escape a literal brace as `\\{` or put "
            "it in inline code",
        )
    return close


def is_balanced(code: str) -> bool:
    """Are all brackets of this JavaScript closed (strings and comments skipped)?"""
    return _balance(code, 0, len(code), stop_at_zero=False) is not None


_OPENERS = {"{": "}", "(": ")", "[": "]"}
_CLOSERS = frozenset(_OPENERS.values())


def _balance(src: str, pos: int, end: int, stop_at_zero: bool) -> int | None:
    """With stop_at_zero, the offset after the bracket closing the one at pos; otherwise `end`
    when every bracket closes. None when brackets stay open."""
    depth = 0
    cursor = pos
    while cursor < end:
        char = src[cursor]
        if char in _OPENERS and (char == "{" or not stop_at_zero):
            depth += 1
        elif char in _CLOSERS and (char == "}" or not stop_at_zero):
            depth -= 1
            if depth == 0 and stop_at_zero:
                return cursor + 1
        elif char in "\"'`":
            close = _string_end(src, cursor, end)
            if close is not None:
                cursor = close
        elif char == "/" and cursor + 1 < end and src[cursor + 1] in "*/":
            terminator = "*/" if src[cursor + 1] == "*" else "\n"
            close = src.find(terminator, cursor + 2, end)
            if close != -1:
                cursor = close + len(terminator) - 1
        cursor += 1
    return end if not stop_at_zero and depth <= 0 else None


def _string_end(src: str, pos: int, end: int) -> int | None:
    quote = src[pos]
    cursor = pos + 1
    while cursor < end:
        char = src[cursor]
        if char == "\\":
            cursor += 2
            continue
        if char == quote:
            return cursor
        if char == "\n" and quote != "`":
            return None
        cursor += 1
    return None


def expression_is_comment(source: str) -> bool:
    """`{/* ... */}`: renders nothing."""
    inner = source.strip()
    return inner.startswith("/*") and inner.endswith("*/")
