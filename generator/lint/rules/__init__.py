"""The registry of lint rules: one module per rule, listed here explicitly, grouped by family.

Every rule module defines:
- `ID` (stable kebab-case), `SEVERITY` (default "error" or "warning"), `SUMMARY` (one line),
  `FIXABLE` (True when `--fix` can repair it);
- its docstring: what it checks, a `Why:` paragraph and a `Fix:` paragraph;
- `PASS` and `FAIL`: example files (path -> text) the tests lint, expecting no finding and at
  least one finding of this rule;
- `check(repo)`: yields Issues; issues may carry a mechanical fix used by `--fix`.
"""

from __future__ import annotations

from types import ModuleType

# Navigation and registration
from generator.lint.rules import page_registered

# Spec rules

# Enterprise and overview page rules

RULES: tuple[ModuleType, ...] = (
    # Navigation and registration
    page_registered,
    # Spec rules
    # Enterprise and overview page rules
)

BY_ID: dict[str, ModuleType] = {rule.ID: rule for rule in RULES}
