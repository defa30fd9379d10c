"""Time each lint rule on its own, after the shared page model is parsed (as in a lint run,
where every rule reads the same parsed pages). Best of several runs, in milliseconds.

Run: .venv/bin/python benchmarks/bench_rules.py [DOCS_DIR] [RULE ...]
Default: the Mintlify snapshot in ../shared (1,103 pages) and the navigation, registration,
frontmatter and link rules.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from generator.lint.rules import BY_ID
from generator.repo.repo import Repo

PROJECT = Path(__file__).resolve().parent.parent
CORPUS = PROJECT.parent / "shared" / "corpus" / "mintlify-docs-2026-08-21"
RULES = (
    "docs-json-valid",
    "page-registered",
    "nav-entry-exists",
    "nav-duplicate-page",
    "frontmatter-valid",
    "links-resolve",
    "link-anchors",
)
RUNS = 5


def run_once(target: Path, rules: list[str]) -> dict[str, float]:
    repo = Repo.load(target)
    for page in repo.pages.values():
        _ = (page.tags, page.links, page.fences)  # the shared page model every rule reads
    times = {}
    for rule in rules:
        start = time.perf_counter()
        for _ in BY_ID[rule].check(repo):
            pass
        times[rule] = time.perf_counter() - start
    return times


def main() -> None:
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    rules = sys.argv[2:] or list(RULES)
    runs = [run_once(target, rules) for _ in range(RUNS)]
    best = {rule: min(run[rule] for run in runs) for rule in rules}
    for rule, seconds in best.items():
        print(f"{rule:28s} {seconds * 1000:8.1f} ms")
    print(f"{'all of them':28s} {min(sum(run.values()) for run in runs) * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
