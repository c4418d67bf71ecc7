"""WCAG 2.0/2.1 A and AA rules of axe-core on every built page, both languages, light and dark."""
import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
        "resultTypes": ["violations"]}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_wcag_violations_on_any_page(browser, site, site_url, scheme):
    axe = Axe()
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    pages = [p.relative_to(site.site).as_posix() for p in site.pages()]
    assert any(p.startswith("en/lagar/") for p in pages) and any(p.startswith("checklistor/") for p in pages)
    problems = []
    for path in pages:
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
