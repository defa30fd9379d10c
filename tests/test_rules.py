"""Every lint rule: documented, registered, and its PASS/FAIL examples behave as documented.
Fixable rules also fix their FAIL example, and a second --fix changes nothing; their
FAIL_UNFIXED examples (when the right fix is not certain) are reported without a fix."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from generator.lint.config import LintConfig
from generator.lint.engine import run_rules
from generator.lint.fix import apply_fixes
from generator.lint.rules import BY_ID, RULES
from generator.repo.repo import Repo

IDS = [rule.ID for rule in RULES]


def materialize(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


def findings_of(rule: ModuleType, root: Path):
    return run_rules(Repo.load(root), (rule,), LintConfig())


def test_rule_ids_are_unique_kebab_case():
    assert len(IDS) == len(set(IDS))
    for rule_id in IDS:
        assert rule_id == rule_id.lower() and " " not in rule_id and "_" not in rule_id


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_is_documented(rule: ModuleType):
    doc = rule.__doc__ or ""
    assert "Why:" in doc and "Fix:" in doc, f"{rule.ID} needs Why: and Fix: paragraphs"
    assert rule.SEVERITY in ("error", "warning")
    assert rule.SUMMARY and rule.PASS and rule.FAIL


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_pass_example_passes(rule: ModuleType, tmp_path: Path):
    result = findings_of(rule, materialize(tmp_path, rule.PASS))
    assert result.findings == []


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_fail_example_fails(rule: ModuleType, tmp_path: Path):
    result = findings_of(rule, materialize(tmp_path, rule.FAIL))
    assert result.findings, f"{rule.ID} found nothing in its FAIL example"
    assert {f.rule for f in result.findings} == {rule.ID}
    for finding in result.findings:
        assert finding.line >= 1 and finding.column >= 1
        assert (tmp_path / finding.path).is_file()


FIXABLE = [rule for rule in RULES if getattr(rule, "FIXABLE", False)]


@pytest.mark.parametrize("rule", FIXABLE, ids=[r.ID for r in FIXABLE])
def test_fix_repairs_the_fail_example_once(rule: ModuleType, tmp_path: Path):
    root = materialize(tmp_path, rule.FAIL)
    result = findings_of(rule, root)
    assert result.fixes, f"{rule.ID} is FIXABLE but offered no fix for its FAIL example"
    changes = apply_fixes(root, [fix for _, fix in result.fixes])
    assert changes
    after = findings_of(rule, root)
    assert after.findings == []
    before_second = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert apply_fixes(root, [fix for _, fix in after.fixes]) == []
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before_second


WITH_UNFIXED = [rule for rule in RULES if getattr(rule, "FAIL_UNFIXED", None)]


@pytest.mark.parametrize("rule", WITH_UNFIXED, ids=[r.ID for r in WITH_UNFIXED])
def test_unfixed_example_is_reported_without_a_fix(rule: ModuleType, tmp_path: Path):
    """FAIL_UNFIXED: failing examples whose right fix is not certain, so --fix leaves them."""
    root = materialize(tmp_path, rule.FAIL_UNFIXED)
    result = findings_of(rule, root)
    assert result.findings, f"{rule.ID} found nothing in its FAIL_UNFIXED example"
    assert {f.rule for f in result.findings} == {rule.ID}
    assert result.fixes == []


def test_registry_lookup():
    assert BY_ID["page-registered"].ID == "page-registered"
