"""Command line: `docsgen generate` (more commands join here). Exit codes: 0 fine, 1 findings or
drift, 2 bad input or usage. Heavy libraries are imported inside commands to keep start-up fast."""

from __future__ import annotations

import sys
from pathlib import Path

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
