"""The anchors a rendered page has, computed the way Mintlify computes them (see
`generator/repo/slug.py`): Markdown headings of levels 1-4, `{#custom-id}` headings, JSX
headings, Updates with a label, Steps shown as headings, Tabs, Accordions and Views (ids from
their titles), ParamField/ResponseField (`param-<name>`), and any literal `id` attribute of an
element that renders it.

A page can hold ids no static reading can know (an `id={expression}`, a heading built from an
expression, an `<MDX>` block, a title in a script the slug drops): such a page is marked
incomplete, and a missing anchor on it is not reported.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from generator.repo.mdx import Heading, MdxPage, Tag
from generator.repo.slug import (
    HeadingSlugger,
    clean_heading_id,
    component_id,
    custom_heading_id,
    heading_slug,
    param_field_id,
    smart_dashes,
    smart_quotes,
    transliterate,
)

# Elements Mintlify renders without passing `id` on (links to their ids are broken).
COMPONENTS_WITHOUT_ID = frozenset(
    [
        "Info",
        "Warning",
        "Note",
        "Tip",
        "Check",
        "Danger",
        "Callout",
        "AccordionGroup",
        "Card",
        "CardGroup",
        "Tabs",
        "CodeGroup",
        "Column",
        "Columns",
        "CustomCode",
        "CustomComponent",
        "DynamicCustomComponent",
        "Expandable",
        "Frame",
        "GitHub",
        "Github",
        "Icon",
        "Latex",
        "Mermaid",
        "Panel",
        "Popup",
        "Prompt",
        "RequestExample",
        "ResponseExample",
        "SnippetGroup",
        "Steps",
        "Tile",
        "Tooltip",
        "Tree",
        "FileTree",
        "Variation",
        "Visibility",
        "MDX",
        "Badge",
        "Color",
        "ZoomImage",
    ]
)
# Headings inside these stay out of the table of contents (their ids still exist).
_TOC_EXCLUDED = frozenset(("Accordion", "AccordionGroup", "Expandable", "Update", "Prompt"))
_PARAM_FIELDS = frozenset(("ParamField", "Param", "ResponseField"))
_PARAM_NAME_ATTRIBUTES = ("query", "path", "body", "header", "name")
_JSX_HEADINGS = frozenset(("h1", "h2", "h3", "h4"))
# Tags that get an id without an `id` attribute, or that pass a titleSize on.
_WITH_IDS = (
    frozenset(("MDX", "Tab", "Accordion", "View", "Update", "Step", "Steps", "Heading"))
    | _PARAM_FIELDS
    | _JSX_HEADINGS
)


@dataclass(frozen=True)
class PageAnchors:
    ids: frozenset[str]  # every anchor, as `clean_heading_id` leaves it
    complete: bool  # False when the page may hold anchors a static reading cannot know

    def has(self, anchor: str) -> bool:
        return clean_heading_id(anchor) in self.ids


def heading_title(heading: Heading) -> str:
    """The plain text Mintlify slugs for a heading: its visible text, with typographic quotes
    decided on the whole heading (code counts as letters) and dashes on text only."""
    plain = list(heading.parts)
    combined = smart_quotes("".join("A" * len(t) if code else t for t, code in plain))
    title: list[str] = []
    position = 0
    for text, is_code in plain:
        piece = combined[position : position + len(text)]
        position += len(text)
        title.append((text.strip() or text) if is_code else smart_dashes(piece))
    return "".join(title).strip()


def _inner_text(page: MdxPage, tag: Tag) -> str | None:
    """The text of a one-level element `<name ...>text</name>` whose opening tag is `tag`."""
    element = next((e for e in page.elements if e.open is tag), None)
    if element is None or element.close is None:
        return None
    inner = page.inner_source(element)
    return None if "<" in inner or "{" in inner else inner.strip()


# Scripts @sindresorhus/transliterate spells out in Latin letters and `transliterate` here does
# not (Cyrillic, Greek, Armenian, Hebrew, Arabic, Georgian, ...). Ids from titles in them are
# unknown; CJK and other scripts it leaves alone are dropped by both, so those ids are known.
_SPELLED_OUT = re.compile("[\u0370-\u06ff\u0750-\u077f\u10a0-\u10ff]")


def _known_id(title: str) -> bool:
    return not _SPELLED_OUT.search(transliterate(title))


class _Collector:
    def __init__(self, page: MdxPage):
        self.page = page
        self.ids: set[str] = set()
        self.complete = True
        self.slugger = HeadingSlugger()
        self.tab_slugger = HeadingSlugger()
        self.toc_seen: dict[str, int] = {}
        self.counts: dict[str, int] = {}

    def add(self, anchor: str) -> None:
        if anchor:
            self.ids.add(anchor)
            self.ids.add(clean_heading_id(anchor))

    def toc(self, slug: str) -> None:
        """A table-of-contents entry: repeats get -2, -3, ... across all kinds of entries."""
        slug = clean_heading_id(slug)
        count = self.toc_seen.get(slug, 0)
        self.toc_seen[slug] = count + 1
        if count:
            suffix = count + 1
            while f"{slug}-{suffix}" in self.toc_seen:
                suffix += 1
            slug = f"{slug}-{suffix}"
            self.toc_seen[slug] = 1
        self.add(slug)

    def count(self, key: str) -> int:
        seen = self.counts.get(key, 0)
        self.counts[key] = seen + 1
        return seen

    def heading(self, heading: Heading, in_toc: bool) -> None:
        if heading.custom_id is not None:
            if heading.column > 4:
                self.complete = False  # MDX reads an indented {#id} as an expression
                return
            anchor = custom_heading_id(heading.custom_id)
            self.add(anchor)
            if heading.level <= 4 and in_toc:
                self.toc(anchor)
            return
        if heading.level > 4:
            return
        self.complete &= not heading.has_expression
        anchor = self.slugger.slug(heading_title(heading))
        self.add(anchor)
        if in_toc:
            self.toc(anchor)

    def tag(
        self,
        tag: Tag,
        literal: dict[str, str],
        stack: list[tuple[str, str | None]],
    ) -> None:
        name, attributes = tag.name, tag.attributes
        if name == "MDX":
            self.complete = False
        explicit = literal.get("id")
        if "id" in attributes and explicit is None:
            self.complete = False  # id={expression}
        if name in _PARAM_FIELDS:
            self.param_field(name, attributes, literal)
            return
        title = literal.get("title")
        if name in ("Tab", "Accordion", "View") and title is None and explicit is None:
            self.complete &= "title" not in attributes
        if name == "Tab":
            self.add(explicit or (self.tab_slugger.slug(title) if title else ""))
        elif name in ("Accordion", "View") and explicit is None and title:
            self.complete &= _known_id(title)
            self.add(component_id(title, self.count(f"{name}:{component_id(title)}")))
        elif name == "Update" and ("label" in literal or explicit):
            self.toc(explicit or heading_slug(literal.get("label", "")))
        elif name == "Step":
            size = literal.get("titleSize") or next(
                (s for n, s in reversed(stack) if n == "Steps"), None
            )
            if explicit:
                self.add(explicit)
            elif size in ("h2", "h3") and title and "noAnchor" not in attributes:
                self.toc(heading_slug(title))
        elif name in _JSX_HEADINGS or name == "Heading":
            if explicit:
                self.toc(explicit)
            else:
                inner = _inner_text(self.page, tag)
                if inner is None:
                    self.complete = False
                elif inner:
                    self.toc(heading_slug(smart_dashes(smart_quotes(html.unescape(inner)))))
        if explicit and name not in COMPONENTS_WITHOUT_ID:
            self.add(explicit)

    def param_field(
        self, name: str, attributes: dict[str, str | None], literal: dict[str, str]
    ) -> None:
        if "id" in literal:
            self.add(literal["id"])
            return
        # Mintlify's checker takes the first naming attribute as written; its renderer prefers
        # query, path, body, header (name for ResponseField). Both ids are accepted.
        first = next((a for a in attributes if a in _PARAM_NAME_ATTRIBUTES), None)
        ranked = ("name",) if name == "ResponseField" else ("query", "path", "body", "header")
        preferred = next((a for a in ranked if literal.get(a)), None)
        for attribute in dict.fromkeys(a for a in (first, preferred) if a):
            value = literal.get(attribute)
            if value:
                self.add(param_field_id(value, self.count(f"param:{attribute}:{value}")))
            elif attribute in attributes:
                self.complete = False


def page_anchors(page: MdxPage) -> PageAnchors:
    """Every anchor of the page, walking headings and tags in document order."""
    collector = _Collector(page)
    events: list[tuple[int, int, Heading | Tag]] = [(h.line, h.column, h) for h in page.headings]
    events += [(tag.line, tag.column, tag) for tag in page.tags]
    events.sort(key=lambda event: (event[0], event[1]))
    stack: list[tuple[str, str | None]] = []  # open tags: (name, its titleSize)
    for _, _, item in events:
        if isinstance(item, Heading):
            in_toc = not any(name in _TOC_EXCLUDED for name, _ in stack)
            collector.heading(item, in_toc)
        elif item.closing:
            names = [name for name, _ in stack]
            if item.name in names:
                del stack[len(names) - 1 - names[::-1].index(item.name) :]
        else:
            literal: dict[str, str] = {}
            if item.name in _WITH_IDS or "id" in item.attributes:
                literal = {
                    key: value
                    for key, value in item.attributes.items()
                    if value is not None and key not in item.expression_attributes
                }
                collector.tag(item, literal, stack)
            if not item.self_closing:
                stack.append((item.name, literal.get("titleSize")))
    return PageAnchors(frozenset(collector.ids), collector.complete)
