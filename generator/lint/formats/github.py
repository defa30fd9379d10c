"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

from generator.lint.model import Finding


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(findings: list[Finding], summary: dict, path_prefix: str = "", **_: object) -> str:
    lines = []
    for f in findings:
        level = "error" if f.severity == "error" else "warning"
        file = _escape_property(f"{path_prefix}{f.path}")
        title = _escape_property(f.rule)
        lines.append(
            f"::{level} file={file},line={f.line},col={f.column},title={title}::"
            f"{_escape_data(f.message)}"
        )
    lines.append(f"docsgen lint: {summary['errors']} error(s), {summary['warnings']} warning(s)")
    return "\n".join(lines) + "\n"
