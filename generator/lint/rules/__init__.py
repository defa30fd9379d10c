"""The registry of lint rules: one module per rule, listed here explicitly, in rulesets.

A rule belongs to exactly one ruleset:
- `mintlify`: right on any Mintlify repo (navigation, pages, MDX, links, `openapi:` references,
  spec validity). Always on; it is the base every config builds on.
- `modelslab`: the ModelsLab house rules (page formats per page kind, spec conventions,
  placeholders). On when the config says `extends = ["modelslab"]`.
A rule goes into `mintlify` only if it encodes no ModelsLab convention (no page kinds, no
house_rules constants, no fixed folder or server names).

To add a rule: write its module, import it below and list it in the tuple of its ruleset.

Every rule module defines:
- `ID` (stable kebab-case), `SEVERITY` (default "error" or "warning"), `SUMMARY` (one line),
  `FIXABLE` (True when `--fix` can repair it);
- its docstring: what it checks, a `Why:` paragraph and a `Fix:` paragraph;
- `PASS` and `FAIL`: example files (path -> text) the tests lint, expecting no finding and at
  least one finding of this rule;
- `check(repo)`: yields Issues; issues may carry a mechanical fix used by `--fix`;
- optionally `FAIL_UNFIXED`: failing example files a fixable rule must report without offering
  a fix, because the right fix is not certain.
"""

from __future__ import annotations

from types import ModuleType

from generator.lint.rules import (
    docs_json_valid,
    enterprise_body_attributes,
    enterprise_body_heading,
    enterprise_groups_in_enterprise_tab,
    enterprise_overview_warning,
    enterprise_spec_api_key,
    enterprise_spec_operations,
    enterprise_spec_responses,
    enterprise_spec_server,
    enterprise_spec_version,
    enterprise_url_fence,
    enterprise_warning,
    frontmatter_valid,
    link_anchors,
    links_resolve,
    mdx_syntax,
    mdx_undefined_expression,
    nav_duplicate_page,
    nav_entry_exists,
    openapi_ambiguous,
    openapi_resolves,
    ops_key_only_body,
    ops_no_paramfield,
    ops_no_warning,
    overview_cardgroup,
    overview_covers_group,
    page_kind_conflict,
    page_registered,
    paramfield_body,
    placeholder_key,
    public_body_heading,
    public_no_paramfield,
    public_no_warning,
    public_openapi_spec_path,
    public_request_section,
    public_spec_request_schema,
    public_spec_responses,
    public_spec_server,
    public_spec_version,
    public_url_fence,
    spec_path_parameters,
    spec_valid,
)

MINTLIFY_RULES: tuple[ModuleType, ...] = (
    # Navigation and registration
    docs_json_valid,
    page_registered,
    nav_entry_exists,
    nav_duplicate_page,
    # Pages, MDX and links
    frontmatter_valid,
    mdx_syntax,
    mdx_undefined_expression,
    links_resolve,
    link_anchors,
    # OpenAPI references and specs
    openapi_resolves,
    spec_valid,
    spec_path_parameters,
)

MODELSLAB_RULES: tuple[ModuleType, ...] = (
    # Navigation and references
    enterprise_groups_in_enterprise_tab,
    placeholder_key,
    openapi_ambiguous,  # exempts public endpoint pages, a house page kind
    page_kind_conflict,
    # Public endpoint pages
    public_openapi_spec_path,
    public_request_section,
    public_url_fence,
    public_body_heading,
    public_no_warning,
    public_no_paramfield,
    # Public and enterprise specs
    public_spec_version,
    public_spec_server,
    public_spec_responses,
    public_spec_request_schema,
    enterprise_spec_version,
    enterprise_spec_server,
    enterprise_spec_responses,
    enterprise_spec_api_key,
    enterprise_spec_operations,
    # Enterprise, server operation and overview pages
    enterprise_warning,
    enterprise_url_fence,
    enterprise_body_heading,
    enterprise_body_attributes,
    paramfield_body,
    ops_no_warning,
    ops_no_paramfield,
    ops_key_only_body,
    overview_cardgroup,
    overview_covers_group,
    enterprise_overview_warning,
)

BASE_RULESET = "mintlify"
"""Always on; a config's `extends` adds rulesets on top of it."""

RULESETS: dict[str, tuple[ModuleType, ...]] = {
    "mintlify": MINTLIFY_RULES,
    "modelslab": MODELSLAB_RULES,
}

RULES: tuple[ModuleType, ...] = tuple(rule for rules in RULESETS.values() for rule in rules)

BY_ID: dict[str, ModuleType] = {rule.ID: rule for rule in RULES}

RULESET_OF: dict[str, str] = {rule.ID: name for name, rules in RULESETS.items() for rule in rules}
