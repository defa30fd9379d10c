"""What links-resolve and link-anchors see on a page, and what they accept, on real files."""

from __future__ import annotations

from pathlib import Path

from generator.lint.config import LintConfig
from generator.lint.engine import run_rules
from generator.lint.rules import BY_ID
from generator.repo.link_targets import import_sources, link_targets
from generator.repo.mdx import MdxPage
from generator.repo.page_anchors import heading_title, page_anchors
from generator.repo.repo import Repo
from tests.test_rules import materialize


def page(text: str, path: str = "guides/page") -> MdxPage:
    return MdxPage.parse(path, f"{path}.mdx", text)


def findings(root: Path, *rules: str) -> list[tuple[str, str, int, str]]:
    result = run_rules(Repo.load(root), tuple(BY_ID[r] for r in rules), LintConfig())
    return [(f.rule, f.path, f.line, f.message) for f in result.findings]


def test_reference_style_links_are_targets():
    text = (
        "---\ntitle: T\n---\n\nSee [the guide][guide], [Setup][] and ![logo][img].\n\n"
        "```md\n[ignored]: /in/code\n```\n\n"
        '[guide]: /guides/next "Next"\n[setup]: <./setup>\n[img]: /images/logo.png\n'
        "[unused]: /nowhere\n"
    )
    targets = {(t.target, t.image, t.source) for t in link_targets(page(text))}
    assert targets == {
        ("/guides/next", False, "reference"),
        ("./setup", False, "reference"),
        ("/images/logo.png", True, "reference"),
    }


def test_only_string_attributes_of_link_elements_are_targets():
    text = (
        "---\ntitle: T\n---\n\n"
        'export const Hero = ({ href }) => <a className="x" href={href}>go</a>;\n\n'
        '<Hero href="/docs/es/quickstart" />\n\n'
        '<Card title="A" href="/guides/a" icon={<svg a="b" />}>\nText.\n</Card>\n\n'
        "<img src={`https://cdn/${name}.png`} />\n\n"
        '<Tooltip tip="x" href="/api-reference">API</Tooltip>\n'
    )
    targets = [(t.target, t.source) for t in link_targets(page(text))]
    assert targets == [("/guides/a", "Card"), ("/api-reference", "Tooltip")]


def test_attributes_tell_strings_from_expressions_and_skip_spreads():
    text = '<Card {...props} title="A" icon={x ? "a" : "b"} href=\'/b\' disabled />\n'
    (tag,) = page(text).tags
    assert tag.attributes == {"title": "A", "icon": 'x ? "a" : "b"', "href": "/b", "disabled": None}
    assert tag.expression_attributes == {"icon"}


def test_import_sources():
    text = (
        "---\ntitle: T\n---\n\n"
        'import Note from "/snippets/note.mdx";\n'
        "import {\n  one,\n  two,\n} from '../shared/vars.mdx';\n"
        'import { useState } from "react";\n\n'
        "```mdx\nimport Fake from '/in/code.mdx';\n```\n"
    )
    assert [(i.source, i.line) for i in import_sources(page(text))] == [
        ("/snippets/note.mdx", 5),
        ("../shared/vars.mdx", 9),
        ("react", 10),
    ]


def test_links_resolve_through_redirects_folders_and_languages(tmp_path: Path):
    root = materialize(
        tmp_path,
        {
            "docs.json": '{"navigation": {"pages": ["a"]}, "redirects": ['
            '{"source": "/moved", "destination": "/a"},'
            '{"source": "/gone", "destination": "/also-gone"},'
            '{"source": "/v1/:slug*", "destination": "/es/:slug*"}]}',
            "a.mdx": "---\ntitle: A\n---\n\n"
            'import Missing from "/snippets/missing.mdx";\n\n'
            "[1](/moved) [2](/v1/b) [3](/es/b) [4](/guides/) [5](/caf%C3%A9) [6](/gone) "
            "[7](tel:+1555) [8](mailto:a@b.c) [9](#top) ![10](https://x/y.png) [11](/x/{id})\n",
            "es/b.mdx": "---\ntitle: B\n---\n",
            "guides/c.mdx": "---\ntitle: C\n---\n",
            "café.mdx": "---\ntitle: Café\n---\n",
        },
    )
    found = findings(root, "links-resolve")
    assert [(line, message.split(";")[0]) for _, _, line, message in found] == [
        (5, "import '/snippets/missing.mdx' names no file"),
        (7, "link target '/gone' does not exist"),
    ]


def _title(markdown: str) -> str:
    (heading,) = page(f"## {markdown}\n").headings
    return heading_title(heading)


def test_heading_titles():
    assert _title("`theme` - <Badge>required</Badge>") == "theme - required"
    assert _title(r"Use **bold** and \*stars\* [link](/x)") == "Use bold and *stars* link"
    assert _title("Overview[\u200b](#overview)") == "Overview\u200b"
    assert not page_anchors(page("## Hello {name}\n")).complete


def test_page_anchors_cover_headings_and_components():
    text = (
        "---\ntitle: T\n---\n\n## Intro\n\n## Intro\n\n##### Deep {#deep-one}\n\n"
        '<Tabs>\n  <Tab title="First tab">\n    ### Inside a tab\n  </Tab>\n</Tabs>\n\n'
        '<Accordion title="Why: now?">\n  ## Hidden from the TOC\n</Accordion>\n\n'
        '<Steps titleSize="h3">\n  <Step title="Install it">\n    Text.\n  </Step>\n</Steps>\n\n'
        '<Update label="March 2024">\nNews.\n</Update>\n\n'
        '<ResponseField name="user.id" type="string">\nId.\n</ResponseField>\n\n'
        '<div id="custom-place">\nHere.\n</div>\n\n<Note id="not-rendered">\nNo.\n</Note>\n\n'
        "```md\n## Not a heading\n```\n"
    )
    anchors = page_anchors(page(text))
    assert anchors.complete
    for anchor in [
        "intro",
        "intro-2",
        "deep-one",
        "first-tab",
        "inside-a-tab",
        "why-now",
        "hidden-from-the-toc",
        "install-it",
        "march-2024",
        "param-user-id",
        "custom-place",
    ]:
        assert anchors.has(anchor), anchor
    assert not anchors.has("not-rendered") and not anchors.has("not-a-heading")
    assert not page_anchors(page("---\ntitle: T\n---\n\n<div id={slug}>x</div>\n")).complete


def test_link_anchors_use_snippets_importers_and_skip_generated_pages(tmp_path: Path):
    root = materialize(
        tmp_path,
        {
            "docs.json": '{"navigation": {"pages": ["a", "api/op"]}}',
            "a.mdx": "---\ntitle: A\n---\n\n"
            'import Setup from "/snippets/setup.mdx";\n\n<Setup />\n\n'
            "[ok](#gitlab-setup) [op](/api/op#param-key) [bad](#nope) "
            "[folder](/api#x) [redirected](/old#x)\n",
            "snippets/setup.mdx": "## GitLab setup\n\n[above](#gitlab-setup) [this](#nah)\n",
            "api/op.mdx": '---\ntitle: Op\nopenapi: "POST /op"\n---\n',
        },
    )
    found = findings(root, "link-anchors")
    assert [(path, message) for _, path, _, message in found] == [
        ("a.mdx", "'#nope' is not an anchor on this page"),
        ("snippets/setup.mdx", "'#nah' is not an anchor on the pages that import this snippet"),
    ]
