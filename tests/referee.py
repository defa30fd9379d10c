"""The MDX compiler as referee of docsgen's page model: compare, page by page, what docsgen reads
from a page with what the real parser (tests/node/outline-mdx.mjs) finds in it.

Categories, each judged per page (a page agrees when nothing in the category differs):

- verdict: the compiler rejects the page (or js-yaml its frontmatter) exactly when docsgen
  reports `mdx-syntax`, or `frontmatter-valid` for frontmatter that does not parse. A missing
  title or missing frontmatter is a style finding, not breakage, and is not counted.
- frontmatter: whether the page starts with a frontmatter block, and the line that ends it.
- headings: (level, text, line) of every heading. The text compared is what a reader sees, as
  the parser gives it: the text and inline-code values of the heading, concatenated, so
  ``## Use `skill.md` **now**`` is "Use skill.md now" (this is also the text Mintlify makes the
  anchor from); docsgen keeping markup in `Heading.text` is a disagreement. Both sides are
  stripped of surrounding whitespace, and zero-width characters (U+200B-U+200D, U+2060, U+FEFF)
  are dropped on both sides: they are invisible, and docsgen drops them on purpose.
- code: (line, end line, language, meta) of every code block; docsgen's meta is the info string
  after its first word, None when there is nothing after it.
- jsx: (name, line) of every JSX element, flow and text ("" for a fragment), against the tags
  docsgen reports with closing=False.
- attributes: for elements found by both, each attribute's name and value: a string literal, the
  source of an {expression}, or None for a bare name; a spread {...x} is named "{...x}". Values
  are compared without the indentation of their continuation lines (the parser strips the
  indentation of the enclosing component; JavaScript does not care).
- links: (url, line) of every Markdown link and image, references resolved through their
  definition, against docsgen's links that do not come from a tag's href/src. GFM literal URLs
  (bare https://...) and the definitions themselves are not compared.

Pages the compiler cannot parse are judged on their verdict only.
"""

from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.lint.config import LintConfig
from generator.lint.engine import run_rules
from generator.lint.model import Finding
from generator.lint.rules import BY_ID
from generator.repo.mdx import MdxPage
from generator.repo.repo import Repo
from tests.conftest import DOCS, PROJECT
from tests.node_tools import Outline, OutlineJsx

MINTLIFY = Path("shared/corpus/mintlify-docs-2026-08-21")
MODELSLAB = Path("shared/corpus/modelslab-docs-v2-2026-01-06")


def find_snapshot(snapshot: Path, variable: str) -> Path:
    """$variable when set, else ../shared next to the checkout, else the workplace's
    /work/shared (as tests/test_lint_corpus.py finds its snapshot)."""
    candidates = [PROJECT.parent / snapshot, Path("/work") / snapshot]
    if os.environ.get(variable):
        candidates.insert(0, Path(os.environ[variable]))
    return next((c for c in candidates if (c / "docs.json").is_file()), candidates[0])


# The sites judged: both corpus snapshots (read from ../shared, never copied) and our own docs-v2.
SITES = {
    "mintlify-docs": find_snapshot(MINTLIFY, "DOCSGEN_MINTLIFY_CORPUS"),
    "modelslab-docs": find_snapshot(MODELSLAB, "DOCSGEN_CORPUS"),
    "docs-v2": DOCS,
}

CATEGORIES = ("verdict", "frontmatter", "headings", "code", "jsx", "attributes", "links")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
_CONTINUATION = re.compile(r"\n[ \t]*")
_MARKDOWN_LINK_KINDS = {"link", "image", "linkReference", "imageReference"}


@dataclass(frozen=True)
class Difference:
    """One thing docsgen and the compiler see differently on a page.

    kind: "missed" (the compiler has it, docsgen does not), "spurious" (the other way round),
    or the field that differs ("text", "level", "end line", "language", "meta", "value").
    For the verdict: "missed break" or "false alarm".
    """

    category: str
    file: str
    line: int | None
    kind: str
    docsgen: object = None
    compiler: object = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return (
            f"{where}: {self.category} {self.kind}: docsgen {self.docsgen!r}, "
            f"compiler {self.compiler!r}"
        )


