"""The linter on the real, hand-written ModelsLab repo snapshot (read from ../shared, never
copied): it runs without crashing and reports violations we verified by reading the files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from generator.lint.config import LintConfig
from generator.lint.engine import run_rules
from generator.lint.rules import BY_ID, RULES
from generator.repo.repo import Repo
from tests.conftest import PROJECT, run_cli
from tests.node_tools import compile_mdx

SNAPSHOT = Path("shared/corpus/modelslab-docs-v2-2026-01-06")


def _find_corpus() -> Path:
    """$DOCSGEN_CORPUS, else ../shared next to the checkout, else the workplace's /work/shared."""
    candidates = [PROJECT.parent / SNAPSHOT, Path("/work") / SNAPSHOT]
    if os.environ.get("DOCSGEN_CORPUS"):
        candidates.insert(0, Path(os.environ["DOCSGEN_CORPUS"]))
    return next((c for c in candidates if (c / "docs.json").is_file()), candidates[0])


CORPUS = _find_corpus()


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not (CORPUS / "docs.json").is_file():
        pytest.fail(f"corpus snapshot not found at {CORPUS}; set DOCSGEN_CORPUS")
    return CORPUS


@pytest.fixture(scope="module")
def findings(corpus: Path) -> set[tuple[str, int, str]]:
    """Every rule, both rulesets: the snapshot is the ModelsLab repo the house rules are for."""
    result = run_rules(Repo.load(corpus), RULES, LintConfig())
    return {(f.path, f.line, f.rule) for f in result.findings}


def test_cli_on_the_corpus(corpus: Path, tmp_path: Path):
    config = tmp_path / "docsgen.toml"
    config.write_text('[lint]\nextends = ["modelslab"]\n')
    result = run_cli("lint", str(corpus), "--format", "json", "--config", str(config))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["summary"]["errors"] > 100
    assert data["summary"]["files"] > 400
    assert data["summary"]["rulesets"] == ["mintlify", "modelslab"]


