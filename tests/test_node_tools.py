"""The MDX compiler and docs.json validator really reject broken input (so the tests that use
them can fail)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.node_tools import compile_mdx, validate_docs_json


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_page_compiles(tmp_path: Path):
    page = write(
        tmp_path / "ok.mdx",
        '---\ntitle: "A {b}"\n---\n\n<CardGroup cols={2}>\n'
        '<Card title="x" href="/a">\nText \\{literal\\} \\<b\\>\n</Card>\n</CardGroup>\n'
        '\n```json json\n{"key": 1}\n```\n',
    )
    (result,) = compile_mdx([page], with_text=True)
    assert result.ok, result.message
    assert "Text {literal} <b>" in result.text


def test_unclosed_tag_and_stray_brace_fail_with_a_line(tmp_path: Path):
    unclosed = write(tmp_path / "a.mdx", '---\ntitle: x\n---\n\n<Card title="a">\ntext\n')
    brace = write(tmp_path / "b.mdx", "---\ntitle: x\n---\n\nSome { text\n")
    results = compile_mdx([unclosed, brace])
    assert [r.ok for r in results] == [False, False]
    assert [r.line for r in results] == [5, 5]
    assert "closing tag" in results[0].message


def test_docs_json_validator(tmp_path: Path):
    valid = {
        "name": "Docs",
        "theme": "mint",
        "colors": {"primary": "#123456"},
        "navigation": {"tabs": [{"tab": "A", "groups": [{"group": "G", "pages": ["index"]}]}]},
    }
    assert validate_docs_json(write(tmp_path / "ok.json", json.dumps(valid))) == []
    broken = {**valid, "theme": "no-such-theme"}
    errors = validate_docs_json(write(tmp_path / "bad.json", json.dumps(broken)))
    assert errors and "theme" in errors[0]
    missing_name = {k: v for k, v in valid.items() if k != "name"}
    assert validate_docs_json(write(tmp_path / "bad2.json", json.dumps(missing_name)))
