"""`docsgen explain RULE`: the rule's doc, then its passing and failing examples."""

from __future__ import annotations

import inspect
from types import ModuleType

from generator.lint.rules import BASE_RULESET, RULESET_OF


def _files(example: dict[str, str]) -> str:
    parts = []
    for path, text in example.items():
        body = "\n".join("    " + line for line in text.rstrip("\n").split("\n"))
        parts.append(f"  {path}:\n{body}")
    return "\n".join(parts)


def _ruleset_line(rule: ModuleType) -> str:
    name = RULESET_OF.get(rule.ID)
    if name is None:
        return "Ruleset: none (the rule is not registered)"
    if name == BASE_RULESET:
        return f"Ruleset: {name} (always on)"
    return (
        f'Ruleset: {name} (on with extends = ["{name}"] in the [lint] config, or alone with '
        f'severity = {{ "{rule.ID}" = "error" }})'
    )


def _unfixed(rule: ModuleType) -> list[str]:
    example = getattr(rule, "FAIL_UNFIXED", None)
    if not example:
        return []
    return ["", "Fails, and --fix leaves it alone (the right fix is not certain):", _files(example)]


def explain_rule(rule: ModuleType) -> str:
    fixable = "yes (docsgen lint --fix)" if getattr(rule, "FIXABLE", False) else "no"
    return "\n".join(
        [
            f"{rule.ID} ({rule.SEVERITY}): {rule.SUMMARY}",
            "",
            inspect.cleandoc(rule.__doc__ or ""),
            "",
            _ruleset_line(rule),
            f"Fixable: {fixable}",
            "",
            "Passes:",
            _files(rule.PASS),
            "",
            "Fails:",
            _files(rule.FAIL),
            *_unfixed(rule),
        ]
    )
