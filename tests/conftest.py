"""Shared fixtures: a throw-away copy of the starter catalog and its hand-written pages."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main
from generator.write import DOCS_JSON, MANIFEST

PROJECT = Path(__file__).resolve().parent.parent
CATALOG = PROJECT / "catalog"
DOCS = PROJECT / "docs-v2"


@dataclass
class Workspace:
    root: Path
    catalog: Path
    out: Path

    def generate(self, *extra: str) -> Result:
        return run_cli("generate", "--catalog", str(self.catalog), "--out", str(self.out), *extra)

    def read(self, rel: str) -> str:
        return (self.out / rel).read_text(encoding="utf-8")

    def docs_json(self) -> dict:
        return json.loads(self.read(DOCS_JSON))

    def edit_catalog(self, name: str, old: str, new: str) -> None:
        path = self.catalog / name
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {name}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")


def run_cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def hand_written_files() -> list[Path]:
    """Files in docs-v2 that the generator does not own (it never writes them)."""
    owned = set(json.loads((DOCS / MANIFEST).read_text())["files"])
    return [
        path
        for path in DOCS.rglob("*")
        if path.is_file() and path.relative_to(DOCS).as_posix() not in owned | {MANIFEST, DOCS_JSON}
    ]


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep the spec-validation cache of test runs out of the user's cache folder."""
    import os

    os.environ["DOCSGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("docsgen-cache"))


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    """The starter catalog plus the hand-written pages, before any generation."""
    catalog = tmp_path / "catalog"
    out = tmp_path / "docs-v2"
    shutil.copytree(CATALOG, catalog)
    for path in hand_written_files():
        target = out / path.relative_to(DOCS)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
    return Workspace(tmp_path, catalog, out)


@pytest.fixture
def generated(workspace: Workspace) -> Workspace:
    """The workspace after one successful `docsgen generate`."""
    result = workspace.generate()
    assert result.exit_code == 0, result.output
    return workspace


def pytest_terminal_summary(terminalreporter) -> None:
    """Print the page model's agreement with the MDX compiler when a test measured it."""
    from tests.referee import FIGURES

    if not FIGURES:
        return
    terminalreporter.section("page model agreement with the MDX compiler")
    for name, tallies in FIGURES.items():
        terminalreporter.write_line(name)
        for category, tally in tallies.items():
            terminalreporter.write_line(f"  {category:<11} {tally.figure}")
