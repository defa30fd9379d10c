"""One class per house-rule page kind. Each carries exactly what its template needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from generator import house_rules
from generator.catalog.model import UNSET, Endpoint, Operation, Parameter
from generator.house_rules import PageKind


@dataclass(frozen=True)
class Card:
    title: str
    icon: str
    href: str
    text: str


@dataclass(frozen=True)
class RequestExample:
    """What the code samples of a page send: rendered per language by render.samples."""

    method: str
    url: str
    body: dict[str, Any] | None
    languages: tuple[str, ...]
    auth_header: tuple[str, str] | None = None  # (name, value) when the key travels in a header


@dataclass(frozen=True)
class AsyncInfo:
    """How a page that may answer "processing" tells readers to collect the result."""

    fetch_title: str
    fetch_href: str
    webhooks_href: str | None  # None on platforms without webhooks
    responses: tuple[tuple[str, dict[str, Any]], ...]  # (label, example body)


@dataclass(frozen=True)
class Page:
    path: str  # relative to the docs folder, without .mdx, as docs.json lists it
    title: str
    description: str
    source: str  # catalog file the page comes from, named in the generated-file header

    kind: ClassVar[PageKind]
    template: ClassVar[str]

    @property
    def file(self) -> str:
        return f"{self.path}.mdx"


@dataclass(frozen=True)
class PublicEndpointPage(Page):
    endpoint: Endpoint
    openapi: str
    url: str
    body_example: dict[str, Any]
    request: RequestExample
    async_info: AsyncInfo | None = None

    kind = PageKind.PUBLIC_ENDPOINT
    template = "public_endpoint.mdx.j2"


@dataclass(frozen=True)
class EnterpriseGenerationPage(Page):
    endpoint: Endpoint
    server_name: str
    s3_details_href: str
    url: str
    body_example: dict[str, Any]
    request: RequestExample
    async_info: AsyncInfo | None = None

    kind = PageKind.ENTERPRISE_GENERATION
    template = "enterprise_generation.mdx.j2"


@dataclass(frozen=True)
class EnterpriseOpsPage(Page):
    operation: Operation
    openapi: str
    url: str
    body_example: dict[str, Any]
    request: RequestExample

    kind = PageKind.ENTERPRISE_OPS
    template = "enterprise_ops.mdx.j2"


@dataclass(frozen=True)
class OverviewPage(Page):
    intro: str | None
    cards: tuple[Card, ...]
    server_name: str | None  # set for enterprise overviews, which carry the S3 Warning
    s3_details_href: str | None

    kind = PageKind.OVERVIEW
    template = "overview.mdx.j2"


def example_body(
    parameters: tuple[Parameter, ...], enterprise: bool, key_in_body: bool = True
) -> dict[str, Any]:
    """The JSON body shown on a page: every body parameter that has an example, in catalog order.

    The API key always shows the placeholder of the page's kind, whatever the catalog says, so
    no page can leak a live-looking key.
    """
    body: dict[str, Any] = {}
    for parameter in parameters:
        if parameter.location != "body":
            continue
        if parameter.name == house_rules.KEY_PARAMETER:
            if key_in_body:
                body[parameter.name] = house_rules.key_placeholder(enterprise)
        elif parameter.example is not UNSET:
            body[parameter.name] = parameter.example
    if not body:
        # No parameter has an example: show the defaults, so a page whose operation takes a
        # body still has a `### Body` a reader can copy.
        body = {
            p.name: p.default for p in parameters if p.location == "body" and p.default is not UNSET
        }
    return body