@dataclass
class Tally:
    """Agreement in one category over many pages."""

    category: str
    pages: int = 0
    agreeing: int = 0
    differences: list[Difference] = field(default_factory=list)

    def __repr__(self) -> str:
        return f"Tally({self.category}: {self.figure})"

    def add(self, differences: list[Difference]) -> None:
        self.pages += 1
        self.agreeing += not differences
        self.differences.extend(differences)

    @property
    def figure(self) -> str:
        share = 100 * self.agreeing / self.pages if self.pages else 100.0
        return f"{self.agreeing}/{self.pages} pages ({share:.1f}%)"

    def report(self, limit: int = 8) -> str:
        kinds = Counter(d.kind for d in self.differences)
        lines = [f"{self.category}: {self.figure} agree"]
        if kinds:
            counts = ", ".join(f"{kind} x{count}" for kind, count in kinds.most_common())
            lines.append(f"  {counts}")
        lines.extend(f"  {d}" for d in self.differences[:limit])
        if len(self.differences) > limit:
            lines.append(f"  ... and {len(self.differences) - limit} more")
        return "\n".join(lines)


def breaking_findings(repo: Repo) -> dict[str, list[Finding]]:
    """docsgen's claims that a page breaks the build, by page file."""
    result = run_rules(repo, (BY_ID["mdx-syntax"], BY_ID["frontmatter-valid"]), LintConfig())
    found: dict[str, list[Finding]] = defaultdict(list)
    for finding in result.findings:
        page = repo.pages.get(finding.path.removesuffix(".mdx"))
        if finding.rule == "mdx-syntax" or (page is not None and page.frontmatter_error):
            found[finding.path].append(finding)
    return found


def _heading_text(text: str) -> str:
    return text.translate(_INVISIBLE).strip()


def _by_line(
    category: str, file: str, ours: dict[int, tuple], theirs: dict[int, tuple], fields: tuple
) -> list[Difference]:
    """Pair items by their line; report what only one side has, and each field that differs."""
    differences = []
    for line in sorted(ours.keys() | theirs.keys()):
        mine, real = ours.get(line), theirs.get(line)
        if mine is None:
            differences.append(Difference(category, file, line, "missed", None, real))
        elif real is None:
            differences.append(Difference(category, file, line, "spurious", mine, None))
        else:
            differences.extend(
                Difference(category, file, line, name, a, b)
                for name, a, b in zip(fields, mine, real, strict=True)
                if a != b
            )
    return differences


def _multiset(
    category: str, file: str, ours: Iterable[tuple], theirs: Iterable[tuple]
) -> list[Difference]:
    """Items compared as (value, line) multisets."""
    mine, real = Counter(ours), Counter(theirs)
    differences = [
        Difference(category, file, line, "missed", None, value)
        for value, line in (real - mine).elements()
    ] + [
        Difference(category, file, line, "spurious", value, None)
        for value, line in (mine - real).elements()
    ]
    return sorted(differences, key=lambda d: (d.line or 0, d.kind))


def _unindent(value: str | None) -> str | None:
    """A value with the indentation of its continuation lines removed: the parser strips the
    indentation of the container an element sits in, which docsgen's raw text still has."""
    return None if value is None else _CONTINUATION.sub("\n", value)


def _referee_attributes(element: OutlineJsx) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    for attribute in element.attributes:
        if attribute.name is None:
            found[_unindent(f"{{{attribute.expression}}}")] = None
        else:
            value = attribute.value if attribute.expression is None else attribute.expression
            found[attribute.name] = _unindent(value)
    return found


