"""What a reader does in a real browser: search, switch language, tick, filter (headless Chromium)."""
import re

import pytest

from conftest import serve
from sitebuild import ROOT

pytestmark = pytest.mark.browser
# The project's own examples (however many a fork keeps) and the invented one of tests/fixtures/.
PROJECTS = len([p for p in (ROOT / "docs/exempel").glob("*.sv.md") if not p.name.startswith("index.")]) + 1


@pytest.fixture(scope="module")
def search_url(extended_site):
    """The site with tests/extended.py's pages: SEARCH_SV/EN (kunskap/sokprov), whose words appear
    nowhere else and in one form only, and the fixture project."""
    built = extended_site
    server = serve(built.site)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def search(page, query, every=True):
    """Open search with the "/" key, type, and return every result's address (path)."""
    page.keyboard.press("/")
    box = page.locator("[data-samverkan-search-input]")
    box.wait_for(state="visible")
    assert page.evaluate("document.activeElement.hasAttribute('data-samverkan-search-input')")
    box.fill(query)
    meta = page.locator("[data-samverkan-search-meta]")
    page.wait_for_function("q => { const m = document.querySelector('[data-samverkan-search-meta]');"
                           " return m && !/^(Skriv|Type|Initierar|Initializing)/.test(m.textContent) && "
                           "document.querySelector('[data-samverkan-search-input]').value === q }", arg=query)
    # (search.js writes the count once the results are drawn.) Then every result, not only the
    # first ten: "Show more" until it hides, each time until the next ones are drawn.
    while every and (drawn := page.evaluate("(() => { const b = document.querySelector('[data-samverkan-search-more]');"
                                            " if (b.hidden) return -1; b.click();"
                                            " return document.querySelectorAll('.md-search-result__item').length; })()")) >= 0:
        page.wait_for_function("n => document.querySelectorAll('.md-search-result__item').length > n", arg=drawn)
    return [re.sub(r"^https?://[^/]+", "", a).split("?")[0] for a in
            page.eval_on_selector_all(".md-search-result__item > .md-search-result__link", "els => els.map(e => e.href)")], meta.inner_text()


@pytest.mark.parametrize("query", ["snöskottarlaget", "snöskottarlag", "snöskottarlagens"])
def test_swedish_word_forms_are_found_from_a_swedish_page(page, search_url, query):
    page.goto(search_url + "kunskap/samverkan/")
    results, _ = search(page, query)
    assert "/kunskap/sokprov/" in results
    assert not [r for r in results if r.startswith("/en/")]


@pytest.mark.samples
@pytest.mark.parametrize("query", ["villkorlig frigivning", "villkorligt frigiven"])
def test_swedish_adjective_and_participle_forms_find_each_other(page, search_url, query):
    page.goto(search_url + "exempel/itok/")
    results, _ = search(page, query)
    assert any(r.startswith("/kunskap/sokprov/") for r in results)


def test_front_matter_reviewed_is_the_date_shown(page, search_url):
    page.goto(search_url + "kunskap/sokprov/")
    assert page.locator(".page-reviewed").inner_text() == "Senast granskad: 2025-05-01"


def test_english_words_are_not_found_from_swedish_pages(page, search_url):
    page.goto(search_url + "kunskap/samverkan/")
    results, _ = search(page, "brigades")
    # Pagefind may match a stray initial ("B.:" in a reference list), but never the English page
    assert not [r for r in results if r.startswith("/en/") or r == "/kunskap/sokprov/"]


def test_english_search_lists_english_pages_only(page, search_url):
    page.goto(search_url + "en/kunskap/samverkan/")
    results, _ = search(page, "brigade")
    assert results == ["/en/kunskap/sokprov/"]
    page.goto(search_url + "en/kunskap/samverkan/")
    results, _ = search(page, "Kriminalvården")
    assert results and all(r.startswith("/en/") for r in results)


@pytest.mark.parametrize("query,finds", [("återfallet", "/kunskap/aterfall-i-siffror/"),
                                         ("återfall", "/kunskap/aterfall-i-siffror/"),
                                         ("frivårdens", "/kunskap/aterfall-i-siffror/"),
                                         ("Kriminalvårdens", "/kunskap/samverkan/")])
def test_real_content_is_found_by_its_word_forms(page, site_url, query, finds):
    page.goto(site_url)
    results, _ = search(page, query)
    assert finds in results and not [r for r in results if r.startswith("/en/")]


