"""Decide what `generate` changes in the docs folder, then change it safely.

The generator owns the files listed in its manifest (with the hash it wrote). That lets it
delete files whose endpoint left the catalog, leave hand-written pages alone, and notice a
generated file that someone edited by hand. Nothing is written until the whole plan is known,
each write is atomic (temp file + rename), and the manifest is written last, so an interrupted
run leaves every file either old or new and the next run finishes the job.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".docsgen-manifest.json"
DOCS_JSON = "docs.json"
_TEMP_PREFIX = ".docsgen-tmp-"


def digest(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class Manifest:
    """What the previous run generated: file hashes and the navigation it registered."""

    files: dict[str, str] = field(default_factory=dict)
    pages: tuple[str, ...] = ()
    groups: tuple[tuple[str, ...], ...] = ()

    def to_bytes(self) -> bytes:
        data = {
            "generator": "docsgen",
            "note": "Files docsgen owns in this folder. Do not edit; run `make generate`.",
            "files": dict(sorted(self.files.items())),
            "navigation": {
                "pages": list(self.pages),
                "groups": [list(g) for g in self.groups],
            },
        }
        return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode()

    @classmethod
    def from_data(cls, data: dict | None) -> Manifest:
        """Build from the parsed manifest file (None when there is none yet)."""
        if not data:
            return cls()
        navigation = data.get("navigation", {})
        return cls(
            files=dict(data.get("files", {})),
            pages=tuple(navigation.get("pages", [])),
            groups=tuple(tuple(g) for g in navigation.get("groups", [])),
        )


@dataclass(frozen=True)
class Conflict:
    path: str
    reason: str


@dataclass
class Plan:
    writes: dict[str, bytes] = field(default_factory=dict)  # path -> new content (changed only)
    deletes: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unchanged: int = 0
    old_contents: dict[str, bytes] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not self.writes and not self.deletes


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def plan_changes(
    out_dir: Path,
    generated: dict[str, bytes],
    merged: dict[str, bytes],
    previous: Manifest,
    force: bool = False,
) -> Plan:
    """Compare wanted contents with the docs folder.

    generated: files docsgen owns entirely (pages, specs, manifest).
    merged: files docsgen shares with people (docs.json); never a conflict.
    """
    plan = Plan()
    for rel, content in sorted({**generated, **merged}.items()):
        current = _read(out_dir / rel)
        if current == content:
            plan.unchanged += 1
            continue
        if current is not None:
            plan.old_contents[rel] = current
            if rel in generated and rel != MANIFEST and not force:
                reason = _edited_reason(rel, current, previous)
                if reason:
                    plan.conflicts.append(Conflict(rel, reason))
                    continue
        plan.writes[rel] = content
    for rel in sorted(set(previous.files) - set(generated)):
        current = _read(out_dir / rel)
        if current is None:
            continue
        if digest(current) != previous.files[rel] and not force:
            plan.conflicts.append(
                Conflict(
                    rel,
                    "its endpoint left the catalog, but the file was edited by hand "
                    "since it was generated; move your edits to the catalog or delete it",
                )
            )
            continue
        plan.old_contents[rel] = current
        plan.deletes.append(rel)
    return plan


def _edited_reason(rel: str, current: bytes, previous: Manifest) -> str | None:
    recorded = previous.files.get(rel)
    if recorded is None:
        return (
            "a file that docsgen did not generate is in the way; rename it, remove it, or "
            "rerun with --force to overwrite it"
        )
    if digest(current) != recorded:
        return (
            "edited by hand since it was generated; move the change into the catalog, or "
            "rerun with --force to discard it"
        )
    return None


def unified_diff(plan: Plan) -> str:
    """What `--check` prints: one unified diff per changed or deleted file."""
    chunks = []
    for rel in sorted([*plan.writes, *plan.deletes]):
        old = plan.old_contents.get(rel, b"").decode("utf-8", "replace").splitlines(keepends=True)
        new = plan.writes.get(rel, b"").decode("utf-8", "replace").splitlines(keepends=True)
        chunks.append("".join(difflib.unified_diff(old, new, f"a/{rel}", f"b/{rel}")))
    return "\n".join(c if c.endswith("\n") else c + "\n" for c in chunks if c)


def write_atomic(path: Path, content: bytes) -> None:
    """Write next to the target and rename over it: readers see the old or the new file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=_TEMP_PREFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            os.chmod(temp_name, path.stat().st_mode & 0o777)
        else:
            os.chmod(temp_name, 0o644)
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def apply_plan(out_dir: Path, plan: Plan, on_file: Callable[[str], None] | None = None) -> None:
    """Carry out the plan; the manifest goes last so it never claims unwritten files."""
    remove_stale_temp_files(out_dir)
    ordered = sorted(plan.writes, key=lambda rel: (rel == MANIFEST, rel))
    for rel in ordered:
        if rel == MANIFEST:
            continue
        write_atomic(out_dir / rel, plan.writes[rel])
        if on_file:
            on_file(rel)
    for rel in plan.deletes:
        target = out_dir / rel
        target.unlink(missing_ok=True)
        _remove_empty_parents(target.parent, out_dir)
        if on_file:
            on_file(rel)
    if MANIFEST in plan.writes:
        write_atomic(out_dir / MANIFEST, plan.writes[MANIFEST])


def _remove_empty_parents(folder: Path, stop: Path) -> None:
    stop = stop.resolve()
    while folder.resolve() != stop and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def remove_stale_temp_files(out_dir: Path) -> None:
    """Temp files survive only a hard kill mid-write; they are ours and safe to drop."""
    if out_dir.is_dir():
        for stale in out_dir.rglob(f"{_TEMP_PREFIX}*"):
            stale.unlink(missing_ok=True)
