"""Heading anchors as Mintlify makes them: the examples Mintlify documents for its own slugging,
repeats, custom ids and component ids."""

from __future__ import annotations

import pytest

from generator.repo.slug import (
    HeadingSlugger,
    clean_heading_id,
    component_id,
    custom_heading_id,
    heading_slug,
    param_field_id,
    slugify,
    smart_punctuation,
    smart_quotes,
)


def anchor(text: str) -> str:
    """The anchor a link must name to reach a heading with this text."""
    return clean_heading_id(heading_slug(smart_punctuation(text)))


# Mintlify's table in "Format text > Automatic anchor IDs" and "How Mintlify generates anchors".
@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Getting started", "getting-started"),
        ("Config.json options", "config-json-options"),
        ("What's new", "what\u2019s-new"),
        ("Rate limits (per minute)", "rate-limits-per-minute"),
        ("Read/write access", "read/write-access"),
        ("Fees & billing", "fees-&-billing"),
        ("OAuth", "oauth"),
        ("Getting Started", "getting-started"),
        ("API Authentication", "api-authentication"),
        ("Step 1: Install", "step-1-install"),
    ],
)
def test_documented_examples(heading: str, expected: str):
    assert anchor(heading) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Split configuration with $ref", "split-configuration-with-$ref"),
        ("Sitemaps and robots.txt files", "sitemaps-and-robots-txt-files"),
        ("  Spaces   around  ", "spaces-around"),
        ("snake_case names", "snake_case-names"),
        ("Café au lait", "café-au-lait"),  # non-ASCII letters are kept, not transliterated
        ("配置示例", "配置示例"),
        ("Don't -- stop", "don\u2019t-\u2014-stop"),
        ("Ends with a question?", "ends-with-a-question"),
        ("C++ and C#", "c++-and-c#"),  # escaped, so kept like &
    ],
)
def test_punctuation_and_other_scripts(heading: str, expected: str):
    assert anchor(heading) == expected


def test_the_raw_slug_keeps_percent_escapes_that_links_compare_decoded():
    assert heading_slug("what\u2019s new") == "what%E2%80%99s-new"
    assert clean_heading_id("what%E2%80%99s-new") == "what\u2019s-new"
    assert clean_heading_id("100%1") == "100%1"  # a malformed escape stays as written


def test_repeats_are_numbered_from_2():
    slugger = HeadingSlugger()
    assert [slugger.slug("Overview") for _ in range(3)] == ["overview", "overview-2", "overview-3"]
    assert slugger.slug("Examples") == "examples"
    assert slugger.slug("") == ""


def test_slugify_options():
    assert slugify("It's here") == "its-here"  # a lone -s joins its word
    assert slugify("imageUrl") == "image-url"  # decamelized by default
    assert slugify("imageUrl", decamelize=False) == "imageurl"
    assert slugify("Ärger & Öl") == "aerger-and-oel"


def test_smart_quotes():
    assert smart_quotes("\"quoted\" and 'single'") == "\u201cquoted\u201d and \u2018single\u2019"
    assert smart_quotes("the '80s") == "the \u201980s"


def test_custom_and_component_ids():
    assert custom_heading_id(" my custom: anchor! ") == "my-custom-anchor"
    assert component_id("How do I: self-host?") == "how-do-i-self-host"
    assert component_id("FAQ", 2) == "faq-2"
    assert param_field_id("prompt") == "param-prompt"
    assert param_field_id("icons.library") == "param-icons-library"
    assert param_field_id("imageUrl", 1) == "param-image-url-1"
