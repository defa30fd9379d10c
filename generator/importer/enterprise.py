"""Enterprise groups: a dedicated server's generation pages (ParamFields) and operations."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from generator import house_rules
from generator.enterprise_ops import is_server_operation, operation_id, spec_operation_call
from generator.house_rules import PageKind, folder_of
from generator.importer import sources
from generator.importer.parameters import from_paramfields
from generator.importer.report import KEPT, MAPPED
from generator.importer.shared import (
    apply_examples,
    operation_use,
    plain_text,
    slugify,
    unique_slug,
)
from generator.lint.spec_walk import operations


class EnterpriseGroups:
    """Mixin of the Importer: maps one docs.json group of an enterprise server's pages."""

    def _enterprise_group(self, entry: dict, folder: str, pages: list[str]) -> dict | None:
        urls = [sources.request_url(self.repo.pages[p]) for p in pages]
        servers = Counter(
            m.group(1) for url in urls if url and (m := re.search(r"/enterprise/([^/]+)/", url))
        )
        if not servers:
            return None
        server_name = servers.most_common(1)[0][0].replace("-", "_")
        if not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", server_name):
            return None
        if server_name in self.used_servers:
            for page in pages:
                self.report.record(
                    self.repo.pages[page].file,
                    KEPT,
                    f"server '{server_name}' "
                    "is already documented by another group; kept as written",
                )
            return None
        self.used_servers.add(server_name)
        overview, cards = self._overview(entry, folder)
        endpoints, group_ops, slugs = [], [], []
        for path in pages:
            page = self.repo.pages[path]
            url = sources.request_url(page) or ""
            match = re.search(
                rf"/enterprise/{re.escape(server_name)}(/.*)$",
                url.replace("-", "_") if "/enterprise/" in url else url,
            )
            suffix = match.group(1) if match else None
            slug = path.rsplit("/", 1)[-1]
            if suffix is None or slug in slugs:
                self.report.record(page.file, KEPT, "request URL is not on this server; kept")
                continue
            original = url[url.index("/enterprise/") + len("/enterprise/") :].split("/", 1)[1]
            suffix = "/" + original
            operation = page.kind == PageKind.ENTERPRISE_OPS
            if operation and not is_server_operation(suffix):
                # Enterprise specs list server operations only: a generation endpoint written
                # as an ops page becomes a generation page with ParamFields.
                self.report.normalized(
                    page.file,
                    f"{suffix} is a generation endpoint, not a server operation: "
                    "it becomes a generation page and leaves the enterprise spec",
                )
                operation = False
            if operation:
                group_ops.append(self._operation(page, slug, suffix, cards, folder))
            else:
                endpoints.append(self._generation_endpoint(page, slug, suffix, cards, folder))
            slugs.append(slug)
            self.report.record(
                page.file,
                MAPPED,
                f"{'operation' if operation else 'endpoint'} {slugify(folder)}/{slug}",
            )
        spec_file = f"{folder}/openapi.json"
        if spec_file in self.repo.specs:
            self.report.record(spec_file, MAPPED, f"operations of server {server_name}")
            spec = self.repo.specs[spec_file].data
            if (
                isinstance(spec, dict)
                and spec.get("openapi") != house_rules.ENTERPRISE_OPENAPI_VERSION
            ):
                self.report.normalized(spec_file, f"OpenAPI {spec.get('openapi')} becomes 3.0.0")
            self._spec_only_operations(spec, server_name, group_ops, slugs, folder)
        if not endpoints and not group_ops:
            return None
        spec_info = self.repo.specs.get(spec_file)
        info = (
            (spec_info.data or {}).get("info", {})
            if spec_info and isinstance(spec_info.data, dict)
            else {}
        )
        document: dict[str, Any] = {
            "group": entry["group"].strip(),
            "kind": "enterprise",
            "folder": folder,
            "server_name": server_name,
        }
        if group_ops:
            document["operations"] = group_ops
        document["spec"] = {
            "title": plain_text(info.get("title"), entry["group"]),
            "description": plain_text(info.get("description"), info.get("title"), entry["group"]),
            "version": str(info.get("version") or "1.0.0"),
        }
        fetch = next((self._op_slug(o) for o in group_ops if operation_use(o) == "fetch"), None)
        if any(e.get("async") for e in endpoints) and fetch:
            document["fetch_endpoint"] = fetch
        else:
            for endpoint in endpoints:
                endpoint.pop("async", None)
        document["overview"] = overview
        if endpoints:
            document["endpoints"] = endpoints
        document["_slugs"] = slugs
        return document

    def _generation_endpoint(self, page, slug, suffix, cards, folder) -> dict[str, Any]:
        def note(change: str) -> None:
            self.report.normalized(page.file, change)

        parameters = from_paramfields(page, note)
        names = {p["name"] for p in parameters}
        for name in house_rules.path_parameter_names(suffix):
            if name not in names:
                parameters.append(
                    {
                        "name": name,
                        "in": "path",
                        "type": "string",
                        "required": True,
                        "description": f"The {name} to act on.",
                    }
                )
        example = sources.body_example(page)
        apply_examples(parameters, example, note)
        title = str(page.frontmatter.get("title") or slug).strip()
        endpoint: dict[str, Any] = {
            "slug": slug,
            "title": title,
            "description": plain_text(page.frontmatter.get("description"), title),
        }
        self._card_fields(cards, f"/{folder}/{slug}", endpoint)
        endpoint["path"] = suffix
        if sources.async_fetch_link(page):
            endpoint["async"] = True
        if parameters:
            endpoint["parameters"] = parameters
        return endpoint

    def _operation(self, page, slug, suffix, cards, folder) -> Any:
        op_id = operation_id(suffix)
        title = str(page.frontmatter.get("title") or slug).strip()
        description = plain_text(page.frontmatter.get("description"), title)
        _, summary = cards.get(f"/{folder}/{slug}", (None, ""))
        summary = summary or description
        return self._use_operation(op_id, suffix, slug, title, description, summary)

    def _use_operation(self, op_id, suffix, slug, title, description, summary) -> Any:
        if op_id not in self.operations:
            definition: dict[str, Any] = {
                "title": title,
                "description": description,
                "summary": summary,
            }
            if slug != op_id.replace("_", "-"):
                definition["slug"] = slug
            if suffix != f"/{op_id}":
                definition["path"] = suffix
                names = house_rules.path_parameter_names(suffix)
                if names:
                    definition["parameters"] = [
                        {
                            "name": n,
                            "in": "path",
                            "type": "string",
                            "required": True,
                            "description": f"The {n} returned by the request you are waiting for.",
                        }
                        for n in names
                    ]
            self.operations[op_id] = definition
        base = self.operations[op_id]
        overrides = {}
        default_slug = base.get("slug", op_id.replace("_", "-"))
        for key, value, default in (
            ("slug", slug, default_slug),
            ("title", title, base["title"]),
            ("description", description, base["description"]),
            ("summary", summary, base["summary"]),
        ):
            if value != default:
                overrides[key] = value
        return {"use": op_id, **overrides} if overrides else op_id

    def _op_path(self, op_id: str, group_ops: list) -> str:
        return self.operations.get(op_id, {}).get("path", f"/{op_id}")

    def _op_slug(self, entry: Any) -> str:
        if isinstance(entry, dict) and "slug" in entry:
            return entry["slug"]
        use = operation_use(entry)
        return self.operations[use].get("slug", use.replace("_", "-"))

    def _spec_only_operations(self, spec, server_name, group_ops, slugs, folder) -> None:
        if not isinstance(spec, dict):
            return
        have = {operation_use(o) for o in group_ops}
        for op_path, method, operation in operations(spec):
            # The server name is in the server URL (.../enterprise/3d) or in the path.
            call = spec_operation_call(spec, op_path, method)
            suffix = call.suffix if call else re.sub(r"^(/enterprise)?/[^/]+", "", op_path)
            if not suffix or "/enterprise/" in suffix:
                continue
            if not is_server_operation(suffix):
                self.report.normalized(
                    f"{folder}/openapi.json",
                    f"{op_path}: a generation endpoint, not a server operation; "
                    "enterprise specs list server operations only",
                )
                continue
            op_id = operation_id(suffix)
            written = re.match(r"^(?:/enterprise)?/([^/]+)", op_path)
            spelled = call.server if call else (written.group(1) if written else None)
            if spelled and spelled != server_name:
                self.report.normalized(
                    f"{folder}/openapi.json",
                    f"{op_path}: the pages call this server {server_name}; the path now uses it",
                )
            if op_id in have:
                documented = self._op_path(op_id, group_ops)
                if documented != suffix:
                    self.report.normalized(
                        f"{folder}/openapi.json",
                        f"{op_path} is the {op_id} operation, documented as {documented}",
                    )
                continue
            if not re.fullmatch(r"[a-z][a-z0-9_]*", op_id):
                continue
            existing = [p.rsplit("/", 1)[-1] for p in self.repo.pages if folder_of(p) == folder]
            slug = unique_slug(op_id.replace("_", "-"), slugs + existing)
            slugs.append(slug)
            title = plain_text(operation.get("summary"), op_id.replace("_", " ").title())
            group_ops.append(
                self._use_operation(
                    op_id,
                    suffix,
                    slug,
                    title,
                    plain_text(operation.get("description"), title),
                    title,
                )
            )
            have.add(op_id)
            self.report.added.append(
                (f"{folder}/{slug}", f"operation {op_path} of the spec had no page")
            )