def test_search_with_the_keyboard_alone(page, site_url):
    page.goto(site_url + "ordlista/")
    results, _ = search(page, "samverkan", every=False)
    assert results
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.classList.contains('md-search-result__link')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.split("?")[0].rstrip("/").endswith(results[0].rstrip("/"))
    # Escape closes the dialog
    page.keyboard.press("/")
    page.keyboard.press("Escape")
    assert page.evaluate("!document.getElementById('__search').checked")


@pytest.mark.parametrize("start,expect", [("kunskap/samverkan/", "en/kunskap/samverkan/"),
                                           ("en/lagar/sfs-2001-453/", "lagar/sfs-2001-453/"),
                                           ("checklistor/planering/", "en/checklistor/planering/")])
def test_language_switcher_lands_on_the_same_page_with_the_keyboard(page, site_url, start, expect):
    page.goto(site_url + start)
    target = "English" if not start.startswith("en/") else "Svenska"
    for _ in range(60):          # Tab through the header until the other language's link has focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('md-select__link') && "
                         "document.activeElement.textContent.trim()") == target:
            break
    else:
        pytest.fail("the language switcher cannot be reached with Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(site_url + expect)


@pytest.mark.parametrize("start,expect", [("lagar/sfs-2001-453/#K2P7", "en/lagar/sfs-2001-453/#K2P7"),
                                           ("en/lagar/sfs-2001-453/#K2P7", "lagar/sfs-2001-453/#K2P7"),
                                           ("kunskap/samverkan/#cite-1", "en/kunskap/samverkan/")])
def test_language_switcher_keeps_the_section_when_both_languages_have_it(page, site_url, start, expect):
    """The ids of a law page's provisions are the same in both languages; a citation's number
    (#cite-1) counts that language's citations, so it is not carried over."""
    other = "sv" if start.startswith("en/") else "en"
    page.goto(site_url + start)
    page.locator(f'a.md-select__link[hreflang="{other}"]').evaluate("a => a.click()")
    page.wait_for_url(site_url + expect)
    if "#" in expect:
        assert page.evaluate("id => { const r = document.getElementById(id).getBoundingClientRect();"
                             " return r.top >= 0 && r.top < window.innerHeight }", expect.split("#")[1])


def test_language_switcher_follows_a_section_chosen_after_the_page_loaded(page, site_url):
    page.goto(site_url + "lagar/sfs-2001-453/")
    link = page.locator('a.md-select__link[hreflang="en"]')
    assert link.get_attribute("href") == "../../en/lagar/sfs-2001-453/"      # relative, as written
    page.evaluate("window.location.hash = 'K2P7'")
    page.wait_for_function("() => document.querySelector('a.md-select__link[hreflang=\"en\"]')"
                           ".getAttribute('href') === '../../en/lagar/sfs-2001-453/#K2P7'")


def test_ticks_survive_a_reload_and_clear_clears(page, site_url):
    page.goto(site_url + "kunskap/samverkan/")
    boxes = page.locator(".checklist__box")
    first = boxes.nth(0)
    first.focus()
    page.keyboard.press("Space")
    boxes.nth(2).check()
    page.reload()
    assert boxes.nth(0).is_checked() and boxes.nth(2).is_checked() and not boxes.nth(1).is_checked()
    clear = page.locator(".checklist__clear").first
    assert clear.is_visible()
    clear.focus()
    page.keyboard.press("Enter")
    assert not boxes.nth(0).is_checked() and not boxes.nth(2).is_checked()
    page.reload()
    assert not boxes.nth(0).is_checked()
    stored = page.evaluate("Object.keys(localStorage)")
    assert all(k.startswith("samverkan-checklist:") for k in stored)
    assert page.context.cookies() == []


def test_the_next_test_in_the_shared_tab_starts_as_a_first_visit(reader_tab, site_url, search_url):
    """conftest.ReaderTab: what one test leaves (ticks, stored data on two origins, a cookie,
    print emulation, a phone-sized window) is gone when the next test gets the tab."""
    page = reader_tab.fresh(390, 844)
    for base in (site_url, search_url):
        page.goto(base + "kunskap/samverkan/")
        page.locator(".checklist__box").nth(0).check()
        page.evaluate("() => { sessionStorage.setItem('left', '1'); localStorage.setItem('left', '1'); "
                      "document.cookie = 'left=1; path=/'; }")
    page.emulate_media(media="print")
    page = reader_tab.fresh()
    assert page.url == "about:blank" and page.viewport_size == {"width": 1280, "height": 900}
    assert page.context.cookies() == []
    for base in (search_url, site_url):     # the other origin first: its session storage too
        page.goto(base + "kunskap/samverkan/")
        assert not page.locator(".checklist__box").nth(0).is_checked(), base
        # (Material keeps the palette in session storage from the first load on)
        assert page.evaluate("[Object.keys(localStorage), Object.keys(sessionStorage)]") == [[], ["/.__palette"]], base
    assert page.evaluate("matchMedia('print').matches") is False


def test_ticks_are_per_page(page, site_url):
    page.goto(site_url + "kunskap/samverkan/")
    page.locator(".checklist__box").nth(0).check()
    page.goto(site_url + "kunskap/individuella-planer/")
    assert not page.locator(".checklist__box").nth(0).is_checked()


def visible_cards(page):
    return page.eval_on_selector_all(".card", "cs => cs.filter(c => !c.hidden).map(c => c.querySelector('a').getAttribute('href'))")


def test_catalogue_filters_with_the_keyboard(page, search_url):
    page.goto(search_url + "exempel/")
    every = visible_cards(page)
    assert len(every) == PROJECTS
    focus = page.locator("select[name=focus]")
    focus.focus()
    focus.select_option("housing")       # what a keyboard user's arrow keys do; the change event fires
    housing = page.eval_on_selector_all(".card", "cs => cs.filter(c => c.dataset.focus.split(' ').includes('housing'))"
                                        ".map(c => c.querySelector('a').getAttribute('href'))")
    assert visible_cards(page) == housing and any(h.rstrip("/").endswith("provprojekt") for h in housing)
    assert re.match(rf"Visar {len(housing)} av {PROJECTS} exempel\.", page.locator(".catalogue__count").inner_text())
    page.locator("select[name=status]").select_option("proposal")
    both = page.eval_on_selector_all(".card", "cs => cs.filter(c => c.dataset.focus.split(' ').includes('housing')"
                                     " && c.dataset.status === 'proposal').map(c => c.querySelector('a').getAttribute('href'))")
    assert visible_cards(page) == both
    if not both:
        assert page.locator(".catalogue__count").inner_text() == "Inga exempel matchar filtret."
    page.locator(".catalogue__filters button[type=reset]").focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelectorAll('.card:not([hidden])').length === {PROJECTS}")


def test_catalogue_keyboard_arrow_changes_filter(page, site_url):
    page.goto(site_url + "en/exempel/")
    page.locator("select[name=status]").focus()
    page.keyboard.press("ArrowDown")      # Chromium changes a closed select's value with the arrow keys
    value = page.eval_on_selector("select[name=status]", "s => s.value")
    assert value == "permanent"
    assert all(page.eval_on_selector_all(".card:not([hidden])", "cs => cs.map(c => c.dataset.status === 'permanent')"))


def test_without_javascript_every_card_and_checkbox_is_there(browser, search_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(search_url + "exempel/")
    assert page.locator(".card").count() == PROJECTS and len(visible_cards(page)) == PROJECTS
    assert not page.locator(".catalogue__filters").is_visible()
    page.goto(search_url + "kunskap/samverkan/")
    assert page.locator(".checklist__box").count() > 0 and not page.locator(".checklist__clear").first.is_visible()
    context.close()


def test_print_emulation_in_the_shared_tab_holds_from_page_to_page(reader_tab, site_url):
    """A test that sets print before it loads its pages gets print on each (a DevTools session
    left open on the tab once made every load drop it)."""
    page = reader_tab.fresh()
    page.emulate_media(media="print")
    for path in ("checklistor/boende/", "en/checklistor/boende/"):
        page.goto(site_url + path)
        assert page.evaluate("matchMedia('print').matches"), path


@pytest.mark.parametrize("path,abbr,expansion", [("kunskap/regelverket/", "Brå", "Brottsförebyggande rådet"),
                                                 ("en/kunskap/regelverket/", "Brå", "Crime Prevention")])
def test_abbreviation_shows_its_expansion_on_keyboard_focus(page, site_url, path, abbr, expansion):
    page.goto(site_url + path)
    first = page.locator(f"article abbr[tabindex='0']:text-is('{abbr}')")
    assert first.count() == 1
    assert page.locator(f"article abbr:text-is('{abbr}')").count() >= 1
    for _ in range(400):          # reach it with the Tab key, as a keyboard user would
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.tagName === 'ABBR' && document.activeElement.textContent === '{abbr}'"):
            break
    else:
        pytest.fail(f"{abbr} cannot be reached with Tab")
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    assert expansion.lower() in tooltip.inner_text().lower()


def test_statute_pages_are_in_search_in_their_language(page, site_url):
    page.goto(site_url + "kunskap/")
    results, _ = search(page, "Fängelseförordning")
    assert "/lagar/sfs-2010-2010/" in results
    page.goto(site_url + "en/kunskap/")
    results, _ = search(page, "Prison Ordinance")
    assert "/en/lagar/sfs-2010-2010/" in results
