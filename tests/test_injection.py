"""Markup in any field of any data file or front matter is shown as text and never runs.

Payloads that do run when inserted as HTML (an <img> with onerror, an <svg> with
onload, an attribute break-out with a quote) go into every text field of the law
registry, the glossary, the interface strings and every page's front matter, and
into a checklist's title and items. The site is built (the markup messages are
expected: the build reports them and still builds) and every page is loaded in
Chromium (one test a page, shared by the test workers), with an element of each distinct
title focused and the first citation, glossary term and header button hovered (each kind
once a title, as the focus). An alert anywhere fails the test.
"""
from __future__ import annotations

import re

import pytest
import yaml

from conftest import serve, shared_build
from htmlq import parse, words
from samverkan import frontmatter
from site_pages import built_pages, planned_pages
from sitebuild import FIXTURE_PROJECT, add_fixture_project, build_site, copy_project

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
    def make(folder):
        root = copy_project(folder / "project")
        add_fixture_project(root)       # an example page even in a fork without the samples
        poison_data(root)
        poison_pages(root)
        return build_site(root, root / "site", strict=False)

    built = shared_build(tmp_path_factory, "injection", make)
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


# One test a page (the project's pages: the poisoned copy has the same), so that the test
# workers share them; one more parameter loads any page of the poisoned site the list missed.
PAGES = planned_pages()
OTHERS = "every other built page"


def test_the_poisoned_site_has_the_planned_pages(poisoned_site):
    built = built_pages(poisoned_site.site)
    # the site's own pages, and the invented example added so that a fork's copy has one too
    assert set(PAGES) <= set(built) and "en/404.html" in PAGES
    assert sorted(set(built) - set(PAGES)) == sorted(f"{lang}{FIXTURE_PROJECT}/index.html" for lang in ("", "en/")
                                                     if f"{lang}{FIXTURE_PROJECT}/index.html" not in PAGES)


@pytest.fixture(scope="module")
def poisoned_url(poisoned_site):
    server = serve(poisoned_site.site)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


FOCUS_EACH = """async (seen) => {
    // Material shows a tooltip on focus as well as hover; one element per distinct title
    const titles = [...seen], focused = [];
    for (const el of document.querySelectorAll("[title]")) {
        if (titles.includes(el.title)) continue;
        titles.push(el.title);
        focused.push([el.tagName, el.title]);
        if (el.tabIndex < 0) el.tabIndex = -1;
        el.focus({preventScroll: true});
        await new Promise(done => setTimeout(done, 20));    // a frame or so: Material draws the tooltip
    }
    return focused;
}"""
# Where to put the pointer on the first visible element of a kind (as Playwright's hover does, in
# view, on its first line box), after it rested a frame on the one before; and its title.
POINT_AT = """async (selector) => {
    await new Promise(requestAnimationFrame);
    const visible = el => el.getClientRects().length && getComputedStyle(el).visibility !== "hidden";
    const el = [...document.querySelectorAll(selector)].find(visible);
    if (!el) return null;
    let box = el.getClientRects()[0];
    if (box.top < 0 || box.bottom > innerHeight) {
        el.scrollIntoView({block: "center"});
        box = el.getClientRects()[0];
    }
    return {point: [box.left + box.width / 2, box.top + box.height / 2], title: el.getAttribute("title")};
}"""
HOVERED = ("article a.citation", "article abbr", ".md-header [title]")
# Until every image the page holds has loaded or failed (an <img src=x> from a payload that ran
# as HTML fails at once: a 404), then a task more, in which its error handler has run. At most a
# second: lazy images out of view never load, and no payload image is lazy.
SETTLED = """async () => {
    const until = performance.now() + 1000;
    const pending = () => [...document.images].some(img => !img.complete && img.loading !== "lazy");
    do await new Promise(requestAnimationFrame); while (pending() && performance.now() < until);
    await new Promise(done => setTimeout(done));
}"""


# The titles this worker has focused already, on any page: a title shows the same tooltip
# wherever it is, so each is focused once (as when a worker loaded a share of the pages). The
# same for hovering: each kind of element with a title is hovered once a title (one without a
# title every time).
SEEN: list[str] = []
HOVERED_SEEN: set[tuple[str, str]] = set()


@pytest.fixture(scope="module")
def tab(browser):
    """One tab for the worker's pages (a new context each would cost more than the page), with
    every alert it shows recorded (and dismissed) in ``tab.alerts``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.alerts = []
    tab.on("dialog", lambda dialog: (tab.alerts.append((tab.url, dialog.message)), dialog.dismiss()))
    yield tab
    context.close()


def visit(tab, url: str, seen: list[str], hovered: set[tuple[str, str]]):
    """Load a page, focus an element of each distinct title not in ``seen`` (and add them), hover
    the first citation, glossary term and header button unless one of its kind with its title is
    in ``hovered`` (and add it): the elements focused, the alerts shown."""
    tab.alerts.clear()
    tab.goto(url, wait_until="load")
    focused = tab.evaluate(FOCUS_EACH, seen)
    seen += [title for _, title in focused]
    for selector in HOVERED:
        found = tab.evaluate(POINT_AT, selector)
        if found and (selector, found["title"]) not in hovered:
            if found["title"]:
                hovered.add((selector, found["title"]))
            tab.mouse.move(*found["point"])
    tab.evaluate(SETTLED)           # an alert from a failed image or a tooltip drawn on hover
    return focused, list(tab.alerts)


@pytest.mark.browser
@pytest.mark.parametrize("path", PAGES + [OTHERS])
def test_no_payload_runs_when_loaded_hovered_or_focused(tab, poisoned_site, poisoned_url, path):
    paths = sorted(set(built_pages(poisoned_site.site)) - set(PAGES)) if path == OTHERS else [path]
    alerts = [alert for p in paths for alert in visit(tab, poisoned_url + p, SEEN, HOVERED_SEEN)[1]]
    assert alerts == []


@pytest.mark.browser
def test_the_poisoned_titles_are_really_focused(tab, poisoned_site, poisoned_url):
    """The payloads reach the statute names of citation links and the glossary terms (abbreviations)
    of a page with both, and those elements are focused."""
    def both(path):
        html = (poisoned_site.site / path).read_text(encoding="utf-8")
        return 'class="citation"' in html and "<abbr" in html

    path = next(filter(both, PAGES))
    focused, alerts = visit(tab, poisoned_url + path, [], set())
    assert {tag for tag, title in focused if "img src=x" in title} >= {"A", "ABBR"}, path
    assert alerts == []
