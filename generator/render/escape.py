"""Make catalog text safe for MDX: it compiles and reads exactly as the author wrote it.

Catalog prose is plain text. In MDX, `{` starts a JavaScript expression, `<` a JSX tag, and
Markdown punctuation changes formatting, so each such character is backslash-escaped (CommonMark
allows escaping any ASCII punctuation and MDX honours it for braces and angle brackets).
"""

from __future__ import annotations

import json
import re
from typing import Any

_ESCAPED = re.compile(r"([\\`*_{}\[\]<>#|~&$])")
_LINE_START = re.compile(r"^(\s*)(?:([-+=])|(\d+)([.)]))", re.MULTILINE)


def mdx_text(text: str) -> str:
    """Escape prose for Markdown/JSX-children context."""
    escaped = _ESCAPED.sub(r"\\\1", text)
    # A line starting with '-', '+', '=' or '1.' would become a list or a heading underline.
    return _LINE_START.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker, number, delimiter = match.groups()
    return indent + ("\\" + marker if marker else number + "\\" + delimiter)


def code_span(text: str) -> str:
    """Inline code whose delimiter is longer than any backtick run inside it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def code_block(content: str, info: str) -> str:
    """A fenced block that no backtick run in the content can close early."""
    longest = max((len(run) for run in re.findall(r"`{3,}", content)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{content}\n{fence}"


def jsx_attribute(value: str) -> str:
    """A JSX attribute value: a plain string when possible, else a JS string expression."""
    if '"' in value or "\n" in value:
        return "{" + json.dumps(value, ensure_ascii=False) + "}"
    return f'"{value}"'


def yaml_string(value: str) -> str:
    """A frontmatter value as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def comment_text(text: str) -> str:
    """Text inside an MDX comment must not end the comment early."""
    return text.replace("*/", "* /")


def literal(value: Any) -> str:
    """A parameter value as a docs reader types it: strings bare, others as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
