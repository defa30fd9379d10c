"""`docsgen import` on the real ModelsLab snapshot: import, regenerate into a temporary folder,
and check the round trip with counts (operations, parameters, registration, lint, fixed point).
The imported catalog is test data only; nothing of it is committed."""

from __future__ import annotations

import json
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from generator.importer.report import KEPT
from generator.importer.run import import_repo
from generator.importer.write import REPORT_FILE, catalog_files, write_import
from generator.lint.config import LintConfig
from generator.lint.engine import run_rules
from generator.lint.rules import RULES
from generator.lint.spec_walk import json_schema_of, operations
from generator.repo.repo import Repo
from tests.conftest import run_cli
from tests.test_lint_corpus import CORPUS


def copy_kept_files(source: Path, result, target: Path) -> None:
    """What stays hand-written (pages the import kept, images, ...) goes to the new site."""
    for file, outcome in result.report.files.items():
        if outcome.outcome != KEPT:
            continue
        destination = target / file
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / file, destination)


@pytest.fixture(scope="module")
def trip(tmp_path_factory: pytest.TempPathFactory):
    if not (CORPUS / "docs.json").is_file():
        pytest.fail(f"corpus snapshot not found at {CORPUS}")
    work = tmp_path_factory.mktemp("import")
    catalog, docs = work / "catalog", work / "docs"
    result = import_repo(CORPUS)
    write_import(result, catalog, str(CORPUS))
    copy_kept_files(CORPUS, result, docs)
    generated = run_cli("generate", "--catalog", str(catalog), "--out", str(docs))
    assert generated.exit_code == 0, generated.output
    return result, catalog, docs


def servers_of(spec: dict, path: str, operation: dict) -> list[str]:
    """Operation servers override path-item servers, which override the spec's."""
    declared = (
        operation.get("servers") or spec["paths"][path].get("servers") or spec.get("servers") or []
    )
    return [s.get("url", "").rstrip("/") for s in declared if isinstance(s, dict)]


def full_operations(repo: Repo) -> dict[tuple[str, str], dict]:
    """(METHOD, server URL + path) -> operation, for every server of every spec."""
    found = {}
    for spec in repo.specs.values():
        if not isinstance(spec.data, dict):
            continue
        for path, method, operation in operations(spec.data):
            for server in servers_of(spec.data, path, operation) or [""]:
                found[(method.upper(), f"{server}{path}")] = (spec.data, operation)
    return found


def test_report_accounts_for_every_source_file(trip):
    result, catalog, _ = trip
    source_files = Repo.load(CORPUS).files
    assert set(result.report.files) == source_files
    report = (catalog / REPORT_FILE).read_text()
    for heading in (
        "## Mapped into the catalog",
        "## Kept as hand-written",
        "## Skipped",
        "## Normalizations",
    ):
        assert heading in report
    counts = result.report.counts()
    assert counts["mapped"] > 250 and counts["mapped"] + counts["kept"] + counts["skipped"] == len(
        source_files
    )


def _same_operation(candidate: tuple[str, str], regenerated: set[tuple[str, str]]) -> bool:
    """A spec without servers matches on the path alone."""
    method, url = candidate
    if url.startswith("http"):
        return candidate in regenerated
    return any(m == method and u.endswith(url) for m, u in regenerated)


def test_a_every_source_operation_is_in_the_regenerated_specs(trip):
    result, _, docs = trip
    source = Repo.load(CORPUS)
    regenerated = set(full_operations(Repo.load(docs)))
    normalized = "\n".join(change for _, change in result.report.normalizations)
    missing, accounted, total = [], 0, 0
    for spec in source.specs.values():
        if not isinstance(spec.data, dict):
            continue
        for path, method, operation in operations(spec.data):
            total += 1
            servers = servers_of(spec.data, path, operation)
            candidates = {(method.upper(), f"{s}{path}") for s in servers or [""]}
            if any(_same_operation(c, regenerated) for c in candidates):
                continue
            if f"{path}:" in normalized or f"{path} is the" in normalized:
                accounted += 1  # renamed by a normalization the report lists
                continue
            missing.append((spec.file, method.upper(), path))
    print(
        f"{total - len(missing) - accounted} of {total} operations in the new site as they "
        f"were, {accounted} under a normalized path the report lists"
    )
    assert missing == []
    assert accounted < total / 5


def test_c_every_source_page_is_registered(trip):
    _, _, docs = trip
    from generator.site.navigation import registered_pages

    tabs = json.loads((docs / "docs.json").read_text())["navigation"]["tabs"]
    registered = set(registered_pages(tabs))
    source_pages = set(Repo.load(CORPUS).pages)
    missing = sorted(source_pages - registered)
    print(f"{len(source_pages) - len(missing)} of {len(source_pages)} source pages registered")
    assert missing == []


def lint_findings(root: Path):
    return run_rules(Repo.load(root), RULES, LintConfig()).findings


def test_d_generated_files_lint_clean_and_kept_pages_gain_nothing(trip):
    result, _, docs = trip
    kept = {f for f, o in result.report.files.items() if o.outcome == KEPT}
    regenerated = lint_findings(docs)
    generated_errors = [f for f in regenerated if f.severity == "error" and f.path not in kept]
    assert [f"{f.path}:{f.line} {f.rule} {f.message}" for f in generated_errors] == []
    # The same rule on the same line of the same page is the same finding, even when its
    # message now counts one spec fewer.
    before = Counter((f.rule, f.path, f.line) for f in lint_findings(CORPUS))
    after = Counter((f.rule, f.path, f.line) for f in regenerated if f.path in kept)
    new = after - before
    print(f"kept pages: {sum(after.values())} findings, all already in the source")
    assert dict(new) == {}


