"""Lint configuration kept in the docs repo, so a team adopts the linter step by step.

Looked up in order: `--config FILE`; `docsgen.toml` or `pyproject.toml` ([tool.docsgen]) in the
docs folder; the same two in the current directory. Both hold the same table:

    [tool.docsgen.lint]          # in docsgen.toml: [lint]
    extends = ["modelslab"]      # rulesets on top of the always-on `mintlify` ruleset
    severity = { "links-resolve" = "warning", "placeholder-key" = "off" }
    ignore = { "release-notes/**" = ["*"], "legacy/*.mdx" = ["page-registered"] }

`severity` may name any rule. Naming a rule whose ruleset is not extended with "error" or
"warning" switches on that one rule (as in Redocly); "off" switches a rule off.
"""

from __future__ import annotations

import difflib
import fnmatch
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from generator.problems import InputError, Location, Problem, display_path

SEVERITY_CHOICES = ("error", "warning", "off")
SETTINGS = ("extends", "severity", "ignore")


@dataclass(frozen=True)
class LintConfig:
    severities: dict[str, str] = field(default_factory=dict)
    ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)  # glob -> rule ids or *
    extends: tuple[str, ...] = ()  # rulesets on top of the base ruleset
    source: str | None = None

    def severity(self, rule_id: str, default: str) -> str:
        return self.severities.get(rule_id, default)

    def switches_on(self, rule_id: str) -> bool:
        """True when the config names the rule with a severity that is not off."""
        return self.severities.get(rule_id, "off") != "off"

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
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {} if path.name == "docsgen.toml" else None
    if path.name == "pyproject.toml":
        tool = data.get("tool")
        return tool.get("docsgen") if isinstance(tool, dict) else None
    return data


def load_config(
    docs_dir: Path,
    explicit: Path | None,
    known_rules: Collection[str],
    known_rulesets: Collection[str],
) -> LintConfig:
    """Read the config that applies to docs_dir; every mistake in it is an InputError that
    names the file (and the line, where it can be found)."""
    path = find_config_file(docs_dir, explicit)
    if path is None:
        return LintConfig()
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(Location(name), f"cannot read config: {exc}")]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError([Problem(Location(name), f"invalid TOML: {exc}")]) from exc
    reader = _Reader(name, text, set(known_rules), set(known_rulesets))
    config = reader.read(data, pyproject=path.name == "pyproject.toml")
    if reader.problems:
        raise InputError(reader.problems)
    return config


class _Reader:
    """Checks the [lint] table value by value and collects every problem, not just the first."""

    def __init__(self, name: str, text: str, rules: set[str], rulesets: set[str]) -> None:
        self.name = name
        self.lines = text.splitlines()
        self.rules = rules
        self.rulesets = rulesets
        self.problems: list[Problem] = []

    def read(self, data: dict, pyproject: bool) -> LintConfig:
        table = "[tool.docsgen.lint]" if pyproject else "[lint]"
        if pyproject:
            tool = data.get("tool", {})
            data = tool.get("docsgen", {}) if isinstance(tool, dict) else None
            if not isinstance(data, dict):
                self.report("docsgen", "[tool.docsgen] must be a table")
                return LintConfig()
        lint = data.get("lint", {})
        if not isinstance(lint, dict):
            self.report("lint", f"{table} must be a table, not {_toml_type(lint)}")
            return LintConfig()
        for key in sorted(set(lint) - set(SETTINGS)):
            close = difflib.get_close_matches(key, SETTINGS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"use {', '.join(SETTINGS)}"
            self.report(key, f"unknown lint setting '{key}'; {hint}")
        return LintConfig(
            severities=self.severities(lint.get("severity", {})),
            ignores=self.ignores(lint.get("ignore", {})),
            extends=self.extends(lint.get("extends", [])),
            source=self.name,
        )

    def extends(self, value: object) -> tuple[str, ...]:
        known = ", ".join(sorted(self.rulesets))
        if isinstance(value, str):
            self.report(
                "extends",
                f'extends must be a list of ruleset names: write extends = ["{value}"]',
            )
            return ()
        if not isinstance(value, list):
            self.report(
                "extends",
                f"extends must be a list of ruleset names ({known}), not {_toml_type(value)}",
            )
            return ()
        names: list[str] = []
        for item in value:
            if not isinstance(item, str):
                self.report(
                    "extends", f"extends lists ruleset names as strings, not {_toml_type(item)}"
                )
            elif item not in self.rulesets:
                self.report(item, f"unknown ruleset '{item}'{_hint(item, self.rulesets)}")
            elif item not in names:
                names.append(item)
        return tuple(names)

    def severities(self, value: object) -> dict[str, str]:
        if not isinstance(value, dict):
            self.report(
                "severity",
                'severity must be a table of rule ids, like severity = { "links-resolve" = '
                f'"warning" }}, not {_toml_type(value)}',
            )
            return {}
        severities: dict[str, str] = {}
        for rule_id, level in value.items():
            if rule_id not in self.rules:
                self.report(rule_id, f"unknown rule '{rule_id}'{_hint(rule_id, self.rules)}")
            elif level not in SEVERITY_CHOICES:
                self.report(
                    rule_id,
                    f"severity of '{rule_id}' must be one of "
                    f"{', '.join(SEVERITY_CHOICES)}, not {level!r}",
                )
            else:
                severities[rule_id] = level
        return severities

    def ignores(self, value: object) -> dict[str, tuple[str, ...]]:
        if not isinstance(value, dict):
            self.report(
                "ignore",
                'ignore must be a table of path globs, like ignore = { "legacy/**" = ["*"] }, '
                f"not {_toml_type(value)}",
            )
            return {}
        ignores: dict[str, tuple[str, ...]] = {}
        for pattern, rules in value.items():
            rules = [rules] if isinstance(rules, str) else rules
            if not isinstance(rules, list) or not all(isinstance(r, str) for r in rules):
                self.report(
                    pattern,
                    f"ignore of '{pattern}' must be a list of rule ids (or \"*\"), "
                    f"not {_toml_type(rules)}",
                )
                continue
            for rule_id in rules:
                if rule_id != "*" and rule_id not in self.rules:
                    self.report(rule_id, f"unknown rule '{rule_id}'{_hint(rule_id, self.rules)}")
            ignores[pattern] = tuple(rules)
        return ignores

    def report(self, word: str, message: str) -> None:
        self.problems.append(Problem(self._locate(word), message))

    def _locate(self, word: str) -> Location:
        """The first line that is not a comment and holds word, searched from the lint table
        header on; the file alone when there is none (tomllib keeps no positions)."""
        headers = ("[lint]", "[tool.docsgen.lint]")
        start = next((i for i, line in enumerate(self.lines) if line.strip() in headers), 0)
        for number, line in enumerate(self.lines[start:], start + 1):
            if word in line and not line.lstrip().startswith("#"):
                return Location(self.name, number, line.index(word) + 1)
        return Location(self.name)


def _hint(word: str, known: set[str]) -> str:
    close = difflib.get_close_matches(word.lower(), sorted(known), n=1)
    if close:
        return f" (did you mean '{close[0]}'?)"
    if len(known) < 5:
        return f"; known: {', '.join(sorted(known))}"
    return "; `docsgen rules` lists them"


def _toml_type(value: object) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {value!r}"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"
