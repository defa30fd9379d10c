"""Machine output: {"findings": [{rule, severity, path, line, column, message}], "summary": {}}."""

from __future__ import annotations

import json

from generator.lint.model import Finding


def render(findings: list[Finding], summary: dict, **_: object) -> str:
    data = {"findings": [f.as_dict() for f in findings], "summary": summary}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
