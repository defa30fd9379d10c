"""Bad catalogs: every problem reported as file:line:col with what to do, exit 2, nothing
written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import Workspace


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def line_of(ws: Workspace, name: str, text: str) -> int:
    """1-based line of the first line that contains `text` in a catalog file."""
    lines = (ws.catalog / name).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def assert_rejected(ws: Workspace, *expected: str) -> list[str]:
    """Run generate on a broken catalog; it must exit 2, write nothing, and say `expected`."""
    before = files_under(ws.out)
    result = ws.generate()
    assert result.exit_code == 2, result.output
    assert files_under(ws.out) == before
    lines = [line for line in result.output.splitlines() if line.strip()]
    for text in expected:
        assert any(text in line for line in lines), f"{text!r} not in:\n{result.output}"
    problems = lines[:-1]
    assert problems, result.output
    for line in problems:
        assert re.match(r"^\S+\.yaml:\d+:\d+: ", line), line
    assert "nothing was written" in lines[-1]
    return problems


@pytest.fixture(params=["fresh", "generated"])
def ws(request, workspace: Workspace) -> Workspace:
    """Each case runs against an empty docs folder and against one generated before."""
    if request.param == "generated":
        assert workspace.generate().exit_code == 0
    return workspace


def test_yaml_syntax_error_names_the_line(ws: Workspace):
    ws.edit_catalog("video.yaml", "group: Video", "group: [Video")
    (problem,) = assert_rejected(ws, "video.yaml:", "YAML syntax error")
    assert re.search(r"video\.yaml:\d+:\d+", problem)


def test_duplicate_yaml_key(ws: Workspace):
    ws.edit_catalog("flux.yaml", "kind: public", "kind: public\nkind: enterprise")
    (problem,) = assert_rejected(ws, "duplicate key 'kind'")
    assert f"flux.yaml:{line_of(ws, 'flux.yaml', 'kind: enterprise')}:1:" in problem


def test_unknown_key_suggests_the_right_one(ws: Workspace):
    ws.edit_catalog("video.yaml", "    icon: film", "    icon: film\n    sumary: typo here")
    (problem,) = assert_rejected(ws, "unknown key 'sumary' (did you mean 'summary'?)")
    assert f"video.yaml:{line_of(ws, 'video.yaml', 'sumary')}:5:" in problem


def test_schema_violations_are_all_reported_together(ws: Workspace):
    ws.edit_catalog("flux.yaml", "kind: public", "kind: publik")
    ws.edit_catalog("video.yaml", "slug: image-to-video", "slug: Image_To_Video")
    ws.edit_catalog("video.yaml", "        default: 16\n", "        default: 16\n        typ: x\n")
    problems = assert_rejected(
        ws,
        "'publik' is not allowed (did you mean 'public'?)",
        "'Image_To_Video' is invalid: use lowercase letters and digits",
        "unknown key 'typ' (did you mean 'type'?)",
    )
    assert len(problems) == 3


def test_missing_required_key(ws: Workspace):
    ws.edit_catalog("video.yaml", "    title: Fetch Video\n", "")
    (problem,) = assert_rejected(ws, "is missing required key 'title'")
    assert re.search(r"'endpoints\[\d+\]' is missing", problem)


def test_unknown_references_suggest_names(ws: Workspace):
    ws.edit_catalog("video.yaml", "- use: negative_prompt", "- use: negativ_prompt")
    ws.edit_catalog(
        "enterprise-qwen-edit.yaml", "operations: [fetch,", "operations: [fetch, clear_cash,"
    )
    ws.edit_catalog("site.yaml", "- catalog: flux", "- catalog: flux-api")
    assert_rejected(
        ws,
        "unknown shared parameter 'negativ_prompt' (did you mean 'negative_prompt'?)",
        "unknown operation 'clear_cash' (did you mean 'clear_cache'?)",
        "no catalog group 'flux-api' (did you mean 'flux'?)",
        "group 'flux' is not placed in navigation",
    )


def test_duplicate_slugs_and_operation_paths(ws: Workspace):
    ws.edit_catalog("video.yaml", "slug: image-to-video", "slug: text-to-video")
    ws.edit_catalog("video.yaml", "path: /img2video", "path: /text2video")
    assert_rejected(
        ws,
        "page 'video-api/text-to-video' would be generated twice",
        "POST /text2video is documented twice in group 'video'",
    )


def test_generation_endpoint_as_a_server_operation(ws: Workspace):
    ws.edit_catalog(
        "site.yaml",
        "operations:\n",
        "operations:\n  text2img:\n    title: Text to Image\n    description: Makes an image.\n"
        "    summary: Make an image\n",
    )
    (problem,) = assert_rejected(ws, "operation 'text2img' (/text2img) is not a server operation")
    assert f"site.yaml:{line_of(ws, 'site.yaml', 'title: Text to Image')}:" in problem


def test_duplicate_server_name(ws: Workspace):
    ws.edit_catalog(
        "enterprise-nano-banana.yaml",
        "server_name: nano_banana",
        "server_name: qwen_edit\nfolder: enterprise-api/nano-banana",
    )
    assert_rejected(ws, "server_name 'qwen_edit' is already used")


def test_folder_escaping_the_docs_folder(ws: Workspace):
    ws.edit_catalog("video.yaml", "folder: video-api", "folder: ../video-api")
    assert_rejected(ws, "'folder': '../video-api' is invalid: a folder must stay inside")


def test_folder_escaping_through_a_symlink(ws: Workspace, tmp_path: Path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    if (ws.out / "video-api").exists():
        import shutil

        shutil.rmtree(ws.out / "video-api")
    (ws.out / "video-api").symlink_to(outside)
    assert_rejected(ws, "folder 'video-api' resolves to")
    assert list(outside.iterdir()) == []


def test_undeclared_path_parameter(ws: Workspace):
    ws.edit_catalog("video.yaml", "      - use: id\n", "")
    assert_rejected(ws, "path '/fetch/{id}' uses {id} but declares no parameter 'id'")


def test_enterprise_group_outside_the_enterprise_tab(ws: Workspace):
    ws.edit_catalog("site.yaml", "      - catalog: enterprise-nano-banana\n", "")
    ws.edit_catalog(
        "site.yaml",
        "      - catalog: video\n",
        "      - catalog: video\n      - catalog: enterprise-nano-banana\n",
    )
    assert_rejected(
        ws,
        "enterprise group 'enterprise-nano-banana' must be below the 'Enterprise APIs' tab or "
        "group, not under API Reference",
    )


def test_missing_hand_written_page(ws: Workspace):
    (ws.out / "guides/introduction.mdx").unlink()
    assert_rejected(ws, "hand-written page 'guides/introduction' does not exist")


def test_missing_catalog_folder(tmp_path: Path):
    from tests.conftest import run_cli

    result = run_cli("generate", "--catalog", str(tmp_path / "nope"), "--out", str(tmp_path / "o"))
    assert result.exit_code == 2
    assert "catalog folder not found" in result.output
    assert not (tmp_path / "o").exists()


def test_broken_docs_json_is_an_input_error(ws: Workspace):
    (ws.out / "docs.json").write_text('{"name": "x",\n  "theme": }\n')
    result = ws.generate()
    assert result.exit_code == 2
    assert "docs.json:2:12: invalid JSON" in result.output


def test_sibling_groups_with_the_same_name(ws: Workspace):
    ws.edit_catalog("flux.yaml", "group: Flux", "group: Community Models")
    assert_rejected(ws, "two groups named 'Community Models' sit side by side")


def test_default_outside_its_enum(ws: Workspace):
    ws.edit_catalog("voice.yaml", "default: american english", "default: english")
    assert_rejected(ws, "default 'english' of 'language' is not one of its enum values")
