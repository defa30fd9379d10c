"""A mutation suite: small, realistic human edits to real pages, and the MDX compiler as referee.

Each mutation is a small named function that makes one edit a person might make (a missing
space after `##`, CRLF line endings, a stray `<5` in prose, a deleted closing tag, ...). It is
applied, with a seeded random choice of where, to

- one page of each kind in our own docs-v2/ (public endpoint, enterprise generation, enterprise
  operation, overview, guide): every mutation;
- a fixed sample of pages from each corpus snapshot (every Nth page of the sorted list, skipping
  the few very large ones): a rotating handful of mutations each.

All mutated files are written to one folder and compiled in one call. The compiler decides: a
mutant that does not compile (or whose frontmatter js-yaml rejects) must get an `mdx-syntax` or
`frontmatter-valid` finding from docsgen, one that compiles must get none; and docsgen's headings
and code blocks must be the parser's (the comparison of tests/referee.py). Each check reports its
agreement figure and disagreements by mutation.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.house_rules import PageKind
from generator.repo.repo import Repo
from tests.conftest import DOCS
from tests.node_tools import outline_mdx
from tests.referee import FIGURES, SITES, Difference, Tally, breaking_findings, compare_page

SEED = "docsgen-mutations-1"
CORPUS_SAMPLE = 20  # pages per corpus snapshot
MUTATIONS_PER_CORPUS_PAGE = 6
MAX_CORPUS_PAGE_BYTES = 40_000  # a few changelogs take seconds each to parse; leave them out
ASSERTED = ("verdict", "frontmatter", "headings", "code")
ORIGINAL = "original"  # the unmutated page, compiled alongside to tell new disagreements apart

Mutation = Callable[[str, random.Random], str | None]

# ---------------------------------------------------------------------------------------------
# Where things are in a page, found without docsgen's page model (this suite judges it).

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*)$")


@dataclass
class Layout:
    lines: list[str]
    body: int  # index of the first line after the frontmatter
    fences: list[tuple[int, int | None]]  # (opening line, closing line or None), 0-based
    code: set[int]  # lines inside a fence, delimiters included

    @classmethod
    def of(cls, text: str) -> Layout:
        lines = text.split("\n")
        body = 0
        if lines and lines[0].strip() == "---":
            body = next((i + 1 for i in range(1, len(lines)) if lines[i].strip() == "---"), 0)
        fences: list[tuple[int, int | None]] = []
        code: set[int] = set()
        index = body
        while index < len(lines):
            match = _FENCE.match(lines[index])
            if not match:
                index += 1
                continue
            marker = match.group(1)
            end = index + 1
            closing = re.compile(rf"^\s*{re.escape(marker[0])}{{{len(marker)},}}\s*$")
            while end < len(lines) and not closing.match(lines[end]):
                end += 1
            fences.append((index, end if end < len(lines) else None))
            code.update(range(index, min(end, len(lines) - 1) + 1))
            index = end + 1
        return cls(lines, body, fences, code)

    def prose(self) -> list[int]:
        """Body lines outside code blocks."""
        return [i for i in range(self.body, len(self.lines)) if i not in self.code]

    def headings(self) -> list[int]:
        return [i for i in self.prose() if _HEADING.match(self.lines[i])]

    def gaps(self) -> list[int]:
        """Blank lines at the top level followed by a paragraph or a heading: where a new
        paragraph can go without landing inside a component or an expression."""
        found = []
        for i in self.prose():
            if self.lines[i].strip() or i + 1 >= len(self.lines) or i + 1 in self.code:
                continue
            if re.match(r"[#A-Za-z]", self.lines[i + 1]):
                found.append(i)
        return found

    def text(self) -> str:
        return "\n".join(self.lines)


def _edit_heading(text: str, rng: random.Random, edit: Callable[[str, str], str]) -> str | None:
    layout = Layout.of(text)
    choices = layout.headings()
    if not choices:
        return None
    index = rng.choice(choices)
    match = _HEADING.match(layout.lines[index])
    assert match
    layout.lines[index] = edit(match.group(1), match.group(2))
    return layout.text()


def _insert_paragraph(text: str, rng: random.Random, paragraph: str) -> str:
    layout = Layout.of(text)
    gaps = layout.gaps()
    at = rng.choice(gaps) if gaps else layout.body
    layout.lines[at:at] = ["", paragraph]
    return layout.text()


def _insert_after_frontmatter(text: str, statement: str) -> str:
    layout = Layout.of(text)
    layout.lines[layout.body : layout.body] = ["", statement, ""]
    return layout.text()


def _retag_fence(text: str, rng: random.Random, info: str) -> str | None:
    layout = Layout.of(text)
    if not layout.fences:
        return None
    opening, _ = rng.choice(layout.fences)
    match = _FENCE.match(layout.lines[opening])
    assert match
    language = (match.group(2).split() or ["text"])[0]
    indent = layout.lines[opening][: layout.lines[opening].index(match.group(1))]
    layout.lines[opening] = indent + match.group(1) + info.format(lang=language)
    return layout.text()


# ---------------------------------------------------------------------------------------------
# The mutations.


def heading_missing_space(text: str, rng: random.Random) -> str | None:
    return _edit_heading(text, rng, lambda hashes, title: f"{hashes}{title}")


def heading_extra_space(text: str, rng: random.Random) -> str | None:
    return _edit_heading(text, rng, lambda hashes, title: f"{hashes}   {title}")


def heading_nbsp(text: str, rng: random.Random) -> str | None:
    return _edit_heading(text, rng, lambda hashes, title: f"{hashes}\u00a0{title}")


def heading_zero_width_space(text: str, rng: random.Random) -> str | None:
    def edit(hashes: str, title: str) -> str:
        middle = len(title) // 2
        return f"{hashes} {title[:middle]}\u200b{title[middle:]}"

    return _edit_heading(text, rng, edit)


def heading_stray_backtick(text: str, rng: random.Random) -> str | None:
    return _edit_heading(text, rng, lambda hashes, title: f"{hashes} {title}`")


def heading_indented(text: str, rng: random.Random) -> str | None:
    spaces = " " * rng.randint(1, 3)
    return _edit_heading(text, rng, lambda hashes, title: f"{spaces}{hashes} {title}")


def crlf_line_endings(text: str, rng: random.Random) -> str | None:
    return text.replace("\n", "\r\n")


def utf8_bom(text: str, rng: random.Random) -> str | None:
    return "\ufeff" + text


def tab_indentation(text: str, rng: random.Random) -> str | None:
    """An editor that indents with tabs: every two leading spaces become a tab."""

    def retab(line: str) -> str:
        spaces = len(line) - len(line.lstrip(" "))
        return "\t" * (spaces // 2) + " " * (spaces % 2) + line[spaces:]

    mutated = "\n".join(retab(line) for line in text.split("\n"))
    return mutated if mutated != text else None


def fence_line_highlight(text: str, rng: random.Random) -> str | None:
    return _retag_fence(text, rng, "{lang} {{1}}")


def fence_repeated_language(text: str, rng: random.Random) -> str | None:
    return _retag_fence(text, rng, "{lang} {lang}")


def fence_wrap(text: str, rng: random.Random) -> str | None:
    return _retag_fence(text, rng, "{lang} {lang} wrap")


def fence_title(text: str, rng: random.Random) -> str | None:
    return _retag_fence(text, rng, "{lang} Example request")


def fence_unclosed(text: str, rng: random.Random) -> str | None:
    layout = Layout.of(text)
    closed = [closing for _, closing in layout.fences if closing is not None]
    if not closed:
        return None
    del layout.lines[rng.choice(closed)]
    return layout.text()


def body_heading_above_request(text: str, rng: random.Random) -> str | None:
    layout = Layout.of(text)
    request = [i for i in layout.headings() if re.match(r"^##\s+Request\s*$", layout.lines[i])]
    body = [i for i in layout.headings() if re.match(r"^#{2,3}\s+Body\s*$", layout.lines[i])]
    if not request or not body or body[0] < request[0]:
        return None
    line = layout.lines.pop(body[0])
    layout.lines[request[0] : request[0]] = [line, ""]
    return layout.text()


def closing_tag_deleted(text: str, rng: random.Random) -> str | None:
    layout = Layout.of(text)
    closing = re.compile(r"</[A-Za-z][\w.]*>")
    choices = [i for i in layout.prose() if closing.search(layout.lines[i])]
    if not choices:
        return None
    index = rng.choice(choices)
    matches = list(closing.finditer(layout.lines[index]))
    match = rng.choice(matches)
    line = layout.lines[index]
    layout.lines[index] = line[: match.start()] + line[match.end() :]
    return layout.text()


def attribute_quote_broken(text: str, rng: random.Random) -> str | None:
    layout = Layout.of(text)
    attribute = re.compile(r'(\s[A-Za-z][\w-]*=")([^"\n]*)"')
    choices = [
        i
        for i in layout.prose()
        if "<" in layout.lines[i] or layout.lines[i].startswith((" ", "\t"))
        if attribute.search(layout.lines[i])
    ]
    if not choices:
        return None
    index = rng.choice(choices)
    layout.lines[index] = attribute.sub(r"\1\2", layout.lines[index], count=1)
    return layout.text()


def html_comment(text: str, rng: random.Random) -> str | None:
    return _insert_paragraph(text, rng, "<!-- TODO: check these values with the API team -->")


def less_than_number(text: str, rng: random.Random) -> str | None:
    return _insert_paragraph(text, rng, "Requests with <5 images are processed first.")


def bare_brace(text: str, rng: random.Random) -> str | None:
    return _insert_paragraph(text, rng, "Open the JSON body with { and list the parameters.")


def brace_pair(text: str, rng: random.Random) -> str | None:
    return _insert_paragraph(text, rng, "Send the body as { key, prompt } in JSON.")


def code_span_double_backticks(text: str, rng: random.Random) -> str | None:
    return _insert_paragraph(text, rng, "Start the JSON body with ``{`` and a key.")


def angle_bracket_autolink(text: str, rng: random.Random) -> str | None:
    return _insert_paragraph(text, rng, "Details are on <https://modelslab.com/pricing>.")


def component_content_joined(text: str, rng: random.Random) -> str | None:
    """`<Note>` and its first line of content joined into one line, as people often write it."""
    layout = Layout.of(text)
    choices = [
        i
        for i in layout.prose()
        if re.fullmatch(r"\s*<[A-Z]\w*>\s*", layout.lines[i])
        and i + 1 < len(layout.lines)
        and layout.lines[i + 1].strip()
        and i + 1 not in layout.code
    ]
    if not choices:
        return None
    index = rng.choice(choices)
    layout.lines[index : index + 2] = [
        layout.lines[index].rstrip() + layout.lines[index + 1].strip()
    ]
    return layout.text()


def import_line(text: str, rng: random.Random) -> str | None:
    return _insert_after_frontmatter(text, 'import Note from "/snippets/note.mdx";')


def export_line(text: str, rng: random.Random) -> str | None:
    return _insert_after_frontmatter(text, "export const maxImages = 5;")


def frontmatter_key_misspelled(text: str, rng: random.Random) -> str | None:
    layout = Layout.of(text)
    for index in range(1, max(layout.body - 1, 1)):
        if layout.lines[index].startswith("description:"):
            layout.lines[index] = "descriptions:" + layout.lines[index][len("description:") :]
            return layout.text()
    return None


def html_br_unclosed(text: str, rng: random.Random) -> str | None:
    return _insert_paragraph(text, rng, "First line<br>second line.")


def html_br_self_closing(text: str, rng: random.Random) -> str | None:
    return _insert_paragraph(text, rng, "First line<br />second line.")


MUTATIONS: dict[str, Mutation] = {
    function.__name__: function
    for function in (
        heading_missing_space,
        heading_extra_space,
        heading_nbsp,
        heading_zero_width_space,
        heading_stray_backtick,
        heading_indented,
        crlf_line_endings,
        utf8_bom,
        tab_indentation,
        fence_line_highlight,
        fence_repeated_language,
        fence_wrap,
        fence_title,
        fence_unclosed,
        body_heading_above_request,
        closing_tag_deleted,
        attribute_quote_broken,
        html_comment,
        less_than_number,
        bare_brace,
        brace_pair,
        code_span_double_backticks,
        angle_bracket_autolink,
        component_content_joined,
        import_line,
        export_line,
        frontmatter_key_misspelled,
        html_br_unclosed,
        html_br_self_closing,
    )
}

# ---------------------------------------------------------------------------------------------
# The pages mutated, and the run.


def docs_v2_pages() -> dict[str, Path]:
    """The first page of each kind in docs-v2 (for generation pages: one with Request and Body
    headings, so moving them has something to move)."""
    repo = Repo.load(DOCS)
    chosen: dict[str, Path] = {}
    for page in sorted(repo.pages.values(), key=lambda p: p.file):
        if page.kind.value in chosen:
            continue
        titles = {h.text for h in page.headings}
        if page.kind is PageKind.ENTERPRISE_GENERATION and not {"Request", "Body"} <= titles:
            continue
        chosen[page.kind.value] = DOCS / page.file
    assert set(chosen) == {kind.value for kind in PageKind}
    return chosen


def corpus_pages(root: Path) -> list[Path]:
    pages = [p for p in sorted(root.rglob("*.mdx")) if p.stat().st_size <= MAX_CORPUS_PAGE_BYTES]
    step = max(1, len(pages) // CORPUS_SAMPLE)
    return pages[::step][:CORPUS_SAMPLE]


@dataclass(frozen=True)
class Mutant:
    name: str  # file name in the mutants folder
    source: str  # site/page it came from
    mutation: str


def _apply(source: str, text: str, names: list[str], wanted: int) -> list[tuple[str, str]]:
    """(mutation, mutated text) for the first `wanted` of `names` that apply to the page."""
    made = []
    for name in names:
        rng = random.Random(f"{SEED}:{source}:{name}")
        mutated = MUTATIONS[name](text, rng)
        if mutated is not None and mutated != text:
            made.append((name, mutated))
            if len(made) == wanted:
                break
    return made


def write_mutants(folder: Path) -> list[Mutant]:
    sources: list[tuple[str, Path, list[str], int]] = [
        (f"docs-v2/{path.relative_to(DOCS)}", path, list(MUTATIONS), len(MUTATIONS))
        for path in docs_v2_pages().values()
    ]
    names = list(MUTATIONS)
    for site in ("mintlify-docs", "modelslab-docs"):
        root = SITES[site]
        for number, path in enumerate(corpus_pages(root)):
            # Rotate through the mutations so that each one meets several corpus pages.
            start = (number * MUTATIONS_PER_CORPUS_PAGE) % len(names)
            rotated = names[start:] + names[:start]
            label = f"{root.name}/{path.relative_to(root)}"
            sources.append((label, path, rotated, MUTATIONS_PER_CORPUS_PAGE))
    folder.mkdir(parents=True)
    mutants = []
    for label, path, candidates, wanted in sources:
        text = path.read_text(encoding="utf-8")
        stem = re.sub(r"[^\w-]+", "_", label.removesuffix(".mdx"))
        for mutation, mutated in [(ORIGINAL, text), *_apply(label, text, candidates, wanted)]:
            name = f"{stem}--{mutation}.mdx"
            # newline="" writes the text as it is: CRLF mutants keep their CRLF.
            with (folder / name).open("w", encoding="utf-8", newline="") as handle:
                handle.write(mutated)
            mutants.append(Mutant(name, label, mutation))
    return mutants


@dataclass
class Results:
    mutants: list[Mutant]
    tallies: dict[str, Tally]
    by_mutation: dict[str, dict[str, Counter]]  # category -> mutation -> agree/disagree/new
    differences: dict[str, list[tuple[Mutant, Difference, bool]]]  # bool: new with the mutation
    breaking: Counter  # mutation -> mutants of it the compiler rejects


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Results:
    folder = tmp_path_factory.mktemp("mutations") / "site"
    written = write_mutants(folder)
    outlines = outline_mdx([folder / m.name for m in written])
    repo = Repo.load(folder)
    flagged = breaking_findings(repo)
    judged = [
        (mutant, compare_page(f"{mutant.source} [{mutant.mutation}]", page, outline, flagged[name]))
        for mutant, outline in zip(written, outlines, strict=True)
        for name in [mutant.name]
        for page in [repo.pages[name.removesuffix(".mdx")]]
    ]
    # Categories in which the unmutated page already disagrees: not the mutation's doing.
    inherited = {
        (mutant.source, category)
        for mutant, found in judged
        if mutant.mutation == ORIGINAL
        for category, category_differences in found.items()
        if category_differences
    }
    mutants = [m for m in written if m.mutation != ORIGINAL]
    tallies: dict[str, Tally] = {}
    by_mutation: dict[str, dict[str, Counter]] = {}
    differences: dict[str, list[tuple[Mutant, Difference, bool]]] = {}
    breaking: Counter = Counter()
    for (mutant, found), outline in zip(judged, outlines, strict=True):
        if mutant.mutation == ORIGINAL:
            continue
        breaking[mutant.mutation] += outline.breaks
        for category, category_differences in found.items():
            tallies.setdefault(category, Tally(category)).add(category_differences)
            counts = by_mutation.setdefault(category, {}).setdefault(mutant.mutation, Counter())
            counts["agree" if not category_differences else "disagree"] += 1
            new = (mutant.source, category) not in inherited
            if category_differences and new:
                counts["new"] += 1
            differences.setdefault(category, []).extend(
                (mutant, d, new) for d in category_differences
            )
    FIGURES[f"mutation suite ({len(mutants)} mutants)"] = tallies
    return Results(mutants, tallies, by_mutation, differences, breaking)


def test_every_mutation_is_exercised(results: Results):
    """Each mutation applied to the docs-v2 pages, and the corpus samples mutated too; the suite
    stays a few hundred files."""
    used = Counter(m.mutation for m in results.mutants)
    assert set(used) == set(MUTATIONS)
    sources = {m.source.split("/", 1)[0] for m in results.mutants}
    assert sources == {"docs-v2", SITES["mintlify-docs"].name, SITES["modelslab-docs"].name}
    assert 200 <= len(results.mutants) <= 500


def test_the_compiler_judges_both_ways(results: Results):
    """The suite is only a test if some mutants break and others do not."""
    broken = sum(results.breaking.values())
    assert 0 < broken < len(results.mutants) / 2
    for mutation in ("less_than_number", "bare_brace", "html_comment", "html_br_unclosed"):
        assert results.breaking[mutation] == Counter(m.mutation for m in results.mutants)[mutation]
    for mutation in ("brace_pair", "code_span_double_backticks", "export_line", "fence_title"):
        assert results.breaking[mutation] == 0


def _by_mutation_report(results: Results, category: str) -> str:
    """Agreement per mutation, then examples: first what the mutations broke, then what the
    unmutated pages already had."""
    tally = results.tallies[category]
    lines = [
        f"{category}: {tally.figure} agree",
        "  by mutation: mutants agreeing/mutants (disagreeing where the unmutated page agrees)",
    ]
    for mutation, counts in sorted(results.by_mutation[category].items()):
        total = counts["agree"] + counts["disagree"]
        lines.append(f"  {mutation:<28} {counts['agree']}/{total} ({counts['new']} new)")
    for wanted, heading in ((True, "new with the mutation"), (False, "inherited")):
        shown: Counter = Counter()
        found = [(m, d) for m, d, new in results.differences.get(category, []) if new is wanted]
        if found:
            lines.append(f"  {heading}:")
        for mutant, difference in found:
            if shown[mutant.mutation] < 2:
                shown[mutant.mutation] += 1
                lines.append(f"    {difference}")
    return "\n".join(lines)


# Categories with known disagreements on some mutants, as strict xfails like KNOWN_GAPS in
# test_page_model_referee.py (run with --runxfail to see the report). None today.
KNOWN_GAPS: set = set()


@pytest.mark.parametrize(
    "category",
    [
        pytest.param(
            category,
            marks=pytest.mark.xfail(strict=True, reason="a known gap")
            if category in KNOWN_GAPS
            else (),
        )
        for category in ASSERTED
    ],
)
def test_docsgen_agrees_with_the_compiler_on_every_mutant(results: Results, category: str):
    tally = results.tallies[category]
    assert tally.agreeing == tally.pages, _by_mutation_report(results, category)
