"""What a reader sees on the example pages, the catalogue, the comparison, the charts, the
home page and the 404 page, at desktop and phone width, in both languages."""
import re

import pytest

from screens import LANGS, path_of, screen  # noqa: F401  (screen is a fixture)
from sitebuild import ROOT

pytestmark = pytest.mark.browser
SLUGS = sorted(p.name.split(".")[0] for p in (ROOT / "docs/exempel").glob("*.sv.md") if not p.name.startswith("index."))
LEVELS = {"sv": {"external-evaluation": "Extern utvärdering", "internal-follow-up": "Egen uppföljning",
                 "not-evaluated": "Inte utvärderat", "proposal": "Förslag – inga resultat"},
          "en": {"external-evaluation": "External evaluation", "internal-follow-up": "Internal follow-up",
                 "not-evaluated": "Not evaluated", "proposal": "Proposal – no results"}}
GLANCE = {"sv": "I korthet", "en": "At a glance"}


@pytest.mark.parametrize("lang", LANGS)
def test_every_example_page_opens_with_its_facts_and_evidence_badge(screen, site_url, lang):
    for slug in SLUGS:
        screen.goto(site_url + LANGS[lang] + f"exempel/{slug}/")
        box = screen.locator("aside.facts")
        assert box.locator("h2").inner_text().rstrip("¶ ") == GLANCE[lang]
        # at the top: right after the page's title, before its first section
        assert screen.evaluate("document.querySelector('article h1').nextElementSibling.matches('aside.facts')")
        badge = box.locator("a.facts__evidence .evidence")
        level = badge.get_attribute("class").split("evidence--")[1]
        assert badge.inner_text().strip() == LEVELS[lang][level]     # the words, not colour alone
        assert badge.locator("svg.evidence__icon").is_visible()
        assert re.search(r"\b(19|20)\d\d\b", box.locator(".facts__years").inner_text())
        labels = box.locator("dt").all_inner_texts()
        assert len(labels) == 10 and labels[0] in ("Underlag", "Evidence")


@pytest.mark.samples
def test_the_badge_leads_to_the_explanation_of_its_level(page, site_url):
    page.goto(site_url + "exempel/boendetrappan-eslov/")
    assert "Egen uppföljning" in page.locator("article").inner_text()
    page.locator("a.facts__evidence").click()
    page.wait_for_url(re.compile(r"/om/evidensnivaer/#egen-uppfoljning$"))
    assert page.locator("#egen-uppfoljning").inner_text().rstrip("¶ ") == "Egen uppföljning"


@pytest.mark.samples
@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_cards_carry_badges_and_the_years_of_their_sources(screen, site_url, lang):
    screen.goto(site_url + LANGS[lang] + "exempel/")
    for card in screen.locator(".card").all():
        badge = card.locator(".evidence")
        assert badge.inner_text().strip() == LEVELS[lang][card.get_attribute("data-evidence")]
        assert re.search(r"(Källor från|Sources from) (19|20)\d\d", card.locator(".card__sources").inner_text())
    screen.locator("select[name=evidence]").select_option("external-evaluation")
    shown = screen.eval_on_selector_all(".card:not([hidden])", "cs => cs.map(c => c.dataset.evidence)")
    assert shown and set(shown) == {"external-evaluation"}


def test_catalogue_sorts_by_name_start_and_evidence(page, site_url):
    page.goto(site_url + "exempel/")
    names = page.locator(".card h2").all_inner_texts()
    assert names == sorted(names, key=str.lower)
    page.locator("select[name=sort]").select_option("period")
    starts = page.eval_on_selector_all(".card", "cs => cs.map(c => c.dataset.start)")
    assert starts == sorted(starts, reverse=True)
    page.locator("select[name=sort]").select_option("evidence")
    levels = page.eval_on_selector_all(".card", "cs => cs.map(c => c.dataset.evidence)")
    order = list(LEVELS["sv"])
    assert levels == sorted(levels, key=order.index)


