"""Markup in any field of any data file or front matter is shown as text and never runs.

Payloads that do run when inserted as HTML (an <img> with onerror, an <svg> with
onload, an attribute break-out with a quote) go into every text field of the law
registry, the glossary, the interface strings and every page's front matter, and
into a checklist's title and items. The site is built (the markup messages are
expected: the build reports them and still builds) and every page is loaded in
Chromium (split over the test workers), with every element that has a tooltip hovered and
focused. An alert anywhere fails the test.
"""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import serve
from htmlq import parse, words
from samverkan import frontmatter
from sitebuild import build_site, copy_project

PAYLOAD = "'\"><img src=x onerror=alert(1)><svg onload=alert(2)>"
# Values that name things (enums, slugs, switches) are checked against fixed lists, not shown.
FIXED = {"status", "evidence", "focus", "checklist_topics", "sheet", "printed_source", "template", "hide",
         "topic_slugs", "id", "type", "replaced_by", "url", "repealed", "in_force", "default_for",
         "names", "names_en", "title_tail", "provision_terms", "value", "year"}


def poisoned(value, key=""):
    if key in FIXED:
        return value
    if isinstance(value, dict):
        return {k: poisoned(v, str(k)) for k, v in value.items()}
    if isinstance(value, list):
        return [poisoned(v, key) for v in value]
    if isinstance(value, str) and not re.fullmatch(r"[\w-]*", value):   # words, not keys
        return value + " " + PAYLOAD
    return value


def poison_data(root):
    for name in ("data/lagar.yml", "data/ordlista.yml", "hooks/templates/strings.yml"):
        path = root / name
        data = poisoned(yaml.safe_load(path.read_text(encoding="utf-8")))
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def poison_pages(root):
    for path in sorted((root / "docs").rglob("*.md")):
        source = path.read_text(encoding="utf-8")
        found = frontmatter.read(source)
        body = found.body.replace("!!! checklist \"", "!!! checklist \"<img src=x onerror=alert(3)> ", 1)
        body = re.sub(r"^(    - .+)$", r"\1 <img src=x onerror=alert(4)>", body, count=1, flags=re.M)
        if found.meta:
            meta = yaml.safe_dump(poisoned(found.meta), allow_unicode=True, sort_keys=False)
            path.write_text(f"---\n{meta}---\n\n{body}", encoding="utf-8")


@pytest.fixture(scope="module")
def poisoned_site(tmp_path_factory):
    root = copy_project(tmp_path_factory.mktemp("injection") / "project")
    poison_data(root)
    poison_pages(root)
    built = build_site(root, root / "site", strict=False)
    assert built.site.joinpath("index.html").exists(), built.warnings
    assert not [w for w in built.warnings if "Traceback" in w or "Error" in w]
    return built


def test_markup_in_data_is_reported_and_shown_as_text(poisoned_site):
    built = poisoned_site
    assert any(w.startswith("data/lagar.yml:") and "is plain text, without HTML" in w for w in built.warnings)
    assert any(w.startswith("data/ordlista.yml:") and "is plain text, without HTML" in w for w in built.warnings)
    assert any(w.startswith("docs/exempel/") and "'title' is plain text" in w for w in built.warnings)
    law = parse(built.html("lagar/sfs-2025-400/"))
    assert PAYLOAD in words(law.find("h1").text)
    glossary = parse(built.html("ordlista/"))
    assert PAYLOAD in words(glossary.find("article").text)
    for html in (built.html(p) for p in ("lagar/sfs-2025-400/", "ordlista/", "exempel/", "jamforelse/", "checklistor/")):
        assert "<img src=x" not in html and "<svg onload" not in html


def test_no_page_holds_the_markup_as_html(poisoned_site):
    """Every page the payloads reach (all of them: the strings and the glossary are on every page)."""
    for page in poisoned_site.pages():
        html = page.read_text(encoding="utf-8")
        assert "<img src=x" not in html and "<svg onload" not in html, page


SHARDS = 4   # the pages are split over the test workers: every page is loaded, none twice


def every_page(site) -> list[str]:
    """Every page of both languages, the 404 pages included."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                  if not p.relative_to(site).as_posix().startswith(("pagefind/", "assets/")))


def test_the_shards_load_every_page(poisoned_site):
    pages = every_page(poisoned_site.site)
    shards = [pages[i::SHARDS] for i in range(SHARDS)]
    assert sorted(p for shard in shards for p in shard) == pages and "en/404.html" in pages


FOCUS_EACH = """async (seen) => {
    // Material shows a tooltip on focus as well as hover; one element per distinct title
    const hosts = [...document.querySelectorAll("[title]")].filter(el => !seen.includes(el.title));
    const titles = [], focused = [];
    for (const el of hosts) {
        if (titles.includes(el.title)) continue;
        titles.push(el.title);
        focused.push([el.tagName, el.title]);
        if (el.tabIndex < 0) el.tabIndex = -1;
        el.focus({preventScroll: true});
        await new Promise(done => setTimeout(done, 20));
    }
    return focused;
}"""


@pytest.mark.browser
@pytest.mark.parametrize("shard", range(SHARDS))
def test_no_payload_runs_when_loaded_hovered_or_focused(browser, poisoned_site, shard):
    server = serve(poisoned_site.site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    alerts, focused = [], []
    tab.on("dialog", lambda dialog: (alerts.append((tab.url, dialog.message)), dialog.dismiss()))
    try:
        for path in every_page(poisoned_site.site)[shard::SHARDS]:
            tab.goto(base + path, wait_until="load")
            focused += tab.evaluate(FOCUS_EACH, [title for _, title in focused])
            for selector in ("article a.citation", "article abbr", ".md-header [title]"):
                first = tab.locator(selector).filter(visible=True).first
                if first.count():
                    first.hover()
            tab.wait_for_timeout(100)
    finally:
        context.close()
        server.shutdown()
    # the poisoned statute names (citation links) and glossary terms (abbreviations) were really focused
    assert {tag for tag, title in focused if "img src=x" in title} >= {"A", "ABBR"}
    assert alerts == []
