"""The real MDX compiler and Mintlify's docs.json validator, as wired up in tests/node_tools.py,
accept what Mintlify accepts and reject what it rejects, so the tests built on them can fail.

Self-contained: only pytest and tmp_path (runs with --noconftest too).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.node_tools import (
    NODE_DIR,
    OutlineAttribute,
    OutlineCode,
    OutlineHeading,
    OutlineJsx,
    OutlineLink,
    compile_mdx,
    ensure_node_packages,
    outline_mdx,
    validate_docs_json,
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


VALID_PAGE = """\
---
title: "Text to {Video}"
description: 'Frontmatter is metadata: <b> and { here are not MDX'
openapi: 'POST /v6/video/fetch/{id}'
---

Intro paragraph with a [link](/a) and `inline {code}`.

<CardGroup cols={2}>
  <Card title="x" href="/a">text</Card>
  <Card title="Second" icon="bolt" href="/b">
    More text on its own line.
  </Card>
</CardGroup>

| Field | Type |
| ----- | ---- |
| `key` | string |

```json json
{"key": 1, "nested": {"list": [1, 2]}, "tag": "<b>"}
```
"""


def test_valid_page_compiles(tmp_path: Path):
    (result,) = compile_mdx([write(tmp_path / "ok.mdx", VALID_PAGE)], with_text=True)
    assert result.ok, result.message
    assert (result.line, result.column, result.message) == (None, None, None)
    # Frontmatter is not part of the page body; the code block is shown verbatim.
    assert "Text to" not in result.text
    assert '{"key": 1, "nested": {"list": [1, 2]}, "tag": "<b>"}' in result.text


def test_unclosed_card_fails_with_its_line(tmp_path: Path):
    page = write(tmp_path / "a.mdx", '---\ntitle: x\n---\n\nIntro.\n\n<Card title="a">\ntext\n')
    (result,) = compile_mdx([page])
    assert not result.ok
    assert "closing tag" in result.message and "<Card>" in result.message
    assert result.line == 7  # the line of the opening tag, counting the frontmatter


def test_stray_brace_fails_with_its_line_and_column(tmp_path: Path):
    page = write(tmp_path / "b.mdx", "---\ntitle: x\n---\n\nFine.\n\nSome { text\n")
    (result,) = compile_mdx([page])
    assert not result.ok
    assert "closing brace" in result.message
    assert (result.line, result.column) == (7, 12)


@pytest.mark.parametrize("bad", ["a <5 b", "x<y", "<https://example.com>", "<!-- note -->"])
def test_other_unescaped_markup_fails(tmp_path: Path, bad: str):
    (result,) = compile_mdx([write(tmp_path / "p.mdx", f"Text.\n\n{bad}\n")])
    assert not result.ok
    assert result.line == 3


ESCAPED = r"Braces \{x\} angles \<b\> ticks \`code\` \* \_ \[ \] \& \| \$ \\ done"
SHOWN = r"Braces {x} angles <b> ticks `code` * _ [ ] & | $ \ done"


def test_backslash_escapes_compile_and_read_literally(tmp_path: Path):
    page = write(
        tmp_path / "esc.mdx",
        f"---\ntitle: x\n---\n\n{ESCAPED}\n\n"
        f'<Card title="t" href="/a">{ESCAPED}</Card>\n\n'
        f'<ParamField body="prompt" type="string">\n  {ESCAPED}\n</ParamField>\n\n'
        f"| Column |\n| ------ |\n| {ESCAPED} |\n",
    )
    (result,) = compile_mdx([page], with_text=True)
    assert result.ok, result.message
    assert result.text.count(SHOWN) == 4, result.text


def test_attribute_values_only_break_on_their_own_quote(tmp_path: Path):
    fine = write(tmp_path / "fine.mdx", '<Card title="a {b} <c> & `d` \\ &quot;e&quot;">x</Card>\n')
    broken = write(tmp_path / "broken.mdx", '<Card title="say "hi"">x</Card>\n')
    ok, bad = compile_mdx([fine, broken], with_text=False)
    assert ok.ok, ok.message
    assert not bad.ok and bad.line == 1


def test_expression_in_prose_compiles_but_fails_to_render(tmp_path: Path):
    page = write(tmp_path / "id.mdx", "Fetch the result with {id}.\n")
    (compiled,) = compile_mdx([page])
    (rendered,) = compile_mdx([page], with_text=True)
    assert compiled.ok
    assert not rendered.ok and "id is not defined" in rendered.message


def test_many_files_in_one_call_keep_their_order(tmp_path: Path):
    pages = [write(tmp_path / f"p{i:03}.mdx", f"# Page {i}\n") for i in range(200)]
    pages.insert(100, write(tmp_path / "bad.mdx", "oops {\n"))
    results = compile_mdx(pages)
    assert [r.file for r in results] == [str(p) for p in pages]
    assert [r.file for r in results if not r.ok] == [str(tmp_path / "bad.mdx")]


def test_unreadable_file_is_a_failure_not_a_crash(tmp_path: Path):
    (result,) = compile_mdx([tmp_path / "missing.mdx"])
    assert not result.ok and "cannot read" in result.message


def test_compile_script_exit_codes(tmp_path: Path):
    node_dir = ensure_node_packages()
    script = str(node_dir / "compile-mdx.mjs")
    good, bad = write(tmp_path / "g.mdx", "ok\n"), write(tmp_path / "b.mdx", "{\n")
    run = lambda *args: subprocess.run(["node", script, *args], capture_output=True, text=True)  # noqa: E731
    assert run(str(good)).returncode == 0
    assert run(str(good), str(bad)).returncode == 1
    assert run().returncode == 2
    assert json.loads(run(str(bad)).stdout)[0]["ok"] is False


OUTLINED_PAGE = """\
---
title: Outline
---

