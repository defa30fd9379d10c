"""SARIF 2.1.0 for code scanning: one run, the rules that ran as the tool's rules (tagged with
their ruleset), findings as results."""

from __future__ import annotations

import json
from types import ModuleType

from generator import __version__
from generator.lint.model import Finding
from generator.lint.rules import RULESET_OF

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"error": "error", "warning": "warning"}


def render(
    findings: list[Finding],
    summary: dict,
    rules: tuple[ModuleType, ...] = (),
    path_prefix: str = "",
    **_: object,
) -> str:
    rule_ids = [rule.ID for rule in rules]
    index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    results = []
    for f in findings:
        result: dict[str, object] = {
            "ruleId": f.rule,
            "level": _LEVELS.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f"{path_prefix}{f.path}"},
                        "region": {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)},
                    }
                }
            ],
        }
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        results.append(result)
    document = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "docsgen",
                        "version": __version__,
                        "rules": [
                            {
                                "id": rule.ID,
                                "shortDescription": {"text": rule.SUMMARY},
                                "fullDescription": {"text": (rule.__doc__ or "").strip()},
                                "defaultConfiguration": {
                                    "level": _LEVELS.get(rule.SEVERITY, "warning")
                                },
                                "properties": {"tags": [RULESET_OF.get(rule.ID, "unregistered")]},
                            }
                            for rule in rules
                        ],
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
