"""The generated site checked by the tools Mintlify itself uses: every page compiles with the
MDX compiler and docs.json passes @mintlify/validation. Catalog prose with MDX-significant
characters still compiles and reads exactly as written."""

from __future__ import annotations

import json

import frontmatter

from tests.conftest import DOCS, Workspace, run_cli
from tests.node_tools import compile_mdx, validate_docs_json


def test_every_committed_page_compiles():
    pages = sorted(DOCS.rglob("*.mdx"))
    assert len(pages) > 20
    failures = [
        f"{r.file}:{r.line}:{r.column}: {r.message}" for r in compile_mdx(pages) if not r.ok
    ]
    assert failures == []


def test_committed_docs_json_passes_mintlify_validation():
    assert validate_docs_json(DOCS / "docs.json") == []


TRICKY = "Use {braces}, <angle> brackets & `ticks`, *stars*, _under_ [link](x) | pipe # hash $5"
TRICKY_LINES = "1. not a list\n- not a bullet\n> not a quote"


def test_prose_with_mdx_characters_compiles_and_reads_literally(workspace: Workspace):
    quoted, quoted_lines = json.dumps(TRICKY), json.dumps(TRICKY_LINES)  # YAML double quotes
    workspace.edit_catalog(
        "video.yaml",
        "description: Creates a short clip from a text prompt.",
        f"description: {quoted}\n    intro: {quoted}\n    note: {quoted_lines}",
    )
    workspace.edit_catalog("video.yaml", "summary: Turn a prompt into a clip", f"summary: {quoted}")
    workspace.edit_catalog("video.yaml", "title: Video API", "title: 'Video \"API\" <v6>'")
    # A card title with quotes and braces becomes a JSX string expression.
    workspace.edit_catalog("video.yaml", "title: Text to Video", "title: 'Text to \"Video\" {x}'")
    workspace.edit_catalog(
        "enterprise-qwen-edit.yaml",
        "description: Public URLs of the images to edit.",
        f"description: {quoted}",
    )
    result = workspace.generate()
    assert result.exit_code == 0, result.output
    endpoint, overview, enterprise = (
        workspace.out / "video-api/text-to-video.mdx",
        workspace.out / "video-api/overview.mdx",
        workspace.out / "enterprise-api/qwen-edit/qwen-edit.mdx",
    )
    results = {r.file: r for r in compile_mdx([endpoint, overview, enterprise], with_text=True)}
    for page in (endpoint, overview, enterprise):
        outcome = results[str(page)]
        assert outcome.ok, f"{page}: {outcome.message}"
        assert TRICKY in outcome.text, outcome.text
    assert TRICKY_LINES in results[str(endpoint)].text
    metadata = frontmatter.loads(endpoint.read_text()).metadata
    assert metadata["description"] == TRICKY
    assert frontmatter.loads(overview.read_text()).metadata["title"] == 'Video "API" <v6>'
    assert '<Card title={"Text to \\"Video\\" {x}"}' in overview.read_text()
    # The linter accepts what the generator wrote, even with hostile prose.
    linted = run_cli("lint", str(workspace.out))
    assert linted.exit_code == 0, linted.output


def test_merged_docs_json_passes_mintlify_validation(generated: Workspace):
    docs = generated.docs_json()
    docs["navbar"] = {"links": [{"label": "Status", "href": "https://status.example.com"}]}
    docs["navigation"]["tabs"].append(
        {"tab": "Extra", "groups": [{"group": "Notes", "pages": ["guides/introduction"]}]}
    )
    (generated.out / "docs.json").write_text(json.dumps(docs))
    generated.edit_catalog("video.yaml", "title: Image to Video", "title: Still to Video")
    assert generated.generate().exit_code == 0
    assert validate_docs_json(generated.out / "docs.json") == []
