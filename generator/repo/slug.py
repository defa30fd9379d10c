"""Heading anchors the way Mintlify makes them. Pure functions, no I/O.

Mintlify does not slug like GitHub. Its renderer and its own link checker (`mint broken-links
--check-anchors`, package @mintlify/link-rot, built on @mintlify/common) do this:

1. The heading text gets smart punctuation first (remark-smartypants): straight quotes become
   curly ones (the apostrophe of What's becomes U+2019), `--` an em dash, `...` an ellipsis.
   Inline code is left alone.
2. `getUnicodeId`: lower-case, trim, whitespace runs to "-", then `encodeURIComponent`.
3. @sindresorhus/slugify on that: when the text holds percent escapes (anything but ASCII
   letters, digits and `-_.!~*'()`), only characters other than letters, digits, `%` and `_`
   become "-" (so escapes survive); otherwise lower-case letters, digits and `_` survive. Runs of
   "-" collapse, leading and trailing "-" go, and a lone "-s"/"-t" joins its word (it's -> its).
4. Repeats on one page get "-2", "-3", ... (slugify's counter, which also avoids numbered
   collisions).
5. Both sides of a comparison go through `cleanHeadingId`: percent escapes decoded, then
   ``?,;:!'"()[]{}`` and emoji removed. So "Fees & billing" -> "fees-&-billing", "What's new"
   -> "what\u2019s-new" (curly apostrophe kept), "Step 1: Install" -> "step-1-install",
   "Config.json options" -> "config-json-options".

`{#custom-id}` after a heading replaces its id (normalized by `custom_heading_id`). Accordion and
View ids come from `component_id`; ParamField/ResponseField ids from `param_field_id`.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote

# What encodeURIComponent leaves alone.
_URI_SAFE = "-_.!~*'()"
_PERCENT = re.compile(r"%[0-9A-F]{2}")
_CONTRACTION = re.compile(r"([a-zA-Z\d]+)-([ts])(-|$)")
_DASH_RUNS = re.compile(r"-{2,}")
_CLEAN = re.compile(r"""[?,;:!'"()\[\]{}]""")
_CUSTOM_ID_STRIP = re.compile(r"""[<>"&?,;:!'()\[\]{}]""")
# Emoji as cleanHeadingId removes them (modifiers, presentation emoji, pictographs, joiners).
_EMOJI = re.compile(
    "[\u200d\ufe0e\ufe0f\u231a-\u231b\u23e9-\u23f3\u23f8-\u23fa\u25aa-\u25fe\u2600-\u27bf"
    "\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
)
_WHITESPACE = re.compile(r"\s+")
_PLAIN = re.compile(r"[\w./&$@*+=~-]*")
_NUMBERED = re.compile(r"(?:-\d+?)+?$")
# Latin letters @sindresorhus/transliterate spells out; other accents are dropped below.
_TRANSLITERATION = {
    "ß": "ss",
    "ẞ": "Ss",
    "ä": "ae",
    "Ä": "Ae",
    "ö": "oe",
    "Ö": "Oe",
    "ü": "ue",
    "Ü": "Ue",
    "æ": "ae",
    "Æ": "AE",
    "ø": "o",
    "Ø": "O",
    "œ": "oe",
    "Œ": "OE",
    "þ": "th",
    "Þ": "TH",
    "ð": "d",
    "Ð": "D",
    "đ": "d",
    "Đ": "D",
    "ł": "l",
    "Ł": "L",
    "&": " and ",
    "♥": " love ",
}


# [single, double] x [opening, closing]
_QUOTES = (("\u2018", "\u2019"), ("\u201c", "\u201d"))


def smart_quotes(text: str) -> str:
    """Straight quotes to curly ones as retext-smartypants decides (length kept)."""
    out: list[str] = []
    for index, char in enumerate(text):
        if char not in "\"'":
            out.append(char)
            continue
        double = char == '"'
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else ""
        rest = text[index + 1 :]
        if after and not after.isalnum() and not after.isspace():
            closing = True  # followed by punctuation: close
        elif re.match(r"\d\ds\b", rest):
            closing = True  # the '80s
        elif not before.isalnum() and after.isalnum():
            closing = False  # opens a quoted word
        elif before.isalnum():
            closing = True  # after a word: an apostrophe or a closing quote
        else:
            closing = not after or after.isspace() or (not double and rest.startswith("s"))
        out.append(_QUOTES[double][closing])
    return "".join(out)


def smart_dashes(text: str) -> str:
    """``x'' to “x”, `--` to an em dash, `...` to an ellipsis."""
    text = text.replace("``", "“").replace("''", "”")
    text = re.sub(r"(?<!-)--(?!-)", "—", text)
    return re.sub(r"\.{3,}", "…", text)


def smart_punctuation(text: str) -> str:
    """Smart quotes, dashes and ellipses, as remark-smartypants renders text."""
    return smart_dashes(smart_quotes(text))


def transliterate(text: str) -> str:
    """Latin letters with accents to plain ones (as @sindresorhus/transliterate does for Latin;
    other scripts are not spelled out here and end up dropped by the slug)."""
    if text.isascii() and "&" not in text:
        return text
    text = unicodedata.normalize("NFC", text)
    text = "".join(_TRANSLITERATION.get(char, char) for char in text)
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _decamelize(text: str) -> str:
    text = re.sub(r"([A-Z]{2,})(\d+)", r"\1 \2", text)
    text = re.sub(r"([a-z\d]+)([A-Z]{2,})", r"\1 \2", text)
    text = re.sub(r"([a-z\d])([A-Z])", r"\1 \2", text)
    return re.sub(r"([A-Z]+)([A-Z][a-rt-z\d]+)", r"\1 \2", text)


def slugify(
    text: str, *, lowercase: bool = True, decamelize: bool = True, preserve: str = ""
) -> str:
    """@sindresorhus/slugify 2.2 with the options Mintlify passes (separator "-")."""
    text = transliterate(text)
    if decamelize:
        text = _decamelize(text)
    if lowercase:
        text = text.lower()
    allowed = "a-z0-9" + ("" if lowercase else "A-Z") + re.escape(preserve)
    text = re.sub(f"[^{allowed}]+", "-", text)
    text = text.replace("\\", "")
    text = _CONTRACTION.sub(r"\1\2\3", text)
    return _DASH_RUNS.sub("-", text).strip("-")


def heading_slug(title: str) -> str:
    """The id Mintlify gives a heading with this (plain, already smart-punctuated) text,
    before repeats are numbered."""
    encoded = quote(_WHITESPACE.sub("-", title.lower().strip()), safe=_URI_SAFE)
    if _PERCENT.search(encoded):
        return slugify(encoded, lowercase=False, decamelize=False, preserve="%_")
    return slugify(encoded, decamelize=False, preserve="_")


class HeadingSlugger:
    """Numbers repeated slugs on one page like Mintlify (slugify's counter): the second
    "Overview" is "overview-2", the third "overview-3"."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def slug(self, title: str) -> str:
        return self.number(heading_slug(title))

    def number(self, slug: str) -> str:
        if not slug:
            return ""
        lower = slug.lower()
        numberless = self._seen.get(_NUMBERED.sub("", lower, count=1), 0)
        count = self._seen.get(lower)
        self._seen[lower] = count + 1 if count is not None else 1
        new_count = self._seen[lower]
        if new_count >= 2 or numberless > 2:
            return f"{slug}-{new_count}"
        return slug


def clean_heading_id(anchor: str) -> str:
    """What Mintlify compares: percent escapes decoded, then punctuation and emoji removed."""
    if anchor.isascii() and _PLAIN.fullmatch(anchor):
        return anchor
    try:
        decoded = unquote(re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", anchor), errors="strict")
    except UnicodeDecodeError:
        decoded = anchor
    return _EMOJI.sub("", _CLEAN.sub("", decoded))


def custom_heading_id(raw: str) -> str:
    """The id `## Title {#raw}` gets."""
    return re.sub(r"\s+", "-", _EMOJI.sub("", _CUSTOM_ID_STRIP.sub("", raw.strip())))


def component_id(title: str, count: int = 0) -> str:
    """The id of the `count`-th (0-based) Accordion or View with this title."""
    base = slugify(title.replace(":", "-", 1), decamelize=False)
    return f"{base}-{count}" if count > 0 else base


def param_field_id(name: str, count: int = 0) -> str:
    """The id of the `count`-th (0-based) ParamField/ResponseField of this name: param-<name>."""
    return slugify(f"param-{name}" + (f"_{count}" if count > 0 else ""))
