"""Questions rules ask about a page's structure, answered once here so rules stay short and
agree with each other (and with the generator's templates)."""

from __future__ import annotations

import json
from typing import Any

from generator import house_rules
from generator.house_rules import folder_of
from generator.lint.model import ReplaceInLine
from generator.repo.mdx import Fence, Heading, MdxPage
from generator.repo.page_kind import request_url_parts
from generator.repo.repo import Repo


def heading(page: MdxPage, text: str, level: int | None = None) -> Heading | None:
    """First heading with this text (case-insensitive), optionally of a given level."""
    return page.heading(text, level)


def fence_after(page: MdxPage, line: int) -> Fence | None:
    """First fenced block that starts after `line`."""
    return next((fence for fence in page.fences if fence.line > line), None)


def fence_in_section(page: MdxPage, section: Heading) -> Fence | None:
    """First fenced block of a section: after its heading, before the next heading of the same
    or a higher level (so an empty section never borrows a later section's block)."""
    end = next(
        (h.line for h in page.headings if h.line > section.line and h.level <= section.level),
        len(page.lines) + 1,
    )
    fence = fence_after(page, section.line)
    return fence if fence is not None and fence.line < end else None


def request_fence(page: MdxPage) -> Fence | None:
    """The URL block: the first fenced block of the `## Request` section."""
    request = heading(page, "Request")
    return fence_in_section(page, request) if request else None


def body_fence(page: MdxPage) -> Fence | None:
    """The JSON body example: the first fenced block of the `Body` section."""
    body = heading(page, "Body")
    return fence_in_section(page, body) if body else None


def body_json(page: MdxPage) -> Any:
    """The parsed body example, or None when it is missing or not JSON."""
    fence = body_fence(page)
    if fence is None:
        return None
    try:
        return json.loads(fence.content)
    except ValueError:
        return None


def enterprise_server_name(page: MdxPage) -> str | None:
    """The server an enterprise page talks to: the one its request URL calls, else the one its
    folder implies."""
    server, _ = request_url_parts(page)
    if server:
        return server
    folder = page.path.rsplit("/", 1)[0]
    if house_rules.is_enterprise_path(folder) and folder != house_rules.ENTERPRISE_ROOT:
        return house_rules.server_name_for_folder(folder)
    return None


def spec_in_folder(repo: Repo, page: MdxPage) -> str | None:
    """The spec file next to the page or in the nearest folder above it."""
    folder = folder_of(page.path)
    while True:
        for name in ("openapi.json",):
            candidate = f"{folder}/{name}" if folder else name
            if candidate in repo.specs:
                return candidate
        if not folder:
            return None
        folder = folder_of(folder)


def s3_warning_problem(page: MdxPage, server_name: str | None) -> tuple[str, int, int] | None:
    """What is wrong with a page's S3 <Warning> and where (line, column), or None when right.

    The Warning must exist, name the server in backticks and link to the S3 details page.
    """
    warnings = page.elements_named("Warning")
    if not warnings:
        return "no <Warning> about S3 details", page.body_line, 1
    line, column = warnings[0].open.line, warnings[0].open.column
    text = page.inner_source(warnings[0])
    if server_name and f"`{server_name}`" not in text:
        return f"the <Warning> does not name the server `{server_name}`", line, column
    if f"/{house_rules.S3_DETAILS_PAGE}" not in text:
        return f"the <Warning> does not link to /{house_rules.S3_DETAILS_PAGE}", line, column
    return None


def replace_fence_info(page: MdxPage, fence: Fence, signature: str) -> tuple[str, str]:
    """(old, new) text of a fence's opening line with its language and title replaced; display
    options (`wrap`, `{1,3}`, ...) are kept."""
    opening = page.lines[fence.line - 1].strip()
    marker = opening[: len(opening) - len(fence.info)] if fence.info else opening
    return opening, marker + fence.parsed_info.with_signature(signature)


def heading_level_fix(page: MdxPage, found: Heading, level: int) -> ReplaceInLine:
    """A fix that rewrites a heading at another level, keeping its text."""
    old = page.lines[found.line - 1]
    stripped = old.lstrip()
    indent = old[: len(old) - len(stripped)]
    text = stripped.lstrip("#").lstrip()
    return ReplaceInLine(page.file, found.line, old, indent + "#" * level + " " + text)
