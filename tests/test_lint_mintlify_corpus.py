"""The generic Mintlify rules on Mintlify's own docs (a snapshot read from ../shared, never
copied): 1,103 pages using every navigation shape Mintlify has (languages split into files with
`$ref`, tabs, menus, nested groups with `root` pages, hidden tabs), snippets, .mintignore,
redirects with wildcards and links into four languages.

Every finding the registration, navigation, frontmatter and link rules report there is listed
below with the reason it is real, checked by reading the files. Anything else they report is a
false finding and fails the test. link-anchors agrees with Mintlify's own checker
(`mint broken-links --check-anchors`, @mintlify/link-rot 3.0.1387) on every anchor but two: that
checker does not see headings that come from imported snippets and so also flags
automations/create.mdx:17 and automations/manage.mdx:15 ("#gitlab-setup", a heading of the
snippet both pages import), which are fine.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.lint.config import LintConfig
from generator.lint.engine import run_rules
from generator.lint.rules import BY_ID
from generator.repo.repo import Repo
from tests.conftest import PROJECT

SNAPSHOT = Path("shared/corpus/mintlify-docs-2026-08-21")
CHECKED = (
    "docs-json-valid",
    "page-registered",
    "nav-entry-exists",
    "nav-duplicate-page",
    "frontmatter-valid",
    "links-resolve",
    "link-anchors",
)
TRANSLATIONS = ("es/", "fr/", "zh/")


def _find_corpus() -> Path:
    """$DOCSGEN_MINTLIFY_CORPUS, else ../shared next to the checkout, else /work/shared."""
    candidates = [PROJECT.parent / SNAPSHOT, Path("/work") / SNAPSHOT]
    if os.environ.get("DOCSGEN_MINTLIFY_CORPUS"):
        candidates.insert(0, Path(os.environ["DOCSGEN_MINTLIFY_CORPUS"]))
    return next((c for c in candidates if (c / "docs.json").is_file()), candidates[0])


CORPUS = _find_corpus()

# page-registered. Pages Mintlify publishes that no navigation lists, in any language (docs.json,
# es.json, fr.json, zh.json read in full), and that do not say `hidden: true`. Each exists in
# English and in the three translations, all unlisted.
UNLISTED = {
    "advanced-support": "support-plan page; only the footer points at it, by absolute URL",
    "contact-support": "the footer links it by absolute URL; no navigation entry",
    "status": "the footer links it by absolute URL; no navigation entry",
    "ai/slack-bot": "the target of the ai/slack-app redirect and of changelog links; unlisted",
    "api/agent/create-agent-job": "v1 endpoint tagged deprecated; navigation lists only v2",
    "api/agent/get-agent-job": "v1 endpoint tagged deprecated; navigation lists only v2",
    "api/agent/get-all-jobs": "v1 endpoint tagged deprecated; navigation lists only v2",
    "api/assistant/create-assistant-message": "v1 endpoint tagged Deprecated; only v2 listed",
    "api-playground/websocket-playground": "an AsyncAPI page linked from asyncapi-setup only",
    "assistant/widget-preview": "mode: custom, noindex: true host page; unlisted, not hidden",
    "deploy/cloudflare-firewall-troubleshooting": "nothing lists or links it",
    "guides/auth0": "nothing lists or links it",
    "migration-services/enterprise": "redirect target of migration-services/custom and /pro",
    "migration-services/go-live-checklist": "noindex: true, linked from the page above only",
    "organize/hidden-page-example": "says it is left out of docs.json on purpose; the rule asks "
    "for hidden: true to say that",
}
# Translations whose English page was removed or renamed (a redirect sends the English path
# elsewhere), left behind in one or more languages and in no navigation.
STALE_TRANSLATIONS = {
    "es/agent/workflows": "agent/workflows redirects to /automations/index",
    "fr/agent/workflows": "agent/workflows redirects to /automations/index",
    "zh/agent/workflows": "agent/workflows redirects to /automations/index",
    "es/editor/media": "editor/media redirects to /editor/pages",
    "fr/editor/media": "editor/media redirects to /editor/pages",
    "zh/editor/media": "editor/media redirects to /editor/pages",
    "es/editor/publish": "no English editor/publish; publishing lives in branching-and-publishing",
    "fr/editor/publish": "no English editor/publish; publishing lives in branching-and-publishing",
    "zh/editor/publish": "no English editor/publish; publishing lives in branching-and-publishing",
    "zh/editor/collaborate": "only in zh; no English or other translation exists",
    "zh/optimize/search-boost": "es/fr copies were deleted and redirected to optimize/search; "
    "the zh file stayed (and has no redirect)",
}

# links-resolve. The tooltip example links /<lang>/api-reference: English has an exact redirect
# for /api-reference, the translations only "/<lang>/api-reference/*", which needs something
# after the slash; no page or folder <lang>/api-reference exists.
BROKEN_LINKS = {
    ("es/components/tooltips.mdx", 10),
    ("fr/components/tooltips.mdx", 10),
    ("zh/components/tooltips.mdx", 10),
}

# link-anchors: (page, anchor) -> where it occurs; each reason read from the target page.
BROKEN_ANCHORS: dict[tuple[str, str], tuple[str, tuple[tuple[str, int], ...]]] = {
    ("ai/model-context-protocol.mdx", "restrict-pages-to-specific-user-groups"): (
        "deploy/authentication-setup has 'Control access with groups', no such section",
        (
            ("ai/model-context-protocol.mdx", 324),
            ("es/ai/model-context-protocol.mdx", 351),
            ("fr/ai/model-context-protocol.mdx", 351),
            ("zh/ai/model-context-protocol.mdx", 346),
        ),
    ),
    ("api-playground/openapi-setup.mdx", "api-params"): (
        "organize/settings-api documents it as a field: its id is param-api-params",
        (
            ("api-playground/openapi-setup.mdx", 340),
            ("es/api-playground/openapi-setup.mdx", 367),
            ("fr/api-playground/openapi-setup.mdx", 367),
            ("zh/api-playground/openapi-setup.mdx", 367),
        ),
    ),
    ("assistant/index.mdx", "set-deflection-email"): (
        "the heading in assistant/configure is 'Set deflection emails' (plural)",
        (("assistant/index.mdx", 35),),
    ),
    ("assistant/widget.mdx", "navigation-global-languages"): (
        "settings-reference has navigation-global and navigation-languages, not this",
        (
            ("assistant/widget.mdx", 149),
            ("assistant/widget.mdx", 206),
            ("es/assistant/widget.mdx", 163),
            ("es/assistant/widget.mdx", 228),
            ("fr/assistant/widget.mdx", 163),
            ("fr/assistant/widget.mdx", 228),
        ),
    ),
    ("changelog.mdx", "css-selectors"): (
        "customize/custom-scripts has 'ID selectors' and 'Element selectors' only",
        (
            ("changelog.mdx", 964),
            ("es/changelog.mdx", 1133),
            ("fr/changelog.mdx", 1133),
            ("zh/changelog.mdx", 1063),
        ),
    ),
    ("changelog.mdx", "discovery"): (
        "ai/skillmd has 'Skills discovery endpoints', no 'Discovery' heading",
        (
            ("changelog.mdx", 968),
            ("es/changelog.mdx", 1139),
            ("fr/changelog.mdx", 1139),
            ("zh/changelog.mdx", 1069),
        ),
    ),
    ("changelog.mdx", "search-filtering-parameters"): (
        "ai/model-context-protocol calls the section 'Search parameters'",
        (
            ("changelog.mdx", 1270),
            ("es/changelog.mdx", 1478),
            ("fr/changelog.mdx", 1478),
            ("zh/changelog.mdx", 1408),
        ),
    ),
    ("changelog.mdx", "api-configurations"): (
        "organize/settings has no such heading (relative link: the page is the same one)",
        (
            ("changelog.mdx", 2503),
            ("es/changelog.mdx", 2711),
            ("fr/changelog.mdx", 2711),
            ("zh/changelog.mdx", 2641),
        ),
    ),
    ("customize/themes.mdx", "theme"): (
        "the heading is '`theme` - <Badge>required</Badge>', so its id is theme-required",
        (
            ("customize/themes.mdx", 41),
            ("es/customize/themes.mdx", 37),
            ("fr/customize/themes.mdx", 37),
            ("zh/customize/themes.mdx", 37),
        ),
    ),
    ("deploy/authentication-setup.mdx", "sitemaps-and-robotstxt-files"): (
        "GitHub-style slug; Mintlify turns the period of robots.txt into '-': robots-txt",
        (("deploy/authentication-setup.mdx", 519), ("deploy/authentication-setup.mdx", 520)),
    ),
    ("editor/configurations.mdx", "logos"): (
        "the heading in organize/settings-appearance is '`logo`'",
        (
            ("editor/configurations.mdx", 38),
            ("es/editor/configurations.mdx", 46),
            ("fr/editor/configurations.mdx", 46),
        ),
    ),
    ("automations/create.mdx", "gitlab-setup"): (
        "the imported translated snippet's heading is translated, so its id is too",
        (
            ("es/automations/create.mdx", 17),
            ("fr/automations/create.mdx", 17),
            ("zh/automations/create.mdx", 17),
        ),
    ),
    ("automations/manage.mdx", "gitlab-setup"): (
        "the imported translated snippet's heading is translated, so its id is too",
        (
            ("es/automations/manage.mdx", 15),
            ("fr/automations/manage.mdx", 15),
            ("zh/automations/manage.mdx", 15),
        ),
    ),
    ("changelog.mdx", "examples-with-nested-groups"): (
        "the translated asyncapi-setup headings are translated (English has this id)",
        (("es/changelog.mdx", 825), ("fr/changelog.mdx", 825), ("zh/changelog.mdx", 755)),
    ),
    ("changelog.mdx", "split-configuration-with-%24ref"): (
        "the translated organize/settings names the section split-configuration-with-ref",
        (
            ("es/changelog.mdx", 947),
            ("es/changelog.mdx", 1127),
            ("fr/changelog.mdx", 947),
            ("fr/changelog.mdx", 1127),
            ("zh/changelog.mdx", 877),
            ("zh/changelog.mdx", 1057),
        ),
    ),
    ("customize/custom-scripts.mdx", "data-attributes"): (
        "same-page link to a heading whose text was translated",
        (
            ("es/customize/custom-scripts.mdx", 59),
            ("fr/customize/custom-scripts.mdx", 59),
            ("zh/customize/custom-scripts.mdx", 59),
        ),
    ),
    ("deploy/preview-deployments.mdx", "deployment-branch"): (
        "the translated guides/git-concepts headings are translated",
        (
            ("es/deploy/preview-deployments.mdx", 26),
            ("fr/deploy/preview-deployments.mdx", 26),
            ("zh/deploy/preview-deployments.mdx", 26),
        ),
    ),
    ("migration-services/go-live-checklist.mdx", "set-deflection-emails"): (
        "the translated assistant/configure keeps the old id set-deflection-email",
        (
            ("es/migration-services/go-live-checklist.mdx", 44),
            ("fr/migration-services/go-live-checklist.mdx", 44),
            ("zh/migration-services/go-live-checklist.mdx", 44),
        ),
    ),
    ("migration-services/go-live-checklist.mdx", "add-the-agent-to-slack"): (
        "agent/slack has 'Connect your Slack workspace' and 'Use the agent in Slack'",
        (
            ("migration-services/go-live-checklist.mdx", 41),
            ("es/migration-services/go-live-checklist.mdx", 49),
            ("fr/migration-services/go-live-checklist.mdx", 49),
            ("zh/migration-services/go-live-checklist.mdx", 49),
        ),
    ),
    ("organize/navigation.mdx", "navigation"): (
        "the heading is '`navigation` - <Badge>required</Badge>': navigation-required",
        (
            ("organize/navigation.mdx", 8),
            ("es/organize/navigation.mdx", 8),
            ("fr/organize/navigation.mdx", 8),
            ("zh/organize/navigation.mdx", 8),
        ),
    ),
    ("organize/settings-reference.mdx", "split-configuration-with-%24ref"): (
        "the translated organize/settings names the section split-configuration-with-ref",
        (
            ("es/organize/settings-reference.mdx", 98),
            ("fr/organize/settings-reference.mdx", 98),
            ("zh/organize/settings-reference.mdx", 98),
        ),
    ),
    ("reference/glossary.mdx", "branch"): (
        "the translated guides/git-concepts headings are translated",
        (
            ("es/reference/glossary.mdx", 51),
            ("fr/reference/glossary.mdx", 51),
            ("zh/reference/glossary.mdx", 51),
        ),
    ),
    ("reference/glossary.mdx", "commit"): (
        "the translated guides/git-concepts headings are translated",
        (("es/reference/glossary.mdx", 67), ("zh/reference/glossary.mdx", 67)),
    ),
    ("reference/glossary.mdx", "deployment-branch"): (
        "the translated guides/git-concepts headings are translated",
        (
            ("es/reference/glossary.mdx", 119),
            ("fr/reference/glossary.mdx", 119),
            ("zh/reference/glossary.mdx", 119),
        ),
    ),
    ("organize/settings-api.mdx", "all-supported-languages"): (
        "the translated api-playground/overview headings are translated",
        (("fr/organize/settings-api.mdx", 139), ("zh/organize/settings-api.mdx", 139)),
    ),
    ("organize/settings-reference.mdx", "all-supported-languages"): (
        "the translated api-playground/overview headings are translated",
        (("fr/organize/settings-reference.mdx", 835), ("zh/organize/settings-reference.mdx", 574)),
    ),
    ("guides/geo.mdx", "custom-sitemaps-and-robotstxt-files"): (
        "GitHub-style slug; Mintlify's is custom-sitemaps-and-robots-txt-files",
        (("guides/geo.mdx", 150),),
    ),
    ("optimize/seo.mdx", "custom-sitemaps-and-robotstxt-files"): (
        "same-page link, GitHub-style slug; the id is custom-sitemaps-and-robots-txt-files",
        (("optimize/seo.mdx", 396), ("optimize/seo.mdx", 459)),
    ),
    ("optimize/seo.mdx", "allow-ai-agents-in-robotstxt"): (
        "GitHub-style slug; guides/geo's id is allow-ai-agents-in-robots-txt",
        (("optimize/seo.mdx", 403),),
    ),
    ("optimize/seo.mdx", "thumbnails-background"): (
        "the zh settings-reference has no thumbnails.background heading (English does)",
        (("zh/optimize/seo.mdx", 265),),
    ),
    ("snippets/icons-optional.mdx", "param-icons"): (
        "the icons setting is the heading '`icons`' (id icons); the only field is "
        "icons.library (param-icons-library)",
        tuple(
            (f"snippets/{lang}icons-optional.mdx", line)
            for lang, lines in (("", (5, 6, 7)), *((t, (6, 7, 8)) for t in TRANSLATIONS))
            for line in lines
        ),
    ),
    ("snippets/icons-required.mdx", "param-icons"): (
        "the icons setting is the heading '`icons`' (id icons); the only field is "
        "icons.library (param-icons-library)",
        tuple(
            (f"snippets/{lang}icons-required.mdx", line)
            for lang, lines in (("", (9, 10, 11)), *((t, (10, 11, 12)) for t in TRANSLATIONS))
            for line in lines
        ),
    ),
}


def expected() -> set[tuple[str, int, str]]:
    found = {
        (f"{lang}{page}.mdx", 1, "page-registered")
        for page in UNLISTED
        for lang in ("", *TRANSLATIONS)
    }
    found |= {(f"{page}.mdx", 1, "page-registered") for page in STALE_TRANSLATIONS}
    found |= {(path, line, "links-resolve") for path, line in BROKEN_LINKS}
    found |= {
        (path, line, "link-anchors")
        for _, places in BROKEN_ANCHORS.values()
        for path, line in places
    }
    return found


@pytest.fixture(scope="module")
def repo() -> Repo:
    if not (CORPUS / "docs.json").is_file():
        pytest.fail(f"Mintlify snapshot not found at {CORPUS}; set DOCSGEN_MINTLIFY_CORPUS")
    return Repo.load(CORPUS)


def test_navigation_is_read_in_full(repo: Repo):
    assert sorted(repo.config_refs) == ["es.json", "fr.json", "redirects.json", "zh.json"]
    assert len(repo.navigation_pages) == len(repo.registered) == 984
    assert {"cli/index", "guides/index", "help-center/static-file-not-served"} <= repo.registered
    assert len(repo.redirects.exact) + len(repo.redirects.patterns) == 350
    assert "agent-context/README.md" not in repo.files  # .mintignore
    assert len(repo.snippets) == 44


def test_every_finding_is_a_verified_one(repo: Repo):
    result = run_rules(repo, tuple(BY_ID[rule] for rule in CHECKED), LintConfig())
    found = {(f.path, f.line, f.rule) for f in result.findings}
    assert sorted(found - expected()) == [], "unexpected findings (false or new)"
    assert sorted(expected() - found) == [], "verified findings no longer reported"
    errors = {f.rule for f in result.findings if f.severity == "error"}
    assert errors == {"page-registered", "links-resolve"}
