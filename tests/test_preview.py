"""The editor's feedback: `make check` without a build, problems on the page in `mkdocs serve`
only, a preview that never hangs on a fatal error, and a third language."""
import os
import re
import resource
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from extended import broken_copy
from sitebuild import build_site


def test_check_gives_the_builds_messages_in_seconds_and_the_build_shows_no_box(broken_site):
    """`make check` in the broken copy of tests/extended.py (every kind of mistake; broken_copy's
    among them) says what its build said, every message of the pages and the data files."""
    built, project = broken_site, broken_site.site.parent / "project"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    checked = subprocess.run([sys.executable, "scripts/check.py"], cwd=project, capture_output=True, text=True, timeout=60)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    assert cpu < 3, f"make check used {cpu:.1f} s of processor time"
    lines = checked.stdout.splitlines()
    assert checked.returncode == 1 and "Traceback" not in checked.stderr, checked.stderr[-2000:]
    # the line of status: or of its value: (the schema's messages are helper "input"'s to sharpen)
    assert [l for l in lines if re.match(r"docs/exempel/provprojekt\.sv\.md:1[34]: 'status(\.value)?' must be one of "
                                         r"permanent, project, ended, proposal, unknown; got 'pågående'$", l)], lines
    assert "docs/kunskap/bara-svenska.sv.md: no 'en' version: create docs/kunskap/bara-svenska.en.md, for example " \
           "with `cp docs/kunskap/bara-svenska.sv.md docs/kunskap/bara-svenska.en.md`, and translate it" in lines
    assert any(line.startswith("docs/exempel/provprojekt.en.md:") and "housng" in line for line in lines), lines
    assert 'docs/exempel/provprojekt.sv.md:56: unknown statute "skollagen (2010:800)" (add it to the law registry ' \
           'data/lagar.yml or correct the citation)' in lines

    said = {w for w in built.warnings if w.startswith(("docs/", "data/"))}
    assert sorted(said) == sorted(lines)
    assert not [p for p in built.pages() if "samverkan-preview" in p.read_text(encoding="utf-8")]


def test_a_third_language_builds_with_english_wording_and_says_what_is_missing(project):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").rstrip("\n") + "\n        - locale: de\n          name: Deutsch\n"
                      "          build: true\n          site_name: Zusammenarbeit gegen Rückfall\n"
                      "          theme:\n            language: de\n", encoding="utf-8")
    for page in (project / "docs").rglob("*.en.md"):
        page.with_name(page.name.replace(".en.md", ".de.md")).write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    built = build_site(project, project / "site", strict=False)
    assert built.ok
    assert len(built.warnings) == 2, built.warnings
    assert built.warnings[0].startswith("hooks/templates/strings.yml: no 'de' wording for catalogue, chart, ")
    assert built.warnings[0].endswith("the English is shown until you add them under 'de:' (copy the 'en:' block and translate it)")
    assert built.warnings[1].startswith("data/ordlista.yml: no 'de' term for some entries; the English is shown")
    home = built.html("de/")
    assert '<html lang="de"' in home and "<title>Zusammenarbeit gegen Rückfall</title>" in home
    assert (built.site / "de/lagar/sfs-2025-400/index.html").exists() and (built.site / "de/404.html").exists()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 10) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as response:   # a stuck server fails here
        return response.read().decode("utf-8")


def wait_for(log, text: str, count: int, seconds: float = 240):
    end = time.time() + seconds
    while time.time() < end:
        if log.read_text(encoding="utf-8", errors="replace").count(text) >= count:
            return
        time.sleep(0.1)
    pytest.fail(f"mkdocs serve did not log {text!r} {count} times:\n{log.read_text(encoding='utf-8')[-3000:]}")


def test_serve_shows_problems_on_the_page_and_never_hangs_on_a_fatal_error(project):
    broken_copy(project)
    (project / "docs/kunskap/bara-svenska.sv.md").unlink()
    port, log = free_port(), project / "serve.log"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with open(log, "w") as out:
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"], cwd=project,
                                  stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(log, "Serving on", 1)
        page = fetch(base + "exempel/provprojekt/")
        box = re.search(r'<div class="admonition failure samverkan-preview".*?</div>', page, re.S).group(0)
        assert "Att rätta på den här sidan" in box
        assert re.search(r"rad 1[34]: &#x27;status(\.value)?&#x27; must be one of permanent, project, ended, proposal, "
                         r"unknown; got &#x27;pågående&#x27;", box), box
        assert "samverkan-preview" not in fetch(base + "kunskap/samverkan/")

        registry = project / "data/lagar.yml"
        good = registry.read_text(encoding="utf-8")
        registry.write_text(good + "- id: [trasig\n", encoding="utf-8")
        wait_for(log, "The preview shows the last good build", 1)
        shown = fetch(base + "kunskap/samverkan/", timeout=5)
        assert "Webbplatsen kunde inte byggas om" in shown and re.search(r"data/lagar\.yml:\d+(?::\d+)?: the YAML cannot be read", shown)

        registry.write_text(good, encoding="utf-8")
        wait_for(log, "Reloading browsers", 2)
        assert "samverkan-failed" not in fetch(base + "kunskap/samverkan/")
    finally:
        os.killpg(server.pid, signal.SIGINT)
        server.wait(timeout=30)


def test_every_file_the_build_reads_is_watched_and_the_schema_cache_follows_edits(tmp_path):
    from pathlib import Path

    from mkdocs.config import load_config
    from samverkan.projects import validate
    from sitebuild import ROOT

    watched = {Path(p).resolve() for p in load_config(config_file=str(ROOT / "mkdocs.yml")).watch}
    assert {ROOT / "data", ROOT / "hooks/templates", ROOT / "overrides", ROOT / "mkdocs.base.yml"} <= watched
    (tmp_path / "vocabulary.yml").write_text((ROOT / "data/vocabulary.yml").read_text(encoding="utf-8"), encoding="utf-8")
    schema = tmp_path / "schema.json"
    schema.write_text('{"type": "object", "required": ["title"]}', encoding="utf-8")
    assert validate({}, schema) == [("", "missing required key 'title'")]
    schema.write_text('{"type": "object"}', encoding="utf-8")
    os.utime(schema, ns=(schema.stat().st_atime_ns, schema.stat().st_mtime_ns + 10**9))
    assert validate({}, schema) == []        # the edited schema applies without a restart
