"""docs.json navigation in every shape Mintlify accepts, `$ref` splits, redirects, .mintignore,
and what --fix of page-registered may and may not touch."""

from __future__ import annotations

import json
from pathlib import Path

from generator.lint.config import LintConfig
from generator.lint.engine import run_rules
from generator.lint.fix import apply_fixes
from generator.lint.rules import BY_ID
from generator.repo.json_file import JsonFile
from generator.repo.mintignore import MintIgnore
from generator.repo.navigation import normalize_page, walk
from generator.repo.redirects import Redirects
from generator.repo.repo import Repo
from tests.test_rules import materialize

EVERY_SHAPE = {
    "global": {"tabs": [{"tab": "Blog", "href": "https://example.com/blog"}]},
    "products": [
        {
            "product": "API",
            "versions": [
                {
                    "version": "v2",
                    "languages": [
                        {
                            "language": "en",
                            "dropdowns": [
                                {
                                    "dropdown": "Guides",
                                    "anchors": [
                                        {
                                            "anchor": "Start",
                                            "tabs": [
                                                {
                                                    "tab": "Docs",
                                                    "menu": [
                                                        {"item": "Out", "href": "https://x.dev"},
                                                        {
                                                            "item": "In",
                                                            "groups": [
                                                                {
                                                                    "group": "G",
                                                                    "root": "g/index",
                                                                    "pages": [
                                                                        "g/a",
                                                                        {
                                                                            "group": "Nested",
                                                                            "hidden": True,
                                                                            "pages": ["/g/n.mdx"],
                                                                        },
                                                                        "GET /users",
                                                                    ],
                                                                }
                                                            ],
                                                        },
                                                    ],
                                                }
                                            ],
                                        }
                                    ],
                                }
                            ],
                        }
                    ],
                }
            ],
        },
        {"product": "SDK", "pages": ["sdk/intro"]},
    ],
}


def test_every_division_is_walked_with_its_trail():
    pages, groups = walk(EVERY_SHAPE)
    assert [p.page for p in pages] == ["g/index", "g/a", "g/n", "sdk/intro"]
    root, first, nested, sdk = pages
    assert first.trail == ("API", "v2", "en", "Guides", "Start", "Docs", "In", "G")
    assert root.location[-1] == "root"
    assert nested.hidden and not first.hidden
    assert nested.as_written == "/g/n.mdx"
    assert sdk.trail == ("SDK",)
    assert [g.name for g in groups] == ["G", "Nested"]


def test_normalize_page():
    assert normalize_page("/guides/a.mdx") == "guides/a"
    assert normalize_page("./guides/a/") == "guides/a"
    assert normalize_page("guides/a.md") == "guides/a"


def test_refs_are_followed_and_entries_remember_their_file(tmp_path: Path):
    root = materialize(
        tmp_path,
        {
            "docs.json": json.dumps(
                {
                    "navigation": {
                        "languages": [
                            {"language": "en", "pages": ["a"]},
                            {"$ref": "lang/fr.json", "language": "fr"},
                        ]
                    },
                    "redirects": {"$ref": "redirects.json"},
                }
            ),
            "lang/fr.json": '{"language": "de", "tabs": [{"tab": "T", "$ref": "tab.json"}]}',
            "lang/tab.json": '{"pages": ["fr/a",\n "fr/b"]}',
            "redirects.json": '[{"source": "/old", "destination": "/a"}]',
            "a.mdx": "---\ntitle: A\n---\n",
            "fr/a.mdx": "---\ntitle: A\n---\n",
        },
    )
    repo = Repo.load(root)
    assert [(p.page, p.file) for p in repo.navigation_pages] == [
        ("a", "docs.json"),
        ("fr/a", "lang/tab.json"),
        ("fr/b", "lang/tab.json"),
    ]
    assert repo.navigation_pages[1].trail == ("fr", "T")  # the sibling key wins over the file's
    assert repo.line_of_entry(repo.navigation_pages[2]) == 2
    assert repo.redirects.destination("old") == "/a"
    missing = run_rules(repo, (BY_ID["nav-entry-exists"],), LintConfig()).findings
    assert [(f.path, f.line) for f in missing] == [("lang/tab.json", 2)]


def test_refs_outside_the_folder_missing_or_cyclic_are_reported(tmp_path: Path):
    root = materialize(
        tmp_path / "docs",
        {
            "docs.json": '{"navigation": {"tabs": [{"$ref": "../secret.json"}, '
            '{"$ref": "gone.json"}, {"$ref": "loop.json"}]}}',
            "loop.json": '{"tab": "L", "groups": [{"$ref": "loop.json"}]}',
        },
    )
    (tmp_path / "secret.json").write_text('{"tab": "S", "pages": ["s"]}')
    repo = Repo.load(root)
    assert [p.page for p in repo.navigation_pages] == []
    findings = run_rules(repo, (BY_ID["docs-json-valid"],), LintConfig()).findings
    messages = " ".join(f.message for f in findings)
    assert "outside the docs folder" in messages and "gone.json does not exist" in messages
    assert "cycle (loop.json -> loop.json)" in messages


