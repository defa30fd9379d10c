"""Checks that need the whole catalog at once: duplicates, references, placement.

Pure functions over the model; the caller passes in the few facts about the file system they need
(which hand-written pages exist).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator

from generator import house_rules
from generator.catalog.model import (
    UNSET,
    Catalog,
    CatalogGroupRef,
    Endpoint,
    Group,
    HandWrittenGroup,
    HandWrittenPage,
    NavigationEntry,
    Parameter,
    walk_navigation,
)
from generator.problems import Location, Problem


def check_catalog(catalog: Catalog, existing_pages: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    for group in catalog.groups.values():
        problems += _check_group_kind(group)
        for endpoint in group.endpoints:
            problems += _check_parameters(endpoint.path, endpoint.parameters, endpoint.where)
            if endpoint.method == "GET" and endpoint.body_parameters:
                problems.append(
                    Problem(
                        endpoint.where,
                        "a GET request has no body; use POST or drop the body parameters",
                    )
                )
    for operation in catalog.site.operations.values():
        problems += _check_parameters(operation.path, operation.parameters, operation.where)
    problems += _check_async(catalog)
    problems += _check_generated_pages(catalog)
    problems += _check_operation_paths(catalog)
    problems += _check_navigation(catalog, existing_pages)
    return problems


def _check_group_kind(group: Group) -> list[Problem]:
    problems = []
    if group.kind == "public":
        if not group.spec.server:
            problems.append(
                Problem(
                    group.where,
                    "public group needs `spec.server` (the URL with the "
                    "category path, e.g. https://modelslab.com/api/v6/images)",
                )
            )
        elif not group.spec.server.startswith("https://"):
            problems.append(
                Problem(
                    group.where, f"spec.server must be an https:// URL, not '{group.spec.server}'"
                )
            )
        if group.server_name or group.operations:
            problems.append(
                Problem(
                    group.where,
                    "`server_name` and `operations` belong to enterprise "
                    "groups; remove them or set `kind: enterprise`",
                )
            )
    else:
        if group.spec.server:
            problems.append(
                Problem(
                    group.where,
                    "enterprise specs use the site's `enterprise.base_url`; remove `spec.server`",
                )
            )
        if not house_rules.is_enterprise_path(group.folder):
            problems.append(
                Problem(
                    group.where,
                    f"enterprise group folder '{group.folder}' must be under "
                    f"{house_rules.ENTERPRISE_ROOT}/",
                )
            )
    return problems


def _check_parameters(
    path: str, parameters: tuple[Parameter, ...], where: Location
) -> list[Problem]:
    problems = []
    seen: dict[str, Parameter] = {}
    for parameter in parameters:
        if parameter.name in seen:
            problems.append(
                Problem(
                    parameter.where,
                    f"parameter '{parameter.name}' is listed twice "
                    f"(first at line {seen[parameter.name].where.line})",
                )
            )
        seen[parameter.name] = parameter
        if parameter.location == "path" and not parameter.required:
            problems.append(
                Problem(
                    parameter.where, f"path parameter '{parameter.name}' must be `required: true`"
                )
            )
        for label, value in (("default", parameter.default), ("example", parameter.example)):
            if (
                parameter.enum is not None
                and value is not UNSET
                and value is not None
                and (value not in parameter.enum)
            ):
                problems.append(
                    Problem(
                        parameter.where,
                        f"{label} {value!r} of '{parameter.name}' is not one "
                        f"of its enum values: {', '.join(map(str, parameter.enum))}",
                    )
                )
        if parameter.items and parameter.type != "array":
            problems.append(
                Problem(
                    parameter.where,
                    f"parameter '{parameter.name}' has `items` but is "
                    f"of type {parameter.type}; use type: array or drop items",
                )
            )
    in_path = house_rules.path_parameter_names(path)
    declared = [p.name for p in parameters if p.location == "path"]
    for name in in_path:
        if name not in declared:
            problems.append(
                Problem(
                    where,
                    f"path '{path}' uses {{{name}}} but declares no parameter "
                    f"'{name}' with `in: path`; add it so the spec declares it",
                )
            )
    for parameter in parameters:
        if parameter.location == "path" and parameter.name not in in_path:
            problems.append(
                Problem(
                    parameter.where,
                    f"path parameter '{parameter.name}' does not appear in path '{path}'",
                )
            )
    return problems


def _check_async(catalog: Catalog) -> list[Problem]:
    problems = []
    for group in catalog.groups.values():
        slugs = [e.slug for e in group.endpoints] + [o.slug for o in group.operations]
        if group.fetch_endpoint and "/" in group.fetch_endpoint:
            generated = {p for g in catalog.groups.values() for p, _ in generated_page_paths(g)}
            if group.fetch_endpoint not in generated:
                problems.append(
                    Problem(
                        group.where,
                        f"fetch_endpoint '{group.fetch_endpoint}' is not a generated endpoint page",
                    )
                )
        elif group.fetch_endpoint and group.fetch_endpoint not in slugs:
            close = difflib.get_close_matches(group.fetch_endpoint, slugs, 1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(
                Problem(
                    group.where,
                    f"fetch_endpoint '{group.fetch_endpoint}' is not an endpoint "
                    f"or operation of this group{hint}",
                )
            )
        for endpoint in group.endpoints:
            if endpoint.is_async and not group.fetch_endpoint:
                problems.append(
                    Problem(
                        endpoint.where,
                        f"'{endpoint.slug}' is async but the group names no "
                        "fetch_endpoint; add `fetch_endpoint: <slug>` to the group",
                    )
                )
    return problems


def registered_pages(catalog: Catalog) -> set[str]:
    """Every page the navigation will list: generated pages and hand-written entries."""
    pages = {page for group in catalog.groups.values() for page, _ in generated_page_paths(group)}
    for tab in catalog.site.tabs:
        for entry, _ in walk_navigation(tab.groups, tab.name):
            if isinstance(entry, HandWrittenPage):
                pages.add(entry.path)
    return pages


def generated_page_paths(group: Group) -> Iterator[tuple[str, Location]]:
    """Every page a group generates, with the catalog entry responsible for it."""
    yield f"{group.folder}/{house_rules.OVERVIEW_SLUG}", group.where
    for endpoint in group.endpoints:
        yield f"{group.folder}/{endpoint.slug}", endpoint.where
    for operation in group.operations:
        yield f"{group.folder}/{operation.slug}", group.where


def _check_generated_pages(catalog: Catalog) -> list[Problem]:
    problems = []
    owner: dict[str, Location] = {}
    for group in catalog.groups.values():
        for page, where in generated_page_paths(group):
            if page in owner:
                problems.append(
                    Problem(
                        where,
                        f"page '{page}' would be generated twice (also by "
                        f"{owner[page]}); give one of them another slug or folder",
                    )
                )
            else:
                owner[page] = where
    return problems


def _full_path(group: Group, path: str) -> str:
    if group.kind == "enterprise":
        return house_rules.enterprise_operation_path(group.server_name or "", path)
    return path


def _check_operation_paths(catalog: Catalog) -> list[Problem]:
    problems = []
    servers: dict[str, Group] = {}
    for group in catalog.groups.values():
        if group.server_name:
            if group.server_name in servers:
                problems.append(
                    Problem(
                        group.where,
                        f"server_name '{group.server_name}' is already used "
                        f"by {servers[group.server_name].where}",
                    )
                )
            servers[group.server_name] = group
        seen: dict[tuple[str, str], Location] = {}
        schemas: dict[str, Endpoint] = {}
        entries: list[tuple[str, str, Location]] = [
            (e.method, e.path, e.where) for e in group.endpoints
        ] + [("POST", o.path, group.where) for o in group.operations]
        for method, path, where in entries:
            key = (method, _full_path(group, path))
            if key in seen:
                problems.append(
                    Problem(
                        where,
                        f"{method} {key[1]} is documented twice in group "
                        f"'{group.id}' (first at {seen[key]})",
                    )
                )
            seen[key] = where
        for endpoint in group.endpoints if group.kind == "public" else ():
            name = endpoint.request_schema or ""
            if name in schemas:
                problems.append(
                    Problem(
                        endpoint.where,
                        f"request schema '{name}' is already used by "
                        f"'{schemas[name].slug}'; set `request_schema` to a unique name",
                    )
                )
            schemas[name] = endpoint
    return problems


def _check_navigation(catalog: Catalog, existing_pages: set[str]) -> list[Problem]:
    problems = []
    site = catalog.site
    placed: dict[str, Location] = {}
    generated = {
        page: where
        for group in catalog.groups.values()
        for page, where in generated_page_paths(group)
    }
    registered: set[str] = set(generated)
    for group in catalog.groups.values():
        for page in group.hand_written:
            if page in generated:
                problems.append(
                    Problem(
                        group.where,
                        f"'{page}' is generated; it cannot also be listed under hand_written",
                    )
                )
            elif page not in existing_pages:
                problems.append(
                    Problem(
                        group.where,
                        f"hand-written page '{page}' does not exist; "
                        f"create {page}.mdx in the docs folder or remove it",
                    )
                )
            registered.add(page)
    tab_names: set[str] = set()
    for tab in site.tabs:
        if tab.name in tab_names:
            problems.append(Problem(tab.where, f"tab '{tab.name}' is listed twice"))
        tab_names.add(tab.name)
        problems += _check_sibling_names(tab.groups, catalog)
        ancestors = _ancestors(tab.groups, (tab.name,))
        for entry, tab_name in walk_navigation(tab.groups, tab.name):
            if isinstance(entry, CatalogGroupRef):
                group = catalog.groups.get(entry.group_id)
                if group is None:
                    close = difflib.get_close_matches(entry.group_id, list(catalog.groups), 1)
                    hint = f" (did you mean '{close[0]}'?)" if close else ""
                    problems.append(
                        Problem(
                            entry.where,
                            f"no catalog group '{entry.group_id}'{hint}; "
                            f"expected a file {entry.group_id}.yaml in the catalog folder",
                        )
                    )
                    continue
                if entry.group_id in placed:
                    problems.append(
                        Problem(
                            entry.where,
                            f"group '{entry.group_id}' is already placed at "
                            f"{placed[entry.group_id]}; list it once",
                        )
                    )
                placed[entry.group_id] = entry.where
                trail = ancestors.get(id(entry), (tab_name,))
                if group.kind == "enterprise" and site.enterprise.tab not in trail:
                    problems.append(
                        Problem(
                            entry.where,
                            f"enterprise group '{entry.group_id}' must be below "
                            f"the '{site.enterprise.tab}' tab or group, not under "
                            f"{' > '.join(trail)}",
                        )
                    )
            elif isinstance(entry, HandWrittenPage):
                if entry.path in generated:
                    problems.append(
                        Problem(
                            entry.where,
                            f"'{entry.path}' is a generated page (from "
                            f"{generated[entry.path]}); it is registered with its group",
                        )
                    )
                elif entry.path not in existing_pages:
                    problems.append(
                        Problem(
                            entry.where,
                            f"hand-written page '{entry.path}' does not exist; "
                            f"create {entry.path}.mdx in the docs folder or remove the entry",
                        )
                    )
                registered.add(entry.path)
    for group in catalog.groups.values():
        if group.id not in placed:
            problems.append(
                Problem(
                    group.where,
                    f"group '{group.id}' is not placed in navigation; add "
                    f"`- catalog: {group.id}` to a tab in the site file",
                )
            )
    if (
        site.webhooks_page
        and any(e.is_async for g in catalog.groups.values() for e in g.endpoints)
        and site.webhooks_page not in registered
    ):
        problems.append(
            Problem(
                site.where,
                f"async endpoints link to the webhooks page '{site.webhooks_page}',"
                " which is not in the navigation; add it to a tab or set `webhooks_page`",
            )
        )
    if site.llms:
        for workflow in site.llms.workflows:
            for page, _ in workflow.steps:
                if page not in registered:
                    problems.append(
                        Problem(
                            site.where,
                            f"workflow '{workflow.title}' names page '{page}', "
                            "which is not in the navigation",
                        )
                    )
    if any(g.kind == "enterprise" for g in catalog.groups.values()):
        page = site.enterprise.s3_details_page
        if page not in registered:
            problems.append(
                Problem(
                    site.where,
                    f"enterprise pages link to the S3 details page '{page}', "
                    "which is neither generated nor a registered hand-written page; add it "
                    "to a tab or change `enterprise.s3_details_page`",
                )
            )
    return problems


def _ancestors(
    entries: tuple[NavigationEntry, ...], trail: tuple[str, ...]
) -> dict[int, tuple[str, ...]]:
    """Labels of the tab and groups above each navigation entry, by entry identity."""
    found: dict[int, tuple[str, ...]] = {}
    for entry in entries:
        found[id(entry)] = trail
        if isinstance(entry, HandWrittenGroup):
            found.update(_ancestors(entry.pages, (*trail, entry.name)))
    return found


def _check_sibling_names(entries: tuple[NavigationEntry, ...], catalog: Catalog) -> list[Problem]:
    """docs.json merging identifies groups by name among siblings, so names must differ."""
    problems = []
    seen: set[str] = set()
    for entry in entries:
        if isinstance(entry, HandWrittenGroup):
            name = entry.name
            problems += _check_sibling_names(entry.pages, catalog)
        elif isinstance(entry, CatalogGroupRef) and entry.group_id in catalog.groups:
            name = catalog.groups[entry.group_id].name
        else:
            continue
        if name in seen:
            problems.append(
                Problem(
                    entry.where,
                    f"two groups named '{name}' sit side by side in the navigation; rename one",
                )
            )
        seen.add(name)
    return problems
