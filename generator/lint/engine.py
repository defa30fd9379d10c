"""Pick the rules a config switches on, run them over a repo, then apply configuration:
severities, path ignores and inline suppressions. Pure: the repo is already read and nothing
is printed here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType

from generator.lint.config import LintConfig
from generator.lint.model import Finding, Fix, Issue
from generator.lint.rules import BASE_RULESET, RULES, RULESET_OF
from generator.repo.repo import Repo


@dataclass
class LintResult:
    findings: list[Finding] = field(default_factory=list)
    fixes: list[tuple[Finding, Fix]] = field(default_factory=list)
    related: dict[Finding, tuple[str, ...]] = field(default_factory=dict)
    suppressed: int = 0


def active_rulesets(config: LintConfig) -> tuple[str, ...]:
    """The base ruleset, then the ones the config extends, in its order."""
    return (BASE_RULESET, *(name for name in config.extends if name != BASE_RULESET))


def select_rules(
    config: LintConfig, rules: tuple[ModuleType, ...] = RULES
) -> tuple[ModuleType, ...]:
    """The rules of the active rulesets, plus single rules the config names with a severity
    other than off (a house rule can be switched on without its whole ruleset)."""
    on = set(active_rulesets(config))
    return tuple(
        rule for rule in rules if RULESET_OF.get(rule.ID) in on or config.switches_on(rule.ID)
    )


def _suppressed(repo: Repo, rule_id: str, issue: Issue) -> bool:
    if not issue.path.endswith(".mdx"):
        return False
    page = repo.pages.get(issue.path[: -len(".mdx")])
    if page is None:
        return False
    whole, per_line = page.suppressions
    return rule_id in whole or rule_id in per_line.get(issue.line, frozenset())


def run_rules(repo: Repo, rules: Iterable[ModuleType], config: LintConfig) -> LintResult:
    result = LintResult()
    for rule in rules:
        severity = config.severity(rule.ID, rule.SEVERITY)
        if severity == "off":
            continue
        for issue in rule.check(repo):
            if config.is_ignored(issue.path, rule.ID) or _suppressed(repo, rule.ID, issue):
                result.suppressed += 1
                continue
            finding = Finding(
                path=issue.path,
                line=issue.line,
                column=issue.column,
                rule=rule.ID,
                severity=severity,
                message=issue.message,
            )
            result.findings.append(finding)
            if issue.fix is not None:
                result.fixes.append((finding, issue.fix))
            if issue.related:
                result.related[finding] = issue.related
    result.findings.sort()
    return result
