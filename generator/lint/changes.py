"""`--changed-since REF`: which files of the docs folder differ from a git ref."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.problems import InputError, Location, Problem


def changed_files(docs_dir: Path, ref: str) -> set[str]:
    """Files changed since `ref` (committed, staged or untracked), relative to docs_dir."""
    commands = [
        ["git", "diff", "--name-only", "--relative", ref, "--", "."],
        ["git", "ls-files", "--others", "--exclude-standard", "--", "."],
    ]
    changed: set[str] = set()
    for command in commands:
        completed = subprocess.run(command, cwd=docs_dir, capture_output=True, text=True)
        if completed.returncode != 0:
            message = completed.stderr.strip().splitlines()[-1:] or ["git failed"]
            raise InputError(
                [Problem(Location(str(docs_dir)), f"--changed-since {ref}: {message[0]}")]
            )
        changed |= {line.strip() for line in completed.stdout.splitlines() if line.strip()}
    return changed
