"""What rules report (Issue), what the linter outputs (Finding), and the fixes rules can offer."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]
SEVERITIES: tuple[str, ...] = ("error", "warning")


@dataclass(frozen=True)
class ReplaceInLine:
    """Replace the first `old` on one line of a file with `new` (a mechanical, local fix)."""

    file: str
    line: int
    old: str
    new: str


@dataclass(frozen=True)
class RegisterPage:
    """Add `page` right behind the entry `after` in one navigation list: the list at `container`
    (keys and indices from the top of `file`, docs.json or a file it `$ref`s)."""

    page: str
    after: str  # the sibling entry exactly as written in that list
    file: str = "docs.json"
    container: tuple[str | int, ...] = ()


Fix = ReplaceInLine | RegisterPage


@dataclass(frozen=True)
class Issue:
    """One problem a rule found. `related` names other files whose change can cause or clear it,
    so `--changed-since` can re-check it when only those files changed."""

    path: str
    line: int
    column: int
    message: str
    fix: Fix | None = None
    related: tuple[str, ...] = ()


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    column: int
    rule: str
    severity: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "message": self.message,
        }