import { Chart } from "/snippets/chart.jsx"

## Use `skill.md` **now**

<Card title="A &amp; B" href="/a" cols={2} open {...rest}>
  ### Inside a card

  Text with <Icon icon="x" /> and {1 + 1}, a [link](/b) and ![an image](/c.png).
</Card>

See [the guide][guide] or https://example.com.

[guide]: /guide

```bash {1} wrap
curl x
```

<>fragment</>
"""


def test_outline_of_every_node_kind(tmp_path: Path):
    (outline,) = outline_mdx([write(tmp_path / "o.mdx", OUTLINED_PAGE)])
    assert outline.ok and outline.parsed and not outline.breaks
    assert (outline.frontmatter.line, outline.frontmatter.end_line) == (1, 3)
    assert outline.frontmatter.error is None
    assert outline.headings == (
        OutlineHeading(2, "Use skill.md now", 7),
        OutlineHeading(3, "Inside a card", 10),
    )
    assert outline.code == (OutlineCode("bash", "{1} wrap", 19, 21),)
    card, icon, fragment = outline.jsx
    assert card == OutlineJsx(
        "Card",
        True,
        9,
        1,
        (
            OutlineAttribute("title", "A & B", None),
            OutlineAttribute("href", "/a", None),
            OutlineAttribute("cols", None, "2"),
            OutlineAttribute("open", None, None),
            OutlineAttribute(None, None, "...rest"),
        ),
    )
    assert (icon.name, icon.flow, icon.line, icon.column) == ("Icon", False, 12, 13)
    assert (fragment.name, fragment.line) == (None, 23)
    assert [(e.line, e.end_line) for e in outline.esm] == [(5, 5)]
    assert [(e.flow, e.value, e.line) for e in outline.expressions] == [(False, "1 + 1", 12)]
    assert outline.links == (
        OutlineLink("link", "/b", 12, 46),
        OutlineLink("image", "/c.png", 12, 61),
        OutlineLink("linkReference", "/guide", 15, 5),
        OutlineLink("autolink", "https://example.com", 15, 27),
        OutlineLink("definition", "/guide", 17, 1),
    )


def test_outline_verdicts(tmp_path: Path):
    pages = {
        "broken.mdx": "---\ntitle: x\n---\n\n<Card>\n",
        "yaml.mdx": "---\ntitle: x\ntitle: y\n---\n\nText.\n",
        "bom.mdx": "\ufeff---\ntitle: x\n---\n\n[a](/b)\n",
        "missing.mdx": None,
    }
    paths = [
        tmp_path / name if text is None else write(tmp_path / name, text)
        for name, text in pages.items()
    ]
    broken, yaml, bom, missing = outline_mdx(paths, workers=2)
    assert [Path(o.file).name for o in (broken, yaml, bom, missing)] == list(pages)
    assert broken.breaks and not broken.parsed and broken.line == 5
    # js-yaml rejects duplicate keys (PyYAML takes the last); the MDX itself compiles.
    assert yaml.ok and yaml.breaks and "duplicated mapping key" in yaml.frontmatter.error
    assert yaml.frontmatter.error_line == 3
    # A byte order mark is not part of the page: frontmatter and positions are as without it.
    assert bom.frontmatter is not None and bom.links == (OutlineLink("link", "/b", 5, 1),)
    assert missing.breaks and "cannot read" in missing.message


VALID_DOCS = {
    "$schema": "https://mintlify.com/docs.json",
    "name": "Docs",
    "theme": "mint",
    "colors": {"primary": "#123456"},
    "navigation": {"tabs": [{"tab": "A", "groups": [{"group": "G", "pages": ["index"]}]}]},
}


def test_valid_docs_json_passes(tmp_path: Path):
    assert validate_docs_json(write(tmp_path / "docs.json", json.dumps(VALID_DOCS))) == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"name": None}, "name"),
        ({"theme": "no-such-theme"}, "theme"),
        ({"colors": {"primary": "blue"}}, "colors.primary"),
        ({"navigation": [{"group": "G", "pages": ["index"]}]}, "navigation"),
        ({"navigation": {"groups": [{"group": "G", "pages": "index"}]}}, "navigation"),
    ],
    ids=["missing-name", "unknown-theme", "bad-color", "navigation-list", "pages-not-list"],
)
def test_invalid_docs_json_fails(tmp_path: Path, change: dict, where: str):
    config = {k: v for k, v in {**VALID_DOCS, **change}.items() if v is not None}
    errors = validate_docs_json(write(tmp_path / "docs.json", json.dumps(config)))
    assert errors, f"accepted: {config}"
    assert errors[0].startswith(f"{where}: "), errors


def test_docs_json_that_is_not_json_fails(tmp_path: Path):
    errors = validate_docs_json(write(tmp_path / "docs.json", '{"name": "Docs",'))
    assert errors and "not JSON" in errors[0]


def test_ensure_node_packages_is_idempotent():
    first = ensure_node_packages()
    assert first == ensure_node_packages() == NODE_DIR
    assert (first / "node_modules/@mdx-js/mdx/package.json").is_file()
    lock = json.loads((NODE_DIR / "package-lock.json").read_text(encoding="utf-8"))
    declared = json.loads((NODE_DIR / "package.json").read_text(encoding="utf-8"))["dependencies"]
    for name, version in declared.items():
        assert lock["packages"][f"node_modules/{name}"]["version"] == version  # exact pins
