"""Lint configuration kept in the docs repo, so a team adopts the linter step by step.

Looked up in order: `--config FILE`; `docsgen.toml` or `pyproject.toml` ([tool.docsgen]) in the
docs folder; the same two in the current directory. Both hold the same table:

    [tool.docsgen.lint]          # in docsgen.toml: [lint]
    severity = { "links-resolve" = "warning", "placeholder-key" = "off" }
    ignore = { "release-notes/**" = ["*"], "legacy/*.mdx" = ["page-registered"] }
"""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from generator.problems import InputError, Location, Problem, display_path

SEVERITY_CHOICES = ("error", "warning", "off")


@dataclass(frozen=True)
class LintConfig:
    severities: dict[str, str] = field(default_factory=dict)
    ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)  # glob -> rule ids or *
    source: str | None = None

    def severity(self, rule_id: str, default: str) -> str:
        return self.severities.get(rule_id, default)

    def is_ignored(self, path: str, rule_id: str) -> bool:
        for pattern, rules in self.ignores.items():
            if ("*" in rules or rule_id in rules) and _matches(path, pattern):
                return True
        return False


def _matches(path: str, pattern: str) -> bool:
    # "dir/**" covers everything below dir; fnmatch's * already crosses "/".
    if pattern.endswith("/**"):
        return path.startswith(pattern[:-2])
    return fnmatch.fnmatchcase(path, pattern)


def find_config_file(docs_dir: Path, explicit: Path | None) -> Path | None:
    if explicit is not None:
        return explicit
    for folder in (docs_dir, Path.cwd()):
        for name in ("docsgen.toml", "pyproject.toml"):
            candidate = folder / name
            if candidate.is_file() and _table(candidate) is not None:
                return candidate
    return None


def _table(path: Path) -> dict | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return {} if path.name == "docsgen.toml" else None
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("docsgen")
    return data


def load_config(docs_dir: Path, explicit: Path | None, known_rules: set[str]) -> LintConfig:
    path = find_config_file(docs_dir, explicit)
    if path is None:
        return LintConfig()
    name = display_path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError([Problem(Location(name), f"cannot read config: {exc}")]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError([Problem(Location(name), f"invalid TOML: {exc}")]) from exc
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("docsgen", {})
    lint = data.get("lint", {})
    problems: list[Problem] = []
    severities: dict[str, str] = {}
    for rule_id, value in (lint.get("severity") or {}).items():
        if rule_id not in known_rules:
            problems.append(_unknown_rule(name, rule_id, known_rules))
        elif value not in SEVERITY_CHOICES:
            problems.append(
                Problem(
                    Location(name),
                    f"severity of '{rule_id}' must be one of "
                    f"{', '.join(SEVERITY_CHOICES)}, not '{value}'",
                )
            )
        else:
            severities[rule_id] = value
    ignores: dict[str, tuple[str, ...]] = {}
    for pattern, rules in (lint.get("ignore") or {}).items():
        rules = [rules] if isinstance(rules, str) else list(rules)
        for rule_id in rules:
            if rule_id != "*" and rule_id not in known_rules:
                problems.append(_unknown_rule(name, rule_id, known_rules))
        ignores[pattern] = tuple(rules)
    unknown = set(lint) - {"severity", "ignore"}
    for key in sorted(unknown):
        problems.append(
            Problem(Location(name), f"unknown lint setting '{key}'; use severity or ignore")
        )
    if problems:
        raise InputError(problems)
    return LintConfig(severities, ignores, source=name)


def _unknown_rule(name: str, rule_id: str, known: set[str]) -> Problem:
    import difflib

    close = difflib.get_close_matches(rule_id, sorted(known), n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else "; `docsgen rules` lists them"
    return Problem(Location(name), f"unknown rule '{rule_id}'{hint}")
