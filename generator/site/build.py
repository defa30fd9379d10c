"""Catalog -> Site: every page, spec and navigation entry that `generate` will write."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import house_rules
from generator.catalog.model import Catalog, Group
from generator.site.navigation import desired_tabs
from generator.site.pages import (
    Card,
    EnterpriseGenerationPage,
    EnterpriseOpsPage,
    OverviewPage,
    Page,
    PublicEndpointPage,
    example_body,
)
from generator.site.specs import build_enterprise_spec, build_public_spec

SPEC_FILE = "openapi.json"


@dataclass(frozen=True)
class Site:
    pages: tuple[Page, ...]
    specs: dict[str, dict[str, Any]]  # file path relative to the docs folder -> spec document
    tabs: list[dict[str, Any]]  # docs.json navigation.tabs as the catalog wants them
    docs_json_settings: dict[str, Any]


def build_site(catalog: Catalog) -> Site:
    pages: list[Page] = []
    specs: dict[str, dict[str, Any]] = {}
    group_pages: dict[str, list[str]] = {}
    for group in catalog.groups.values():
        if group.kind == "public":
            built, spec = _public_group(group)
        else:
            built, spec = _enterprise_group(group, catalog)
        pages += built
        group_pages[group.id] = [page.path for page in built]
        if spec is not None:
            specs[f"{group.folder}/{SPEC_FILE}"] = spec
    return Site(
        pages=tuple(pages),
        specs=specs,
        tabs=desired_tabs(catalog, group_pages),
        docs_json_settings=catalog.site.docs_json,
    )


def _overview(group: Group, cards: list[Card], s3_href: str | None) -> OverviewPage:
    return OverviewPage(
        path=f"{group.folder}/{house_rules.OVERVIEW_SLUG}",
        title=group.overview.title,
        description=group.overview.description,
        source=group.source,
        intro=group.overview.intro,
        cards=tuple(cards),
        server_name=group.server_name if group.kind == "enterprise" else None,
        s3_details_href=s3_href,
    )


def _card(group: Group, slug: str, title: str, icon: str, text: str) -> Card:
    return Card(title=title, icon=icon, href=f"/{group.folder}/{slug}", text=text)


def _public_group(group: Group) -> tuple[list[Page], dict[str, Any]]:
    spec_path = f"{group.folder}/{SPEC_FILE}"
    endpoints: list[Page] = []
    examples: dict[str, dict[str, Any]] = {}
    for endpoint in group.endpoints:
        body = example_body(endpoint.parameters, enterprise=False)
        examples[endpoint.slug] = body
        endpoints.append(
            PublicEndpointPage(
                path=f"{group.folder}/{endpoint.slug}",
                title=endpoint.title,
                description=endpoint.description,
                source=group.source,
                endpoint=endpoint,
                openapi=house_rules.public_openapi_reference(
                    spec_path, endpoint.method, endpoint.path
                ),
                url=f"{group.spec.server}{endpoint.path}",
                body_example=body,
            )
        )
    cards = [_card(group, e.slug, e.title, e.icon, e.summary) for e in group.endpoints]
    spec = build_public_spec(group, examples)
    return [_overview(group, cards, None), *endpoints], spec


def _enterprise_group(group: Group, catalog: Catalog) -> tuple[list[Page], dict[str, Any] | None]:
    settings = catalog.site.enterprise
    s3_href = f"/{settings.s3_details_page}"
    server_name = group.server_name or ""
    pages: list[Page] = []
    for endpoint in group.endpoints:
        full_path = house_rules.enterprise_operation_path(server_name, endpoint.path)
        pages.append(
            EnterpriseGenerationPage(
                path=f"{group.folder}/{endpoint.slug}",
                title=endpoint.title,
                description=endpoint.description,
                source=group.source,
                endpoint=endpoint,
                server_name=server_name,
                s3_details_href=s3_href,
                url=f"{settings.base_url}{full_path}",
                body_example=example_body(endpoint.parameters, enterprise=True),
            )
        )
    key_only = {house_rules.KEY_PARAMETER: house_rules.ENTERPRISE_KEY_PLACEHOLDER}
    for operation in group.operations:
        full_path = house_rules.enterprise_operation_path(server_name, operation.path)
        pages.append(
            EnterpriseOpsPage(
                path=f"{group.folder}/{operation.slug}",
                title=operation.title,
                description=operation.description,
                source=group.source,
                operation=operation,
                openapi=house_rules.ops_openapi_reference("POST", full_path),
                url=f"{settings.base_url}{full_path}",
                body_example=key_only,
            )
        )
    cards = [_card(group, e.slug, e.title, e.icon, e.summary) for e in group.endpoints]
    cards += [_card(group, o.slug, o.title, o.icon, o.summary) for o in group.operations]
    spec = build_enterprise_spec(group, settings.base_url) if group.operations else None
    return [_overview(group, cards, s3_href), *pages], spec
