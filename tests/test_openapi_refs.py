"""How `openapi:` values are read and what they should resolve to: the shared helpers behind
the openapi rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.lint.openapi_refs import (
    page_server,
    parse_ref,
    spec_file_of,
    specs_with_operation,
)
from generator.repo.repo import Repo
from tests.test_rules import materialize

_SPEC = (
    '{"openapi": "3.1.0", "info": {"title": "T", "version": "1"}, "paths": {"/make": {"post": {}}}}'
)


@pytest.mark.parametrize(
    ("value", "spec_file", "method", "path"),
    [
        ("POST /make", None, "POST", "/make"),
        ("images/openapi.json post /make", "images/openapi.json", "POST", "/make"),
        ("./images/openapi.json POST /make", "./images/openapi.json", "POST", "/make"),
        ("openapi.json webhook orderUpdated", "openapi.json", "WEBHOOK", "orderUpdated"),
    ],
)
def test_references_mintlify_accepts(value, spec_file, method, path):
    ref = parse_ref(value)
    assert ref is not None
    assert (ref.spec_file, ref.method, ref.path) == (spec_file, method, path)


@pytest.mark.parametrize(
    "value", ["POST", "FETCH /make", "POST make", "webhook orderUpdated", "a b c d", 42]
)
def test_other_shapes_are_not_references(value):
    assert parse_ref(value) is None


def test_the_file_part_is_relative_to_the_docs_root(tmp_path: Path):
    files = {
        "images/openapi.json": _SPEC,
        "video/openapi.json": _SPEC,
        "specs/v1-openapi.json": _SPEC,
    }
    repo = Repo.load(materialize(tmp_path, files))
    for written in ("images/openapi.json", "/images/openapi.json", "./images/openapi.json"):
        assert spec_file_of(repo, written) == "images/openapi.json"
    # Older pages name the file without its extension.
    assert spec_file_of(repo, "v1-openapi") == "specs/v1-openapi.json"
    assert spec_file_of(repo, "openapi") is None  # more than one file is called that
    assert spec_file_of(repo, "../images/openapi.json") is None
    assert spec_file_of(repo, "images/missing.json") is None


def test_path_only_matches_come_in_file_name_order(tmp_path: Path):
    repo = Repo.load(
        materialize(
            tmp_path,
            {"flux/openapi.json": _SPEC, "flux-2/openapi.json": _SPEC, "a/openapi.json": "{"},
        )
    )
    assert specs_with_operation(repo, "POST", "/make") == [
        "flux-2/openapi.json",
        "flux/openapi.json",
    ]


def _ops_page(url: str) -> str:
    return (
        '---\ntitle: "Op"\nopenapi: "POST /x"\n---\n\n## Request\n\n```curl curl\n'
        f"--request POST '{url}' \\\n```\n"
    )


def test_the_page_server_comes_from_the_request_url_then_the_folder(tmp_path: Path):
    repo = Repo.load(
        materialize(
            tmp_path,
            {
                "enterprise-api/voice-cloning/fetch.mdx": _ops_page(
                    "https://modelslab.com/api/v1/enterprise/voice/fetch/{id}"
                ),
                "enterprise-api/text-to-image/fetch.mdx": _ops_page(
                    "https://modelslab.com/api/v1/enterprise/fetch"
                ),
                "enterprise-api/general/reset.mdx": _ops_page("https://modelslab.com/api/v1/x"),
                "video/fetch.mdx": _ops_page("https://modelslab.com/api/v6/video/fetch/{id}"),
            },
        )
    )
    voice = page_server(repo.pages["enterprise-api/voice-cloning/fetch"])
    assert voice is not None and voice.from_request_url
    assert voice.matches("voice") and not voice.matches("voice-cloning")
    folder = page_server(repo.pages["enterprise-api/text-to-image/fetch"])
    assert folder is not None and not folder.from_request_url
    assert folder.matches("text-to-image") and folder.matches("text_to_image")
    assert page_server(repo.pages["enterprise-api/general/reset"]) is None
    assert page_server(repo.pages["video/fetch"]) is None
