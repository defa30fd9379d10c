"""Read YAML and remember where every key and value came from.

PyYAML builds plain dicts and lists and forgets positions. Error messages must name
`file:line:col`, so we compose the node tree once, construct the data from it, and walk both
together to record the position of each value and each mapping key by its path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from generator.problems import InputError, Location, Problem, display_path

PathKey = tuple[str | int, ...]

# libyaml's loader is several times faster and keeps the same node marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class YamlDocument:
    """Parsed YAML data plus the positions of its parts."""

    file: str
    data: Any
    value_at: dict[PathKey, Location] = field(default_factory=dict)
    key_at: dict[PathKey, Location] = field(default_factory=dict)

    def where(self, path: PathKey) -> Location:
        """Best location for a path: the value itself, else the nearest parent that has one."""
        path = tuple(path)
        while path:
            if path in self.value_at:
                return self.value_at[path]
            path = path[:-1]
        return self.value_at.get((), Location(self.file, 1, 1))

    def where_key(self, path: PathKey) -> Location:
        """Location of a mapping key (falls back to its value)."""
        return self.key_at.get(tuple(path)) or self.where(path)


def _location(file: str, node: yaml.Node) -> Location:
    return Location(file, node.start_mark.line + 1, node.start_mark.column + 1)


def load_yaml(path: Path) -> YamlDocument:
    """Load one YAML file; raise InputError naming the line of a syntax error or duplicate key."""
    name = display_path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError([Problem(Location(name), f"cannot read file: {exc}")]) from exc
    return parse_yaml(text, name)


def parse_yaml(text: str, name: str) -> YamlDocument:
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Location(name, mark.line + 1, mark.column + 1) if mark else Location(name)
        problem = exc.problem or exc.context or "invalid YAML"
        raise InputError([Problem(where, f"YAML syntax error: {problem}")]) from exc
    finally:
        loader.dispose()
    document = YamlDocument(name, data)
    problems: list[Problem] = []
    if node is not None:
        _record(document, node, data, (), problems)
    if problems:
        raise InputError(problems)
    return document


def _record(doc: YamlDocument, node: yaml.Node, data: Any, path: PathKey, problems: list[Problem]):
    doc.value_at[path] = _location(doc.file, node)
    if isinstance(node, yaml.MappingNode) and isinstance(data, dict):
        seen: dict[Any, Location] = {}
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is None or key == "<<":
                continue
            key_location = _location(doc.file, key_node)
            if key in seen:
                problems.append(
                    Problem(
                        key_location,
                        f"duplicate key '{key}' (first defined at line {seen[key].line}); keep one",
                    )
                )
                continue
            seen[key] = key_location
            child_path = (*path, key)
            doc.key_at[child_path] = key_location
            if key in data:
                _record(doc, value_node, data[key], child_path, problems)
    elif isinstance(node, yaml.SequenceNode) and isinstance(data, list):
        for index, (item_node, item) in enumerate(zip(node.value, data, strict=False)):
            _record(doc, item_node, item, (*path, index), problems)
