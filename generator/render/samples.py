"""Request examples in several languages, rendered from templates/samples/<language>.j2.

Every sample is a complete program for its language (the tests run each language's own
syntax checker over them), built from the same example body the page shows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from generator.resources import TEMPLATES_DIR


@dataclass(frozen=True)
class Language:
    id: str  # template name and catalog setting
    fence: str  # code fence language
    title: str  # tab title in the CodeGroup


LANGUAGES: dict[str, Language] = {
    language.id: language
    for language in (
        Language("curl", "bash", "cURL"),
        Language("python", "python", "Python"),
        Language("javascript", "javascript", "JavaScript"),
        Language("php", "php", "PHP"),
        Language("java", "java", "Java"),
    )
}
DEFAULT_LANGUAGES = tuple(LANGUAGES)


@dataclass(frozen=True)
class AuthHeader:
    name: str
    value: str


@dataclass(frozen=True)
class Sample:
    language: Language
    code: str


def python_literal(value: Any, indent: int = 0) -> str:
    """A Python expression for a JSON value (True/False/None instead of true/false/null)."""
    pad, inner = " " * indent, " " * (indent + 4)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [
            f"{inner}{json.dumps(k)}: {python_literal(v, indent + 4)}," for k, v in value.items()
        ]
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list):
        if not value:
            return "[]"
        items = [f"{inner}{python_literal(v, indent + 4)}," for v in value]
        return "[\n" + "\n".join(items) + f"\n{pad}]"
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    return json.dumps(value, ensure_ascii=False)


def php_string(text: str) -> str:
    """Contents of a double-quoted PHP string."""
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$")


def php_literal(value: Any, indent: int = 0) -> str:
    """A PHP array/scalar expression for a JSON value."""
    pad, inner = " " * indent, " " * (indent + 4)
    if isinstance(value, dict):
        if not value:
            return "new stdClass()"
        items = [
            f'{inner}"{php_string(str(k))}" => {php_literal(v, indent + 4)},'
            for k, v in value.items()
        ]
        return "[\n" + "\n".join(items) + f"\n{pad}]"
    if isinstance(value, list):
        items = [f"{inner}{php_literal(v, indent + 4)}," for v in value]
        return "[\n" + "\n".join(items) + f"\n{pad}]" if items else "[]"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{php_string(value)}"'
    return json.dumps(value)


def shell_single_quoted(text: str) -> str:
    """Contents of a single-quoted shell word."""
    return text.replace("'", "'\\''")


def java_text_block(text: str) -> str:
    """Contents of a Java text block."""
    return text.replace("\\", "\\\\").replace('"""', '\\"""')


def json_pretty(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@cache
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR / "samples")),
        autoescape=False,  # program text, not HTML; each filter escapes for its language
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        python_literal=python_literal,
        php_literal=php_literal,
        php_string=php_string,
        shell_single_quoted=shell_single_quoted,
        java_text_block=java_text_block,
        json_pretty=json_pretty,
    )
    return env


def request_samples(
    languages: tuple[str, ...],
    method: str,
    url: str,
    body: dict[str, Any] | None,
    auth_header: AuthHeader | None = None,
) -> list[Sample]:
    env = _environment()
    samples = []
    for language_id in languages:
        language = LANGUAGES[language_id]
        code = env.get_template(f"{language.id}.j2").render(
            method=method, url=url, body=body, auth_header=auth_header
        )
        samples.append(Sample(language, code.strip("\n")))
    return samples
