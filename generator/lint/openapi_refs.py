"""`openapi:` frontmatter values and what they point to, shared by the openapi rules."""

from __future__ import annotations

from dataclasses import dataclass

from generator.repo.mdx import MdxPage
from generator.repo.repo import Repo

HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")


@dataclass(frozen=True)
class OpenapiRef:
    raw: str
    spec_file: str | None  # None for a path-only reference
    method: str
    path: str


def parse_ref(value: object) -> OpenapiRef | None:
    """'[spec.json] METHOD /path' -> OpenapiRef; None when the value has another shape."""
    if not isinstance(value, str):
        return None
    parts = value.split()
    if len(parts) == 2:
        spec_file, (method, path) = None, parts
    elif len(parts) == 3:
        spec_file, method, path = parts
        spec_file = spec_file.lstrip("/")
    else:
        return None
    if method.upper() not in HTTP_METHODS or not path.startswith("/"):
        return None
    return OpenapiRef(value, spec_file, method.upper(), path)


def page_ref(page: MdxPage) -> OpenapiRef | None:
    return parse_ref(page.frontmatter.get("openapi"))


def specs_with_operation(repo: Repo, method: str, path: str) -> list[str]:
    """Spec files that document `method path`, in file order."""
    found = []
    for file, data in repo.valid_specs().items():
        item = data["paths"].get(path)
        if isinstance(item, dict) and method.lower() in item:
            found.append(file)
    return found
