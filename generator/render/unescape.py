"""Read prose back from MDX: the inverse of render.escape.mdx_text, used by the importer."""

from __future__ import annotations

import re

_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def mdx_plain_text(text: str) -> str:
    """Backslash escapes become the characters they stand for; lines are trimmed and joined
    the way a reader sees a paragraph."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return _ESCAPE.sub(r"\1", "\n".join(line for line in lines))
