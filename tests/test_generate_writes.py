"""Writing the docs folder: determinism, no-op runs, --check, pruning, hand-edit protection,
docs.json merging and interrupted runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.generate import generate, plan_generation
from generator.write import MANIFEST
from tests.conftest import DOCS, Workspace, hand_written_files


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def mtimes(folder: Path) -> dict[str, int]:
    return {p.as_posix(): p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}


def group_named(docs: dict, name: str) -> dict:
    for tab in docs["navigation"]["tabs"]:
        for group in tab["groups"]:
            if group.get("group") == name:
                return group
    raise AssertionError(f"no group {name}")


def test_committed_docs_match_the_catalog(generated: Workspace):
    """docs-v2/ in the repository is exactly what `make generate` writes."""
    assert snapshot(generated.out) == snapshot(DOCS)


def test_same_catalog_gives_byte_identical_output(generated: Workspace, tmp_path: Path):
    again = tmp_path / "again"
    for path in hand_written_files():
        target = again / path.relative_to(DOCS)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    generate(generated.catalog, again)
    assert snapshot(again) == snapshot(generated.out)


def test_second_run_writes_nothing(generated: Workspace):
    before = mtimes(generated.out)
    result = generated.generate()
    assert result.exit_code == 0
    assert "up to date" in result.output
    assert mtimes(generated.out) == before


def test_check_passes_when_up_to_date(generated: Workspace):
    result = generated.generate("--check")
    assert result.exit_code == 0, result.output


def test_check_reports_drift_with_a_diff_and_writes_nothing(generated: Workspace):
    generated.edit_catalog("video.yaml", "title: Text to Video", "title: Prompt to Video")
    before = snapshot(generated.out)
    result = generated.generate("--check")
    assert result.exit_code == 1
    assert "--- a/video-api/text-to-video.mdx" in result.output
    assert '-title: "Text to Video"' in result.output
    assert '+title: "Prompt to Video"' in result.output
    assert snapshot(generated.out) == before


def test_removed_endpoint_is_deleted_and_unregistered(generated: Workspace):
    path = generated.catalog / "video.yaml"
    text = path.read_text()
    start, end = text.index("  - slug: text-to-video"), text.index("  - slug: image-to-video")
    path.write_text(text[:start] + text[end:])
    assert (generated.out / "video-api/text-to-video.mdx").exists()

    result = generated.generate()
    assert result.exit_code == 0, result.output
    assert not (generated.out / "video-api/text-to-video.mdx").exists()
    assert '"video-api/text-to-video"' not in generated.read("docs.json")
    assert '"video-api/text-to-video.mdx"' not in generated.read(MANIFEST)
    assert "/video-api/text-to-video)" not in generated.read("llms.txt")
    assert '"/video-api/text-to-video"' not in generated.read("video-api/overview.mdx")
    assert '"/text2video"' not in generated.read("video-api/openapi.json")


def test_removed_group_is_deleted_with_its_folder(generated: Workspace):
    (generated.catalog / "enterprise-nano-banana.yaml").unlink()
    generated.edit_catalog("site.yaml", "      - catalog: enterprise-nano-banana\n", "")
    result = generated.generate()
    assert result.exit_code == 0, result.output
    assert not (generated.out / "enterprise-api/nano-banana").exists()
    assert "Nano Banana" not in generated.read("docs.json")


def test_hand_edited_generated_file_is_refused(generated: Workspace):
    page = generated.out / "video-api/text-to-video.mdx"
    page.write_text(page.read_text() + "\nA local tweak.\n")
    generated.edit_catalog("video.yaml", "title: Image to Video", "title: Still to Video")
    before = snapshot(generated.out)

    result = generated.generate()
    assert result.exit_code == 1
    assert "video-api/text-to-video.mdx" in result.output
    assert "edited by hand" in result.output
    assert snapshot(generated.out) == before  # not even the unrelated change was written

    forced = generated.generate("--force")
    assert forced.exit_code == 0, forced.output
    assert "A local tweak." not in page.read_text()
    assert 'title: "Still to Video"' in generated.read("video-api/image-to-video.mdx")


def test_hand_written_file_in_the_way_is_refused(workspace: Workspace):
    blocker = workspace.out / "video-api/text-to-video.mdx"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("---\ntitle: Mine\n---\n")
    result = workspace.generate()
    assert result.exit_code == 1
    assert "did not generate" in result.output
    assert blocker.read_text() == "---\ntitle: Mine\n---\n"


def test_hand_written_pages_are_never_touched(generated: Workspace):
    intro = generated.out / "guides/introduction.mdx"
    before = intro.stat().st_mtime_ns, intro.read_bytes()
    generated.edit_catalog("video.yaml", "title: Video API", "title: Video")
    assert generated.generate().exit_code == 0
    assert (intro.stat().st_mtime_ns, intro.read_bytes()) == before


def test_docs_json_merge_keeps_what_the_catalog_does_not_own(generated: Workspace):
    docs = generated.docs_json()
    docs["navbar"] = {"links": [{"label": "Status", "href": "https://status.example.com"}]}
    docs["navigation"]["tabs"].insert(
        1,
        {
            "tab": "Changelog",
            "groups": [{"group": "Releases", "pages": ["guides/introduction-copy"]}],
        },
    )
    video = group_named(docs, "Video")
    video["icon"] = "film"
    video["pages"].insert(2, "video-api/hand-written-tips")
    docs["colors"]["primary"] = "#000000"
    (generated.out / "docs.json").write_text(json.dumps(docs, indent=4))

    generated.edit_catalog("video.yaml", "title: Image to Video", "title: Still to Video")
    assert generated.generate().exit_code == 0
    merged = generated.docs_json()
    assert merged["navbar"] == docs["navbar"]
    assert [t["tab"] for t in merged["navigation"]["tabs"]] == [
        "Guides",
        "Changelog",
        "API Reference",
        "Enterprise APIs",
    ]
    video = group_named(merged, "Video")
    assert video["icon"] == "film"
    assert video["pages"][:4] == [
        "video-api/overview",
        "video-api/text-to-video",
        "video-api/hand-written-tips",
        "video-api/image-to-video",
    ]
    assert video["pages"][-1] == "video-api/fetch-video"
    assert merged["colors"]["primary"] == "#0260fa"  # owned by the site file


def test_interrupted_run_leaves_only_whole_files(generated: Workspace):
    generated.edit_catalog("site.yaml", "Your API key, which", "Your ModelsLab API key, which")
    plan = plan_generation(generated.catalog, generated.out)
    assert len(plan.writes) > 4
    written: list[str] = []

    def crash_after_three(rel: str) -> None:
        written.append(rel)
        if len(written) == 3:
            raise KeyboardInterrupt

    old = snapshot(generated.out)
    with pytest.raises(KeyboardInterrupt):
        generate(generated.catalog, generated.out, on_file=crash_after_three)
    now = snapshot(generated.out)
    assert not [rel for rel in now if ".docsgen-tmp-" in rel]
    for rel, content in now.items():
        assert content in (old.get(rel), plan.writes.get(rel)), rel
    assert now[MANIFEST] == old[MANIFEST]  # the manifest is written last

    # The next run finishes the job without calling the half-updated files hand edits.
    result = generated.generate()
    assert result.exit_code == 0, result.output
    for rel, content in plan.writes.items():
        assert (generated.out / rel).read_bytes() == content
