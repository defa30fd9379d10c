""".mintignore: files Mintlify leaves out of the site entirely (gitignore syntax), plus the
names it always leaves out. Ignored files are not pages, are not checked, and links to them are
broken, so the repo reader skips them like Mintlify does."""

from __future__ import annotations

import re
from dataclasses import dataclass

MINTIGNORE = ".mintignore"

# Mintlify's documented defaults (organize/mintignore "Default ignored patterns"), plus .cursor,
# which its code ignores too. Dot-folders are skipped by the reader anyway.
DEFAULT_PATTERNS = (
    ".git",
    ".github",
    ".claude",
    ".agents",
    ".cursor",
    ".idea",
    ".vscode",
    "node_modules",
    "build",
    "dist",
    "coverage",
    ".cache",
    "tmp",
    "temp",
    "README.md",
    "LICENSE.md",
    "CHANGELOG.md",
    "CONTRIBUTING.md",
)


@dataclass(frozen=True)
class _Rule:
    pattern: re.Pattern[str]
    negated: bool
    directory_only: bool


def _glob_to_regex(glob: str) -> str:
    out: list[str] = []
    index = 0
    while index < len(glob):
        char = glob[index]
        if glob.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
            continue
        if glob.startswith("/**", index) and index + 3 == len(glob):
            out.append("(?:/.*)?")
            index += 3
            continue
        if glob.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        if char == "*":
            out.append("[^/]*")
        elif char == "?":
            out.append("[^/]")
        elif char == "[":
            end = glob.find("]", index + 1)
            if end == -1:
                out.append(re.escape(char))
            else:
                body = glob[index + 1 : end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                index = end
        elif char == "\\" and index + 1 < len(glob):
            index += 1
            out.append(re.escape(glob[index]))
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)


def _rule(line: str) -> _Rule | None:
    line = line.rstrip("\r")
    if not line.strip() or line.startswith("#"):
        return None
    line = re.sub(r"(?<!\\)\s+$", "", line)
    negated = line.startswith("!")
    if negated:
        line = line[1:]
    if line.startswith(("\\#", "\\!")):
        line = line[1:]
    directory_only = line.endswith("/")
    line = line.rstrip("/")
    if not line:
        return None
    anchored = "/" in line
    body = _glob_to_regex(line.lstrip("/"))
    # A pattern without "/" matches a name at any depth; one with "/" is relative to the root.
    # Either way, matching a folder also covers everything inside it.
    prefix = "^" if anchored else "^(?:.*/)?"
    return _Rule(re.compile(prefix + body + "(?:/.*)?$"), negated, directory_only)


class MintIgnore:
    """Decides whether a path (relative, "/"-separated) is left out of the site."""

    def __init__(self, text: str = ""):
        lines = [*DEFAULT_PATTERNS, *text.splitlines()]
        self.rules = [rule for rule in map(_rule, lines) if rule is not None]

    def ignores(self, path: str, is_directory: bool = False) -> bool:
        ignored = False
        for rule in self.rules:
            if rule.negated == ignored and self._matches(rule, path, is_directory):
                ignored = not rule.negated
        return ignored

    @staticmethod
    def _matches(rule: _Rule, path: str, is_directory: bool) -> bool:
        match = rule.pattern.match(path)
        if match is None:
            return False
        if not rule.directory_only:
            return True
        # "drafts/" names a folder: the path is that folder or lies inside it.
        return is_directory or _matches_a_parent(rule.pattern, path)


def _matches_a_parent(pattern: re.Pattern[str], path: str) -> bool:
    parts = path.split("/")
    return any(pattern.match("/".join(parts[:end])) for end in range(1, len(parts)))
