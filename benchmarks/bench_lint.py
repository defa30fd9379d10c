"""Time `docsgen lint` as CI runs it: one whole CLI process, best of several runs.

Run: .venv/bin/python benchmarks/bench_lint.py [--rules] [--operations N] [DOCS_DIR ...]
Default: the ModelsLab corpus snapshot in ../shared (≈350 pages, 35 specs) and docs-v2/.
--rules: time each rule in this process instead (best of several runs, each on a freshly read
repo, spec-valid left out), to see which rule costs what. Rules share what they parse, so the
first rule to ask for something (a page's tags, a spec's line index) pays for it.
--operations N: lint (per rule) a synthetic folder with one public spec of N operations, each
with findings, to see how the spec rules scale with the size of a spec.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus" / "modelslab-docs-v2-2026-01-06"
RUNS = 7


def best_of(command: list[str]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, cwd=PROJECT)
        best = min(best, time.perf_counter() - start)
    return best


def rule_times(target: Path) -> None:
    sys.path.insert(0, str(PROJECT))  # this checkout's generator, as the CLI runs below
    from generator.lint.rules import RULES
    from generator.repo.repo import Repo

    rules = [rule for rule in RULES if rule.ID != "spec-valid"]
    best = dict.fromkeys((rule.ID for rule in rules), float("inf"))
    for _ in range(RUNS):
        repo = Repo.load(target)
        for page in repo.pages.values():  # parse pages up front, as the rules would share it
            _ = page.fences, page.tags, page.headings, page.links
        for rule in rules:
            start = time.perf_counter()
            for _ in rule.check(repo):
                pass
            best[rule.ID] = min(best[rule.ID], time.perf_counter() - start)
    print(f"{target.name}: rules {sum(best.values()) * 1000:.1f} ms (best of {RUNS} each)")
    for rule_id, seconds in sorted(best.items(), key=lambda item: -item[1])[:60]:
        print(f"  {seconds * 1000:7.2f} ms  {rule_id}")


def synthetic_spec(folder: Path, operations: int) -> Path:
    """A docs folder with one spec whose every operation has findings (an undeclared path
    parameter, responses of the wrong shape), so rules ask for one line per operation."""
    paths = {
        f"/operation{n}/{{id}}": {"post": {"summary": f"Operation {n}", "responses": {}}}
        for n in range(operations)
    }
    spec = {"openapi": "3.1.0", "info": {"title": "Big", "version": "1"}, "paths": paths}
    target = folder / "synthetic"
    (target / "big").mkdir(parents=True)
    (target / "big" / "openapi.json").write_text(json.dumps(spec, indent=2), encoding="utf-8")
    return target


def main() -> None:
    args = sys.argv[1:]
    per_rule = "--rules" in args
    if "--operations" in args:
        at = args.index("--operations")
        with tempfile.TemporaryDirectory() as folder:
            rule_times(synthetic_spec(Path(folder), int(args[at + 1])))
        return
    targets = [Path(arg) for arg in args if arg != "--rules"] or [CORPUS, PROJECT / "docs-v2"]
    for target in targets:
        if per_rule:
            rule_times(target)
            continue
        pages = sum(1 for _ in target.rglob("*.mdx"))
        specs = sum(1 for _ in target.rglob("openapi*.json"))
        seconds = best_of(
            [sys.executable, "-m", "generator", "lint", str(target), "--format", "json"]
        )
        print(
            f"{target.name}: {pages} pages, {specs} specs: lint {seconds:.2f}s wall "
            f"(best of {RUNS})"
        )


if __name__ == "__main__":
    main()