@pytest.mark.samples
def test_the_filtered_catalogue_survives_back_and_reload(page, site_url):
    page.goto(site_url + "exempel/")
    page.locator("select[name=focus]").select_option("work")
    assert "focus=work" in page.url
    count = page.locator(".catalogue__count").inner_text()
    assert count.startswith("Visar 1 av")
    page.locator(".card:not([hidden]) h2 a").first.click()
    page.wait_for_url(re.compile(r"/exempel/krami/"))
    page.go_back()
    page.wait_for_function("document.querySelector('.catalogue__count').textContent.startsWith('Visar 1 av')")
    assert page.locator(".card:not([hidden])").count() == 1
    page.reload()
    assert page.locator(".catalogue__count").inner_text() == count
    assert page.locator("select[name=focus]").input_value() == "work"


@pytest.mark.samples
def test_comparison_labels_and_names_stay_in_view_on_a_phone(screen, site_url):
    screen.goto(site_url + "jamforelse/")
    box = screen.locator(".comparison")
    screen.evaluate("(() => { const c = document.querySelector('.comparison'); c.scrollLeft = 600; c.scrollTop = 1200; })()")
    screen.wait_for_timeout(100)
    frame = box.bounding_box()
    row = screen.locator(".comparison tbody tr").filter(has_text="Underlag").first.locator("td").first
    header = screen.locator(".comparison thead th").nth(3)
    assert abs(row.bounding_box()["x"] - frame["x"]) <= 2            # the row label stuck to the left
    assert abs(header.bounding_box()["y"] - frame["y"]) <= 2         # the project names stuck to the top
    if screen.size == "desktop":
        assert frame["width"] >= 900 and not screen.locator(".md-sidebar--secondary").is_visible()
    badges = screen.locator(".comparison tbody tr").filter(has_text="Underlag").first.locator(".evidence")
    assert badges.count() == len(SLUGS)
    assert set(badges.all_inner_texts()) <= set(LEVELS["sv"].values())


@pytest.mark.samples
def test_the_reader_chooses_the_examples_to_compare(page, site_url):
    page.goto(site_url + "en/jamforelse/")
    names = page.locator(".comparison thead th").all_inner_texts()[1:]
    page.locator(".comparison__choose input").nth(0).uncheck()
    shown = [h for h in page.locator(".comparison thead th").all() if h.is_visible()]
    assert [h.inner_text() for h in shown][1:] == names[1:]
    assert all(not td.is_visible() for td in page.locator(".comparison tbody tr > :nth-child(2)").all())


@pytest.mark.samples
@pytest.mark.parametrize("path", ["exempel/krami/", "exempel/boendetrappan-eslov/", "en/exempel/krami/",
                                  "jamforelse/", "kunskap/regelverket/", "lagar/sfs-2001-453/"])
