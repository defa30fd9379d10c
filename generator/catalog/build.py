"""Turn schema-valid catalog documents into model objects, applying defaults and resolving
references (`use:` parameters, operation names). Pure: no file system access."""

from __future__ import annotations

import difflib
from dataclasses import replace
from typing import Any

from generator import house_rules
from generator.catalog.model import (
    Auth,
    CatalogGroupRef,
    Endpoint,
    EnterpriseSettings,
    Group,
    HandWrittenGroup,
    HandWrittenPage,
    LlmsSettings,
    NavigationEntry,
    Operation,
    Overview,
    Parameter,
    SiteSettings,
    SpecInfo,
    Tab,
    Workflow,
)
from generator.catalog.yaml_source import PathKey, YamlDocument
from generator.enterprise_ops import SERVER_OPERATIONS, is_server_operation
from generator.problems import Problem

_PARAMETER_FIELDS = {
    "type": "type",
    "description": "description",
    "required": "required",
    "in": "location",
    "items": "items",
    "default": "default",
    "example": "example",
    "minimum": "minimum",
    "maximum": "maximum",
    "nullable": "nullable",
    "format": "format",
}


def _suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if close:
        return f" (did you mean '{close[0]}'?)"
    return f"; known: {', '.join(sorted(options))}" if options else ""


def _parameter_fields(raw: dict[str, Any]) -> dict[str, Any]:
    fields = {attr: raw[key] for key, attr in _PARAMETER_FIELDS.items() if key in raw}
    if "enum" in raw:
        fields["enum"] = tuple(raw["enum"])
    return fields


def build_parameter(
    raw: dict[str, Any],
    path: PathKey,
    doc: YamlDocument,
    shared: dict[str, Parameter],
    problems: list[Problem],
    name: str | None = None,
) -> Parameter | None:
    where = doc.where(path)
    if "use" in raw:
        base = shared.get(raw["use"])
        if base is None:
            problems.append(
                Problem(
                    doc.where((*path, "use")),
                    f"unknown shared parameter '{raw['use']}'"
                    + _suggest(raw["use"], list(shared))
                    + "; define it under `parameters` in the site file",
                )
            )
            return None
        return replace(base, where=where, **_parameter_fields(raw))
    return Parameter(name=name or raw["name"], where=where, **_parameter_fields(raw))


def build_site(doc: YamlDocument, problems: list[Problem]) -> SiteSettings:
    data = doc.data
    shared = {
        name: build_parameter(raw, ("parameters", name), doc, {}, problems, name=name)
        for name, raw in (data.get("parameters") or {}).items()
    }
    shared_found = {k: v for k, v in shared.items() if v is not None}
    operations = {}
    for op_id, raw in (data.get("operations") or {}).items():
        op_path = ("operations", op_id)
        parameters = tuple(
            p
            for index, item in enumerate(raw.get("parameters", []))
            if (
                p := build_parameter(
                    item, (*op_path, "parameters", index), doc, shared_found, problems
                )
            )
        )
        operations[op_id] = Operation(
            id=op_id,
            title=raw["title"],
            slug=raw.get("slug", op_id.replace("_", "-")),
            path=raw.get("path", f"/{op_id}"),
            description=raw["description"],
            summary=raw["summary"],
            action=raw.get("action") or raw["title"].lower(),
            icon=raw.get("icon", "server"),
            parameters=parameters,
            where=doc.where(op_path),
        )
        if not is_server_operation(operations[op_id].path):
            problems.append(
                Problem(
                    doc.where(op_path),
                    f"operation '{op_id}' ({operations[op_id].path}) is not a server operation "
                    f"({', '.join(SERVER_OPERATIONS)}); enterprise specs list only those, so "
                    "describe it as an endpoint of its enterprise group",
                )
            )
    tabs = tuple(
        Tab(
            name=raw["tab"],
            groups=tuple(
                _navigation_entry(item, ("tabs", t, "groups", g), doc)
                for g, item in enumerate(raw["groups"])
            ),
            where=doc.where(("tabs", t)),
        )
        for t, raw in enumerate(data["tabs"])
    )
    llms = None
    if "llms" in data:
        raw_llms = data["llms"]
        llms = LlmsSettings(
            title=raw_llms["title"],
            summary=raw_llms["summary"],
            capabilities=raw_llms.get("capabilities"),
            integration=tuple(raw_llms.get("integration", [])),
            context=tuple(raw_llms.get("context", [])),
            workflows=tuple(
                Workflow(
                    w["title"],
                    tuple((s["page"], s["does"]) for s in w["steps"]),
                    tuple(
                        doc.where(("llms", "workflows", i, "steps", j, "page"))
                        for j in range(len(w["steps"]))
                    ),
                )
                for i, w in enumerate(raw_llms.get("workflows", []))
            ),
        )
    optional = {key: data[key] for key in ("site_url", "webhooks_page") if key in data}
    if "samples" in data:
        optional["samples"] = tuple(data["samples"])
    return SiteSettings(
        **optional,
        auth=Auth(**(data.get("auth") or {})),
        llms=llms,
        docs_json=dict(data["docs_json"]),
        tabs=tabs,
        enterprise=EnterpriseSettings(**(data.get("enterprise") or {})),
        parameters=shared_found,
        operations=operations,
        where=doc.where(()),
    )


