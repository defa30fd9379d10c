"""Read a Mintlify docs folder once: every page, every OpenAPI spec, docs.json (with the files
its `$ref`s name), and the list of all files (for link checks). Files `.mintignore` leaves out of
the site are skipped, as Mintlify skips them. Rules only look at this object; they never touch
the disk."""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote

from generator.house_rules import PageKind, folder_of
from generator.repo.config_refs import RefProblem, load_refs, resolve
from generator.repo.json_file import JsonFile
from generator.repo.link_targets import ImportSource, LinkTarget, import_sources, link_targets
from generator.repo.mdx import MdxPage
from generator.repo.mintignore import MINTIGNORE, MintIgnore
from generator.repo.navigation import DOCS_JSON, NavGroup, NavPage, walk
from generator.repo.page_anchors import PageAnchors, page_anchors
from generator.repo.redirects import Redirects, normalize_path

_SKIPPED_DIRS = {"node_modules", ".git", ".venv", "__pycache__"}
SNIPPETS_DIR = "snippets"
_IMPORTABLE = ("", ".mdx", ".md", ".jsx", ".js", ".tsx", ".ts")


def is_spec_file(name: str) -> bool:
    return name.endswith(".json") and "openapi" in name.lower()


@dataclass
class Repo:
    root: Path
    pages: dict[str, MdxPage] = field(default_factory=dict)  # by page path (no .mdx)
    specs: dict[str, JsonFile] = field(default_factory=dict)  # by file path
    docs_json: JsonFile | None = None
    files: set[str] = field(default_factory=set)  # every file, relative, with extension
    directories: set[str] = field(default_factory=set)  # every folder, relative
    config_refs: dict[str, JsonFile] = field(default_factory=dict)  # files docs.json $refs
    config_ref_problems: list[RefProblem] = field(default_factory=list)

    @classmethod
    def load(cls, root: Path) -> Repo:
        repo = cls(root=root)
        root_text = str(root)
        ignore = MintIgnore(_read_optional(root / MINTIGNORE) or "")
        for folder, dirs, names in os.walk(root):
            relative = os.path.relpath(folder, root_text)
            prefix = "" if relative == "." else relative.replace(os.sep, "/") + "/"
            dirs[:] = sorted(
                d
                for d in dirs
                if d not in _SKIPPED_DIRS
                and not d.startswith(".")
                and not ignore.ignores(prefix + d, is_directory=True)
            )
            repo.directories.update(prefix + d for d in dirs)
            for name in sorted(names):
                rel = prefix + name
                if ignore.ignores(rel):
                    continue
                repo.files.add(rel)
                if name.endswith(".mdx"):
                    text = _read(os.path.join(folder, name))
                    page_path = rel[: -len(".mdx")]
                    repo.pages[page_path] = MdxPage.parse(page_path, rel, text)
                elif rel == DOCS_JSON:
                    repo.docs_json = JsonFile.parse(rel, _read(os.path.join(folder, name)))
                elif is_spec_file(name):
                    repo.specs[rel] = JsonFile.parse(rel, _read(os.path.join(folder, name)))
        if repo.docs_json is not None and repo.docs_json.error is None:
            repo.config_refs, repo.config_ref_problems = load_refs(
                repo.docs_json, lambda rel: _read_confined(root, rel, repo.files)
            )
        spec_folders = frozenset(folder_of(path) for path in repo.specs)
        for page in repo.pages.values():
            page.spec_folders = spec_folders
        return repo

    def pages_of(self, *kinds: PageKind) -> list[MdxPage]:
        return [page for page in self.pages.values() if page.kind in kinds]

    @cached_property
    def _navigation(self) -> tuple[list[NavPage], list[NavGroup]]:
        data = self.docs_json.data if self.docs_json else None
        if not isinstance(data, dict) or "navigation" not in data:
            return [], []
        return walk(data["navigation"], self.config_refs)

    @property
    def navigation_pages(self) -> list[NavPage]:
        """Every page entry of docs.json navigation (all divisions, through `$ref`s)."""
        return self._navigation[0]

    @property
    def navigation_groups(self) -> list[NavGroup]:
        return self._navigation[1]

    @cached_property
    def registered(self) -> set[str]:
        return {entry.page for entry in self.navigation_pages}

    def json_file(self, file: str) -> JsonFile | None:
        """docs.json or a file it references, by relative path (for finding lines)."""
        return self.docs_json if file == DOCS_JSON else self.config_refs.get(file)

    def line_of_entry(self, entry: NavPage, occurrence: int = 0) -> int:
        """Line of the `occurrence`-th (0-based) time a navigation entry is written in its file."""
        json_file = self.json_file(entry.file)
        lines = json_file.lines_of_string(entry.as_written) if json_file else []
        return lines[min(occurrence, len(lines) - 1)] if lines else 1

    @cached_property
    def docs_config(self) -> dict:
        """docs.json with every `$ref` resolved (an empty dict when it does not parse)."""
        data = self.docs_json.data if self.docs_json else None
        if not isinstance(data, dict):
            return {}
        resolved = resolve(data, DOCS_JSON, self.config_refs)
        return resolved if isinstance(resolved, dict) else {}

    @cached_property
    def redirects(self) -> Redirects:
        return Redirects.parse(self.docs_config.get("redirects"))

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

    def link_target_exists(self, target: str) -> bool:
        """Does a site path (/guides/a, images/x.png, with or without #anchor) name a file, a page
        or a folder (Mintlify's own link check accepts folders), directly or through a redirect
        that ends at one?"""
        path = unquote(normalize_path(target))
        if not path or self.page_exists(path) or path in self.directories:
            return True
        return self.redirects.resolves(path, self._exists)

    def _exists(self, path: str) -> bool:
        return self.page_exists(path) or path in self.directories

    def page_at(self, target: str) -> MdxPage | None:
        """The page a site path shows (a page path, or a folder's index page), if any."""
        path = unquote(normalize_path(target))
        return self.pages.get(path) or self.pages.get(f"{path}/index" if path else "index")

    @cached_property
    def links(self) -> dict[str, list[LinkTarget]]:
        """Every link and media target of every page, by page path."""
        return {path: link_targets(page) for path, page in self.pages.items()}

    @cached_property
    def imports(self) -> dict[str, list[tuple[ImportSource, str | None]]]:
        """Each page's local imports (paths, not packages) with the file each resolves to."""
        found: dict[str, list[tuple[ImportSource, str | None]]] = {}
        for path, page in self.pages.items():
            local = [i for i in import_sources(page) if i.source.startswith(("/", "./", "../"))]
            if local:
                found[path] = [(i, self._import_file(page.file, i.source)) for i in local]
        return found

    def _import_file(self, importer: str, source: str) -> str | None:
        if source.startswith("/"):
            base = source.lstrip("/")
        else:
            base = posixpath.normpath(posixpath.join(posixpath.dirname(importer), source))
        for extension in _IMPORTABLE:
            if base + extension in self.files:
                return base + extension
        return None

    @cached_property
    def snippets(self) -> set[str]:
        """Pages that are snippets, not pages of their own: everything under snippets/ (Mintlify
        treats that folder as snippets, imported or not) and every MDX file another page
        imports."""
        found = {path for path in self.pages if path.startswith(f"{SNIPPETS_DIR}/")}
        for imports in self.imports.values():
            for _, file in imports:
                if file and file.endswith((".mdx", ".md")):
                    found.add(file.rsplit(".", 1)[0])
        return found & set(self.pages)

    def anchors_of(self, page: MdxPage) -> PageAnchors:
        """The page's anchors, including those of the snippets it imports (rendered in it)."""
        cache = self._anchor_cache
        if page.path in cache:
            return cache[page.path]
        cache[page.path] = PageAnchors(frozenset(), False)  # an import cycle: stay unsure
        own = page_anchors(page)
        ids, complete = set(own.ids), own.complete
        for _, file in self.imports.get(page.path, []):
            imported = self.pages.get(file.rsplit(".", 1)[0]) if file else None
            if imported is not None and imported is not page:
                part = self.anchors_of(imported)
                ids |= part.ids
                complete &= part.complete
        cache[page.path] = PageAnchors(frozenset(ids), complete)
        return cache[page.path]

    @cached_property
    def _anchor_cache(self) -> dict[str, PageAnchors]:
        return {}

    def valid_specs(self) -> dict[str, dict]:
        return {
            path: spec.data
            for path, spec in self.specs.items()
            if isinstance(spec.data, dict) and isinstance(spec.data.get("paths"), dict)
        }


def _read_optional(path: Path) -> str | None:
    return _read(str(path)) if path.is_file() else None


def _read_confined(root: Path, rel: str, files: set[str]) -> str | None:
    """A file docs.json refers to, only when the reader saw it inside the docs folder (so a
    symlink or a path cannot lead outside)."""
    if rel not in files:
        return None
    path = root / rel
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return None
    return _read(str(path))


def _read(path: str) -> str:
    with open(path, encoding="utf-8", errors="replace") as handle:
        return handle.read()