def test_nothing_scrolls_sideways_at_320_pixels(page, site_url, path):
    """WCAG 1.4.10 (Reflow): at 320 CSS pixels the page itself does not scroll sideways; a wide
    table may scroll inside its own box (Material wraps Markdown tables in one)."""
    page.set_viewport_size({"width": 320, "height": 640})
    try:
        page.goto(site_url + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        page.set_viewport_size({"width": 1280, "height": 800})


@pytest.mark.samples
def test_the_chosen_columns_match_the_boxes_after_back(page, site_url):
    """Back to the comparison: the browser ticks the boxes as they were left (without the
    back-forward cache it restores the form, not the page), and the columns follow them."""
    page.goto(site_url + "jamforelse/")
    boxes = page.locator(".comparison__choose input")
    boxes.nth(0).uncheck()
    boxes.nth(1).uncheck()
    page.locator(".comparison tbody a").first.click()
    page.wait_for_load_state("load")
    page.go_back()
    page.wait_for_load_state("load")
    ticked = boxes.evaluate_all("bs => bs.map(b => b.checked)")
    heads = page.locator(".comparison thead th").all()[1:]
    assert [h.is_visible() for h in heads] == ticked
    assert ticked[:2] == [False, False] or ticked == [True] * len(ticked)    # restored, or a fresh page


@pytest.mark.samples
@pytest.mark.parametrize("lang", LANGS)
def test_charts_fill_the_column_and_their_labels_are_readable(screen, site_url, lang):
    screen.goto(site_url + LANGS[lang] + "exempel/boendetrappan-eslov/")
    column = screen.locator("article").evaluate("a => a.getBoundingClientRect().width - "
                                                "parseFloat(getComputedStyle(a).paddingLeft) - parseFloat(getComputedStyle(a).paddingRight)")
    for chart in screen.locator(".chart").all():
        assert chart.bounding_box()["width"] >= column - 2
    sizes = screen.eval_on_selector_all(".chart__label, .chart__value", "es => es.map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert sizes and min(sizes) >= 12
    labels = screen.locator(".chart__label").all()
    assert all("…" not in l.inner_text() for l in labels)
    assert screen.eval_on_selector_all(".chart__label", "ls => ls.filter(l => l.scrollWidth > l.clientWidth + 1).length") == 0
    cell = screen.locator("table.chart-table td.chart-table__number").first
    assert cell.evaluate("c => getComputedStyle(c).textAlign") == "right"
    assert cell.evaluate("c => getComputedStyle(c).borderTopStyle") == "solid"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_home_page_starts_the_reader_on_its_first_screen(screen, site_url, lang):
    from sitebuild import configured

    alt = configured().names[lang]          # the site's name, as mkdocs.yml (a fork's own) gives it
    screen.goto(site_url + LANGS[lang])
    height = screen.viewport_size["height"]
    ways = screen.locator("article a.md-button--primary")
    assert ways.count() == 3
    for way in ways.all():
        assert way.is_visible() and way.bounding_box()["y"] + way.bounding_box()["height"] <= height
    targets = [path_of(a) for a in ways.evaluate_all("as => as.map(a => a.href)")]
    assert targets == [f"/{LANGS[lang]}kunskap/", f"/{LANGS[lang]}jamforelse/", f"/{LANGS[lang]}om/lagg-till-projekt/"]
    colours = screen.evaluate("[getComputedStyle(document.querySelector('article h1')).color, "
                              "getComputedStyle(document.querySelector('article p')).color]")
    assert colours[0] == colours[1]                      # the heading as dark as the text
    logo = screen.locator(".md-header .md-logo img")
    assert logo.get_attribute("alt") == alt
    if screen.size == "desktop":
        assert logo.is_visible()
    assert 'stroke="#ffffff"' in (ROOT / "overrides/assets/images/logo.svg").read_text()


@pytest.mark.parametrize("start,home", [("404.html", "/"), ("en/404.html", "/en/")])
def test_the_404_language_switcher_goes_to_the_home_pages(page, site_url, start, home):
    page.goto(site_url + start)
    links = page.eval_on_selector_all(".md-select__link", "as => as.map(a => [a.hreflang, a.getAttribute('href')])")
    assert links == [["sv", "/"], ["en", "/en/"]]
    page.locator(".md-select").hover()
    other = "English" if home == "/" else "Svenska"
    page.locator(".md-select__link", has_text=other).click()
    page.wait_for_url(site_url + ("en/" if home == "/" else ""))


@pytest.mark.samples
def test_the_readme_screenshots_come_from_the_built_site(browser, site, tmp_path):
    import struct

    from screenshots import SHOTS, take

    # Two shots, one of each kind the script takes (a phone page, and one with search typed in):
    # a picture costs seconds here. Every shot's page is built and named in the README.
    kinds = {name: (viewport, action) for name, _, viewport, action in SHOTS}
    only = ["catalogue-phone", "search"]
    assert {kinds[n][0]["width"] for n in only} == {v["width"] for v, _ in kinds.values()}     # both widths
    assert {kinds[n][1] for n in only} == {a for _, a in kinds.values()}                       # every action
    written = take(site.site, tmp_path, "", browser=browser, only=only)
    assert [p.name for p in written] == [f"{name}.png" for name in only]
    for path, name in zip(written, only):
        head = path.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", head[16:24]) == (kinds[name][0]["width"], kinds[name][0]["height"])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, address, _, _ in SHOTS:
        assert f"screenshots/{name}.png" in readme and (site.site / address / "index.html").exists(), name
