"""Catalog -> Site: every page, spec and navigation entry that `generate` will write."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import house_rules
from generator.catalog.model import Catalog, Endpoint, Group, SiteSettings
from generator.site.navigation import desired_tabs
from generator.site.pages import (
    AsyncInfo,
    Card,
    EnterpriseGenerationPage,
    EnterpriseOpsPage,
    OverviewPage,
    Page,
    PublicEndpointPage,
    RequestExample,
    example_body,
)
from generator.site.responses import response_examples
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
            built, spec = _public_group(group, catalog.site)
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


def _request(
    site: SiteSettings, method: str, url: str, body: dict[str, Any], enterprise: bool
) -> RequestExample:
    header = None
    if site.auth.header:
        token = site.auth.placeholder or house_rules.key_placeholder(enterprise)
        value = f"{site.auth.scheme} {token}" if site.auth.scheme else token
        header = (site.auth.header, value)
    sent = body if (body or method not in ("GET", "DELETE")) else None
    return RequestExample(method, url, sent, site.samples, header)


def _async_info(
    group: Group, endpoint: Endpoint, site: SiteSettings, fetch_url: str | None
) -> AsyncInfo | None:
    """Only endpoints marked async, and never the fetch endpoint itself."""
    if not endpoint.is_async or fetch_url is None or endpoint.slug == group.fetch_endpoint:
        return None
    fetch_title = next(
        (e.title for e in group.endpoints if e.slug == group.fetch_endpoint),
        next((o.title for o in group.operations if o.slug == group.fetch_endpoint), ""),
    )
    return AsyncInfo(
        fetch_title=fetch_title,
        fetch_href=f"/{group.folder}/{group.fetch_endpoint}",
        webhooks_href=f"/{site.webhooks_page}",
        responses=response_examples(group.output_example, fetch_url),
    )


def _fetch_url(group: Group, base: str) -> str | None:
    """Full URL of the group's fetch endpoint, for the processing example."""
    for endpoint in group.endpoints:
        if endpoint.slug == group.fetch_endpoint:
            path = endpoint.path
            break
    else:
        operation = next((o for o in group.operations if o.slug == group.fetch_endpoint), None)
        if operation is None:
            return None
        path = operation.path
    if group.kind == "enterprise":
        path = house_rules.enterprise_operation_path(group.server_name or "", path)
    return house_rules.join_url(base, path)


def _public_group(group: Group, site: SiteSettings) -> tuple[list[Page], dict[str, Any]]:
    spec_path = f"{group.folder}/{SPEC_FILE}"
    endpoints: list[Page] = []
    examples: dict[str, dict[str, Any]] = {}
    fetch_url = _fetch_url(group, group.spec.server or "")
    key_in_body = site.auth.header is None
    for endpoint in group.endpoints:
        body = example_body(endpoint.parameters, enterprise=False, key_in_body=key_in_body)
        examples[endpoint.slug] = body
        url = house_rules.join_url(group.spec.server or "", endpoint.path)
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
                url=url,
                body_example=body,
                request=_request(site, endpoint.method, url, body, enterprise=False),
                async_info=_async_info(group, endpoint, site, fetch_url),
            )
        )
    cards = [_card(group, e.slug, e.title, e.icon, e.summary) for e in group.endpoints]
    spec = build_public_spec(group, examples)
    return [_overview(group, cards, None), *endpoints], spec


def _enterprise_group(group: Group, catalog: Catalog) -> tuple[list[Page], dict[str, Any] | None]:
    settings = catalog.site.enterprise
    s3_href = f"/{settings.s3_details_page}"
    server_name = group.server_name or ""
    site = catalog.site
    fetch_url = _fetch_url(group, settings.base_url)
    pages: list[Page] = []
    for endpoint in group.endpoints:
        full_path = house_rules.enterprise_operation_path(server_name, endpoint.path)
        url = f"{settings.base_url}{full_path}"
        body = example_body(endpoint.parameters, enterprise=True)
        pages.append(
            EnterpriseGenerationPage(
                path=f"{group.folder}/{endpoint.slug}",
                title=endpoint.title,
                description=endpoint.description,
                source=group.source,
                endpoint=endpoint,
                server_name=server_name,
                s3_details_href=s3_href,
                url=url,
                body_example=body,
                request=_request(site, endpoint.method, url, body, enterprise=True),
                async_info=_async_info(group, endpoint, site, fetch_url),
            )
        )
    key_only = {house_rules.KEY_PARAMETER: house_rules.ENTERPRISE_KEY_PLACEHOLDER}
    for operation in group.operations:
        full_path = house_rules.enterprise_operation_path(server_name, operation.path)
        url = f"{settings.base_url}{full_path}"
        pages.append(
            EnterpriseOpsPage(
                path=f"{group.folder}/{operation.slug}",
                title=operation.title,
                description=operation.description,
                source=group.source,
                operation=operation,
                openapi=house_rules.ops_openapi_reference("POST", full_path),
                url=url,
                body_example=key_only,
                request=_request(site, "POST", url, key_only, enterprise=True),
            )
        )
    cards = [_card(group, e.slug, e.title, e.icon, e.summary) for e in group.endpoints]
    cards += [_card(group, o.slug, o.title, o.icon, o.summary) for o in group.operations]
    spec = build_enterprise_spec(group, settings.base_url) if group.operations else None
    return [_overview(group, cards, s3_href), *pages], spec
