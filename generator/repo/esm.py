"""Names an MDX page's `import`/`export` blocks bind, so expressions that use them are known.

Only binding forms are read (import default/named/namespace clauses, `export const|let|var|
function|class NAME`, and destructuring of `export const {a, b}`); anything else binds nothing
here, which can only make mdx-undefined-expression report a name, never hide one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_IMPORT = re.compile(r"\bimport\s+([^;]*?)\s+from\s+['\"]", re.DOTALL)
_EXPORT = re.compile(
    r"\bexport\s+(?:default\s+)?(?:async\s+)?(?:const|let|var|function\*?|class)\s+"
    r"(\{[^}]*\}|\[[^\]]*\]|[A-Za-z_$][\w$]*)"
)
_NAME = re.compile(r"[A-Za-z_$][\w$]*")


def defined_names(blocks: Iterable[str]) -> frozenset[str]:
    names: set[str] = set()
    for source in blocks:
        for match in _IMPORT.finditer(source):
            names.update(_bound(match.group(1)))
        for match in _EXPORT.finditer(source):
            names.update(_bound(match.group(1)))
    return frozenset(names)


def _bound(clause: str) -> set[str]:
    """`a`, `{ b, c as d }`, `* as e`, `f, { g }` -> the local names."""
    names = set()
    for part in re.split(r"[,{}\[\]]", clause):
        words = part.split()
        if not words:
            continue
        local = words[-1]  # `c as d` binds d; `* as e` binds e
        if _NAME.fullmatch(local) and local not in ("as", "type"):
            names.add(local)
    return names
