"""docsgen's page model against the real MDX parser, on every page of both corpus snapshots and of
our own docs-v2/: what breaks, frontmatter, headings, code blocks, JSX elements and their
attributes, links. How each category is compared is stated in tests/referee.py.

Each (site, category) test reports its agreement figure (pages agreeing / pages) and the first
disagreements with file:line, and asserts full agreement. KNOWN_GAPS may list a gap being fixed
as a strict xfail, so the day the model closes it the test fails as XPASS until the entry is
removed here. To read a gap's
report (agreement figure, disagreements by kind, the first ones with file:line), run the test with
--runxfail.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DOCS
from tests.node_tools import Outline, outline_mdx
from tests.referee import CATEGORIES, FIGURES, SITES, Tally, compare_site

# Known disagreements with the compiler, as strict xfails while they are being fixed (see the
# report of each test for the pages and lines). None today.
KNOWN_GAPS: set = set()


@pytest.fixture(scope="module")
def tallies() -> dict[str, dict[str, Tally]]:
    """Per site and category, the agreement of docsgen with the compiler; all pages of all sites
    go through the compiler in one call (one node process per core)."""
    for name, root in SITES.items():
        if not (root / "docs.json").is_file():
            pytest.fail(f"{name} not found at {root}")
    pages = {name: sorted(root.rglob("*.mdx")) for name, root in SITES.items()}
    everything = [path for paths in pages.values() for path in paths]
    outlines: dict[Path, Outline] = {
        path.resolve(): outline
        for path, outline in zip(everything, outline_mdx(everything), strict=True)
    }
    result: dict[str, dict[str, Tally]] = {}
    for name, root in SITES.items():
        result[name] = {}
        compare_site(root, root.name, outlines, result[name])
        FIGURES[f"page model vs compiler, {name}"] = result[name]
    return result


def _cases():
    for site in SITES:
        for category in CATEGORIES:
            marks = ()
            if (site, category) in KNOWN_GAPS:
                marks = pytest.mark.xfail(strict=True, reason="a known gap; see the report")
            yield pytest.param(site, category, marks=marks, id=f"{site}-{category}")


@pytest.mark.parametrize(("site", "category"), list(_cases()))
def test_page_model_agrees_with_the_compiler(tallies, site: str, category: str):
    tally = tallies[site][category]
    assert tally.pages > 0
    assert tally.agreeing == tally.pages, tally.report()


def test_every_page_was_judged(tallies):
    """Every page of every site has a verdict; the corpora are as large as their READMEs say."""
    counts = {site: tallies[site]["verdict"].pages for site in SITES}
    assert counts["mintlify-docs"] >= 1103
    assert counts["modelslab-docs"] == 352
    assert counts["docs-v2"] == len(list(DOCS.rglob("*.mdx")))
