"""Read a Mintlify docs folder once: every page, every OpenAPI spec, docs.json, and the list of
all files (for link checks). Rules only look at this object; they never touch the disk."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from generator.house_rules import PageKind, folder_of
from generator.repo.json_file import JsonFile
from generator.repo.mdx import MdxPage
from generator.repo.navigation import NavPage, walk_pages

DOCS_JSON = "docs.json"
_SKIPPED_DIRS = {"node_modules", ".git", ".venv", "__pycache__"}


def is_spec_file(name: str) -> bool:
    return name.endswith(".json") and "openapi" in name.lower()


@dataclass
class Repo:
    root: Path
    pages: dict[str, MdxPage] = field(default_factory=dict)  # by page path (no .mdx)
    specs: dict[str, JsonFile] = field(default_factory=dict)  # by file path
    docs_json: JsonFile | None = None
    files: set[str] = field(default_factory=set)  # every file, relative, with extension

    @classmethod
    def load(cls, root: Path) -> Repo:
        repo = cls(root=root)
        root_text = str(root)
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d not in _SKIPPED_DIRS and not d.startswith("."))
            relative = os.path.relpath(folder, root_text)
            prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
            for name in sorted(names):
                rel = prefix + name
                repo.files.add(rel)
                if name.endswith(".mdx"):
                    text = _read(os.path.join(folder, name))
                    page_path = rel[: -len(".mdx")]
                    repo.pages[page_path] = MdxPage.parse(page_path, rel, text)
                elif rel == DOCS_JSON:
                    repo.docs_json = JsonFile.parse(rel, _read(os.path.join(folder, name)))
                elif is_spec_file(name):
                    repo.specs[rel] = JsonFile.parse(rel, _read(os.path.join(folder, name)))
        spec_folders = frozenset(folder_of(path) for path in repo.specs)
        for page in repo.pages.values():
            page.spec_folders = spec_folders
        return repo

    def pages_of(self, *kinds: PageKind) -> list[MdxPage]:
        return [page for page in self.pages.values() if page.kind in kinds]

    @cached_property
    def navigation_pages(self) -> list[NavPage]:
        data = self.docs_json.data if self.docs_json else None
        if not isinstance(data, dict):
            return []
        return list(walk_pages(data.get("navigation")))

    @cached_property
    def registered(self) -> set[str]:
        return {entry.page for entry in self.navigation_pages}

    def page_exists(self, target: str) -> bool:
        """Does an internal link target (/path, path#anchor, /file.png) resolve to a file?"""
        clean = target.split("#", 1)[0].split("?", 1)[0].strip("/")
        if not clean:
            return True
        return (
            clean in self.files
            or f"{clean}.mdx" in self.files
            or f"{clean}.md" in self.files
            or f"{clean}/index.mdx" in self.files
        )

    def valid_specs(self) -> dict[str, dict]:
        return {
            path: spec.data
            for path, spec in self.specs.items()
            if isinstance(spec.data, dict) and isinstance(spec.data.get("paths"), dict)
        }


def _read(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()
