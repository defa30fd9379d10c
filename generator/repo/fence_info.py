"""The info string of a fenced code block as Mintlify reads it.

```` ```python Example request {1,3-4} wrap icon="terminal" ````: the first word is the
language, the words that follow are the title shown on the block's tab, and the rest are display
options: line highlights in braces, flags (`wrap`, `lines`, `expandable`) and `name=value`
attributes (`icon`, `highlight`, `focus`). Rules about which block a page shows compare the
`signature` (language and title), so a display option never changes a verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

FLAGS = frozenset({"wrap", "lines", "expandable", "twoslash", "copy", "noCopy"})
_WORD = re.compile(r'\{[^}]*\}|[\w-]+=(?:"[^"]*"|\'[^\']*\'|\{[^}]*\}|\S+)|\S+')


@dataclass(frozen=True)
class FenceInfo:
    language: str = ""
    title: str = ""
    flags: frozenset[str] = frozenset()
    attributes: dict[str, str] = field(default_factory=dict)
    highlight: str = ""  # the {1,3-4} part, braces included
    options: str = ""  # the display options as written

    @property
    def signature(self) -> str:
        return f"{self.language} {self.title}".strip()

    def with_signature(self, signature: str) -> str:
        """This info string with another language and title, display options kept."""
        return f"{signature} {self.options}".strip()


def parse_fence_info(info: str) -> FenceInfo:
    words = _WORD.findall(info.strip())
    if not words:
        return FenceInfo()
    language, rest = words[0], words[1:]
    title: list[str] = []
    flags: set[str] = set()
    attributes: dict[str, str] = {}
    highlight = ""
    options: list[str] = []
    for word in rest:
        if word.startswith("{") and word.endswith("}"):
            highlight = word
        elif "=" in word and re.match(r"[\w-]+=", word):
            name, value = word.split("=", 1)
            attributes[name] = value.strip("\"'")
        elif word in FLAGS:
            flags.add(word)
        else:
            title.append(word)
            continue
        options.append(word)
    return FenceInfo(
        language, " ".join(title), frozenset(flags), attributes, highlight, " ".join(options)
    )
