"""Command line: `docsgen generate` (more commands join here). Exit codes: 0 fine, 1 findings or
drift, 2 bad input or usage. Heavy libraries are imported inside commands to keep start-up fast."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from generator import __version__


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="docsgen")
def main() -> None:
    """Generate and lint the ModelsLab Mintlify docs from a YAML endpoint catalog."""


@main.command()
@click.option(
    "--catalog",
    "catalog_dir",
    default="catalog",
    show_default=True,
    type=click.Path(path_type=Path),
    help="Folder with site.yaml and the group files.",
)
@click.option(
    "--out",
    "out_dir",
    default="docs-v2",
    show_default=True,
    type=click.Path(path_type=Path),
    help="The Mintlify docs folder to write.",
)
@click.option(
    "--check",
    is_flag=True,
    help="Write nothing; exit 1 and print a diff if the docs folder is out of date.",
)
@click.option(
    "--force",
    is_flag=True,
    help="Overwrite or delete generated files even if they were edited by hand.",
)
def generate(catalog_dir: Path, out_dir: Path, check: bool, force: bool) -> None:
    """Write every page, spec and navigation entry the catalog describes."""
    from generator.generate import generate as run_generate
    from generator.generate import plan_generation
    from generator.problems import InputError
    from generator.write import unified_diff

    try:
        if check:
            plan = plan_generation(catalog_dir, out_dir, force=force)
        else:
            result = run_generate(catalog_dir, out_dir, force=force)
            plan = result.plan
    except InputError as error:
        for problem in error.problems:
            click.echo(str(problem), err=True)
        click.echo(
            f"docsgen: {len(error.problems)} problem(s) in the input; nothing was written.",
            err=True,
        )
        sys.exit(2)

    for conflict in plan.conflicts:
        click.echo(f"{out_dir / conflict.path}: {conflict.reason}", err=True)
    if check:
        if plan.is_empty and not plan.conflicts:
            click.echo(f"{out_dir} is up to date with the catalog.")
            return
        click.echo(unified_diff(plan), nl=False)
        changed = len(plan.writes) + len(plan.deletes)
        click.echo(
            f"{out_dir} is out of date: {changed} file(s) differ; run `make generate`.", err=True
        )
        sys.exit(1)
    if plan.conflicts:
        click.echo(
            f"docsgen: refused to overwrite {len(plan.conflicts)} file(s); nothing was written.",
            err=True,
        )
        sys.exit(1)
    if plan.is_empty:
        click.echo(f"{out_dir} is up to date ({plan.unchanged} files unchanged).")
        return
    for rel in sorted(plan.writes):
        verb = "updated" if rel in plan.old_contents else "created"
        click.echo(f"  {verb} {out_dir / rel}")
    for rel in plan.deletes:
        click.echo(f"  deleted {out_dir / rel}")
    click.echo(
        f"Wrote {len(plan.writes)} file(s), deleted {len(plan.deletes)}, "
        f"{plan.unchanged} unchanged in {out_dir}."
    )


@main.command()
@click.argument("docs_dir", default="docs-v2", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "output_format",
    default="text",
    show_default=True,
    type=click.Choice(["text", "json", "sarif", "github"]),
    help="Output format.",
)
@click.option("--fix", is_flag=True, help="Apply the mechanical fixes, then report what is left.")
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    help="Report only findings not in FILE; the first run records FILE.",
)
@click.option(
    "--changed-since",
    metavar="REF",
    help="Report only findings in files changed since the git REF (and the cross-file "
    "findings those changes affect).",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    help="Config file (default: docsgen.toml or pyproject.toml).",
)
def lint(
    docs_dir: Path,
    output_format: str,
    fix: bool,
    baseline: Path | None,
    changed_since: str | None,
    config_file: Path | None,
) -> None:
    """Check every page, spec and docs.json entry in DOCS_DIR against the rules.

    The `mintlify` ruleset always runs; the config's `extends` adds others (`docsgen rules`)."""
    from generator.lint.formats import FORMATS
    from generator.lint.formats.summary import summarize
    from generator.lint.run import lint_docs
    from generator.problems import InputError

    try:
        outcome = lint_docs(docs_dir, config_file, fix, baseline, changed_since)
    except InputError as error:
        for problem in error.problems:
            click.echo(str(problem), err=True)
        sys.exit(2)
    for change in outcome.fixed:
        click.echo(f"fixed {change}", err=True)
    if outcome.baseline_recorded:
        click.echo(
            f"Recorded {outcome.known} finding(s) in {outcome.baseline_recorded}; later "
            "runs report only new ones.",
            err=True,
        )
    summary = summarize(outcome.findings, outcome.files_checked)
    summary["rulesets"] = list(outcome.rulesets)
    prefix = _path_prefix(docs_dir)
    rendered = FORMATS[output_format](
        outcome.findings,
        summary,
        color=sys.stdout.isatty(),
        rules=outcome.rules,
        path_prefix=prefix,
    )
    click.echo(rendered, nl=False)
    if outcome.known and not outcome.baseline_recorded:
        click.echo(f"({outcome.known} known finding(s) hidden by the baseline)", err=True)
    if summary["errors"]:
        sys.exit(1)


