"""llms.txt and the capabilities file: generated from the catalog, complete, and consistent
with the navigation."""

from __future__ import annotations

import json
import re

import yaml

from tests.conftest import DOCS


def registered() -> list[str]:
    from generator.site.navigation import registered_pages

    docs = json.loads((DOCS / "docs.json").read_text())
    return registered_pages(docs["navigation"]["tabs"])


def test_llms_txt_lists_every_registered_page_once():
    text = (DOCS / "llms.txt").read_text()
    assert text.startswith("# ModelsLab API\n\n> ")
    links = re.findall(
        r"^- \[[^\]]+\]\(https://docs\.modelslab\.com/([^)]+)\)(?:: .+)?$", text, re.MULTILINE
    )
    assert sorted(links) == sorted(registered())
    assert "## Get Started" in text and "## Video" in text


def test_capabilities_file_has_the_published_shape():
    text = (DOCS / "capabilities.md").read_text()
    front = yaml.safe_load(text.split("---")[1])
    assert front["name"] == "ModelsLab" and front["description"]
    headings = re.findall(r"^## (.+)$", text, re.MULTILINE)
    assert headings == ["Capabilities", "Skills", "Workflows", "Integration", "Context"]
    assert "- **Text to Video**: " in text
    assert "  - Endpoint: `POST https://modelslab.com/api/v6/video/text2video`" in text
    assert "`prompt`" in text
    # Workflows resolve their pages to real requests.
    assert "(`POST https://modelslab.com/api/v6/video/img2video`)" in text
