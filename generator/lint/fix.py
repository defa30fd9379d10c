"""Apply the mechanical fixes rules offer. Each fix is local and checks that the text it
replaces is still there, so running `--fix` twice changes nothing the second time."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from generator.lint.model import Fix, RegisterPage, ReplaceInLine
from generator.write import write_atomic


def apply_fixes(root: Path, fixes: list[Fix]) -> list[str]:
    """Apply fixes under `root`; return one line per change made."""
    done: list[str] = []
    by_file: dict[str, list[ReplaceInLine]] = defaultdict(list)
    registrations: list[RegisterPage] = []
    for fix in fixes:
        if isinstance(fix, ReplaceInLine):
            by_file[fix.file].append(fix)
        else:
            registrations.append(fix)
    for file, edits in sorted(by_file.items()):
        path = root / file
        lines = path.read_text(encoding="utf-8").split("\n")
        changed = False
        for edit in edits:
            index = edit.line - 1
            if 0 <= index < len(lines) and edit.old in lines[index]:
                lines[index] = lines[index].replace(edit.old, edit.new, 1)
                changed = True
                done.append(f"{file}:{edit.line}: {edit.old.strip()!r} -> {edit.new.strip()!r}")
        if changed:
            write_atomic(path, "\n".join(lines).encode("utf-8"))
    if registrations:
        done += _register_pages(root, registrations)
    return done


def _register_pages(root: Path, registrations: list[RegisterPage]) -> list[str]:
    done = []
    by_file: dict[str, list[RegisterPage]] = defaultdict(list)
    for registration in registrations:
        by_file[registration.file].append(registration)
    for file, items in sorted(by_file.items()):
        path = root / file
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        changed = False
        for registration in items:
            if _insert_after(data, registration):
                changed = True
                done.append(f"{file}: registered {registration.page} after {registration.after}")
        if changed:
            indent = _indent_of(text)
            write_atomic(
                path, (json.dumps(data, indent=indent, ensure_ascii=False) + "\n").encode()
            )
    return done


def _insert_after(data: Any, registration: RegisterPage) -> bool:
    """Insert into exactly the list the linter read the sibling from, and nowhere else."""
    node = data
    for step in registration.container:
        if (isinstance(step, int) and isinstance(node, list) and 0 <= step < len(node)) or (
            isinstance(step, str) and isinstance(node, dict) and step in node
        ):
            node = node[step]
        else:
            return False
    if not isinstance(node, list) or registration.page in node or registration.after not in node:
        return False
    node.insert(node.index(registration.after) + 1, registration.page)
    return True


def _indent_of(text: str) -> int:
    match = re.search(r"\n( +)\S", text)
    return len(match.group(1)) if match else 2
