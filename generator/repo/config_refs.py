"""docs.json split across files: Mintlify replaces every `{"$ref": "./part.json"}` object with
the parsed file it names (resolved against the referring file's folder, never outside the docs
folder), keeping sibling keys next to `$ref` over the referenced ones. Every referenced file is
read once here; resolving is pure and works on what was read."""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from generator.repo.json_file import JsonFile


@dataclass(frozen=True)
class RefProblem:
    file: str  # the file that holds the $ref
    ref: str  # the $ref as written
    message: str


def ref_of(node: Any) -> str | None:
    """The `$ref` string of an object, or None."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        return node["$ref"]
    return None


def ref_path(ref: str, from_file: str) -> str | None:
    """The docs-folder-relative path a $ref names, or None when it leaves the docs folder."""
    joined = posixpath.join(posixpath.dirname(from_file), ref.replace("\\", "/"))
    if ref.startswith("/"):
        return None
    normalized = posixpath.normpath(joined)
    if normalized in ("", ".") or normalized == ".." or normalized.startswith("../"):
        return None
    return normalized


def _refs_in(node: Any) -> Iterator[str]:
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = ref_of(item)
            if ref is not None:
                yield ref
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def load_refs(
    docs: JsonFile, read: Callable[[str], str | None]
) -> tuple[dict[str, JsonFile], list[RefProblem]]:
    """Every file reachable through `$ref` from docs.json, parsed once, and the refs that fail.

    `read(path)` returns a file's text, or None when it does not exist (or is not confined).
    """
    loaded: dict[str, JsonFile] = {}
    problems: list[RefProblem] = []
    edges: dict[str, list[tuple[str, str]]] = {}  # file -> (ref as written, target)
    queue: list[JsonFile] = [docs]
    while queue:
        current = queue.pop()
        for ref in _refs_in(current.data):
            target = ref_path(ref, current.file)
            if target is None:
                problems.append(RefProblem(current.file, ref, "points outside the docs folder"))
                continue
            edges.setdefault(current.file, []).append((ref, target))
            if target in loaded or target == docs.file:
                continue
            text = read(target)
            if text is None:
                problems.append(RefProblem(current.file, ref, f"{target} does not exist"))
                continue
            parsed = JsonFile.parse(target, text)
            loaded[target] = parsed
            if parsed.error:
                line, column, message = parsed.error
                problems.append(
                    RefProblem(current.file, ref, f"{target}:{line}:{column}: {message}")
                )
                continue
            queue.append(parsed)
    problems += _cycles(docs.file, edges)
    return loaded, problems


def _cycles(start: str, edges: dict[str, list[tuple[str, str]]]) -> list[RefProblem]:
    """Refs that lead back to a file already being resolved (Mintlify rejects those)."""
    found: list[RefProblem] = []
    done: set[str] = set()

    def visit(file: str, chain: tuple[str, ...]) -> None:
        for ref, target in edges.get(file, []):
            if target in chain:
                cycle = " -> ".join((*chain[chain.index(target) :], target))
                found.append(RefProblem(file, ref, f"makes a cycle ({cycle})"))
            elif target not in done:
                visit(target, (*chain, target))
        done.add(file)

    visit(start, (start,))
    return found


def ref_target(
    node: Any, file: str, files: Mapping[str, JsonFile], open_files: tuple[str, ...] = ()
) -> JsonFile | None:
    """The parsed file a `$ref` object names, or None when it cannot be used (missing, invalid,
    outside the docs folder, or already being resolved: a cycle)."""
    ref = ref_of(node)
    target = ref_path(ref, file) if ref is not None else None
    part = files.get(target) if target else None
    if part is None or part.error or part.file in open_files:
        return None
    return part


def resolve(
    value: Any, file: str, files: Mapping[str, JsonFile], _open: tuple[str, ...] = ()
) -> Any:
    """`value` (read from `file`) with every `$ref` replaced by what it names, as Mintlify does.
    Refs that cannot be resolved (missing, invalid, cyclic) resolve to None."""
    if ref_of(value) is not None:
        part = ref_target(value, file, files, (*_open, file))
        if part is None:
            return None
        resolved = resolve(part.data, part.file, files, (*_open, file))
        if isinstance(resolved, dict):
            merged = dict(resolved)
            for key, sibling in value.items():
                if key != "$ref":
                    merged[key] = resolve(sibling, file, files, _open)
            return merged
        return resolved
    if isinstance(value, list):
        return [resolve(item, file, files, _open) for item in value]
    if isinstance(value, dict):
        return {key: resolve(item, file, files, _open) for key, item in value.items()}
    return value
