"""Counts shared by every format."""

from __future__ import annotations

from collections import Counter

from generator.lint.model import Finding


def summarize(findings: list[Finding], files_checked: int) -> dict[str, object]:
    by_severity = Counter(f.severity for f in findings)
    return {
        "errors": by_severity.get("error", 0),
        "warnings": by_severity.get("warning", 0),
        "files": files_checked,
        "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
    }
