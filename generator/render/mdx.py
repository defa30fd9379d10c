"""Render pages to MDX with the Jinja2 templates in templates/, one template per page kind."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from generator import house_rules
from generator.catalog.model import UNSET, Parameter
from generator.render import escape
from generator.render.samples import AuthHeader, Sample, json_pretty, request_samples
from generator.resources import TEMPLATES_DIR
from generator.site.pages import Page


def paramfield_type(parameter: Parameter) -> str:
    """ParamField `type`: the catalog type, arrays as item[] (Mintlify's notation)."""
    if parameter.type == "array" and parameter.items:
        return parameter.items + "[]"
    return parameter.type


def parameter_facts(parameter: Parameter) -> str:
    """Limits and allowed values, appended to a ParamField description."""
    facts = []
    if parameter.enum is not None:
        values = ", ".join(escape.code_span(escape.literal(v)) for v in parameter.enum)
        facts.append(f"Allowed values: {values}.")
    if parameter.minimum is not None:
        facts.append(f"Minimum: {escape.literal(parameter.minimum)}.")
    if parameter.maximum is not None:
        facts.append(f"Maximum: {escape.literal(parameter.maximum)}.")
    return "".join(" " + fact for fact in facts)


def json_block(value: Any) -> str:
    return escape.code_block(
        json.dumps(value, indent=2, ensure_ascii=False), house_rules.BODY_FENCE
    )


@cache
def _environment():
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES_DIR)),
        autoescape=False,  # MDX is not HTML; escaping is explicit through the filters below
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        text=escape.mdx_text,
        code_span=escape.code_span,
        code_block=escape.code_block,
        attr=escape.jsx_attribute,
        yaml_string=escape.yaml_string,
        comment=escape.comment_text,
        literal=escape.literal,
        json_block=json_block,
        json_pretty=json_pretty,
        paramfield_type=paramfield_type,
        parameter_facts=parameter_facts,
    )
    env.tests["defined_value"] = lambda value: value is not UNSET
    env.globals["house_rules"] = house_rules
    return env


_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def _samples(page: Page) -> list[Sample]:
    request = getattr(page, "request", None)
    if request is None:
        return []
    header = AuthHeader(*request.auth_header) if request.auth_header else None
    return request_samples(request.languages, request.method, request.url, request.body, header)


def render_page(page: Page) -> str:
    template = _environment().get_template(page.template)
    text = template.render(page=page, samples=_samples(page))
    text = _TRAILING_SPACE.sub("", text)
    return _BLANK_RUNS.sub("\n\n", text).strip() + "\n"
