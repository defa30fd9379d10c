"""Import a Mintlify repo: read it once, decide what each page and spec becomes, and build the
catalog (site file + one dict per group). Pure apart from reading the source folder."""

from __future__ import annotations

import posixpath
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import house_rules
from generator.house_rules import PageKind
from generator.importer import sources
from generator.importer.parameters import from_paramfields, from_schema
from generator.importer.report import KEPT, MAPPED, ImportReport
from generator.lint.openapi_refs import page_ref, specs_with_operation
from generator.lint.sections import spec_in_folder
from generator.lint.spec_walk import json_schema_of, operations, ref_name
from generator.render.unescape import mdx_plain_text
from generator.repo.mdx import MdxPage
from generator.repo.repo import DOCS_JSON, Repo

ENDPOINT_KINDS = (PageKind.PUBLIC_ENDPOINT, PageKind.ENTERPRISE_GENERATION, PageKind.ENTERPRISE_OPS)
_SLUG_BAD = re.compile(r"[^a-z0-9]+")
# Files the generator writes itself; a source copy would be replaced.
GENERATED_STATIC = ("llms.txt", "capabilities.md")


@dataclass
class ImportResult:
    site: dict[str, Any]
    groups: dict[str, dict[str, Any]]  # group id (file name) -> group document
    report: ImportReport
    kept_pages: list[str] = field(default_factory=list)


def slugify(text: str) -> str:
    return _SLUG_BAD.sub("-", text.lower()).strip("-") or "page"


def folder_of(path: str) -> str:
    return posixpath.dirname(path)


