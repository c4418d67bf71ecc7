"""WCAG 2.0/2.1 A and AA rules of axe-core on every built page, both languages, light and dark.

The pages are split into shards so that pytest-xdist workers share the work (axe takes
about a second a page). The shards are cut from the built site's own list of pages at
run time, so a new page, generated or written, is checked without naming it here.
"""
import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        "resultTypes": ["violations"]}
SHARDS = 8


def addresses(site) -> list[str]:
    return [p.relative_to(site.site).as_posix() for p in site.pages()]


def test_the_shards_cover_every_page_of_both_languages(site):
    pages = addresses(site)
    shards = [pages[n::SHARDS] for n in range(SHARDS)]
    assert sorted(sum(shards, [])) == sorted(pages)
    assert "index.html" in pages and "en/index.html" in pages
    assert any(p.startswith("en/lagar/") for p in pages) and any(p.startswith("checklistor/") for p in pages)


@pytest.mark.parametrize("shard", range(SHARDS))
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_wcag_violations(browser, site, site_url, scheme, shard):
    axe = Axe()
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in addresses(site)[shard::SHARDS]:
        page.goto(site_url + path)
        for violation in axe.run(page, options=WCAG).response["violations"]:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
            problems.append(f"{path}: {violation['id']} ({violation['impact']}) at {targets}")
    context.close()
    assert problems == [], "\n".join(problems)


def test_axe_finds_a_planted_violation(browser, site_url):
    """The check itself works: an unlabelled checkbox is reported."""
    page = browser.new_page()
    page.goto(site_url)
    page.evaluate("document.querySelector('article').insertAdjacentHTML('beforeend', '<input type=checkbox>')")
    ids = [v["id"] for v in Axe().run(page, options=WCAG).response["violations"]]
    page.close()
    assert "label" in ids