def _path_prefix(docs_dir: Path) -> str:
    """Annotations (github, sarif) need paths from the repository root, i.e. the cwd."""
    try:
        relative = docs_dir.resolve().relative_to(Path.cwd().resolve())
    except ValueError:
        return ""
    return "" if str(relative) == "." else f"{relative.as_posix()}/"


@main.command("rules")
@click.option("--ruleset", metavar="NAME", help="List only the rules of this ruleset.")
def list_rules(ruleset: str | None) -> None:
    """List every lint rule with its ruleset and default severity.

    The mintlify ruleset always runs; others run when the config's [lint] extends names them."""
    from generator.lint.rules import RULES, RULESET_OF, RULESETS

    if ruleset is not None and ruleset not in RULESETS:
        _unknown("ruleset", ruleset, list(RULESETS))
    rules = RULESETS[ruleset] if ruleset else RULES
    width = max(len(rule.ID) for rule in rules)
    set_width = max(len(name) for name in RULESETS)
    for rule in rules:
        fixable = " (fixable)" if getattr(rule, "FIXABLE", False) else ""
        click.echo(
            f"{rule.ID:<{width}}  {RULESET_OF[rule.ID]:<{set_width}}  {rule.SEVERITY:<7}  "
            f"{rule.SUMMARY}{fixable}"
        )


@main.command()
@click.argument("rule_id")
def explain(rule_id: str) -> None:
    """Print the documentation of RULE_ID with a passing and a failing example."""
    from generator.lint.explain import explain_rule
    from generator.lint.rules import BY_ID

    rule = BY_ID.get(rule_id)
    if rule is None:
        _unknown("rule", rule_id, list(BY_ID))
    click.echo(explain_rule(rule))


def _unknown(what: str, name: str, known: list[str]) -> NoReturn:
    import difflib

    close = difflib.get_close_matches(name, known, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else " `docsgen rules` lists them."
    click.echo(f"docsgen: unknown {what} '{name}'.{hint}", err=True)
    sys.exit(2)


@main.command("import")
@click.argument("src_docs_dir", type=click.Path(path_type=Path, exists=True, file_okay=False))
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Empty folder for the catalog and the import report.",
)
def import_command(src_docs_dir: Path, out_dir: Path) -> None:
    """Turn an existing Mintlify docs folder into a catalog that regenerates it."""
    from generator.importer.run import import_repo
    from generator.importer.write import REPORT_FILE, write_import
    from generator.problems import InputError

    if not (src_docs_dir / "docs.json").is_file():
        click.echo(f"{src_docs_dir}: no docs.json here; pass the Mintlify docs folder", err=True)
        sys.exit(2)
    result = import_repo(src_docs_dir)
    try:
        write_import(result, out_dir, str(src_docs_dir))
    except InputError as error:
        for problem in error.problems:
            click.echo(str(problem), err=True)
        sys.exit(2)
    counts = result.report.counts()
    click.echo(
        f"Imported {len(result.groups)} groups into {out_dir}: {counts['mapped']} files mapped, "
        f"{counts['kept']} kept, {counts['skipped']} skipped, "
        f"{len(result.report.normalizations)} normalizations, {len(result.report.added)} pages "
        f"added. Read {out_dir / REPORT_FILE}."
    )
