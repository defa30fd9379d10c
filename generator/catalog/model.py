"""The catalog as typed objects: what the docs authors wrote, with defaults applied.

Every object keeps the Location it came from so later checks can point at the right line.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from generator import house_rules
from generator.problems import Location

ParameterType = Literal["string", "integer", "number", "boolean", "array", "object"]
GroupKind = Literal["public", "enterprise"]


class Unset:
    """Marks 'no default/example given', which differs from an explicit null."""

    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNSET"

    def __bool__(self) -> bool:
        return False


UNSET: Any = Unset()


@dataclass(frozen=True)
class Parameter:
    name: str
    type: ParameterType
    description: str
    where: Location
    required: bool = False
    location: Literal["body", "path"] = "body"
    items: ParameterType | None = None
    default: Any = UNSET
    example: Any = UNSET
    enum: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    nullable: bool = False
    format: str | None = None


@dataclass(frozen=True)
class Endpoint:
    slug: str
    title: str
    description: str
    summary: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    where: Location
    icon: str = "code"
    intro: str | None = None
    note: str | None = None
    request_schema: str | None = None
    is_async: bool = False  # may answer status "processing"
    server: str | None = None  # overrides the group's server for this endpoint only

    @property
    def body_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "body")

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")


@dataclass(frozen=True)
class Operation:
    """A standard enterprise server operation (clear_cache, fetch, ...), defined once."""

    id: str
    title: str
    slug: str
    path: str
    description: str
    summary: str
    action: str
    where: Location
    icon: str = "server"
    parameters: tuple[Parameter, ...] = ()


@dataclass(frozen=True)
class SpecInfo:
    title: str
    description: str
    version: str
    server: str | None = None
    server_description: str | None = None
    schema_prefix: str | None = None


@dataclass(frozen=True)
class Overview:
    title: str
    description: str
    intro: str | None = None


@dataclass(frozen=True)
class Group:
    id: str
    name: str
    kind: GroupKind
    folder: str
    spec: SpecInfo
    overview: Overview
    endpoints: tuple[Endpoint, ...]
    where: Location
    source: str  # e.g. catalog/video.yaml: named in generated files, same from any directory
    server_name: str | None = None
    operations: tuple[Operation, ...] = ()
    fetch_endpoint: str | None = None  # slug of the endpoint that returns processing results
    output_example: str = "https://pub-example.r2.dev/generations/0d9f3c1e.png"
    capability: str | None = None
    response_examples: tuple[tuple[str, Any], ...] | None = None  # (label, body), in order
    hand_written: tuple[str, ...] = ()  # hand-written pages listed after the generated ones


@dataclass(frozen=True)
class CatalogGroupRef:
    """A navigation entry that stands for a whole catalog group."""

    group_id: str
    where: Location


@dataclass(frozen=True)
class HandWrittenGroup:
    name: str
    pages: tuple[NavigationEntry, ...]
    where: Location
    icon: str | None = None


@dataclass(frozen=True)
class HandWrittenPage:
    path: str
    where: Location


NavigationEntry = CatalogGroupRef | HandWrittenGroup | HandWrittenPage


@dataclass(frozen=True)
class Tab:
    name: str
    groups: tuple[CatalogGroupRef | HandWrittenGroup, ...]
    where: Location


@dataclass(frozen=True)
class EnterpriseSettings:
    base_url: str = house_rules.ENTERPRISE_BASE_URL
    tab: str = house_rules.ENTERPRISE_NAV_LABEL
    s3_details_page: str = house_rules.S3_DETAILS_PAGE


@dataclass(frozen=True)
class Auth:
    """How requests carry the key: a body field (ModelsLab) or a header (other platforms)."""

    header: str | None = None
    scheme: str | None = None
    placeholder: str | None = None


@dataclass(frozen=True)
class Workflow:
    title: str
    steps: tuple[tuple[str, str], ...]  # (page path, what the step does)
    where: tuple[Location, ...] = ()  # of each step's page, for messages


@dataclass(frozen=True)
class LlmsSettings:
    title: str
    summary: str
    capabilities: str | None = None
    integration: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    workflows: tuple[Workflow, ...] = ()


@dataclass(frozen=True)
class SiteSettings:
    docs_json: dict[str, Any]
    tabs: tuple[Tab, ...]
    enterprise: EnterpriseSettings
    where: Location
    parameters: dict[str, Parameter] = field(default_factory=dict)
    operations: dict[str, Operation] = field(default_factory=dict)
    site_url: str = "https://docs.modelslab.com"
    samples: tuple[str, ...] = ("curl", "python", "javascript", "php", "java")
    webhooks_page: str | None = "webhooks"
    auth: Auth = field(default_factory=Auth)
    llms: LlmsSettings | None = None


@dataclass(frozen=True)
class Catalog:
    site: SiteSettings
    groups: dict[str, Group]


def walk_navigation(
    entries: tuple[NavigationEntry, ...], tab: str
) -> Iterator[tuple[NavigationEntry, str]]:
    """Every navigation entry below `entries`, depth first, with the tab it sits in."""
    for entry in entries:
        yield entry, tab
        if isinstance(entry, HandWrittenGroup):
            yield from walk_navigation(entry.pages, tab)
