"""Rulesets: the registry splits the rules into `mintlify` (always on) and `modelslab` (the house
rules, on with `extends`); the config chooses; a foreign Mintlify repo gets no house rule."""

from __future__ import annotations

import ast
import inspect
import json
import os
from pathlib import Path

import pytest

from generator.lint.config import LintConfig
from generator.lint.engine import select_rules
from generator.lint.rules import (
    BASE_RULESET,
    BY_ID,
    MINTLIFY_RULES,
    MODELSLAB_RULES,
    RULES,
    RULESET_OF,
    RULESETS,
    public_url_fence,
)
from generator.lint.run import lint_docs
from generator.problems import InputError
from tests.conftest import PROJECT, run_cli

MODELSLAB_IDS = {rule.ID for rule in MODELSLAB_RULES}
DOCS_JSON = json.dumps({"name": "D", "navigation": {"tabs": []}})

FOREIGN = Path("shared/corpus/mintlify-docs-2026-08-21")


def _find_foreign_corpus() -> Path:
    """../shared next to the checkout, else the workplace's /work/shared."""
    candidates = [PROJECT.parent / FOREIGN, Path("/work") / FOREIGN]
    if os.environ.get("DOCSGEN_MINTLIFY_CORPUS"):
        candidates.insert(0, Path(os.environ["DOCSGEN_MINTLIFY_CORPUS"]))
    return next((c for c in candidates if (c / "docs.json").is_file()), candidates[0])


def write_files(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        target = root / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def house_violation(tmp_path: Path) -> Path:
    """A docs folder with a page that breaks a house rule (public-url-fence)."""
    return write_files(tmp_path / "docs", {"docs.json": DOCS_JSON, **public_url_fence.FAIL})


def lint_json(docs: Path, *args: str) -> tuple[int, dict]:
    result = run_cli("lint", str(docs), "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)


def config_error(docs: Path, toml: str, name: str = "docsgen.toml") -> str:
    (docs / name).write_text(toml, encoding="utf-8")
    result = run_cli("lint", str(docs))
    assert result.exit_code == 2, result.output
    assert name in result.output
    assert "Traceback" not in result.output
    return result.output


# The registry


def test_every_rule_is_in_exactly_one_ruleset():
    listed = [rule.ID for rules in RULESETS.values() for rule in rules]
    assert len(listed) == len(set(listed))
    assert set(listed) == set(BY_ID) == {rule.ID for rule in RULES}
    assert set(RULESET_OF) == set(BY_ID)
    assert RULESETS == {"mintlify": MINTLIFY_RULES, "modelslab": MODELSLAB_RULES}
    assert BASE_RULESET == "mintlify"


# What a mintlify rule may take from house_rules: helpers that hold no ModelsLab convention.
GENERIC_HELPERS = {"folder_of", "path_parameter_names"}


@pytest.mark.parametrize("rule", MINTLIFY_RULES, ids=[r.ID for r in MINTLIFY_RULES])
def test_mintlify_rules_use_no_house_convention(rule):
    tree = ast.parse(inspect.getsource(rule))
    taken = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "generator.house_rules"
        for alias in node.names
    }
    assert taken <= GENERIC_HELPERS, f"{rule.ID} uses {taken - GENERIC_HELPERS}"


# Choosing rules


def test_without_config_only_the_mintlify_ruleset_runs():
    assert select_rules(LintConfig()) == MINTLIFY_RULES


def test_extends_adds_the_house_rules():
    assert set(select_rules(LintConfig(extends=("modelslab",)))) == set(RULES)


def test_a_severity_switches_on_one_house_rule():
    config = LintConfig(severities={"placeholder-key": "warning", "public-url-fence": "off"})
    assert select_rules(config) == (*MINTLIFY_RULES, BY_ID["placeholder-key"])


def test_no_house_rule_fires_without_config(house_violation: Path):
    code, data = lint_json(house_violation)
    assert {f["rule"] for f in data["findings"]} & MODELSLAB_IDS == set()
    assert data["summary"]["rulesets"] == ["mintlify"]
    assert code == 1  # the page is not registered: a mintlify finding


def test_extends_modelslab_makes_the_house_rule_fire(house_violation: Path):
    (house_violation / "docsgen.toml").write_text('[lint]\nextends = ["modelslab"]\n')
    _, data = lint_json(house_violation)
    assert "public-url-fence" in {f["rule"] for f in data["findings"]}
    assert data["summary"]["rulesets"] == ["mintlify", "modelslab"]


def test_extends_in_pyproject(house_violation: Path):
    (house_violation / "pyproject.toml").write_text(
        '[project]\nname = "d"\n\n[tool.docsgen.lint]\nextends = ["modelslab"]\n'
    )
    _, data = lint_json(house_violation)
    assert "public-url-fence" in {f["rule"] for f in data["findings"]}


def test_severity_alone_switches_on_one_house_rule(house_violation: Path):
    (house_violation / "docsgen.toml").write_text(
        '[lint]\nseverity = { "public-url-fence" = "warning" }\n'
    )
    _, data = lint_json(house_violation)
    rules = {f["rule"]: f["severity"] for f in data["findings"]}
    assert rules["public-url-fence"] == "warning"
    assert set(rules) & MODELSLAB_IDS == {"public-url-fence"}


def test_sarif_lists_the_rules_that_ran_with_their_ruleset(house_violation: Path):
    sarif = json.loads(run_cli("lint", str(house_violation), "--format", "sarif").stdout)
    driver = sarif["runs"][0]["tool"]["driver"]
    assert {rule["id"] for rule in driver["rules"]} == {rule.ID for rule in MINTLIFY_RULES}
    assert {tag for rule in driver["rules"] for tag in rule["properties"]["tags"]} == {"mintlify"}


# Config mistakes: exit 2, the file named, never a traceback


def test_config_extends_is_read(house_violation: Path):
    (house_violation / "docsgen.toml").write_text(
        '[lint]\nextends = ["modelslab", "mintlify", "modelslab"]\n'
    )
    outcome = lint_docs(house_violation)
    assert outcome.rulesets == ("mintlify", "modelslab")
    assert set(outcome.rules) == set(RULES)


def test_unknown_ruleset_suggests_the_close_one(house_violation: Path):
    output = config_error(house_violation, '[lint]\nextends = ["modelslap"]\n')
    assert "docsgen.toml:2:13: unknown ruleset 'modelslap' (did you mean 'modelslab'?)" in output


def test_unknown_ruleset_without_a_close_one_lists_them(house_violation: Path):
    output = config_error(house_violation, '[lint]\nextends = ["recommended"]\n')
    assert "unknown ruleset 'recommended'; known: mintlify, modelslab" in output


def test_extends_as_a_string_says_how_to_write_it(house_violation: Path):
    output = config_error(house_violation, '[lint]\nextends = "modelslab"\n')
    assert (
        'docsgen.toml:2:1: extends must be a list of ruleset names: write extends = ["modelslab"]'
        in output
    )


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        (
            "[lint]\nextends = 3\n",
            "extends must be a list of ruleset names (mintlify, modelslab), not the number 3",
        ),
        (
            "[lint]\nextends = [true]\n",
            "extends lists ruleset names as strings, not the boolean true",
        ),
        (
            "[lint]\nextends = { modelslab = true }\n",
            "extends must be a list of ruleset names (mintlify, modelslab), not a table",
        ),
        ('[lint]\nseverity = "off"\n', "severity must be a table of rule ids"),
        ('[lint]\nignore = ["legacy/**"]\n', "ignore must be a table of path globs"),
        (
            '[lint]\nignore = { "legacy/**" = 1 }\n',
            "ignore of 'legacy/**' must be a list of rule ids",
        ),
        (
            '[lint]\nseverity = { "links-resolve" = 2 }\n',
            "severity of 'links-resolve' must be one of error, warning, off, not 2",
        ),
        (
            '[lint]\nextend = ["modelslab"]\n',
            "unknown lint setting 'extend'; did you mean 'extends'?",
        ),
        ("lint = 5\n", "[lint] must be a table, not the number 5"),
    ],
)
def test_wrong_value_types_are_input_errors(house_violation: Path, toml: str, message: str):
    assert message in config_error(house_violation, toml)


