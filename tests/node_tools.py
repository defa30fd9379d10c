"""Run the real MDX compiler and Mintlify's docs.json validator from the tests.

The node packages are pinned in tests/node/package-lock.json and installed on first use with
`npm ci`, so a fresh clone (and CI) needs nothing but node and npm on PATH. A missing node or npm
is an error, never a skip: these checks are what prove the generated site builds on Mintlify, and
a test run that quietly left them out would claim more than it checked.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

NODE_DIR = Path(__file__).resolve().parent / "node"
MIN_NODE_MAJOR = 18  # @mdx-js/mdx 3 and @mintlify/validation are ESM-only packages for modern node
NPM_CI_TIMEOUT = 900  # seconds; a cold install takes about ten

_INSTALL_HINT = (
    "Install Node.js {major}+ with npm (Debian: `apt-get install nodejs npm`): the tests compile "
    "pages with @mdx-js/mdx and validate docs.json with @mintlify/validation."
)


@dataclass(frozen=True)
class MdxResult:
    """One page's verdict from compile-mdx.mjs; line/column are 1-based, None when unknown."""

    file: str
    ok: bool
    message: str | None
    line: int | None
    column: int | None
    text: str | None = None  # what a reader sees; only filled in with with_text=True


def _require_tools() -> None:
    """Fail loudly, naming what to install, when node or npm is missing or node is too old."""
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise RuntimeError(
                f"`{tool}` is not on PATH. " + _INSTALL_HINT.format(major=MIN_NODE_MAJOR)
            )
    version = subprocess.run(
        ["node", "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()
    major = int(version.lstrip("v").split(".")[0])
    if major < MIN_NODE_MAJOR:
        raise RuntimeError(
            f"node {version} is too old. " + _INSTALL_HINT.format(major=MIN_NODE_MAJOR)
        )


def _installed_and_current() -> bool:
    """npm writes node_modules/.package-lock.json last; older than the lock file means stale."""
    marker = NODE_DIR / "node_modules" / ".package-lock.json"
    lock = NODE_DIR / "package-lock.json"
    return marker.exists() and marker.stat().st_mtime >= lock.stat().st_mtime


@cache
def ensure_node_packages() -> Path:
    """Make sure tests/node/node_modules matches the lock file; return tests/node.

    Runs `npm ci` only when node_modules is missing or older than package-lock.json. The result
    is cached for the process, and an exclusive file lock keeps two pytest processes (xdist
    workers, or two runs side by side) from installing over each other.
    """
    _require_tools()
    if _installed_and_current():
        return NODE_DIR
    key = hashlib.sha256(str(NODE_DIR).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"docsgen-npm-ci-{key}.lock"
    with lock_path.open("w") as lock_file:
        fcntl.flock(lock_file, fcntl.LOCK_EX)
        if not _installed_and_current():  # another process may have installed while we waited
            completed = subprocess.run(
                ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
                cwd=NODE_DIR,
                capture_output=True,
                text=True,
                timeout=NPM_CI_TIMEOUT,
            )
            if completed.returncode != 0:
                raise RuntimeError(
                    f"`npm ci` failed in {NODE_DIR} (exit {completed.returncode}):\n"
                    f"{completed.stderr}{completed.stdout}"
                )
    return NODE_DIR


def _run_json(script: str, *args: str, stdin: str | None = None) -> object:
    """Run one of the tests/node scripts and parse its JSON report.

    Exit 0 and 1 both carry a report (1 just means "something failed the check"); anything else
    is a broken tool, not a verdict, and is raised with node's stderr.
    """
    node_dir = ensure_node_packages()
    completed = subprocess.run(
        ["node", str(node_dir / script), *args],
        input=stdin,
        capture_output=True,
        text=True,
    )
    if completed.returncode not in (0, 1):
        raise RuntimeError(f"{script} exited {completed.returncode}:\n{completed.stderr}")
    try:
        return json.loads(completed.stdout)
    except json.JSONDecodeError as error:
        raise RuntimeError(
            f"{script} printed no JSON report ({error}):\n{completed.stdout}\n{completed.stderr}"
        ) from error


def compile_mdx(paths: Iterable[Path], with_text: bool = False) -> list[MdxResult]:
    """Compile every file with @mdx-js/mdx in a single node process, in the order given.

    One process for all pages because node start-up and module loading cost more than compiling
    a page. with_text=True also renders each page and returns the text a reader would see, which
    also catches expressions like `{id}` that compile but fail when the page is rendered.
    """
    files = [str(path) for path in paths]
    if not files:
        return []
    flags = ["--text"] if with_text else []
    report = _run_json("compile-mdx.mjs", *flags, "-", stdin="\n".join(files) + "\n")
    assert isinstance(report, list)
    return [MdxResult(**item) for item in report]


def validate_docs_json(path: Path) -> list[str]:
    """Mintlify's verdict on a docs.json: one "path: message" per problem, [] when valid.

    Uses validateDocsConfig from @mintlify/validation, the check Mintlify applies to docs.json.
    """
    report = _run_json("validate-docs-json.mjs", str(path))
    assert isinstance(report, dict)
    return [f"{error['path'] or '(root)'}: {error['message']}" for error in report["errors"]]


def sarif_schema() -> dict:
    """The SARIF 2.1.0 JSON schema, as shipped in Microsoft's @microsoft/jest-sarif package."""
    path = ensure_node_packages() / "node_modules/@microsoft/jest-sarif/lib/schemas"
    return json.loads((path / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def check_javascript(paths: Iterable[Path]) -> list[tuple[str, str]]:
    """(file, error) for every JavaScript file that does not parse; checked in one process."""
    files = [str(path) for path in paths]
    if not files:
        return []
    report = _run_json("check-js.mjs", "-", stdin="\n".join(files) + "\n")
    assert isinstance(report, list)
    return [(item["file"], item["message"]) for item in report if not item["ok"]]
