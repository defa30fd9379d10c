"""Run openapi-spec-validator over many specs quickly.

Validating a spec costs tens of milliseconds (the validator re-walks the document for every
schema default and example), so a repo with 35 specs spends most of its lint time here. Two
measures keep it fast without changing the verdict:
- results are cached by content hash (and validator version) in the user's cache folder,
  so unchanged specs are not validated again ($DOCSGEN_CACHE_DIR overrides the folder,
  DOCSGEN_NO_CACHE=1 turns the cache off);
- specs not in the cache are validated in parallel, one worker process per core.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from generator.repo.json_file import JsonFile

SpecErrors = list[tuple[list[str | int], str]]  # (json path, message)
_NAMED_PATH = re.compile(r"in '(/[^']*)'")
_PARALLEL_FROM = 6  # below this many specs a worker pool costs more than it saves


def _cache_file() -> Path | None:
    if os.environ.get("DOCSGEN_NO_CACHE"):
        return None
    base = os.environ.get("DOCSGEN_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    folder = Path(base) if base else Path.home() / ".cache"
    if not os.environ.get("DOCSGEN_CACHE_DIR"):
        folder = folder / "docsgen"
    return folder / "spec-validation.json"


def _validator_version() -> str:
    from importlib.metadata import version

    return version("openapi-spec-validator")


def validate_one(data: dict[str, Any]) -> SpecErrors | None:
    """Errors of one spec; None when its `openapi` version is not 3.0.x or 3.1.x."""
    version = str(data.get("openapi", ""))
    if version.startswith("3.1."):
        from openapi_spec_validator import OpenAPIV31SpecValidator as Validator
    elif version.startswith("3.0."):
        from openapi_spec_validator import OpenAPIV30SpecValidator as Validator
    else:
        return None
    errors: SpecErrors = []
    for error in Validator(data).iter_errors():
        path = list(getattr(error, "absolute_path", ()) or ())
        if not path:
            # Some errors (unresolved path parameters) name their path only in the text.
            named = _NAMED_PATH.search(error.message)
            path = ["paths", named.group(1)] if named else []
        errors.append((path, error.message))
    return errors


def validate_specs(specs: dict[str, JsonFile]) -> dict[str, SpecErrors | None]:
    """Validation errors per spec file (only specs that parsed as JSON objects)."""
    todo = {f: s for f, s in specs.items() if isinstance(s.data, dict)}
    digests = {f: hashlib.sha256(s.text.encode()).hexdigest() for f, s in todo.items()}
    cache_path = _cache_file()
    cache = _read_cache(cache_path)
    results: dict[str, SpecErrors | None] = {}
    missing = []
    for file in todo:
        entry = cache.get(digests[file])
        if entry is not None:
            errors = entry["errors"]
            results[file] = None if errors is None else [(list(p), m) for p, m in errors]
        else:
            missing.append(file)
    if missing:
        fresh = _validate_many([todo[f].data for f in missing])
        for file, errors in zip(missing, fresh, strict=True):
            results[file] = errors
            cache[digests[file]] = {"errors": errors}
        _write_cache(cache_path, cache, keep=set(digests.values()))
    return results


def _validate_many(documents: list[dict[str, Any]]) -> list[SpecErrors | None]:
    workers = min(os.cpu_count() or 1, len(documents))
    if workers < 2 or len(documents) < _PARALLEL_FROM:
        return [validate_one(d) for d in documents]
    import openapi_spec_validator  # noqa: F401  (import once; forked workers inherit it)

    with ProcessPoolExecutor(workers, mp_context=get_context("fork")) as pool:
        return list(pool.map(validate_one, documents, chunksize=1))


def _read_cache(path: Path | None) -> dict[str, Any]:
    if path is None or not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if data.get("validator") != _validator_version():
        return {}
    return data.get("entries", {})


def _write_cache(path: Path | None, entries: dict[str, Any], keep: set[str]) -> None:
    """Best effort: a cache that cannot be written only costs time next run."""
    if path is None:
        return
    # Keep recent entries of other repos too, but bound the file.
    if len(entries) > 2000:
        entries = {k: v for k, v in entries.items() if k in keep}
    data = {"validator": _validator_version(), "entries": entries}
    try:
        from generator.write import write_atomic

        write_atomic(path, json.dumps(data).encode())
    except OSError:
        pass
