"""The spec-validation cache and worker pool change speed, never the verdict."""

from __future__ import annotations

import json
from pathlib import Path

from generator.lint.spec_validation import validate_specs
from generator.repo.repo import Repo
from tests.conftest import DOCS


def broken_copy(tmp_path: Path) -> Path:
    import shutil

    root = tmp_path / "docs"
    shutil.copytree(DOCS, root)
    spec = root / "video-api/openapi.json"
    data = json.loads(spec.read_text())
    del data["info"]["version"]
    spec.write_text(json.dumps(data, indent=2))
    return root


def test_cached_and_fresh_results_agree(tmp_path: Path, monkeypatch):
    root = broken_copy(tmp_path)
    monkeypatch.setenv("DOCSGEN_CACHE_DIR", str(tmp_path / "cache"))
    first = validate_specs(Repo.load(root).specs)
    assert (tmp_path / "cache/spec-validation.json").is_file()
    second = validate_specs(Repo.load(root).specs)
    monkeypatch.setenv("DOCSGEN_NO_CACHE", "1")
    uncached = validate_specs(Repo.load(root).specs)
    assert first == second == uncached
    assert first["video-api/openapi.json"] == [(["info"], "'version' is a required property")]
    assert all(errors == [] for file, errors in first.items() if file != "video-api/openapi.json")


def test_an_edited_spec_is_validated_again(tmp_path: Path, monkeypatch):
    root = broken_copy(tmp_path)
    monkeypatch.setenv("DOCSGEN_CACHE_DIR", str(tmp_path / "cache"))
    assert validate_specs(Repo.load(root).specs)["video-api/openapi.json"]
    spec = root / "video-api/openapi.json"
    spec.write_text((DOCS / "video-api/openapi.json").read_text())
    assert validate_specs(Repo.load(root).specs)["video-api/openapi.json"] == []


def test_many_specs_in_parallel_match_one_by_one(tmp_path: Path, monkeypatch):
    root = broken_copy(tmp_path)
    for n in range(8):  # enough specs to use the worker pool
        target = root / f"extra-{n}/openapi.json"
        target.parent.mkdir()
        target.write_text((root / "video-api/openapi.json").read_text())
    monkeypatch.setenv("DOCSGEN_NO_CACHE", "1")
    results = validate_specs(Repo.load(root).specs)
    assert results[f"extra-{7}/openapi.json"] == results["video-api/openapi.json"] != []
