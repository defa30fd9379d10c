"""Time `docsgen generate` on the project's catalog and on a large synthetic one.

Run: .venv/bin/python benchmarks/bench_generate.py [--groups 40] [--endpoints 10]

Each figure is the best of several whole CLI processes (fresh interpreter, like `make generate`),
so start-up and imports are included. Timed tests would be flaky on shared machines; this
script is for people comparing changes.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

PROJECT = Path(__file__).resolve().parent.parent
DOCSGEN = [sys.executable, "-m", "generator"]


def best_of(runs: int, command: list[str]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def synthetic_catalog(target: Path, groups: int, endpoints: int) -> None:
    """The project's site file plus `groups` public groups of `endpoints` endpoints each."""
    shutil.copytree(PROJECT / "catalog", target)
    site = yaml.safe_load((target / "site.yaml").read_text())
    extra = []
    template = yaml.safe_load((target / "video.yaml").read_text())
    for g in range(groups):
        group = dict(template)
        group["group"] = f"Bench Group {g}"
        group["folder"] = f"bench/group-{g}"
        group.pop("fetch_endpoint", None)  # the synthetic endpoints have no fetch endpoint
        group["endpoints"] = [
            {
                **template["endpoints"][i % 2],
                "slug": f"endpoint-{i}",
                "path": f"/endpoint_{i}",
                "async": False,
            }
            for i in range(endpoints)
        ]
        (target / f"bench-{g}.yaml").write_text(yaml.safe_dump(group, sort_keys=False))
        extra.append({"catalog": f"bench-{g}"})
    site["tabs"].append({"tab": "Benchmark", "groups": extra})
    (target / "site.yaml").write_text(yaml.safe_dump(site, sort_keys=False))


def measure(label: str, catalog: Path, out: Path, runs: int) -> None:
    args = ["generate", "--catalog", str(catalog), "--out", str(out)]
    check = subprocess.run([*DOCSGEN, *args, "--check"], capture_output=True, text=True)
    if check.returncode == 2:
        raise SystemExit(f"{label}: the catalog is invalid:\n{check.stderr}")
    first = best_of(1, [*DOCSGEN, *args])
    pages = sum(1 for _ in out.rglob("*.mdx"))
    noop = best_of(runs, [*DOCSGEN, *args])
    check = best_of(runs, [*DOCSGEN, *args, "--check"])
    print(
        f"{label}: {pages} pages | first run {first:.2f}s | no-op run {noop:.2f}s | "
        f"--check {check:.2f}s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=40)
    parser.add_argument("--endpoints", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    help_time = best_of(options.runs, [*DOCSGEN, "--help"])
    print(f"docsgen --help: {help_time:.2f}s")
    with tempfile.TemporaryDirectory() as temp:
        root = Path(temp)
        shutil.copytree(PROJECT / "docs-v2", root / "starter-out")
        measure("ModelsLab catalog", PROJECT / "catalog", root / "starter-out", options.runs)
        synthetic_catalog(root / "big", options.groups, options.endpoints)
        shutil.copytree(PROJECT / "docs-v2", root / "big-out")
        measure("synthetic catalog", root / "big", root / "big-out", options.runs)


if __name__ == "__main__":
    main()
