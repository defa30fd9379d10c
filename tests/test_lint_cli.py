"""`docsgen lint`, `rules` and `explain` from the command line: exit codes, formats, config,
inline suppression, baseline, --fix and --changed-since, on real files."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

from generator.lint.rules import RULES
from tests.conftest import DOCS, run_cli
from tests.node_tools import sarif_schema

PUBLIC_PAGE = "video-api/text-to-video.mdx"
OTHER_PUBLIC_PAGE = "video-api/image-to-video.mdx"


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    """A copy of the generated docs-v2 (lint-clean) to break on purpose; its docsgen.toml
    switches on the modelslab ruleset."""
    target = tmp_path / "docs-v2"
    shutil.copytree(DOCS, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def break_things(docs: Path) -> None:
    edit(docs / PUBLIC_PAGE, "```bash", "```curl curl")  # public-url-fence (fixable)
    edit(docs / PUBLIC_PAGE, "### Body", "## Body")  # public-body-heading (fixable)
    (docs / "guides/orphan.mdx").write_text('---\ntitle: "Orphan"\n---\n\nAlone.\n')


def line_of(path: Path, text: str) -> int:
    return next(
        n for n, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(text)
    )


def lint(*args: str):
    return run_cli("lint", *args)


def test_generated_docs_are_lint_clean():
    result = lint(str(DOCS))
    assert result.exit_code == 0, result.output
    assert "No findings" in result.output


def test_findings_exit_1_with_path_line_column(docs: Path):
    break_things(docs)
    result = lint(str(docs))
    assert result.exit_code == 1
    fence = line_of(docs / PUBLIC_PAGE, "```curl curl")
    body = line_of(docs / PUBLIC_PAGE, "## Body")
    assert f"{PUBLIC_PAGE}:{fence}:1: error [public-url-fence]" in result.output
    assert f"{PUBLIC_PAGE}:{body}:1: error [public-body-heading]" in result.output
    assert "guides/orphan.mdx:1:1: error [page-registered]" in result.output


def test_missing_docs_json_is_a_usage_error(tmp_path: Path):
    result = lint(str(tmp_path))
    assert result.exit_code == 2
    assert "no docs.json" in result.output


def test_json_format(docs: Path):
    break_things(docs)
    result = lint(str(docs), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary"}
    first = data["findings"][0]
    assert set(first) == {"rule", "severity", "path", "line", "column", "message"}
    paths = {f["path"] for f in data["findings"]}
    assert PUBLIC_PAGE in paths  # relative to DOCS_DIR
    assert data["summary"]["errors"] == len(data["findings"])
    assert data["summary"]["by_rule"]["public-url-fence"] == 1


def test_sarif_format_matches_the_schema(docs: Path):
    break_things(docs)
    result = lint(str(docs), "--format", "sarif")
    sarif = json.loads(result.stdout)
    jsonschema.validate(sarif, sarif_schema())
    run = sarif["runs"][0]
    assert {rule["id"] for rule in run["tool"]["driver"]["rules"]} == {r.ID for r in RULES}
    assert any(r["ruleId"] == "page-registered" for r in run["results"])


def test_github_format(docs: Path):
    break_things(docs)
    result = lint(str(docs), "--format", "github")
    fence = line_of(docs / PUBLIC_PAGE, "```curl curl")
    expected = (
        f"::error file={_prefix(docs)}{PUBLIC_PAGE},line={fence},col=1,title=public-url-fence::"
    )
    assert expected in result.stdout


def _prefix(docs: Path) -> str:
    try:
        return docs.resolve().relative_to(Path.cwd().resolve()).as_posix() + "/"
    except ValueError:
        return ""


def test_config_sets_severity_and_ignores_paths(docs: Path):
    break_things(docs)
    (docs / "docsgen.toml").write_text(
        '[lint]\nextends = ["modelslab"]\n'
        'severity = { "public-url-fence" = "warning", "page-registered" = "off" }\n'
        'ignore = { "video-api/**" = ["public-body-heading"] }\n'
    )
    result = lint(str(docs))
    assert "warning [public-url-fence]" in result.output
    assert "page-registered" not in result.output
    assert "public-body-heading" not in result.output
    assert result.exit_code == 0  # only warnings left


def test_config_in_pyproject_and_unknown_rule(docs: Path):
    (docs / "docsgen.toml").unlink()  # docsgen.toml would be found first
    (docs / "pyproject.toml").write_text(
        '[tool.docsgen.lint]\nseverity = { "page-registerd" = "off" }\n'
    )
    result = lint(str(docs))
    assert result.exit_code == 2
    assert "unknown rule 'page-registerd' (did you mean 'page-registered'?)" in result.output


def test_inline_suppression(docs: Path):
    break_things(docs)
    edit(
        docs / PUBLIC_PAGE,
        "## Request",
        "{/* docsgen-disable public-body-heading */}\n\n## Request",
    )
    edit(docs / "guides/orphan.mdx", "Alone.", "Alone.")
    result = lint(str(docs))
    assert "public-body-heading" not in result.output
    assert "public-url-fence" in result.output


def test_inline_next_line_suppression(docs: Path):
    break_things(docs)
    edit(
        docs / PUBLIC_PAGE,
        "## Body",
        "{/* docsgen-disable-next-line public-body-heading */}\n## Body",
    )
    result = lint(str(docs))
    assert "public-body-heading" not in result.output


def test_baseline_records_then_reports_only_new(docs: Path, tmp_path: Path):
    break_things(docs)
    baseline = tmp_path / "lint-baseline.json"
    first = lint(str(docs), "--baseline", str(baseline))
    assert first.exit_code == 0
    assert baseline.is_file()
    again = lint(str(docs), "--baseline", str(baseline))
    assert again.exit_code == 0, again.output
    edit(docs / OTHER_PUBLIC_PAGE, "## Request", "<Warning>\nNot here.\n</Warning>\n\n## Request")
    (docs / "guides/second-orphan.mdx").write_text('---\ntitle: "Two"\n---\n')
    new = lint(str(docs), "--baseline", str(baseline))
    assert new.exit_code == 1
    assert "guides/second-orphan.mdx" in new.output
    assert "guides/orphan.mdx" not in new.output


def test_fix_repairs_mechanical_findings_once(docs: Path):
    break_things(docs)
    (docs / "top-level-orphan.mdx").write_text('---\ntitle: "Top"\n---\n')
    fence = line_of(docs / PUBLIC_PAGE, "```curl curl")
    result = lint(str(docs), "--fix")
    assert (
        f"fixed video-api/text-to-video.mdx:{fence}: '```curl curl' -> '```bash'" in result.output
    )
    assert "registered guides/orphan after guides/error-codes" in result.output
    assert "top-level-orphan.mdx:1:1: error [page-registered]" in result.stdout  # placed by hand
    assert result.exit_code == 1
    assert "public-url-fence" not in result.stdout
    fixed_page = (docs / PUBLIC_PAGE).read_text()
    assert "```bash\nPOST https://modelslab.com/api/v6/video/text2video\n```" in fixed_page
    assert "\n### Body\n" in fixed_page
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    second = lint(str(docs), "--fix")
    assert "fixed" not in second.output
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before


def test_fix_registers_a_page_next_to_its_siblings(docs: Path):
    (docs / "video-api/tips.mdx").write_text('---\ntitle: "Tips"\n---\n\nShort clips work best.\n')
    result = lint(str(docs), "--fix")
    assert result.exit_code == 0, result.output
    tabs = json.loads((docs / "docs.json").read_text())["navigation"]["tabs"]
    (video,) = [g for t in tabs for g in t["groups"] if g.get("group") == "Video"]
    assert video["pages"][-2:] == ["video-api/fetch-video", "video-api/tips"]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def test_changed_since_limits_to_changed_files_and_their_cross_file_effects(docs: Path):
    git(docs, "init", "-q")
    git(docs, "-c", "user.email=a@b", "-c", "user.name=a", "add", ".")
    git(docs, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "base")
    break_things(docs)
    (docs / "video-api/old.mdx").write_text("---\ntitle: Old\n---\n")
    git(docs, "-c", "user.email=a@b", "-c", "user.name=a", "add", ".")
    git(docs, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "old")
    edit(docs / OTHER_PUBLIC_PAGE, "## Request", "<Warning>\nNot here.\n</Warning>\n\n## Request")
    result = lint(str(docs), "--changed-since", "HEAD")
    warning = line_of(docs / OTHER_PUBLIC_PAGE, "<Warning>")
    assert f"{OTHER_PUBLIC_PAGE}:{warning}:1: error [public-no-warning]" in result.output
    assert PUBLIC_PAGE not in result.output  # broken, but not changed since HEAD
    assert "video-api/old.mdx" not in result.output
    # Touching docs.json re-checks registration for every page.
    edit(docs / "docs.json", '"theme": "mint"', '"theme": "mint" ')
    result = lint(str(docs), "--changed-since", "HEAD")
    assert "video-api/old.mdx:1:1: error [page-registered]" in result.output


def test_changed_since_bad_ref_is_a_usage_error(docs: Path):
    git(docs, "init", "-q")
    result = lint(str(docs), "--changed-since", "no-such-ref")
    assert result.exit_code == 2


def test_rules_lists_every_rule():
    result = run_cli("rules")
    for rule in RULES:
        assert rule.ID in result.output


def test_explain_prints_doc_and_examples():
    result = run_cli("explain", "public-url-fence")
    assert result.exit_code == 0
    assert "Why:" in result.output and "Passes:" in result.output and "Fails:" in result.output
    unknown = run_cli("explain", "public-url-fense")
    assert unknown.exit_code == 2
    assert "Did you mean 'public-url-fence'?" in unknown.output