def _spec_parameters(repo: Repo, page) -> dict[str, tuple[str, bool]] | None:
    """name -> (type, required) of the body of the operation a page's openapi: names."""
    from generator.importer.parameters import type_of
    from generator.importer.shared import resolver
    from generator.lint.openapi_refs import page_ref, specs_with_operation
    from generator.lint.sections import spec_in_folder

    ref = page_ref(page)
    if ref is None:
        return None
    files = (
        [ref.spec_file]
        if ref.spec_file in repo.specs
        else specs_with_operation(repo, ref.method, ref.path)
    )
    own = spec_in_folder(repo, page)
    file = own if own in files else (files[0] if files else None)
    spec = repo.specs[file].data if file else None
    operation = (spec or {}).get("paths", {}).get(ref.path, {}).get(ref.method.lower())
    if operation is None:
        return None
    resolve = resolver(spec)
    body = resolve(json_schema_of(resolve(operation.get("requestBody") or {})) or {})
    required = set(body.get("required") or [])
    found = {}
    for name, raw in (body.get("properties") or {}).items():
        kind, _ = type_of(resolve(raw) if isinstance(raw, dict) else {})
        found[name] = (kind or "string", name in required)
    return found


# Read independently of the page model the importer uses: a plain pattern over the file text.
_PARAMFIELD = re.compile(r"<ParamField\b((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>", re.DOTALL)
_ATTRIBUTE = re.compile(r'([A-Za-z_][\w-]*)(?:=(?:"([^"]*)"|\'([^\']*)\'|\{([^{}]*)\}))?')


def _paramfield_parameters(page) -> dict[str, tuple[str, bool]]:
    found = {}
    for match in _PARAMFIELD.finditer(page.text):
        attributes = {
            m.group(1): next((g for g in m.groups()[1:] if g is not None), None)
            for m in _ATTRIBUTE.finditer(match.group(1))
        }
        location = next((a for a in ("body", "query", "path", "header") if a in attributes), None)
        if location:
            kind = (attributes.get("type") or "string").replace("integer", "number")
            kind = {"bool": "boolean"}.get(kind, kind)  # the same type, spelled two ways
            found[attributes[location]] = (kind, "required" in attributes)
    return found


def test_b_every_source_parameter_keeps_its_type_and_required_flag(trip):
    result, _, docs = trip
    source, regenerated = Repo.load(CORPUS), Repo.load(docs)
    normalized = {(file, change) for file, change in result.report.normalizations}
    compared, differences = 0, []
    for file, outcome in result.report.files.items():
        if outcome.outcome != "mapped" or not file.endswith(".mdx"):
            continue
        page_path = file[: -len(".mdx")]
        before_page, after_page = source.pages[page_path], regenerated.pages[page_path]
        if after_page.kind.value == "enterprise-generation":
            before, after = _paramfield_parameters(before_page), _paramfield_parameters(after_page)
        elif after_page.kind.value == "public-endpoint":
            before = _spec_parameters(source, before_page) or {}
            after = _spec_parameters(regenerated, after_page) or {}
        else:
            continue
        for name, (kind, required) in before.items():
            compared += 1
            notes = [change for f, change in normalized if f == file and f"'{name}'" in change]
            if after.get(name) == (kind, required):
                continue
            if notes or (
                after.get(name, (None,))[0] == "string"
                and kind not in ("string", "integer", "number", "boolean", "array", "object")
            ):
                continue  # a normalization the report lists for this page
            differences.append((file, name, (kind, required), after.get(name)))
    print(f"{compared} source parameters compared, {len(differences)} differ")
    assert compared > 1000
    assert differences == []


def test_e_importing_the_regenerated_site_gives_the_same_catalog(trip):
    result, _, docs = trip
    again = import_repo(docs)
    first, second = catalog_files(result), catalog_files(again)
    assert sorted(second) == sorted(first)
    different = [name for name in first if first[name] != second[name]]
    print(f"{len(first)} catalog files, {len(different)} differ after a second import")
    assert different == []


def test_import_cli_refuses_to_overwrite_and_needs_docs_json(tmp_path: Path):
    out = tmp_path / "catalog"
    first = run_cli("import", str(CORPUS), "--out", str(out))
    assert first.exit_code == 0, first.output
    assert "groups into" in first.output and (out / REPORT_FILE).is_file()
    before = {p: p.read_bytes() for p in out.iterdir()}
    again = run_cli("import", str(CORPUS), "--out", str(out))
    assert again.exit_code == 2
    assert "already holds a catalog" in again.output
    assert {p: p.read_bytes() for p in out.iterdir()} == before
    empty = tmp_path / "empty"
    empty.mkdir()
    missing = run_cli("import", str(empty), "--out", str(tmp_path / "other"))
    assert missing.exit_code == 2 and "no docs.json" in missing.output


def test_report_lists_normalizations_by_kind(trip):
    _, catalog, _ = trip
    report = (catalog / REPORT_FILE).read_text()
    assert re.search(r"- \d+ x ParamField query=\.\.\. is a body parameter", report)
    assert "openapi: now names its spec file" in report
