"""The import report: what happened to every source file, and every normalization made."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

MAPPED = "mapped"
KEPT = "kept"
SKIPPED = "skipped"


@dataclass(frozen=True, order=True)
class FileOutcome:
    file: str
    outcome: str  # mapped | kept | skipped
    detail: str  # the catalog entry, or why it was kept or skipped


@dataclass
class ImportReport:
    files: dict[str, FileOutcome] = field(default_factory=dict)
    normalizations: list[tuple[str, str]] = field(default_factory=list)  # (file, what changed)
    added: list[tuple[str, str]] = field(default_factory=list)  # (page, why it is new)

    def record(self, file: str, outcome: str, detail: str) -> None:
        # The first decision about a file stands; later passes only fill in the rest.
        self.files.setdefault(file, FileOutcome(file, outcome, detail))

    def normalized(self, file: str, change: str) -> None:
        self.normalizations.append((file, change))

    def counts(self) -> Counter[str]:
        return Counter(outcome.outcome for outcome in self.files.values())

    def to_markdown(self, source: str) -> str:
        counts = self.counts()
        lines = [
            "# docsgen import report",
            "",
            f"Source: `{source}`, {len(self.files)} files: {counts[MAPPED]} mapped into the "
            f"catalog, {counts[KEPT]} kept as they are, {counts[SKIPPED]} skipped.",
            "",
        ]
        for outcome, heading in (
            (MAPPED, "Mapped into the catalog"),
            (KEPT, "Kept as hand-written or static files"),
            (SKIPPED, "Skipped"),
        ):
            entries = sorted(o for o in self.files.values() if o.outcome == outcome)
            lines += [f"## {heading} ({len(entries)})", ""]
            lines += [f"- `{o.file}`: {o.detail}" for o in entries] or ["(none)"]
            lines.append("")
        lines += [f"## Normalizations ({len(self.normalizations)})", ""]
        kinds = Counter(_kind(change) for _, change in self.normalizations)
        if kinds:
            lines += ["By kind:", ""]
            lines += [f"- {count} x {kind}" for kind, count in kinds.most_common()]
            lines += ["", "Each one:", ""]
        lines += [f"- `{file}`: {change}" for file, change in self.normalizations] or ["(none)"]
        lines.append("")
        lines += [f"## Pages the catalog adds ({len(self.added)})", ""]
        lines += [f"- `{page}`: {why}" for page, why in self.added] or ["(none)"]
        return "\n".join(lines) + "\n"


_DETAILS = re.compile(
    "|".join(
        (
            r"'[^']*'",
            r'"[^"]*"',
            r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b",  # snake_case names
            r"\bserver [a-z0-9]+\b",
            r"\([^)]*\)",
            r"\{[^}]*\}",
            r"(?<![\w])/\S*",  # paths and URLs
            r"\[[^\]]*\]",
            r"-?\d+(?:\.\d+)?",
        )
    )
)


def _kind(change: str) -> str:
    """A normalization with its specifics (names, paths, numbers) blanked, to count alike ones."""
    return " ".join(_DETAILS.sub("...", change).split())
