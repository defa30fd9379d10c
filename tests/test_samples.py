"""Every request example on every generated page parses with its language's own tool: bash -n
for cURL, Python's compiler, node for JavaScript, javac for Java, php -l for PHP where PHP is
installed (it is not on every machine; the other four always run)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import DOCS, PROJECT
from tests.node_tools import check_javascript

_SAMPLE = re.compile(
    r"^(`{3,})(\w+) (cURL|Python|JavaScript|PHP|Java)\n(.*?)\n\1$", re.MULTILINE | re.DOTALL
)


SITES = (DOCS, PROJECT / "examples" / "modellix" / "docs")


def collect() -> dict[str, list[tuple[str, str]]]:
    """language -> [(page, code)] for every CodeGroup sample of the generated sites."""
    found: dict[str, list[tuple[str, str]]] = {}
    for site in SITES:
        for page in sorted(site.rglob("*.mdx")):
            for _, _, title, code in _SAMPLE.findall(page.read_text(encoding="utf-8")):
                found.setdefault(title, []).append((str(page.relative_to(PROJECT)), code))
    return found


SAMPLES = collect()


def test_every_endpoint_page_has_five_languages():
    pages = {page for samples in SAMPLES.values() for page, _ in samples}
    assert len(pages) >= 20
    for title in ("cURL", "Python", "JavaScript", "PHP", "Java"):
        assert {page for page, _ in SAMPLES[title]} == pages, title


def test_python_samples_compile():
    for page, code in SAMPLES["Python"]:
        compile(code, page, "exec")


def test_curl_samples_parse_as_bash(tmp_path: Path):
    for index, (page, code) in enumerate(SAMPLES["cURL"]):
        script = tmp_path / f"{index}.sh"
        script.write_text(code)
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{page}: {result.stderr}"
        assert code.startswith("curl --request ")


def test_javascript_samples_parse(tmp_path: Path):
    files = []
    for index, (_, code) in enumerate(SAMPLES["JavaScript"]):
        files.append(tmp_path / f"{index}.js")
        files[-1].write_text(code)
    assert check_javascript(files) == []


def test_java_samples_compile(tmp_path: Path):
    if shutil.which("javac") is None:
        pytest.fail("javac is needed to check the Java samples; install a JDK (17+)")
    sources = []
    for index, (_, code) in enumerate(SAMPLES["Java"]):
        # Each sample declares class Main; a package per sample lets javac take them all at once.
        source = tmp_path / f"p{index}" / "Main.java"
        source.parent.mkdir()
        source.write_text(f"package p{index};\n{code}")
        sources.append(str(source))
    result = subprocess.run(
        ["javac", "-d", str(tmp_path / "classes"), *sources], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.skipif(shutil.which("php") is None, reason="php is not installed on this machine")
def test_php_samples_lint(tmp_path: Path):
    for index, (page, code) in enumerate(SAMPLES["PHP"]):
        script = tmp_path / f"{index}.php"
        script.write_text(code)
        result = subprocess.run(["php", "-l", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{page}: {result.stdout}"


def test_samples_break_when_the_code_is_wrong(tmp_path: Path):
    """The checkers above do reject broken code (so those tests can fail)."""
    broken = tmp_path / "broken.js"
    broken.write_text("fetch(url, {")
    assert check_javascript([broken])
    with pytest.raises(SyntaxError):
        compile("payload = {", "x", "exec")
