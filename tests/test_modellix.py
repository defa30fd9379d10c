"""The second platform: the Modellix example catalog generates a valid Mintlify site with the
same generator, and that site lints clean under its own configuration."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from openapi_spec_validator import validate

from tests.conftest import PROJECT, run_cli
from tests.node_tools import compile_mdx, validate_docs_json

EXAMPLE = PROJECT / "examples" / "modellix"
DOCS = EXAMPLE / "docs"


def test_committed_example_site_matches_its_catalog(tmp_path: Path):
    out = tmp_path / "docs"
    out.mkdir()
    for name in ("introduction.mdx", "favicon.svg"):
        shutil.copy(DOCS / name, out / name)
    result = run_cli("generate", "--catalog", str(EXAMPLE / "catalog"), "--out", str(out))
    assert result.exit_code == 0, result.output
    generated = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    committed = {p.relative_to(DOCS): p.read_bytes() for p in DOCS.rglob("*") if p.is_file()}
    assert generated == committed


def test_example_site_lints_clean_under_its_own_config():
    result = run_cli("lint", str(DOCS), "--config", str(EXAMPLE / "docsgen.toml"))
    assert result.exit_code == 0, result.output


def test_example_site_passes_the_real_tools():
    for spec in DOCS.rglob("openapi.json"):
        validate(json.loads(spec.read_text()))
    failures = [r for r in compile_mdx(sorted(DOCS.rglob("*.mdx"))) if not r.ok]
    assert failures == []
    assert validate_docs_json(DOCS / "docs.json") == []


def test_bearer_auth_and_tasks_replace_the_body_key():
    page = (DOCS / "text-to-image/submit.mdx").read_text()
    assert "--header 'Authorization: Bearer YOUR_API_KEY'" in page
    assert '"key"' not in page
    assert "[Get Task](/tasks/get-task)" in page
    spec = json.loads((DOCS / "text-to-image/openapi.json").read_text())
    assert spec["components"]["securitySchemes"]["apiKey"] == {"type": "http", "scheme": "bearer"}
    assert spec["security"] == [{"apiKey": []}]
    assert "/{provider}/{model_id}/async" in spec["paths"]
    task = json.loads((DOCS / "tasks/openapi.json").read_text())
    assert "get" in task["paths"]["/{task_id}"]