# (path, line, rule), each checked by reading the snapshot.
VERIFIED = [
    # Registration: two legal pages exist but are in no navigation group.
    ("modelslab-privacy-policy.mdx", 1, "page-registered"),
    ("security-and-compliance.mdx", 1, "page-registered"),
    # openapi: 'POST /realtime/clear_cache', but the spec's paths are /enterprise/realtime/...
    ("enterprise-api/realtime/clear-cache.mdx", 4, "openapi-resolves"),
    # POST /interior/fetch/{id} is in both the enterprise and the public interior spec.
    ("enterprise-api/interior/fetch.mdx", 4, "openapi-ambiguous"),
    # An enterprise ops page whose path-only POST /realtime/fetch/{id} is only in the public
    # realtime spec; its own spec has POST /enterprise/realtime/fetch/{id}.
    ("enterprise-api/realtime/fetchimage.mdx", 4, "openapi-resolves"),
    # Resolved in the page's own spec, but on another server than the request URL calls:
    # POST /flux/clear_cache (spec server .../enterprise) on the z_image_turbo page; the
    # voice-cloning spec's server voice-cloning while the page calls voice; the
    # text-to-video-ultra spec's server while the pages call ultra_video.
    ("enterprise-api/z-image-turbo/clear-cache.mdx", 4, "openapi-resolves"),
    ("enterprise-api/voice-cloning/fetch.mdx", 4, "openapi-resolves"),
    ("enterprise-api/text-to-video-ultra/clear-cache.mdx", 4, "openapi-resolves"),
    # A public page: path-only openapi:, a curl URL block and an h2 Body.
    ("image-generation/realtime-stable-diffusion/text-to-image.mdx", 3, "public-openapi-spec-path"),
    ("image-generation/realtime-stable-diffusion/text-to-image.mdx", 15, "public-url-fence"),
    ("image-generation/realtime-stable-diffusion/text-to-image.mdx", 19, "public-body-heading"),
    # A Warning on a public page, and ParamFields on a public page.
    ("general-api/buy-subscription.mdx", 7, "public-no-warning"),
    ("image-generation/flux/flux-text-to-image.mdx", 21, "public-no-paramfield"),
    # Key placeholders: the public one in an enterprise body; a misspelled enterprise one.
    ("enterprise-api/realtime/img2img.mdx", 22, "placeholder-key"),
    ("enterprise-api/voice-cloning/text-to-audio.mdx", 26, "placeholder-key"),
    # Links: a fetch page that does not exist; an image path written with backslashes.
    ("error-codes.mdx", 326, "links-resolve"),
    ("enterprise-api/super-resolution/make.mdx", 6, "links-resolve"),
    # Anchors: "## Installation[​](#overview)" links a section that does not exist (the heading
    # is Installation); <a href="#models"> where the section is "ControlNet Models".
    ("sdk/dart.mdx", 6, "link-anchors"),
    ("enterprise-api/text-to-image/controlnet-ep.mdx", 110, "link-anchors"),
    # "{id}" in running text: MDX evaluates it and the page fails to render.
    ("3d-api/fetch.mdx", 12, "mdx-undefined-expression"),
    ("enterprise-api/face-gen/make-gen.mdx", 51, "mdx-undefined-expression"),
    # An enterprise generation page without the S3 Warning, with ParamField query= and path=.
    ("enterprise-api/qwen/text-to-img.mdx", 5, "enterprise-warning"),
    ("enterprise-api/qwen/text-to-img.mdx", 28, "paramfield-body"),
    ("enterprise-api/qwen/text-to-img.mdx", 32, "paramfield-body"),
    # Enterprise pages: an unfenced request block, an h3 Body, a body that is not valid JSON
    # (missing comma), and ParamFields on a server operation page.
    ("enterprise-api/interior/exterior-restorer.mdx", 8, "enterprise-url-fence"),
    ("enterprise-api/general/reset-s3.mdx", 12, "enterprise-body-heading"),
    ("enterprise-api/flux-2-dev/clear-cache.mdx", 14, "ops-key-only-body"),
    # A generation endpoint (/enterprise/deepseek_chat/start) documented with openapi: and
    # ParamField query=: checked as a generation page, the conflict and its query= reported.
    ("enterprise-api/deepseek-chat/start.mdx", 4, "page-kind-conflict"),
    ("enterprise-api/deepseek-chat/start.mdx", 16, "paramfield-body"),
    # A server operation page whose URL leaves out the server name: still an ops page, and its
    # body example asks for more than the key.
    ("enterprise-api/text-to-image/fetch-queue-image.mdx", 17, "ops-key-only-body"),
    # Overviews: a CardGroup without cols={2}; an enterprise overview without the Warning and
    # without cards for two of its endpoints.
    ("3d-api/overview.mdx", 7, "overview-cardgroup"),
    ("enterprise-api/qwen/overview.mdx", 5, "enterprise-overview-warning"),
    ("enterprise-api/qwen/overview.mdx", 8, "overview-covers-group"),
    # Specs: an enterprise spec with server .../api/v1/enterprise and short paths, whose fetch
    # path never declares {id}; a public 3.0.3 spec; a spec whose paths all repeat /3d.
    ("enterprise-api/qwen/openapi.json", 8, "enterprise-spec-server"),
    ("enterprise-api/qwen/openapi.json", 174, "spec-valid"),
    ("enterprise-api/qwen/openapi.json", 175, "spec-path-parameters"),
    ("image-generation/train-model/openapi.json", 2, "public-spec-version"),
    ("3d-api/openapi.json", 11, "public-spec-server"),
    ("image-generation/train-model/openapi.json", 58, "public-spec-responses"),
    # A generation endpoint (the chat's start) inside an enterprise server spec.
    ("enterprise-api/deepseek-chat/openapi.json", 15, "enterprise-spec-operations"),
]


@pytest.mark.parametrize("expected", VERIFIED, ids=lambda e: f"{e[2]}:{e[0]}")
def test_verified_violation_is_reported(findings, expected):
    assert expected in findings


def test_every_rule_family_finds_something(findings):
    families = {
        "registration": {"page-registered", "nav-entry-exists", "nav-duplicate-page"},
        "openapi references": {"openapi-resolves", "openapi-ambiguous"},
        "public pages": {r for r in BY_ID if r.startswith("public-") and "spec" not in r},
        "links": {"links-resolve", "link-anchors"},
        "enterprise pages": {
            "enterprise-warning",
            "enterprise-url-fence",
            "enterprise-body-heading",
            "enterprise-body-attributes",
            "paramfield-body",
        },
        "server operation pages": {"ops-no-warning", "ops-no-paramfield", "ops-key-only-body"},
        "overviews": {"overview-cardgroup", "overview-covers-group", "enterprise-overview-warning"},
        "public specs": {r for r in BY_ID if r.startswith("public-spec-")},
        "enterprise specs": {r for r in BY_ID if r.startswith("enterprise-spec-")},
        "any spec": {"spec-valid", "spec-path-parameters"},
    }
    found = {rule for _, _, rule in findings}
    for family, rules in families.items():
        assert found & rules, f"no {family} finding in the corpus"


def test_mdx_syntax_agrees_with_the_real_compiler(corpus: Path, findings):
    """Every corpus page compiles with @mdx-js/mdx, so mdx-syntax must report none of them."""
    pages = sorted(corpus.rglob("*.mdx"))
    failures = [r for r in compile_mdx(pages) if not r.ok]
    flagged = {path for path, _, rule in findings if rule == "mdx-syntax"}
    assert flagged == {str(Path(r.file).relative_to(corpus)) for r in failures}
