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
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
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


@dataclass(frozen=True)
class OutlineFrontmatter:
    """The leading YAML block: its lines, and js-yaml's error when it does not parse."""

    line: int
    end_line: int
    error: str | None
    error_line: int | None
    error_column: int | None


@dataclass(frozen=True)
class OutlineHeading:
    depth: int
    text: str  # the text and inline-code values of the heading, concatenated
    line: int


@dataclass(frozen=True)
class OutlineCode:
    lang: str | None
    meta: str | None
    line: int
    end_line: int


@dataclass(frozen=True)
class OutlineAttribute:
    name: str | None  # None for a spread, {...props}
    value: str | None  # the string literal; None for a bare name or an expression
    expression: str | None  # the source of a {...} value or spread


@dataclass(frozen=True)
class OutlineJsx:
    name: str | None  # None for a fragment, <>
    flow: bool  # a block of its own (mdxJsxFlowElement) or inside a paragraph (text)
    line: int
    column: int
    attributes: tuple[OutlineAttribute, ...]


@dataclass(frozen=True)
class OutlineEsm:
    line: int
    end_line: int


@dataclass(frozen=True)
class OutlineExpression:
    flow: bool
    value: str
    line: int
    column: int


@dataclass(frozen=True)
class OutlineLink:
    kind: str  # link, image, autolink, definition, linkReference, imageReference
    url: str | None  # a reference's url is its definition's
    line: int
    column: int


@dataclass(frozen=True)
class Outline:
    """A page as the real MDX parser sees it (outline-mdx.mjs), with the compiler's verdict.

    ok/message/line/column mean what they mean in MdxResult. The outline fields are empty when
    the page does not even parse (parsed is False). Lines are 1-based and count the frontmatter.
    """

    file: str
    ok: bool
    message: str | None
    line: int | None
    column: int | None
    parsed: bool
    frontmatter: OutlineFrontmatter | None
    headings: tuple[OutlineHeading, ...]
    code: tuple[OutlineCode, ...]
    jsx: tuple[OutlineJsx, ...]
    esm: tuple[OutlineEsm, ...]
    expressions: tuple[OutlineExpression, ...]
    links: tuple[OutlineLink, ...]

    @property
    def breaks(self) -> bool:
        """The page breaks the build: the MDX does not compile, or js-yaml rejects the
        frontmatter."""
        return not self.ok or bool(self.frontmatter and self.frontmatter.error)


def _outline_from_json(item: dict) -> Outline:
    found = item["outline"] or {}
    front = found.get("frontmatter")
    error = (front or {}).get("error") or {}
    return Outline(
        file=item["file"],
        ok=item["ok"],
        message=item["message"],
        line=item["line"],
        column=item["column"],
        parsed=item["outline"] is not None,
        frontmatter=OutlineFrontmatter(
            front["line"],
            front["endLine"],
            error.get("message"),
            error.get("line"),
            error.get("column"),
        )
        if front
        else None,
        headings=tuple(
            OutlineHeading(h["depth"], h["text"], h["line"]) for h in found.get("headings", ())
        ),
        code=tuple(
            OutlineCode(c["lang"], c["meta"], c["line"], c["endLine"])
            for c in found.get("code", ())
        ),
        jsx=tuple(
            OutlineJsx(
                j["name"],
                j["flow"],
                j["line"],
                j["column"],
                tuple(OutlineAttribute(**a) for a in j["attributes"]),
            )
            for j in found.get("jsx", ())
        ),
        esm=tuple(OutlineEsm(e["line"], e["endLine"]) for e in found.get("esm", ())),
        expressions=tuple(OutlineExpression(**e) for e in found.get("expressions", ())),
        links=tuple(OutlineLink(**link) for link in found.get("links", ())),
    )


def _batches(files: list[str], count: int) -> list[list[int]]:
    """Split file indexes into `count` batches of about equal total size (largest first)."""
    sizes = {
        index: os.path.getsize(name) if os.path.exists(name) else 0
        for index, name in enumerate(files)
    }
    batches: list[list[int]] = [[] for _ in range(count)]
    totals = [0] * count
    for index in sorted(sizes, key=lambda i: (-sizes[i], i)):
        smallest = totals.index(min(totals))
        batches[smallest].append(index)
        totals[smallest] += sizes[index]
    return [batch for batch in batches if batch]


def outline_mdx(paths: Iterable[Path], workers: int | None = None) -> list[Outline]:
    """Parse and compile every file with @mdx-js/mdx and return its outline, in the order given.

    Parsing MDX costs far more than starting node (the 1,455 corpus pages take about 30 s of
    CPU), so the files are split by size into one batch per core, each batch handled by one
    node process, the processes running side by side.
    """
    files = [str(path) for path in paths]
    if not files:
        return []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    count = max(1, min(workers or cores or 1, 4, len(files)))
    batches = _batches(files, count)

    def run(batch: list[int]) -> list[object]:
        report = _run_json("outline-mdx.mjs", "-", stdin="\n".join(files[i] for i in batch) + "\n")
        assert isinstance(report, list) and len(report) == len(batch)
        return report

    ensure_node_packages()  # once, before the threads start
    results: list[Outline | None] = [None] * len(files)
    with ThreadPoolExecutor(max_workers=len(batches)) as pool:
        for batch, report in zip(batches, pool.map(run, batches), strict=True):
            for index, item in zip(batch, report, strict=True):
                results[index] = _outline_from_json(item)
    return [result for result in results if result is not None]


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
