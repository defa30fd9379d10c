"""Baselines: record today's findings so the gate fails only on new ones.

Findings are matched by rule, file and message, not by line, so edits that move text around do
not resurrect old findings; each recorded finding absorbs one current finding.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from generator.lint.model import Finding
from generator.problems import InputError, Location, Problem, display_path

Key = tuple[str, str, str]


def _key(finding: Finding) -> Key:
    return (finding.rule, finding.path, finding.message)


def baseline_text(findings: list[Finding]) -> str:
    counts = Counter(_key(f) for f in findings)
    entries = [
        {"rule": rule, "path": path, "message": message, "count": count}
        for (rule, path, message), count in sorted(counts.items())
    ]
    data = {"generator": "docsgen lint", "version": 1, "findings": entries}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def read_baseline(path: Path) -> Counter[Key]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Counter(
            {(e["rule"], e["path"], e["message"]): int(e.get("count", 1)) for e in data["findings"]}
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(
            [
                Problem(
                    Location(display_path(path)),
                    f"not a docsgen baseline file ({exc}); delete "
                    "it and run with --baseline again to record a new one",
                )
            ]
        ) from exc


def new_findings(findings: list[Finding], baseline: Counter[Key]) -> tuple[list[Finding], int]:
    """Findings not covered by the baseline, and how many were covered."""
    remaining = Counter(baseline)
    fresh = []
    known = 0
    for finding in findings:
        key = _key(finding)
        if remaining[key] > 0:
            remaining[key] -= 1
            known += 1
        else:
            fresh.append(finding)
    return fresh, known
