"""Apply the mechanical fixes rules offer. Each fix is local and checks that the text it
replaces is still there, so running `--fix` twice changes nothing the second time."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from generator.lint.model import Fix, RegisterPage, ReplaceInLine
from generator.repo.repo import DOCS_JSON
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
        done += _register_pages(root / DOCS_JSON, registrations)
    return done


def _register_pages(path: Path, registrations: list[RegisterPage]) -> list[str]:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    done = []
    for registration in registrations:
        if _insert_after(data.get("navigation"), registration.after, registration.page):
            done.append(f"{DOCS_JSON}: registered {registration.page} after {registration.after}")
    if done:
        indent = _indent_of(text)
        write_atomic(path, (json.dumps(data, indent=indent, ensure_ascii=False) + "\n").encode())
    return done


def _insert_after(node: Any, after: str, page: str) -> bool:
    if isinstance(node, list):
        if page in node:
            return False
        if after in node:
            node.insert(node.index(after) + 1, page)
            return True
        return any(_insert_after(item, after, page) for item in node)
    if isinstance(node, dict):
        return any(_insert_after(value, after, page) for value in node.values())
    return False


def _indent_of(text: str) -> int:
    match = re.search(r"\n( +)\S", text)
    return len(match.group(1)) if match else 2