class Importer:
    def __init__(self, repo: Repo):
        self.repo = repo
        self.report = ImportReport()
        self.groups: dict[str, dict[str, Any]] = {}
        self.operations: dict[str, dict[str, Any]] = {}
        self.used_folders: set[str] = set()
        self.used_servers: set[str] = set()
        self.listed: set[str] = set()
        self.shared_parameters: dict[str, dict[str, Any]] = {}

    # -- navigation -----------------------------------------------------------------------

    def run(self) -> ImportResult:
        docs = self.repo.docs_json.data if self.repo.docs_json else {}
        navigation = docs.get("navigation") or {}
        tabs = []
        for tab in navigation.get("tabs") or []:
            groups = [g for g in (self._entry(e) for e in tab.get("groups") or []) if g]
            tabs.append({"tab": tab.get("tab", "Docs"), "groups": groups})
        unlisted = sorted(
            p for p in self.repo.pages if p not in self.listed and not self._generated_here(p)
        )
        if unlisted and tabs:
            tabs[0]["groups"].append({"group": "Unlisted pages", "pages": unlisted})
            for page in unlisted:
                self.listed.add(page)
                self.report.record(
                    f"{page}.mdx",
                    KEPT,
                    "hand-written page that docs.json did "
                    "not list; registered under 'Unlisted pages'",
                )
                self.report.normalized(
                    DOCS_JSON,
                    f"'{page}' was in no navigation group; now "
                    "listed under 'Unlisted pages' (move it where it belongs)",
                )
        settings = {k: v for k, v in docs.items() if k != "navigation"}
        self.report.record(DOCS_JSON, MAPPED, "site.yaml (settings and tabs)")
        site: dict[str, Any] = {"docs_json": settings}
        webhooks = "webhooks" if "webhooks" in self.repo.pages else None
        site["webhooks_page"] = webhooks
        if self.shared_parameters:
            site["parameters"] = self.shared_parameters
        if self.operations:
            site["operations"] = self.operations
        site["tabs"] = tabs
        self._account_for_the_rest()
        kept = sorted(
            f[: -len(".mdx")]
            for f, o in self.report.files.items()
            if o.outcome == KEPT and f.endswith(".mdx")
        )
        return ImportResult(site, self.groups, self.report, kept)

    def _entry(self, entry: Any) -> Any:
        """A docs.json navigation entry as a site-file navigation entry."""
        if isinstance(entry, str):
            return self._keep_listed_page(entry)
        if not isinstance(entry, dict) or "group" not in entry:
            return None
        pages = entry.get("pages") or []
        own = [p for p in pages if isinstance(p, str)]
        nested = [p for p in pages if isinstance(p, dict)]
        endpoint_pages = [
            p for p in own if p in self.repo.pages and self.repo.pages[p].kind in ENDPOINT_KINDS
        ]
        if endpoint_pages and not nested:
            group_id = self._catalog_group(entry, own, endpoint_pages)
            if group_id:
                return {"catalog": group_id}
        result: dict[str, Any] = {"group": entry["group"]}
        if entry.get("icon"):
            result["icon"] = entry["icon"]
        result["pages"] = [e for e in (self._entry(p) for p in pages) if e]
        return result

    def _generated_here(self, page: str) -> bool:
        outcome = self.report.files.get(f"{page}.mdx")
        return outcome is not None and outcome.outcome == MAPPED

    def _keep_listed_page(self, page: str) -> str | None:
        file = f"{page}.mdx"
        if page in self.listed:
            self.report.normalized(DOCS_JSON, f"'{page}' was listed twice; it is listed once")
            return None
        if page not in self.repo.pages:
            self.report.normalized(DOCS_JSON, f"'{page}' is listed but has no file; entry dropped")
            return None
        self.listed.add(page)
        self.report.record(file, KEPT, "hand-written page, registered where docs.json had it")
        return page

    # -- groups ---------------------------------------------------------------------------

    def _catalog_group(self, entry: dict, own: list[str], endpoints: list[str]) -> str | None:
        folder = Counter(folder_of(p) for p in endpoints).most_common(1)[0][0]
        if folder in self.used_folders or not folder:
            return None
        enterprise = house_rules.is_enterprise_path(folder)
        mapped = [p for p in endpoints if folder_of(p) == folder and p not in self.listed]
        if enterprise:
            document = self._enterprise_group(entry, folder, mapped)
        else:
            document = self._public_group(entry, folder, mapped)
        if document is None:
            return None
        self.used_folders.add(folder)
        overview = f"{folder}/{house_rules.OVERVIEW_SLUG}"
        generated = {f"{folder}/{s}" for s in document.pop("_slugs")} | {overview}
        hand_written = []
        for page in own:
            if page in generated:
                if page in self.listed:
                    self.report.normalized(DOCS_JSON, f"'{page}' was listed twice; listed once")
                    continue
                self.listed.add(page)
                continue
            kept = self._keep_listed_page(page)
            if kept:
                hand_written.append(kept)
        if hand_written:
            document["hand_written"] = hand_written
        group_id = slugify(folder)
        self.groups[group_id] = document
        return group_id

    def _overview(self, entry: dict, folder: str) -> tuple[dict[str, Any], dict]:
        page = self.repo.pages.get(f"{folder}/{house_rules.OVERVIEW_SLUG}")
        if page is None:
            self.report.added.append((f"{folder}/overview", "every catalog group has an overview"))
            return {"title": entry["group"].strip(), "description": entry["group"].strip()}, {}
        self.report.record(page.file, MAPPED, f"overview of group {slugify(folder)}")
        overview = {
            "title": str(page.frontmatter.get("title") or entry["group"]).strip(),
            "description": str(
                page.frontmatter.get("description")
                or page.frontmatter.get("title")
                or entry["group"]
            ).strip(),
        }
        return overview, sources.cards(page)

    @staticmethod
    def _card_fields(cards: dict, href: str, endpoint: dict[str, Any]) -> None:
        icon, text = cards.get(href, (None, ""))
        if text and text != endpoint["description"]:
            endpoint["summary"] = text
        if icon and icon != "code":
            endpoint["icon"] = icon

    # -- public groups ----------------------------------------------------------------------

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
        server = _majority_server([url for url, _ in urls.values()])
        overview, cards = self._overview(entry, folder)
        endpoints, slugs = [], []
        for key, (url, method) in urls.items():
            op_path = resolved[key][2] if not key.startswith("+") else key[1:]
            own_server = None
            if url.startswith(server + "/"):
                short = url[len(server) :]
            else:
                own_server = _common_server([url])
                short = url[len(own_server) :]
            operation = spec["paths"][op_path][method.lower()]
            if key.startswith("+"):
                slug = _unique(slugify(_last_word(op_path)), slugs)
                self.report.added.append(
                    (f"{folder}/{slug}", f"{method} {op_path} of {spec_file} had no page")
                )
                page = None
            else:
                page = self.repo.pages[key]
                slug = _unique(key.rsplit("/", 1)[-1], slugs)
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
        prefix = _response_prefix(spec) or house_rules.camel_case(entry["group"])
        if not prefix[:1].isupper():
            prefix = "Group" + prefix
        document = {
            "group": entry["group"].strip(),
            "kind": "public",
            "folder": folder,
            "spec": {
                "title": _text(spec.get("info", {}).get("title"), entry["group"]),
                "description": _text(
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

        resolve = _resolver(spec)
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
        _apply_examples(parameters, example, note)
        title = str(
            (page.frontmatter.get("title") if page else None) or operation.get("summary") or slug
        ).strip()
        endpoint: dict[str, Any] = {
            "slug": slug,
            "title": title,
            "description": _text(
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
                if schema_name and _unique_schema(spec, schema_name)
                else house_rules.request_schema_name(slug)
            )
        if page is not None and sources.async_fetch_link(page):
            endpoint["async"] = True
        if parameters:
            endpoint["parameters"] = parameters
        return endpoint

    def _path_parameters(self, spec, op_path, operation, note) -> list[dict[str, Any]]:
        resolve = _resolver(spec)
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
            description = _text(
                (source or {}).get("description"),
                f"The {name} of the request, as returned when it was created.",
            )
            kind, _ = (source and _schema_type(resolve(source.get("schema") or {}))) or (
                "string",
                False,
            )
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

    # -- enterprise groups ----------------------------------------------------------------

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
            if page.kind == PageKind.ENTERPRISE_OPS:
                group_ops.append(self._operation(page, slug, suffix, cards, folder))
            else:
                endpoints.append(self._generation_endpoint(page, slug, suffix, cards, folder))
            slugs.append(slug)
            self.report.record(
                page.file,
                MAPPED,
                f"{'operation' if page.kind == PageKind.ENTERPRISE_OPS else 'endpoint'} "
                f"{slugify(folder)}/{slug}",
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
            "title": _text(info.get("title"), entry["group"]),
            "description": _text(info.get("description"), info.get("title"), entry["group"]),
            "version": str(info.get("version") or "1.0.0"),
        }
        fetch = next((self._op_slug(o) for o in group_ops if _op_use(o) == "fetch"), None)
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

        parameters = from_paramfields(page.text, note)
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
        _apply_examples(parameters, example, note)
        title = str(page.frontmatter.get("title") or slug).strip()
        endpoint: dict[str, Any] = {
            "slug": slug,
            "title": title,
            "description": _text(page.frontmatter.get("description"), title),
        }
        self._card_fields(cards, f"/{folder}/{slug}", endpoint)
        endpoint["path"] = suffix
        if sources.async_fetch_link(page):
            endpoint["async"] = True
        if parameters:
            endpoint["parameters"] = parameters
        return endpoint

    def _operation(self, page, slug, suffix, cards, folder) -> Any:
        op_id = _op_id(suffix)
        title = str(page.frontmatter.get("title") or slug).strip()
        description = _text(page.frontmatter.get("description"), title)
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
        use = _op_use(entry)
        return self.operations[use].get("slug", use.replace("_", "-"))

    def _spec_only_operations(self, spec, server_name, group_ops, slugs, folder) -> None:
        if not isinstance(spec, dict):
            return
        have = {_op_use(o) for o in group_ops}
        for op_path, _method, operation in operations(spec):
            if not op_path.rstrip("/").split("/")[-2:]:
                continue
            suffix = re.sub(r"^(/enterprise)?/[^/]+", "", op_path)
            if not suffix or "/enterprise/" in suffix:
                continue
            op_id = _op_id(suffix)
            spelled = re.match(r"^(?:/enterprise)?/([^/]+)", op_path)
            if spelled and spelled.group(1) != server_name:
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
            slug = _unique(op_id.replace("_", "-"), slugs + existing)
            slugs.append(slug)
            title = _text(operation.get("summary"), op_id.replace("_", " ").title())
            group_ops.append(
                self._use_operation(
                    op_id, suffix, slug, title, _text(operation.get("description"), title), title
                )
            )
            have.add(op_id)
            self.report.added.append(
                (f"{folder}/{slug}", f"operation {op_path} of the spec had no page")
            )

    # -- everything else --------------------------------------------------------------------

    def _account_for_the_rest(self) -> None:
        for file in sorted(self.repo.files):
            if file in self.report.files:
                continue
            if file.endswith(".mdx"):
                page = file[: -len(".mdx")]
                why = (
                    "not listed in docs.json; kept as written and left unregistered"
                    if page not in self.listed
                    else "hand-written page"
                )
                self.report.record(file, KEPT, why)
            elif file in GENERATED_STATIC:
                self.report.record(file, MAPPED, "regenerated from the catalog")
            elif file in self.repo.specs:
                self.report.record(
                    file,
                    KEPT,
                    "no imported group uses this spec; it stays as "
                    "it is for the pages kept as written",
                )
            else:
                self.report.record(
                    file, KEPT, "static file (image, script or config); stays as it is"
                )


def _op_use(entry: Any) -> str:
    return entry["use"] if isinstance(entry, dict) else entry


def _text(*candidates: Any) -> str:
    for candidate in candidates:
        if isinstance(candidate, str) and candidate.strip():
            return " ".join(mdx_plain_text(candidate).split())
    return "Not described in the source documentation."


def _unique(slug: str, taken: list[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    return candidate


def _last_word(path: str) -> str:
    words = [w for w in path.strip("/").split("/") if not w.startswith("{")]
    return words[-1] if words else "endpoint"


def _op_id(suffix: str) -> str:
    words = [w for w in suffix.strip("/").split("/") if not w.startswith("{")]
    return (words[0] if words else "operation").replace("-", "_").lower()


def _resolver(spec: dict):
    def resolve(value: Any) -> Any:
        seen = 0
        while isinstance(value, dict) and "$ref" in value and seen < 20:
            target: Any = spec
            for part in str(value["$ref"]).lstrip("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            value, seen = target, seen + 1
        return value

    return resolve


def _schema_type(schema: dict) -> tuple[str, bool]:
    kind = schema.get("type") if isinstance(schema.get("type"), str) else "string"
    return (kind if kind in ("string", "integer", "number", "boolean") else "string"), False


def _unique_schema(spec: dict, name: str) -> bool:
    uses = sum(
        1
        for _, _, op in operations(spec)
        if ref_name(json_schema_of(op.get("requestBody") or {})) == name
    )
    return uses == 1 and name[:1].isupper() and re.fullmatch(r"[A-Za-z0-9]+", name) is not None


def _response_prefix(spec: dict) -> str | None:
    for _, _, operation in operations(spec):
        schema = json_schema_of((operation.get("responses") or {}).get("200"))
        variants = schema.get("oneOf") if isinstance(schema, dict) else None
        for variant in variants or []:
            name = ref_name(variant)
            if name and name.endswith("SuccessResponse") and name[: -len("SuccessResponse")]:
                prefix = name[: -len("SuccessResponse")]
                if re.fullmatch(r"[A-Z][A-Za-z0-9]*", prefix):
                    return prefix
    return None


def _common_server(urls: list[str]) -> str:
    """The longest URL prefix, at a path-segment boundary, that leaves every URL a non-empty
    path and holds no {parameter}: the category moves into the server URL."""
    split = [url.split("/") for url in urls]
    prefix = split[0][:]
    for parts in split[1:]:
        n = 0
        while n < min(len(prefix), len(parts)) and prefix[n] == parts[n]:
            n += 1
        prefix = prefix[:n]
    while prefix and (
        any(len(parts) <= len(prefix) for parts in split) or any("{" in part for part in prefix)
    ):
        prefix = prefix[:-1]
    return "/".join(prefix[: max(len(prefix), 3)])


def _majority_server(urls: list[str]) -> str:
    """The group's server: the common prefix, extended by the first path segment most URLs
    share (the category), so a stray endpoint does not push the category into every path."""
    server = _common_server(urls)
    rests = [url[len(server) :].strip("/").split("/") for url in urls if url.startswith(server)]
    firsts = Counter(rest[0] for rest in rests if len(rest) > 1 and not rest[0].startswith("{"))
    if len(urls) > 1 and firsts:
        segment, count = firsts.most_common(1)[0]
        if count > len(urls) / 2:
            return f"{server}/{segment}"
    return server


def _apply_examples(parameters: list[dict], example: dict | None, note) -> None:
    """Examples come from the page's JSON body; values the parameter forbids are left out."""
    if not example:
        return
    by_name = {p["name"]: p for p in parameters}
    for name, value in example.items():
        parameter = by_name.get(name)
        if parameter is None or name == house_rules.KEY_PARAMETER:
            continue  # the key always shows the placeholder of the page's kind
        enum = parameter.get("enum")
        if enum is not None and value is not None and value not in enum:
            note(f"example {value!r} of '{name}' is not among its enum values; left out")
            continue
        parameter["example"] = value


def import_repo(src: Path) -> ImportResult:
    return Importer(Repo.load(src)).run()
