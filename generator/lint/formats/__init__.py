"""Output formats for findings. Each module has `render(findings, summary, ...) -> str`."""

from __future__ import annotations

from collections.abc import Callable

from generator.lint.formats import github, json_format, sarif, text

FORMATS: dict[str, Callable[..., str]] = {
    "text": text.render,
    "json": json_format.render,
    "sarif": sarif.render,
    "github": github.render,
}
