"""Read the catalog folder and return a checked Catalog, or raise InputError with every problem."""

from __future__ import annotations

from pathlib import Path

from generator.catalog.build import build_group, build_site
from generator.catalog.checks import check_catalog
from generator.catalog.model import Catalog, Group, HandWrittenPage, walk_navigation
from generator.catalog.schema import schema_problems
from generator.catalog.yaml_source import YamlDocument, load_yaml
from generator.problems import InputError, Location, Problem, display_path

SITE_FILE = "site.yaml"


def catalog_files(catalog_dir: Path) -> tuple[Path, list[Path]]:
    """The site file and the group files (every other .yaml), in a stable order."""
    if not catalog_dir.is_dir():
        raise InputError(
            [
                Problem(
                    Location(display_path(catalog_dir)),
                    "catalog folder not found; pass --catalog DIR",
                )
            ]
        )
    site = catalog_dir / SITE_FILE
    groups = sorted(
        p
        for p in catalog_dir.iterdir()
        if p.suffix in (".yaml", ".yml") and p.name != SITE_FILE and p.is_file()
    )
    if not site.is_file():
        raise InputError(
            [
                Problem(
                    Location(display_path(site)),
                    "site file missing; every catalog needs catalog/site.yaml",
                )
            ]
        )
    return site, groups


def load_catalog(catalog_dir: Path, out_dir: Path) -> Catalog:
    site_path, group_paths = catalog_files(catalog_dir)
    problems: list[Problem] = []
    documents: dict[Path, YamlDocument] = {}
    for path in [site_path, *group_paths]:
        try:
            documents[path] = load_yaml(path)
        except InputError as error:
            problems += error.problems
    for path, doc in documents.items():
        problems += schema_problems(doc, "site" if path == site_path else "group")
    if problems:
        raise InputError(problems)

    site = build_site(documents[site_path], problems)
    groups: dict[str, Group] = {}
    for path in group_paths:
        source = f"{catalog_dir.resolve().name}/{path.name}"
        groups[path.stem] = build_group(documents[path], path.stem, source, site, problems)
    catalog = Catalog(site=site, groups=groups)
    problems += _check_folders(catalog, out_dir)
    problems += check_catalog(catalog, existing_pages=_hand_written_pages(catalog, out_dir))
    if problems:
        raise InputError(problems)
    return catalog


def _check_folders(catalog: Catalog, out_dir: Path) -> list[Problem]:
    """A folder must stay inside the docs folder even after symlinks are followed."""
    root = out_dir.resolve()
    problems = []
    for group in catalog.groups.values():
        target = (out_dir / group.folder).resolve()
        if target != root and root not in target.parents:
            problems.append(
                Problem(
                    group.where,
                    f"folder '{group.folder}' resolves to {target}, outside "
                    f"{display_path(out_dir)}; use a folder inside it",
                )
            )
    return problems


def _hand_written_pages(catalog: Catalog, out_dir: Path) -> set[str]:
    """Hand-written pages named in the catalog that exist as files (the only file system fact
    the checks need)."""
    candidates = [
        entry.path
        for tab in catalog.site.tabs
        for entry, _ in walk_navigation(tab.groups, tab.name)
        if isinstance(entry, HandWrittenPage)
    ]
    candidates += [page for group in catalog.groups.values() for page in group.hand_written]
    return {
        page
        for page in candidates
        if (out_dir / f"{page}.mdx").is_file() or (out_dir / f"{page}.md").is_file()
    }