def test_wrong_types_in_pyproject_name_the_file(house_violation: Path):
    output = config_error(
        house_violation, "[tool.docsgen.lint]\nextends = 1.5\n", name="pyproject.toml"
    )
    assert "pyproject.toml:2:1: extends must be a list" in output


def test_config_problems_are_collected_not_stopped_at_the_first(house_violation: Path):
    (house_violation / "docsgen.toml").write_text(
        '[lint]\nextends = ["modelslap"]\nseverity = { "page-registerd" = "off" }\n'
    )
    with pytest.raises(InputError) as error:
        lint_docs(house_violation)
    assert len(error.value.problems) == 2


# Commands


def test_rules_shows_and_filters_by_ruleset():
    everything = run_cli("rules").output.splitlines()
    assert len(everything) == len(RULES)
    for line in everything:
        rule_id, ruleset = line.split()[:2]
        assert RULESET_OF[rule_id] == ruleset
    house = run_cli("rules", "--ruleset", "modelslab")
    assert house.exit_code == 0
    assert {line.split()[0] for line in house.output.splitlines()} == MODELSLAB_IDS
    unknown = run_cli("rules", "--ruleset", "modelslap")
    assert unknown.exit_code == 2
    assert "Did you mean 'modelslab'?" in unknown.output


def test_explain_names_the_ruleset():
    assert "Ruleset: modelslab" in run_cli("explain", "paramfield-body").output
    assert "Ruleset: mintlify (always on)" in run_cli("explain", "links-resolve").output


# Our own sites and a foreign Mintlify repo


def test_our_docs_switch_on_the_house_rules():
    outcome = lint_docs(PROJECT / "docs-v2")
    assert outcome.rulesets == ("mintlify", "modelslab")
    modellix = PROJECT / "examples" / "modellix"
    outcome = lint_docs(modellix / "docs", modellix / "docsgen.toml")
    assert outcome.rulesets == ("mintlify", "modelslab")
    assert BY_ID["public-spec-responses"] in outcome.rules  # runs, switched off by severity


def test_no_house_rule_runs_on_a_foreign_mintlify_repo():
    corpus = _find_foreign_corpus()
    if not (corpus / "docs.json").is_file():
        pytest.fail(f"Mintlify docs snapshot not found at {corpus}")
    _, data = lint_json(corpus)
    assert data["summary"]["rulesets"] == ["mintlify"]
    assert data["summary"]["files"] > 1000
    assert {f["rule"] for f in data["findings"]} & MODELSLAB_IDS == set()
