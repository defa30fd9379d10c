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
            built, spec = _public_group(group, catalog)
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


@dataclass(frozen=True)
class FetchTarget:
    """The endpoint a group's asynchronous pages send readers to for results."""

    title: str
    href: str
    url: str


def fetch_target(catalog: Catalog, group: Group) -> FetchTarget | None:
    """Resolve `fetch_endpoint`: a slug of the group itself, or a page path in another group."""
    if not group.fetch_endpoint:
        return None
    if "/" in group.fetch_endpoint:
        owner_folder, slug = group.fetch_endpoint.rsplit("/", 1)
        owners = [g for g in catalog.groups.values() if g.folder == owner_folder]
    else:
        owners, slug = [group], group.fetch_endpoint
    for owner in owners:
        server = None
        for endpoint in owner.endpoints:
            if endpoint.slug == slug:
                path, title, server = endpoint.path, endpoint.title, endpoint.server
                break
        else:
            operation = next((o for o in owner.operations if o.slug == slug), None)
            if operation is None:
                continue
            path, title = operation.path, operation.title
        if owner.kind == "enterprise":
            base = catalog.site.enterprise.base_url
            path = house_rules.enterprise_operation_path(owner.server_name or "", path)
        else:
            base = server or owner.spec.server or ""
        return FetchTarget(title, f"/{owner.folder}/{slug}", house_rules.join_url(base, path))
    return None


def _async_info(
    group: Group, endpoint: Endpoint, site: SiteSettings, fetch: FetchTarget | None
) -> AsyncInfo | None:
    """Only endpoints marked async, and never the fetch endpoint itself."""
    if not endpoint.is_async or fetch is None or endpoint.slug == group.fetch_endpoint:
        return None
    return AsyncInfo(
        fetch_title=fetch.title,
        fetch_href=fetch.href,
        webhooks_href=f"/{site.webhooks_page}" if site.webhooks_page else None,
        responses=group.response_examples or response_examples(group.output_example, fetch.url),
    )


def _public_group(group: Group, catalog: Catalog) -> tuple[list[Page], dict[str, Any]]:
    site = catalog.site
    spec_path = f"{group.folder}/{SPEC_FILE}"
    endpoints: list[Page] = []
    examples: dict[str, dict[str, Any]] = {}
    fetch = fetch_target(catalog, group)
    key_in_body = site.auth.header is None
    for endpoint in group.endpoints:
        body = example_body(endpoint.parameters, enterprise=False, key_in_body=key_in_body)
        examples[endpoint.slug] = body
        url = house_rules.join_url(endpoint.server or group.spec.server or "", endpoint.path)
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
                async_info=_async_info(group, endpoint, site, fetch),
            )
        )
    cards = [_card(group, e.slug, e.title, e.icon, e.summary) for e in group.endpoints]
    spec = build_public_spec(group, examples, site.auth)
    return [_overview(group, cards, None), *endpoints], spec


def _enterprise_group(group: Group, catalog: Catalog) -> tuple[list[Page], dict[str, Any] | None]:
    settings = catalog.site.enterprise
    s3_href = f"/{settings.s3_details_page}"
    server_name = group.server_name or ""
    site = catalog.site
    fetch = fetch_target(catalog, group)
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
                async_info=_async_info(group, endpoint, site, fetch),
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
