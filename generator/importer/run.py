"""Import a Mintlify repo: read it once, decide what each page and spec becomes, and build the
catalog (site file + one dict per group). Pure apart from reading the source folder."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator import house_rules
from generator.house_rules import PageKind, folder_of
from generator.importer import sources
from generator.importer.enterprise import EnterpriseGroups
from generator.importer.public import PublicGroups
from generator.importer.report import KEPT, MAPPED, ImportReport
from generator.importer.shared import slugify
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


class Importer(PublicGroups, EnterpriseGroups):
    """Reads a repo once and builds the catalog, the report and the site file."""

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
        return ImportResult(site, self.groups, self.report)

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


def import_repo(src: Path) -> ImportResult:
    return Importer(Repo.load(src)).run()
