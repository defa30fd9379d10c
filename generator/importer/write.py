"""Write an import: the catalog files and the report, into a folder that holds no catalog yet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from generator.catalog.load import SITE_FILE
from generator.importer.run import ImportResult
from generator.problems import InputError, Location, Problem, display_path
from generator.write import write_atomic

REPORT_FILE = "import-report.md"
_HEADER = "# yaml-language-server: $schema=../schemas/catalog.schema.json\n"


class _Dumper(yaml.SafeDumper):
    """Block style, keys in the order the importer built them."""


def _dump(document: dict[str, Any], note: str) -> bytes:
    text = yaml.dump(document, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return (f"{_HEADER}# {note}\n{text}").encode()


def catalog_files(result: ImportResult) -> dict[str, bytes]:
    files = {SITE_FILE: _dump(result.site, "Imported by docsgen import; review, then commit.")}
    for group_id, document in result.groups.items():
        files[f"{group_id}.yaml"] = _dump(document, "Imported by docsgen import.")
    return files


def write_import(result: ImportResult, out_dir: Path, source: str) -> list[Path]:
    if out_dir.exists() and any(out_dir.glob("*.yaml")):
        raise InputError(
            [
                Problem(
                    Location(display_path(out_dir)),
                    "already holds a catalog; "
                    "import into an empty folder so nothing is overwritten",
                )
            ]
        )
    written = []
    for name, content in catalog_files(result).items():
        write_atomic(out_dir / name, content)
        written.append(out_dir / name)
    write_atomic(out_dir / REPORT_FILE, result.report.to_markdown(source).encode())
    written.append(out_dir / REPORT_FILE)
    return written
