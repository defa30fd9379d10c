"""Public groups: endpoints from the pages' openapi: references and the spec's operations."""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator import house_rules
from generator.importer import sources
from generator.importer.parameters import from_schema
from generator.importer.report import KEPT, MAPPED
from generator.importer.shared import (
    apply_examples,
    common_server,
    is_unique_schema,
    last_word,
    majority_server,
    path_parameter_type,
    plain_text,
    resolver,
    response_prefix,
    slugify,
    unique_slug,
)
from generator.lint.openapi_refs import page_ref, specs_with_operation
from generator.lint.sections import spec_in_folder
from generator.lint.spec_walk import json_schema_of, operations, ref_name
from generator.repo.mdx import MdxPage


class PublicGroups:
    """Mixin of the Importer: maps one docs.json group of public endpoint pages."""

    def _public_group(self, entry: dict, folder: str, pages: list[str]) -> dict[str, Any] | None:
        resolved: dict[str, tuple[str, str, str]] = {}
        for path in pages:
            page = self.repo.pages[path]
            target = self._resolve(page)
            if target is None:
                continue
            resolved[path] = target
        if not resolved:
            return None
        spec_file = Counter(t[0] for t in resolved.values()).most_common(1)[0][0]
        spec = self.repo.specs[spec_file].data
        urls: dict[str, tuple[str, str]] = {}
        documented: dict[tuple[str, str], str] = {}
        for path, target in resolved.items():
            page = self.repo.pages[path]
            if target[0] != spec_file:
                self.report.record(
                    page.file,
                    KEPT,
                    f"documents {target[1]} {target[2]} of "
                    f"{target[0]}, not of the group's spec; kept as written",
                )
                continue
            if target[1:] in documented:
                self.report.record(
                    page.file,
                    KEPT,
                    f"documents the same operation as {documented[target[1:]]}; kept as written",
                )
                continue
            documented[target[1:]] = path
            urls[path] = self._full_url(spec, target, page)
        all_ops = {(method.upper(), op_path) for op_path, method, _ in operations(spec)}
        for op in sorted(all_ops - {(t[1], t[2]) for t in resolved.values() if t[0] == spec_file}):
            urls[f"+{op[1]}"] = self._full_url(spec, (spec_file, *op), None)
        server = majority_server([url for url, _ in urls.values()])
        overview, cards = self._overview(entry, folder)
        endpoints, slugs = [], []
        for key, (url, method) in urls.items():
            op_path = resolved[key][2] if not key.startswith("+") else key[1:]
            own_server = None
            if url.startswith(server + "/"):
                short = url[len(server) :]
            else:
                own_server = common_server([url])
                short = url[len(own_server) :]
            operation = spec["paths"][op_path][method.lower()]
            if key.startswith("+"):
                slug = unique_slug(slugify(last_word(op_path)), slugs)
                self.report.added.append(
                    (f"{folder}/{slug}", f"{method} {op_path} of {spec_file} had no page")
                )
                page = None
            else:
                page = self.repo.pages[key]
                slug = unique_slug(key.rsplit("/", 1)[-1], slugs)
                self.report.record(page.file, MAPPED, f"endpoint {slugify(folder)}/{slug}")
                if page.frontmatter.get("openapi") and page_ref(page).spec_file is None:
                    self.report.normalized(page.file, "openapi: now names its spec file")
            slugs.append(slug)
            endpoint = self._public_endpoint(
                spec, spec_file, op_path, method, operation, short, slug, page, cards, folder
            )
            if own_server:
                endpoint["server"] = own_server
                self.report.normalized(
                    spec_file,
                    f"{method} {op_path} lives outside the group's "
                    f"server; it keeps its own server {own_server}",
                )
            endpoints.append(endpoint)
        self._note_spec(spec_file, spec, server, folder)
        prefix = response_prefix(spec) or house_rules.camel_case(entry["group"])
        if not prefix[:1].isupper():
            prefix = "Group" + prefix
        document = {
            "group": entry["group"].strip(),
            "kind": "public",
            "folder": folder,
            "spec": {
                "title": plain_text(spec.get("info", {}).get("title"), entry["group"]),
                "description": plain_text(
                    spec.get("info", {}).get("description"),
                    spec.get("info", {}).get("title"),
                    entry["group"],
                ),
                "version": str(spec.get("info", {}).get("version") or "1.0.0"),
                "server": server,
                "schema_prefix": prefix,
            },
            "overview": overview,
            "endpoints": endpoints,
            "_slugs": slugs,
        }
        fetch = next((e["slug"] for e in endpoints if "fetch" in e["slug"]), None)
        if any(e.get("async") for e in endpoints) and fetch:
            document["fetch_endpoint"] = fetch
        else:
            for endpoint in endpoints:
                endpoint.pop("async", None)
        return document

    def _resolve(self, page: MdxPage) -> tuple[str, str, str] | None:
        """(spec file, METHOD, path) the page documents, from its openapi: reference."""
        ref = page_ref(page)
        if ref is None:
            self.report.record(
                page.file,
                KEPT,
                "endpoint page without a usable openapi: reference; kept as written",
            )
            return None
        if ref.spec_file:
            specs = self.repo.valid_specs()
            item = specs.get(ref.spec_file, {}).get("paths", {}).get(ref.path)
            if isinstance(item, dict) and ref.method.lower() in item:
                return ref.spec_file, ref.method, ref.path
        matches = specs_with_operation(self.repo, ref.method, ref.path)
        own = spec_in_folder(self.repo, page)
        choice = own if own in matches else (matches[0] if len(matches) == 1 else None)
        if choice is None:
            self.report.record(
                page.file,
                KEPT,
                f"openapi: {ref.raw!r} resolves to no single operation; kept as written",
            )
            return None
        return choice, ref.method, ref.path

    def _full_url(self, spec: dict, target: tuple, page: MdxPage | None) -> tuple[str, str]:
        """(full URL, METHOD): the server that, joined with the path, the page shows."""
        _, method, path = target
        item = spec["paths"].get(path) or {}
        declared = (
            (item.get(method.lower()) or {}).get("servers")
            or item.get("servers")
            or spec.get("servers")
            or []
        )
        servers = [s.get("url", "").rstrip("/") for s in declared if isinstance(s, dict)]
        shown = sources.request_url(page) if page else None
        for server in servers:
            if shown and shown == f"{server}{path}":
                return f"{server}{path}", method
        if shown and shown.endswith(path) and not servers:
            return shown, method
        base = servers[0] if servers else "https://modelslab.com/api"
        return f"{base}{path}", method

    def _note_spec(self, spec_file: str, spec: dict, server: str, folder: str) -> None:
        self.report.record(spec_file, MAPPED, f"spec of group {slugify(folder)}")
        if spec.get("openapi") != house_rules.PUBLIC_OPENAPI_VERSION:
            self.report.normalized(
                spec_file,
                f"OpenAPI {spec.get('openapi')} becomes {house_rules.PUBLIC_OPENAPI_VERSION}",
            )
        servers = [s.get("url") for s in spec.get("servers") or [] if isinstance(s, dict)]
        if servers != [server]:
            self.report.normalized(spec_file, f"servers {servers} become {server} with short paths")

    def _public_endpoint(
        self, spec, spec_file, op_path, method, operation, short, slug, page, cards, folder
    ) -> dict[str, Any]:
        def note(change: str) -> None:
            self.report.normalized(page.file if page else spec_file, change)

        resolve = resolver(spec)
        body = json_schema_of(resolve(operation.get("requestBody") or {})) or {}
        schema_name = ref_name(body)
        body = resolve(body)
        required = set(body.get("required") or [])
        parameters = [
            from_schema(name, raw, name in required, resolve, note)
            for name, raw in (body.get("properties") or {}).items()
        ]
        if method in ("GET", "DELETE") and parameters:
            names = ", ".join(f"'{p['name']}'" for p in parameters)
            note(
                f"{method} {op_path} documented a request body ({names}); a {method} request "
                "has none, so it was dropped"
            )
            parameters = []
        parameters += self._path_parameters(spec, op_path, operation, note)
        example = sources.body_example(page) if page else None
        apply_examples(parameters, example, note)
        title = str(
            (page.frontmatter.get("title") if page else None) or operation.get("summary") or slug
        ).strip()
        endpoint: dict[str, Any] = {
            "slug": slug,
            "title": title,
            "description": plain_text(
                page.frontmatter.get("description") if page else None,
                operation.get("summary"),
                operation.get("description"),
                title,
            ),
        }
        self._card_fields(cards, f"/{folder}/{slug}", endpoint)
        if method != "POST":
            endpoint["method"] = method
        endpoint["path"] = short
        if any(p.get("in", "body") == "body" for p in parameters):
            endpoint["request_schema"] = (
                schema_name
                if schema_name and is_unique_schema(spec, schema_name)
                else house_rules.request_schema_name(slug)
            )
        if page is not None and sources.async_fetch_link(page):
            endpoint["async"] = True
        if parameters:
            endpoint["parameters"] = parameters
        return endpoint

    def _path_parameters(self, spec, op_path, operation, note) -> list[dict[str, Any]]:
        resolve = resolver(spec)
        declared = {}
        item = spec["paths"][op_path]
        for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            parameter = resolve(raw)
            if isinstance(parameter, dict) and parameter.get("in") == "path":
                declared[parameter.get("name")] = parameter
        found = []
        for name in house_rules.path_parameter_names(op_path):
            source = declared.get(name)
            if source is None:
                note(f"path parameter {{{name}}} of {op_path} was not declared; it is now")
            description = plain_text(
                (source or {}).get("description"),
                f"The {name} of the request, as returned when it was created.",
            )
            kind = path_parameter_type(resolve((source or {}).get("schema") or {}))
            found.append(
                {
                    "name": name,
                    "in": "path",
                    "type": kind,
                    "required": True,
                    "description": description,
                }
            )
        return found
