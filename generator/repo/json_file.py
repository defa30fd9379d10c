"""A JSON file read once, with a cheap way to find the line of a key path for messages."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any

_JSON_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')


@dataclass
class JsonFile:
    file: str  # relative to the docs folder
    text: str
    data: Any = None
    error: tuple[int, int, str] | None = None

    @classmethod
    def parse(cls, file: str, text: str) -> JsonFile:
        try:
            return cls(file, text, json.loads(text))
        except json.JSONDecodeError as exc:
            return cls(file, text, None, (exc.lineno, exc.colno, f"invalid JSON: {exc.msg}"))

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def line_at(self, offset: int) -> int:
        from bisect import bisect_right

        return bisect_right(self._line_starts, offset)

    def line_of(self, *path: str | int) -> int:
        """Line where the value at `path` starts, found by following its keys in text order.

        Good enough for messages: each key is looked up after the previous one, and list indices
        are skipped (the next key narrows the search).
        """
        offset = 0
        for part in path:
            if isinstance(part, int):
                continue
            match = re.compile(r'"' + re.escape(str(part)) + r'"\s*:').search(self.text, offset)
            if match is None:
                break
            offset = match.start()
        return self.line_at(offset)

    @cached_property
    def _string_lines(self) -> dict[str, list[int]]:
        """Every JSON string in the text (keys and values) with the lines it occurs on, in
        order: one scan of the file, so many lookups stay linear."""
        found: dict[str, list[int]] = {}
        line = 1
        position = 0
        for match in _JSON_STRING.finditer(self.text):
            line += self.text.count("\n", position, match.start())
            position = match.start()
            try:
                value = json.loads(match.group(0))
            except json.JSONDecodeError:
                continue
            found.setdefault(value, []).append(line)
        return found

    def lines_of_string(self, value: str) -> list[int]:
        """Lines where a JSON string occurs, in order (empty when it does not)."""
        return self._string_lines.get(value, [])

    def line_of_string(self, value: str, start_line: int = 1) -> int:
        """Line of the first occurrence of a JSON string value (e.g. a page in docs.json)."""
        offset = self._line_starts[min(start_line, len(self._line_starts)) - 1]
        index = self.text.find(json.dumps(value), offset)
        return self.line_at(index) if index >= 0 else 1