def _navigation_entry(raw: Any, path: PathKey, doc: YamlDocument) -> NavigationEntry:
    where = doc.where(path)
    if isinstance(raw, str):
        return HandWrittenPage(path=raw, where=where)
    if "catalog" in raw:
        return CatalogGroupRef(group_id=raw["catalog"], where=doc.where((*path, "catalog")))
    return HandWrittenGroup(
        name=raw["group"],
        icon=raw.get("icon"),
        pages=tuple(
            _navigation_entry(item, (*path, "pages", i), doc) for i, item in enumerate(raw["pages"])
        ),
        where=where,
    )


def build_group(
    doc: YamlDocument, group_id: str, source: str, site: SiteSettings, problems: list[Problem]
) -> Group:
    data = doc.data
    kind = data["kind"]
    server_name = data.get("server_name")
    if kind == "enterprise":
        folder = data.get("folder") or house_rules.default_enterprise_folder(server_name)
    else:
        folder = data.get("folder") or group_id
    spec_raw = data["spec"]
    spec = SpecInfo(
        title=spec_raw["title"],
        description=spec_raw["description"],
        version=spec_raw["version"],
        server=spec_raw.get("server"),
        server_description=spec_raw.get("server_description"),
        schema_prefix=spec_raw.get("schema_prefix") or house_rules.camel_case(data["group"]),
    )
    overview_raw = data["overview"]
    overview = Overview(
        title=overview_raw["title"],
        description=overview_raw["description"],
        intro=overview_raw.get("intro"),
    )
    endpoints = []
    for index, raw in enumerate(data.get("endpoints") or []):
        path = ("endpoints", index)
        parameters = tuple(
            p
            for i, item in enumerate(raw.get("parameters") or [])
            if (
                p := build_parameter(item, (*path, "parameters", i), doc, site.parameters, problems)
            )
        )
        endpoints.append(
            Endpoint(
                slug=raw["slug"],
                title=raw["title"],
                description=raw["description"],
                summary=raw.get("summary", raw["description"]),
                method=raw.get("method", "POST"),
                path=raw["path"],
                parameters=parameters,
                icon=raw.get("icon", "code"),
                intro=raw.get("intro"),
                note=raw.get("note"),
                request_schema=raw.get("request_schema")
                or house_rules.request_schema_name(raw["slug"]),
                is_async=raw.get("async", False),
                server=raw.get("server"),
                where=doc.where(path),
            )
        )
    operations = []
    for index, entry in enumerate(data.get("operations") or []):
        op_id = entry if isinstance(entry, str) else entry["use"]
        operation = site.operations.get(op_id)
        if operation is None:
            problems.append(
                Problem(
                    doc.where(("operations", index)),
                    f"unknown operation '{op_id}'"
                    + _suggest(op_id, list(site.operations))
                    + "; define it under `operations` in the site file",
                )
            )
        else:
            if isinstance(entry, dict):
                overrides = {
                    k: entry[k] for k in ("slug", "title", "description", "summary") if k in entry
                }
                operation = replace(operation, **overrides)
            operations.append(operation)
    return Group(
        id=group_id,
        name=data["group"],
        kind=kind,
        folder=folder,
        spec=spec,
        overview=overview,
        endpoints=tuple(endpoints),
        server_name=server_name,
        operations=tuple(operations),
        fetch_endpoint=data.get("fetch_endpoint"),
        hand_written=tuple(data.get("hand_written", [])),
        response_examples=tuple(data["response_examples"].items())
        if "response_examples" in data
        else None,
        capability=data.get("capability"),
        **({"output_example": data["output_example"]} if "output_example" in data else {}),
        where=doc.where(()),
        source=source,
    )
