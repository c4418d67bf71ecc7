"""Search as a reader uses it: click and type, keys, section results, highlight, kinds, all results."""
import re

import pytest

from screens import LANGS, path_of, screen  # noqa: F401  (screen is a fixture)

pytestmark = pytest.mark.browser
META = "[data-samverkan-search-meta]"
SETTLED = ("q => { const m = document.querySelector('[data-samverkan-search-meta]');"
           " return /\\d|Inga|No /.test(m.textContent) && document.querySelector('[data-samverkan-search-input]').value === q }")


def open_by_click(page):
    """What a reader clicks: the box in the header on a desktop, the magnifier on a phone."""
    if page.size == "desktop":
        page.locator("[data-samverkan-search-input]").click()
    else:
        page.locator('.md-header__button[for="__search"]').click()


def typed(page, query):
    page.keyboard.type(query)
    page.wait_for_function(SETTLED, arg=query)
    return [path_of(a) for a in page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => a.href)")]


@pytest.mark.parametrize("lang", LANGS)
def test_clicking_search_and_typing_shows_results(screen, site_url, lang):
    screen.goto(site_url + LANGS[lang] + "kunskap/")
    open_by_click(screen)
    results = typed(screen, "samverkan")
    assert results and all(r.startswith("/en/") == (lang == "en") for r in results)
    assert screen.locator(".md-search-result__item > a").first.is_visible()
    assert screen.evaluate("document.getElementById('__search').checked")


def test_a_letter_typed_right_after_slash_is_kept(page, site_url):
    # Each load a new page in the kept tab: with the focus moved a task or a frame later, the
    # first letter was lost in 7 and 2 loads of 10 here, against 10 and 0 in a new tab each
    for _ in range(8):
        page.goto(site_url + "ordlista/")
        page.keyboard.press("/")
        page.keyboard.type("Boendetrappan")
        assert page.locator("[data-samverkan-search-input]").input_value() == "Boendetrappan"


@pytest.mark.samples
def test_enter_opens_the_first_result_of_the_final_query(screen, site_url):
    screen.goto(site_url + "kunskap/")
    open_by_click(screen)
    screen.keyboard.type("Krami")
    with screen.expect_navigation():
        screen.keyboard.press("Enter")          # at once, while the debounced search still waits
    assert path_of(screen.url).startswith("/exempel/krami/")


def test_escape_closes_search_and_leaves_focus_where_the_reader_started(screen, site_url):
    screen.goto(site_url + "kunskap/")
    open_by_click(screen)
    typed(screen, "boende")
    screen.keyboard.press("Escape")
    assert not screen.evaluate("document.getElementById('__search').checked")
    focused = screen.evaluate("document.activeElement.matches('[data-samverkan-search-input]') ? 'box' : "
                              "document.activeElement.matches('.md-header__button[for=\"__search\"]') ? 'trigger' : "
                              "document.activeElement.tagName")
    assert focused == ("box" if screen.size == "desktop" else "trigger")


@pytest.mark.samples
def test_after_escape_the_shortcut_keys_are_the_pages_again(screen, site_url):
    """Opened with "/", closed with Escape: the focus goes back to the page, so the next keys are
    shortcuts and Space scrolls, not letters typed into the box; a new "s" starts a new query."""
    screen.goto(site_url + "exempel/krami/")
    screen.keyboard.press("/")
    typed(screen, "boende")
    screen.keyboard.press("Escape")
    assert not screen.evaluate("document.getElementById('__search').checked")
    assert not screen.evaluate("document.activeElement.matches('[data-samverkan-search-input]')")
    screen.keyboard.press("Space")
    assert not screen.evaluate("document.getElementById('__search').checked")
    assert screen.locator("[data-samverkan-search-input]").input_value() == "boende"
    screen.keyboard.press("s")
    assert screen.evaluate("document.getElementById('__search').checked")
    typed(screen, "krami")
    assert screen.locator("[data-samverkan-search-input]").input_value() == "krami"


