"""The `lint` command's work, apart from printing: read, check, fix, filter."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

from generator.lint.baseline import baseline_text, new_findings, read_baseline
from generator.lint.changes import changed_files
from generator.lint.config import load_config
from generator.lint.engine import active_rulesets, run_rules, select_rules
from generator.lint.fix import apply_fixes
from generator.lint.model import Finding
from generator.lint.rules import BY_ID, RULESETS
from generator.problems import InputError, Location, Problem, display_path
from generator.repo.repo import DOCS_JSON, Repo
from generator.write import write_atomic


@dataclass
class LintOutcome:
    findings: list[Finding]
    files_checked: int
    fixed: list[str] = field(default_factory=list)
    baseline_recorded: Path | None = None
    known: int = 0  # findings absorbed by the baseline
    suppressed: int = 0
    rules: tuple[ModuleType, ...] = ()  # the rules that ran
    rulesets: tuple[str, ...] = ()  # the rulesets that were on


def lint_docs(
    docs_dir: Path,
    config_file: Path | None = None,
    fix: bool = False,
    baseline: Path | None = None,
    changed_since: str | None = None,
    rules: tuple[ModuleType, ...] | None = None,
) -> LintOutcome:
    """Lint docs_dir with the rules its config switches on (or exactly `rules`, if given)."""
    if not (docs_dir / DOCS_JSON).is_file():
        raise InputError(
            [
                Problem(
                    Location(display_path(docs_dir)),
                    "no docs.json here; pass the Mintlify docs folder as DOCS_DIR",
                )
            ]
        )
    config = load_config(docs_dir, config_file, BY_ID, RULESETS)
    if rules is None:
        rules = select_rules(config)
    changed = changed_files(docs_dir, changed_since) if changed_since else None
    repo = Repo.load(docs_dir)
    result = run_rules(repo, rules, config)
    fixed: list[str] = []
    if fix and result.fixes:
        fixed = apply_fixes(docs_dir, [f for _, f in result.fixes])
        if fixed:
            repo = Repo.load(docs_dir)
            result = run_rules(repo, rules, config)
    findings = result.findings
    if changed is not None:
        findings = [
            f
            for f in findings
            if f.path in changed or changed.intersection(result.related.get(f, ()))
        ]
    outcome = LintOutcome(
        findings,
        len(repo.files),
        fixed,
        suppressed=result.suppressed,
        rules=rules,
        rulesets=active_rulesets(config),
    )
    if baseline is not None:
        if baseline.exists():
            outcome.findings, outcome.known = new_findings(findings, read_baseline(baseline))
        else:
            write_atomic(baseline, baseline_text(findings).encode())
            outcome.baseline_recorded = baseline
            outcome.known = len(findings)
            outcome.findings = []
    return outcome