def _markdown_links(page: MdxPage) -> list[tuple[str, int]]:
    """docsgen's links minus the ones it took from a tag's href/src attribute."""
    from_tags: Counter[tuple[str, int, int]] = Counter()
    for tag in page.tags:
        if tag.closing:
            continue
        for attribute in ("href", "src"):
            value = tag.attributes.get(attribute)
            if value:
                from_tags[(value, tag.line, tag.column)] += 1
    links = []
    for link in page.links:
        key = (link.target, link.line, link.column)
        if from_tags[key]:
            from_tags[key] -= 1
        else:
            links.append((link.target, link.line))
    return links


def compare_page(
    file: str, page: MdxPage, outline: Outline, flagged: list[Finding]
) -> dict[str, list[Difference]]:
    """Every category's differences on one page; categories not judged are left out."""
    found: dict[str, list[Difference]] = {}
    if outline.breaks and not flagged:
        where = outline.line or (outline.frontmatter.error_line if outline.frontmatter else None)
        why = outline.message or (outline.frontmatter.error if outline.frontmatter else None)
        found["verdict"] = [Difference("verdict", file, where, "missed break", None, why)]
    elif flagged and not outline.breaks:
        first = flagged[0]
        found["verdict"] = [
            Difference("verdict", file, first.line, "false alarm", first.message, "compiles")
        ]
    else:
        found["verdict"] = []
    if not outline.parsed:
        return found

    front = outline.frontmatter
    found["frontmatter"] = _by_line(
        "frontmatter",
        file,
        {1: (page.body_line - 1,)} if page.has_frontmatter else {},
        {front.line: (front.end_line,)} if front else {},
        ("end line",),
    )

    found["headings"] = _by_line(
        "headings",
        file,
        {h.line: (h.level, _heading_text(h.text)) for h in page.headings},
        {h.line: (h.depth, _heading_text(h.text)) for h in outline.headings},
        ("level", "text"),
    )

    def meta(info: str) -> str | None:
        rest = info.split(" ", 1)[1].strip() if " " in info else ""
        return rest or None

    found["code"] = _by_line(
        "code",
        file,
        {f.line: (f.end_line, f.language or None, meta(f.info)) for f in page.fences},
        {c.line: (c.end_line, c.lang, (c.meta or "").strip() or None) for c in outline.code},
        ("end line", "language", "meta"),
    )

    opening = [tag for tag in page.tags if not tag.closing]
    found["jsx"] = _multiset(
        "jsx",
        file,
        ((tag.name, tag.line) for tag in opening),
        ((element.name or "", element.line) for element in outline.jsx),
    )

    # Attributes of the elements both sides found: the n-th <Name> on a line pairs with the n-th.
    ours: dict[tuple[str, int], list] = defaultdict(list)
    for tag in opening:
        ours[(tag.name, tag.line)].append(tag.attributes)
    attributes = []
    for element in outline.jsx:
        key = (element.name or "", element.line)
        if ours.get(key):
            mine = {name: _unindent(value) for name, value in ours[key].pop(0).items()}
            real = _referee_attributes(element)
            if mine != real:
                name = f"<{element.name or ''}>"
                attributes.append(
                    Difference("attributes", file, element.line, "value", (name, mine), real)
                )
    found["attributes"] = attributes

    found["links"] = _multiset(
        "links",
        file,
        _markdown_links(page),
        ((link.url, link.line) for link in outline.links if link.kind in _MARKDOWN_LINK_KINDS),
    )
    return found


def compare_site(
    root: Path, label: str, outlines: Mapping[Path, Outline], tallies: dict[str, Tally]
) -> None:
    """Compare every page under root (read with Repo.load) into the per-category tallies.

    `outlines` maps each page's resolved path to its outline; `label` prefixes file names in
    reports.
    """
    repo = Repo.load(root)
    flagged = breaking_findings(repo)
    for page in sorted(repo.pages.values(), key=lambda p: p.file):
        outline = outlines[(root / page.file).resolve()]
        differences = compare_page(f"{label}/{page.file}", page, outline, flagged[page.file])
        for category, found in differences.items():
            tallies.setdefault(category, Tally(category)).add(found)


# Figures measured in this run, printed at the end by conftest's terminal summary.
FIGURES: dict[str, dict[str, Tally]] = {}
