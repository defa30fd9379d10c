"""Human output: `path:line:col: severity [rule] message`, colored on a terminal."""

from __future__ import annotations

import click

from generator.lint.model import Finding

_COLORS = {"error": "red", "warning": "yellow"}


def render(findings: list[Finding], summary: dict, color: bool = False, **_: object) -> str:
    lines = []
    for f in findings:
        severity = (
            click.style(f.severity, fg=_COLORS.get(f.severity), bold=True) if color else f.severity
        )
        rule = click.style(f"[{f.rule}]", dim=True) if color else f"[{f.rule}]"
        lines.append(f"{f.path}:{f.line}:{f.column}: {severity} {rule} {f.message}")
    errors, warnings = summary["errors"], summary["warnings"]
    if findings:
        lines.append(f"{errors} error(s), {warnings} warning(s) in {summary['files']} files.")
    else:
        lines.append(f"No findings in {summary['files']} files.")
    return "\n".join(lines) + "\n"
