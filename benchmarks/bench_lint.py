"""Time `docsgen lint` as CI runs it: one whole CLI process, best of several runs.

Run: .venv/bin/python benchmarks/bench_lint.py [DOCS_DIR ...]
Default: the ModelsLab corpus snapshot in ../shared (≈350 pages, 35 specs) and docs-v2/.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus" / "modelslab-docs-v2-2026-01-06"
RUNS = 7


def best_of(command: list[str]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    targets = [Path(arg) for arg in sys.argv[1:]] or [CORPUS, PROJECT / "docs-v2"]
    for target in targets:
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