def test_redirect_wildcards():
    redirects = Redirects.parse(
        [
            {"source": "/beta/:slug*", "destination": "/v2/:slug*"},
            {"source": "/old/article-*", "destination": "/new/article-*"},
            {"source": "/team/:name/about", "destination": "/people/:name"},
            {"source": "/api-reference/*", "destination": "/api/*"},
        ]
    )
    assert redirects.destination("beta/intro/deep") == "/v2/intro/deep"
    assert redirects.destination("old/article-123") == "/new/article-123"
    assert redirects.destination("team/ann/about") == "/people/ann"
    assert redirects.destination("api-reference/chat") == "/api/chat"
    assert redirects.destination("api-reference") is None  # "/*" needs something after "/"
    assert redirects.resolves("beta/a", lambda path: path == "v2/a")
    assert not redirects.resolves("beta/a", lambda path: False)


def test_redirect_loops_end():
    loop = Redirects.parse(
        [{"source": "/a", "destination": "/b"}, {"source": "/b", "destination": "/a"}]
    )
    assert not loop.resolves("a", lambda path: False)


def test_mintignore_patterns():
    ignore = MintIgnore("drafts/\n*.draft.mdx\n/internal\n!keep.draft.mdx\n**/private/**\n")
    assert ignore.ignores("drafts", is_directory=True)
    assert ignore.ignores("guides/drafts/a.mdx")
    assert ignore.ignores("guides/x.draft.mdx")
    assert not ignore.ignores("guides/keep.draft.mdx")
    assert ignore.ignores("internal", is_directory=True)
    assert not ignore.ignores("guides/internal", is_directory=True)
    assert ignore.ignores("a/private/b.mdx")
    assert ignore.ignores("README.md") and ignore.ignores("node_modules", is_directory=True)
    assert not ignore.ignores("guides/start.mdx")


def test_mintignored_files_are_not_pages(tmp_path: Path):
    root = materialize(
        tmp_path,
        {
            "docs.json": '{"navigation": {"pages": ["a"]}}',
            ".mintignore": "drafts/\n",
            "a.mdx": "---\ntitle: A\n---\n\n[draft](/drafts/b)\n",
            "drafts/b.mdx": "no frontmatter, not registered",
        },
    )
    repo = Repo.load(root)
    assert set(repo.pages) == {"a"}
    rules = tuple(BY_ID[r] for r in ("page-registered", "frontmatter-valid", "links-resolve"))
    findings = run_rules(repo, rules, LintConfig()).findings
    assert [(f.rule, f.path) for f in findings] == [("links-resolve", "a.mdx")]


def test_json_string_lines_are_found_in_one_scan():
    json_file = JsonFile.parse("d.json", '{"a": "x",\n "b": ["x", "q\\"z"]}')
    assert json_file.lines_of_string("x") == [1, 2]
    assert json_file.lines_of_string('q"z') == [2]
    assert json_file.lines_of_string("nope") == []


# --fix of page-registered: only into the list the linter read, only when that is certain.


def fix_run(root: Path) -> list[str]:
    result = run_rules(Repo.load(root), (BY_ID["page-registered"],), LintConfig())
    return apply_fixes(root, [fix for _, fix in result.fixes])


def test_fix_needs_one_group_for_the_folder(tmp_path: Path):
    docs = {
        "navigation": {
            "groups": [
                {"group": "A", "pages": ["guides/one"]},
                {"group": "B", "pages": ["guides/two"]},
            ]
        }
    }
    root = materialize(
        tmp_path,
        {
            "docs.json": json.dumps(docs),
            "guides/one.mdx": "---\ntitle: 1\n---\n",
            "guides/two.mdx": "---\ntitle: 2\n---\n",
            "guides/three.mdx": "---\ntitle: 3\n---\n",
        },
    )
    assert fix_run(root) == []  # guides/ pages sit in two groups: which one is a guess
    assert json.loads((root / "docs.json").read_text()) == docs


def test_fix_writes_the_referenced_file_that_holds_the_group(tmp_path: Path):
    root = materialize(
        tmp_path,
        {
            "docs.json": '{"navigation": {"languages": [{"$ref": "es.json"}]}, '
            '"footer": {"pages": ["es/guides/one"]}}',
            "es.json": '{"language": "es", "groups": [{"group": "G", "root": "es/guides/index", '
            '"pages": ["/es/guides/one.mdx"]}]}',
            "es/guides/index.mdx": "---\ntitle: I\n---\n",
            "es/guides/one.mdx": "---\ntitle: 1\n---\n",
            "es/guides/two.mdx": "---\ntitle: 2\n---\n",
        },
    )
    before = (root / "docs.json").read_text()
    assert fix_run(root) == ["es.json: registered es/guides/two after /es/guides/one.mdx"]
    assert (root / "docs.json").read_text() == before  # keys the linter does not read stay
    group = json.loads((root / "es.json").read_text())["groups"][0]
    assert group["pages"] == ["/es/guides/one.mdx", "es/guides/two"]
    assert fix_run(root) == []
