"""docs.json `redirects`: `{"source", "destination"}` pairs; sources may hold `:param` segments,
`:param*` (any rest of the path) and `*` wildcards whose values the destination may reuse.
A link whose path a redirect sends to an existing page is not broken. Compiled once."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

MAX_HOPS = 8  # redirect chains longer than this are treated as broken (or as a loop)
_EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_TOKEN = re.compile(r"(/?):([A-Za-z_]\w*)([*+?]?)|\*")


def normalize_path(path: str) -> str:
    """A site path as the redirect table and the file list compare it: no leading or trailing
    "/", no query or fragment."""
    return path.split("#", 1)[0].split("?", 1)[0].strip("/")


@dataclass(frozen=True)
class _Pattern:
    regex: re.Pattern[str]
    names: dict[str, str]  # parameter name in the source -> regex group name
    destination: str


def _compile(source: str, destination: str) -> _Pattern:
    out: list[str] = []
    names: dict[str, str] = {}
    position = 0
    stars = 0
    groups = 0
    for match in _TOKEN.finditer(source):
        out.append(re.escape(source[position : match.start()]))
        position = match.end()
        if match.group(0) == "*":
            out.append(f"(?P<_star{stars}>.*)")
            stars += 1
            continue
        slash, name, modifier = match.groups()
        group = f"p_{groups}"
        groups += 1
        names.setdefault(name, group)
        slash_re = re.escape(slash)
        if modifier == "*":
            out.append(f"(?:{slash_re}(?P<{group}>.*))?")
        elif modifier == "+":
            out.append(f"{slash_re}(?P<{group}>.+)")
        elif modifier == "?":
            out.append(f"(?:{slash_re}(?P<{group}>[^/]+))?")
        else:
            out.append(f"{slash_re}(?P<{group}>[^/]+)")
    out.append(re.escape(source[position:]))
    return _Pattern(re.compile("^" + "".join(out) + "$"), names, destination)


@dataclass
class Redirects:
    exact: dict[str, str] = field(default_factory=dict)
    patterns: list[_Pattern] = field(default_factory=list)

    @classmethod
    def parse(cls, value: Any) -> Redirects:
        redirects = cls()
        for item in value if isinstance(value, list) else []:
            if not isinstance(item, dict):
                continue
            source, destination = item.get("source"), item.get("destination")
            if not isinstance(source, str) or not isinstance(destination, str):
                continue
            key = normalize_path(source)
            if ":" in key or "*" in key:
                redirects.patterns.append(_compile(key, destination))
            else:
                redirects.exact.setdefault(key, destination)
        return redirects

    def destination(self, path: str) -> str | None:
        """Where a site path (no leading "/") is sent, or None when no redirect applies."""
        if path in self.exact:
            return self.exact[path]
        for pattern in self.patterns:
            match = pattern.regex.match(path)
            if match is None:
                continue
            values = match.groupdict()
            result = pattern.destination
            for name, group in sorted(pattern.names.items(), key=lambda n: -len(n[0])):
                result = re.sub(
                    rf":{re.escape(name)}[*+?]?",
                    (values[group] or "").replace("\\", "\\\\"),
                    result,
                )
            stars = [v or "" for k, v in values.items() if k.startswith("_star")]
            pieces = result.split("*")
            return pieces[0] + "".join(
                (stars[i] if i < len(stars) else "") + piece for i, piece in enumerate(pieces[1:])
            )
        return None

    def resolves(self, path: str, exists: Callable[[str], bool]) -> bool:
        """Does a redirect send `path` to something that exists (following chains)?"""
        seen: set[str] = set()
        current = path
        for _ in range(MAX_HOPS):
            target = self.destination(current)
            if target is None:
                return False
            if _EXTERNAL.match(target):
                return True
            current = normalize_path(target)
            if exists(current):
                return True
            if current in seen:
                return False
            seen.add(current)
        return False
