"""Agent-facing files built from the same catalog: llms.txt (llmstxt.org) and a capabilities
file shaped like the published ones (capabilities, skills, workflows, integration, context)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from generator.catalog.model import (
    Catalog,
    CatalogGroupRef,
    Group,
    Parameter,
    walk_navigation,
)
from generator.site.pages import (
    EnterpriseGenerationPage,
    EnterpriseOpsPage,
    Page,
    PublicEndpointPage,
)

LLMS_FILE = "llms.txt"
CAPABILITIES_FILE = "capabilities.md"
# Parameters every endpoint has; listing them under each skill would hide the interesting ones.
_COMMON = {"key", "webhook", "track_id"}


@dataclass(frozen=True)
class PageInfo:
    title: str
    description: str


def _sections(tabs: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """(group name, its own page paths) in navigation order, nested groups flattened."""
    sections: list[tuple[str, list[str]]] = []

    def walk(entries: list[Any], name: str) -> None:
        own = [e for e in entries if isinstance(e, str)]
        if own:
            sections.append((name, own))
        for entry in entries:
            if isinstance(entry, dict) and "group" in entry:
                walk(entry.get("pages", []), entry["group"])

    for tab in tabs:
        walk(tab["groups"], tab["tab"])
    return sections


def build_llms_txt(catalog: Catalog, tabs: list[dict[str, Any]], info: dict[str, PageInfo]) -> str:
    site = catalog.site
    llms = site.llms
    title = llms.title if llms else site.docs_json.get("name", "API")
    lines = [f"# {title}", ""]
    if llms:
        lines += [f"> {llms.summary}", ""]
    for name, pages in _sections(tabs):
        lines.append(f"## {name}")
        lines.append("")
        for path in pages:
            page = info.get(path)
            if page is None:
                continue
            description = f": {page.description}" if page.description else ""
            lines.append(f"- [{page.title}]({site.site_url}/{path}){description}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def groups_in_navigation_order(catalog: Catalog) -> list[Group]:
    return [
        catalog.groups[entry.group_id]
        for tab in catalog.site.tabs
        for entry, _ in walk_navigation(tab.groups, tab.name)
        if isinstance(entry, CatalogGroupRef)
    ]


def _parameters(parameters: tuple[Parameter, ...]) -> str:
    names = [p.name for p in parameters if p.location == "body" and p.name not in _COMMON]
    return ", ".join(f"`{name}`" for name in names)


def build_capabilities(catalog: Catalog, pages: tuple[Page, ...]) -> str:
    site = catalog.site
    llms = site.llms
    name = site.docs_json.get("name", "API")
    summary = llms.summary if llms else ""
    lines = [
        "---",
        f"name: {json.dumps(name)}",
        f"description: {json.dumps(summary)}",
        "metadata:",
        f"    site: {site.site_url}",
        '    version: "1.0"',
        "---",
        "",
    ]
    if llms and llms.capabilities:
        lines += ["## Capabilities", "", llms.capabilities, ""]
    lines += ["## Skills", ""]
    by_path = {page.path: page for page in pages}
    for group in groups_in_navigation_order(catalog):
        lines += [f"### {group.capability or group.name}"]
        for page in pages:
            if not page.path.startswith(f"{group.folder}/"):
                continue
            if isinstance(page, PublicEndpointPage | EnterpriseGenerationPage):
                endpoint = page.endpoint
                lines.append(f"- **{endpoint.title}**: {endpoint.summary}")
                lines.append(f"  - Endpoint: `{endpoint.method} {page.url}`")
                parameters = _parameters(endpoint.parameters)
                if parameters:
                    lines.append(f"  - Parameters: {parameters}")
                if page.async_info:
                    lines.append(f"  - Results of slow requests: `{page.async_info.fetch_title}`")
            elif isinstance(page, EnterpriseOpsPage):
                lines.append(f"- **{page.title}**: `POST {page.url}`")
        lines.append("")
    if llms and llms.workflows:
        lines += ["## Workflows", ""]
        for workflow in llms.workflows:
            lines.append(f"### {workflow.title}")
            for number, (path, does) in enumerate(workflow.steps, 1):
                page = by_path.get(path)
                target = (
                    f" (`{page.request.method} {page.request.url}`)"
                    if page is not None and (getattr(page, "request", None))
                    else ""
                )
                lines.append(f"{number}. {does}{target}")
            lines.append("")
    if llms and llms.integration:
        lines += ["## Integration", "", *[f"- {item}" for item in llms.integration], ""]
    if llms and llms.context:
        lines += ["## Context", "", *[f"- {item}" for item in llms.context], ""]
    lines.append(f"> Page index for agents: {site.site_url}/{LLMS_FILE}")
    return "\n".join(lines).rstrip() + "\n"
