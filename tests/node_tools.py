"""Run the real MDX compiler and Mintlify's docs.json validator (node packages pinned in
tests/node/) from the tests.

These are test dependencies, installed on first use with `npm ci` from the lock file. A missing
node or npm is an error, never a skip: the checks they make are part of what CI promises.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

NODE_DIR = Path(__file__).resolve().parent / "node"


@dataclass(frozen=True)
class MdxResult:
    file: str
    ok: bool
    message: str | None
    line: int | None
    column: int | None
    text: str | None = None  # what a reader sees, when asked for


@cache
def ensure_node_packages() -> Path:
    """Install tests/node/node_modules from the lock file when missing or stale."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise RuntimeError(
                f"`{tool}` is not on PATH. Install Node.js 20+ with npm: the tests compile "
                "pages with @mdx-js/mdx and validate docs.json with @mintlify/validation."
            )
    modules = NODE_DIR / "node_modules"
    marker = modules / ".package-lock.json"
    lock = NODE_DIR / "package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        completed = subprocess.run(
            ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
        )
        if completed.returncode != 0:
            raise RuntimeError(f"npm ci failed in {NODE_DIR}:\n{completed.stderr}")
    return NODE_DIR


def _node(script: str, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    ensure_node_packages()
    completed = subprocess.run(
        ["node", str(NODE_DIR / script), *args],
        input=stdin,
        capture_output=True,
        text=True,
    )
    if completed.returncode not in (0, 1):
        raise RuntimeError(f"{script} failed ({completed.returncode}):\n{completed.stderr}")
    return completed


def compile_mdx(paths: Iterable[Path], with_text: bool = False) -> list[MdxResult]:
    """Compile every file in one node process; with_text also returns each page's visible text."""
    files = [str(path) for path in paths]
    if not files:
        return []
    flags = ["--text"] if with_text else []
    completed = _node("compile-mdx.mjs", *flags, "-", stdin="\n".join(files) + "\n")
    return [MdxResult(**item) for item in json.loads(completed.stdout)]


def validate_docs_json(path: Path) -> list[str]:
    """Mintlify's verdict on a docs.json: the error messages, empty when valid."""
    completed = _node("validate-docs-json.mjs", str(path))
    report = json.loads(completed.stdout)
    return [f"{error['path']}: {error['message']}" for error in report["errors"]]


def sarif_schema() -> dict:
    """The SARIF 2.1.0 JSON schema, as shipped by Microsoft's @microsoft/jest-sarif package."""
    path = ensure_node_packages() / "node_modules/@microsoft/jest-sarif/lib/schemas"
    return json.loads((path / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def check_javascript(paths: Iterable[Path]) -> list[tuple[str, str]]:
    """(file, error) for every JavaScript file that does not parse."""
    files = [str(path) for path in paths]
    if not files:
        return []
    completed = _node("check-js.mjs", "-", stdin="\n".join(files) + "\n")
    return [(r["file"], r["message"]) for r in json.loads(completed.stdout) if not r["ok"]]
