"""No request leaves the site, no cookies, and text from data shows as text."""
import re

import pytest

from htmlq import parse, words
from sitebuild import add_fixture_project, build_site, write

EVIL = "<script>window.pwned=1</script>"


@pytest.mark.browser
def test_searching_requests_nothing_outside_the_site_and_stores_nothing(browser, site_url):
    """Loading every page requests nothing outside the site and stores nothing: test_accessibility
    checks that page by page. Here: searching, which loads the search index and its fragments."""
    context = browser.new_context()
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    for home in (site_url, site_url + "en/"):
        page.goto(home, wait_until="load")
        page.keyboard.press("/")
        page.locator("[data-samverkan-search-input]").fill("samverkan")
        page.wait_for_selector(".md-search-result__link")
        page.wait_for_load_state("networkidle")
    assert any("/pagefind/" in url for url in requests)      # the index was really loaded
    assert [url for url in requests if not url.startswith((site_url, "data:"))] == []
    assert context.cookies() == []
    storage = page.evaluate("Object.keys(localStorage)")
    assert storage == [], storage
    context.close()


def test_text_from_front_matter_registry_and_checklists_is_escaped(project):
    page = project / f"docs/{add_fixture_project(project)}.sv.md"
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"^title:.*$", f"title: 'Provköping {EVIL}'", text, count=1, flags=re.M)
    text = re.sub(r"^summary:.*$", f"summary: 'Sammanfattning {EVIL}'", text, count=1, flags=re.M)
    text = re.sub(r"^description:.*$", 'description: \'"><script>window.pwned=2</script>\'', text, count=1, flags=re.M)
    text = text.replace("    - ", f"    - Punkt {EVIL} ", 1)
    page.write_text(text, encoding="utf-8")
    registry = project / "data/lagar.yml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "sv: Socialtjänstlag (2025:400)", f"sv: 'Socialtjänstlag (2025:400) {EVIL}'"), encoding="utf-8")
    built = build_site(project, project / "site", strict=False)
    # markup in a text field is a message at its line (and fails --strict); the page still shows it as text
    markup = [w for w in built.warnings if "is plain text, without HTML" in w]
    def line(source, pattern):
        return source[: re.search(pattern, source, re.M).start()].count("\n") + 1

    page_lines = [line(text, rf"^{key}:") for key in ("title", "description", "summary")]
    registry_line = line(registry.read_text(encoding="utf-8"), r"^  sv: 'Socialtjänstlag \(2025:400\)")
    assert sorted(w.split(": ")[0] for w in markup) == sorted(
        [f"{page.relative_to(project).as_posix()}:{n}" for n in page_lines] + [f"data/lagar.yml:{registry_line}"]), markup
    pages = ["exempel/provprojekt/", "exempel/", "jamforelse/", "checklistor/", "checklistor/boende/",
             "lagar/", "lagar/sfs-2025-400/", "lagar/sfs-2001-453/", "lagar/sfs-1988-870/"]
    for path in pages:
        html = built.html(path)
        assert "<script>window.pwned" not in html, path
        assert "pwned=2</script>\">" not in html, path
    assert EVIL in words(parse(built.html("exempel/provprojekt/")).find("h1").text)
    assert EVIL in words(parse(built.html("exempel/")).text)
    assert EVIL in words(parse(built.html("lagar/sfs-2025-400/")).find("h1").text)
    item = parse(built.html("exempel/provprojekt/")).find("li", class_="checklist__item")
    assert EVIL in words(item.find("label").text)


@pytest.mark.browser
def test_a_fork_that_links_its_repository_still_requests_nothing_outside_the_site(browser, changed_site):
    """changed_site sets repo_url, as a fork on GitHub would. Material's script asks the GitHub
    API for the repository's stars and release from every page whose link is marked
    data-md-component="source"; overrides/partials/source.html keeps the link plain."""
    from conftest import serve
    from extended import FORK_REPO

    pages = sorted(changed_site.site.rglob("index.html"))
    for page in pages:
        doc = parse(page.read_text(encoding="utf-8"))
        assert [a.get("href") for a in doc.find_all("a", class_="md-source")] == [FORK_REPO, FORK_REPO], page
        assert [e for e in doc.iter() if e.get("data-md-component") == "source"] == [], page
    server = serve(changed_site.site)
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    context = browser.new_context(viewport={"width": 390, "height": 844})
    requests = []
    context.on("request", lambda request: requests.append(request.url))
    tab = context.new_page()
    try:
        for path in ("", "en/", "kunskap/samverkan/"):
            tab.goto(url + path, wait_until="networkidle")
        assert tab.locator(".md-source").first.get_attribute("href") == FORK_REPO
    finally:
        context.close()
        server.shutdown()
    assert [r for r in requests if not r.startswith((url, "data:"))] == []
