"""Back, as a reader on a phone presses it: with the search or the menu open it closes them and
stays on the page; with nothing open it leaves, at once (never a second press that does nothing);
from a page opened out of the search or the menu it comes back with nothing open
(overrides/assets/javascripts/overlays.js)."""
import pytest

from screens import SIZES, path_of, screen  # noqa: F401  (screen is a fixture)
from test_reader_search import open_by_click, typed

pytestmark = pytest.mark.browser
BEFORE, HERE = "kunskap/", "kunskap/samverkan/"
OPEN = "() => ['__search', '__drawer'].filter(id => document.getElementById(id).checked)"


def sized(reader_tab, size):
    """The worker's reader tab as at a first visit, at one size: a way of closing is tried at the
    size it belongs to (the phone's arrow, the desktop's Escape), not at both."""
    tab = reader_tab.fresh(*SIZES[size])
    tab.size = size
    return tab


def at(tab, site_url):
    """Two pages in turn, so that Back from the second has a page to go to."""
    tab.goto(site_url + BEFORE)
    tab.goto(site_url + HERE)


def where(tab):
    return path_of(tab.url), tab.evaluate(OPEN)


def test_back_closes_the_search_and_the_next_back_leaves(screen, site_url):
    at(screen, site_url)
    open_by_click(screen)
    assert typed(screen, "boende")
    screen.go_back()
    assert where(screen) == ("/" + HERE, [])
    screen.go_back()
    assert where(screen) == ("/" + BEFORE, [])


@pytest.mark.parametrize("size,how", [("desktop", "Escape"), ("desktop", "the shade"), ("phone", "the close button")])
def test_back_after_closing_the_search_leaves_at_the_first_press(reader_tab, site_url, size, how):
    screen = sized(reader_tab, size)
    at(screen, site_url)
    open_by_click(screen)
    typed(screen, "boende")
    if how == "Escape":
        screen.keyboard.press("Escape")
    elif how == "the shade":        # beside the box, over the page
        screen.locator('label.md-search__overlay[for="__search"]').click(position={"x": 5, "y": 400})
    else:                           # the phone's arrow
        screen.locator('label.md-search__icon[for="__search"]').click()
    assert where(screen) == ("/" + HERE, [])
    screen.go_back()
    assert where(screen) == ("/" + BEFORE, [])


@pytest.mark.parametrize("size,how", [("phone", "click"), ("desktop", "Enter")])
def test_a_result_opened_and_back_comes_back_with_nothing_open(reader_tab, site_url, size, how):
    screen = sized(reader_tab, size)
    at(screen, site_url)
    open_by_click(screen)
    results = typed(screen, "Krami")
    with screen.expect_navigation():
        if how == "click":
            screen.locator(".md-search-result__item > a").first.click()
        else:
            screen.keyboard.press("Enter")
    assert path_of(screen.url) == results[0]
    screen.go_back()
    assert where(screen) == ("/" + HERE, [])
    screen.go_back()
    assert where(screen) == ("/" + BEFORE, [])


def test_back_closes_the_phone_menu_and_a_page_opened_from_it_comes_back_closed(reader_tab, site_url):
    tab = sized(reader_tab, "phone")
    at(tab, site_url)
    menu = tab.locator('label.md-header__button[for="__drawer"]')
    menu.click()
    assert where(tab) == ("/" + HERE, ["__drawer"])
    tab.go_back()
    assert where(tab) == ("/" + HERE, [])
    menu.click()
    link = tab.locator('.md-sidebar--primary a.md-nav__link[href$="individuella-planer/"]').first
    with tab.expect_navigation():
        link.click()
    assert path_of(tab.url).endswith("/individuella-planer/")
    tab.go_back()
    assert where(tab) == ("/" + HERE, [])
    tab.go_back()
    assert where(tab) == ("/" + BEFORE, [])


def test_a_reload_with_the_search_open_starts_on_the_page(reader_tab, site_url):
    screen = sized(reader_tab, "phone")
    at(screen, site_url)
    open_by_click(screen)
    typed(screen, "boende")
    screen.reload()
    assert where(screen) == ("/" + HERE, [])
    assert not screen.evaluate("document.activeElement.matches('[data-samverkan-search-input]')")
