"""A JSON file read once, with cheap look-ups of the line of a key path or a string value.

Rules ask for many lines of the same file (one per operation, per problem). Each container on a
looked-up path is indexed once, on the first question that passes through it: its members are
found in one forward pass, skipping each member's value with the C JSON decoder. Every further
question about that container is a dictionary access, so the cost grows with the size of the
file, never with size times the number of questions. Strings get an index of their own the
first time one is asked for.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

# A key with its colon and the blanks up to the value; the string pattern is the unrolled form.
_KEY = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"\s*:\s*')
_STRING = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"')
_BLANK = re.compile(r"[ \t\n\r]*")
_SEPARATOR = re.compile(r"[ \t\n\r]*,?[ \t\n\r]*")
_DECODER = json.JSONDecoder()

KeyPath = tuple[str | int, ...]
# A member of a container: offset of its key (of the value itself for list items) and of its value.
_Member = tuple[int, int]


@dataclass
class JsonFile:
    file: str  # relative to the docs folder
    text: str
    data: Any = None
    error: tuple[int, int, str] | None = None
    _members: dict[KeyPath, dict[str | int, _Member]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @classmethod
    def parse(cls, file: str, text: str) -> JsonFile:
        try:
            return cls(file, text, json.loads(text))
        except json.JSONDecodeError as exc:
            return cls(file, text, None, (exc.lineno, exc.colno, f"invalid JSON: {exc.msg}"))

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    @cached_property
    def _strings(self) -> dict[str, list[int]]:
        return _index_strings(self.text)

    def line_at(self, offset: int) -> int:
        return bisect_right(self._line_starts, offset)

    def line_of(self, *path: str | int) -> int:
        """Line where the value at `path` starts (keys and list indices, as in the data).

        A path that goes deeper than the file answers with the line of its longest existing
        prefix, and 1 when not even its first key exists. Duplicate keys answer with the first.
        """
        offset, value_at = 0, _BLANK.match(self.text).end()
        for depth, part in enumerate(path):
            members = self._members.get(path[:depth])
            if members is None:
                members = self._members[path[:depth]] = _members_at(self.text, value_at)
            member = members.get(part)
            if member is None:
                break
            offset, value_at = member
        return self.line_at(offset)

    def lines_of_string(self, value: str) -> list[int]:
        """Lines where a JSON string occurs (keys and values), in order; empty when none."""
        return [self.line_at(offset) for offset in self._strings.get(value, ())]

    def line_of_string(self, value: str, start_line: int = 1) -> int:
        """Line of the first occurrence of a JSON string (e.g. a page in docs.json) on or after
        `start_line`; 1 when there is none."""
        offsets = self._strings.get(value)
        if not offsets:
            return 1
        start = self._line_starts[min(max(start_line, 1), len(self._line_starts)) - 1]
        position = bisect_left(offsets, start)
        return self.line_at(offsets[position]) if position < len(offsets) else 1


def _decode(raw: str) -> str:
    if "\\" not in raw:
        return raw
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return raw


def _members_at(text: str, start: int) -> dict[str | int, _Member]:
    """The members of the object or list whose value starts at `start`, each found once.

    Values are skipped with the C decoder, so keys inside them are never taken for members.
    Malformed text ends the pass early with what was found (spec-valid reports the error).
    """
    members: dict[str | int, _Member] = {}
    if start >= len(text) or text[start] not in "{[":
        return members
    is_object = text[start] == "{"
    position, index = _BLANK.match(text, start + 1).end(), 0
    try:
        while position < len(text) and text[position] not in "}]":
            if is_object:
                key = _KEY.match(text, position)
                if key is None:
                    break
                value_at = key.end()
                members.setdefault(_decode(key.group(1)), (position, value_at))
            else:
                value_at = position
                members[index] = (position, position)
                index += 1
            _, end = _DECODER.raw_decode(text, value_at)
            position = _SEPARATOR.match(text, end).end()
    except ValueError:
        pass
    return members


def _index_strings(text: str) -> dict[str, list[int]]:
    """Every string of the file (keys and values) with the offsets where it occurs, in order."""
    strings: dict[str, list[int]] = {}
    for match in _STRING.finditer(text):
        strings.setdefault(_decode(match.group(1)), []).append(match.start())
    return strings