def test_results_are_tidy(page, site_url):
    page.goto(site_url + "kunskap/")
    page.locator("[data-samverkan-search-input]").click()
    typed(page, "checklistor")
    text = page.locator(".md-search-result__list").inner_text()
    for noise in ("¶", "Ladda ner som text", "Rensa", "Punkten på sin sida"):
        assert noise not in text
    titles = page.eval_on_selector_all(".md-search-result__article h1", "hs => hs.map(h => h.textContent)")
    assert "Checklistor" in titles
    # one clear button: Material's; a type="search" box would add the browser's own
    assert page.locator("form[name=sok] input").evaluate_all("els => els.map(e => e.type)") == ["text"]
    assert page.locator("form[name=sok] button[type=reset]").count() == 1


def test_a_section_result_opens_its_heading_with_the_words_highlighted(page, site_url):
    page.goto(site_url + "kunskap/")
    page.locator("[data-samverkan-search-input]").click()
    typed(page, "skuldsanering")
    section = page.locator(".samverkan-search__sections a").first
    href = section.get_attribute("href")
    assert "#" in href and "highlight=" in href
    section.click()
    page.wait_for_selector("mark.pagefind-highlight")
    marked = page.eval_on_selector_all("mark.pagefind-highlight", "ms => ms.map(m => m.textContent.toLowerCase())")
    assert marked and all(m.startswith("skuldsanering") for m in marked)
    heading = page.evaluate("document.getElementById(decodeURIComponent(location.hash.slice(1))).getBoundingClientRect().top")
    assert 0 <= heading < 200                   # the page opened at the section


@pytest.mark.samples
@pytest.mark.parametrize("lang,kind,folder", [("sv", "Lag", "/lagar/"), ("en", "Law", "/en/lagar/"),
                                              ("sv", "Exempel", "/exempel/"), ("en", "Checklist", "/en/checklistor/")])
def test_each_result_says_its_kind_and_the_reader_can_narrow_to_one(page, site_url, lang, kind, folder):
    page.goto(site_url + LANGS[lang] + "kunskap/")
    page.locator("[data-samverkan-search-input]").click()
    every = typed(page, "planering" if lang == "sv" else "plan")
    kinds = page.eval_on_selector_all(".samverkan-search__kind", "ks => ks.map(k => k.textContent)")
    assert len(kinds) == len(every) and all(kinds)           # every result says what it is
    page.locator("[data-samverkan-search-kind]").select_option(kind)
    page.wait_for_function("k => { const ks = [...document.querySelectorAll('.samverkan-search__kind')];"
                           " return ks.length > 0 && ks.every(e => e.textContent === k) }", arg=kind)
    narrowed = [path_of(a) for a in page.eval_on_selector_all(".md-search-result__item > a", "as => as.map(a => a.href)")]
    assert narrowed and all(r.startswith(folder) for r in narrowed)


def test_every_result_can_be_reached(page, site_url):
    page.goto(site_url + "kunskap/")
    page.locator("[data-samverkan-search-input]").click()
    typed(page, "samverkan")
    total = int(re.match(r"(\d+)", page.locator(META).inner_text()).group(1))
    assert total > 10
    more = page.locator("[data-samverkan-search-more]")
    while more.is_visible():
        drawn = page.locator(".md-search-result__item").count()
        more.click()
        page.wait_for_function("n => document.querySelectorAll('.md-search-result__item').length > n", arg=drawn)
    assert page.locator(".md-search-result__item").count() == total


def test_a_law_page_does_not_outrank_the_pages_it_quotes(page, site_url):
    page.goto(site_url + "kunskap/")
    page.locator("[data-samverkan-search-input]").click()
    top = typed(page, "socialtjänstlagen")[:5]
    # the Health and Medical Services Acts and the Administrative Procedure Acts (today's and the
    # repealed ones) only quote pages that name it; without the weight two of them were in the top five
    quoting = ("/lagar/sfs-2017-30/", "/lagar/sfs-1982-763/", "/lagar/sfs-2017-900/", "/lagar/sfs-1986-223/")
    assert not [r for r in top if r.split("?")[0] in quoting], top
