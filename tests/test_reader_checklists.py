"""Checklists taken to a meeting, and the review date every page shows (headless Chromium)."""
import re
import urllib.request

import pytest

from htmlq import parse, words
from screens import LANGS, screen  # noqa: F401  (screen is a fixture)

pytestmark = pytest.mark.browser
MEETING = {"sv": ["Datum:", "Deltagare:", "Ansvarig:"], "en": ["Date:", "Participants:", "Responsible:"]}


@pytest.mark.samples
@pytest.mark.parametrize("lang", LANGS)
def test_print_one_checklist_with_lines_for_the_meeting(screen, site_url, lang):
    screen.goto(site_url + LANGS[lang] + "exempel/boendetrappan-eslov/")
    block = screen.locator("[data-checklist]").first
    meeting = block.locator(".checklist-meeting")
    assert not meeting.is_visible()                                  # on paper only
    button = block.locator(".checklist__print")
    assert button.is_visible()
    screen.evaluate("window.print = () => { window.printed = document.body.classList.contains('print-one') }")
    button.click()
    assert screen.evaluate("window.printed") is True
    screen.evaluate("document.body.classList.add('print-one'); "
                    "document.querySelector('[data-checklist]').classList.add('checklist--printing')")
    screen.emulate_media(media="print")
    assert [p.strip() for p in meeting.locator("p").all_inner_texts()] == MEETING[lang]
    assert block.is_visible() and not screen.locator("#vad-det-ar, #what-it-is").first.is_visible()
    assert screen.locator("article h1").is_visible()


@pytest.mark.samples
@pytest.mark.parametrize("lang", LANGS)
def test_topic_sheet_prints_download_and_shares_ticks_with_the_source_page(screen, site_url, lang):
    prefix = LANGS[lang]
    screen.goto(site_url + prefix + "checklistor/boende/")
    assert screen.locator(".checklist__actions--sheet .checklist__print").is_visible()
    download = screen.locator(".checklist__actions--sheet a.checklist__download")
    text = urllib.request.urlopen(download.evaluate("a => a.href")).read().decode("utf-8")
    first = screen.locator(".checklist__item label").first.inner_text()
    assert f"- [ ] {first}" in text
    assert not screen.get_by_text(re.compile("^(Utskriven från|Printed from):")).first.is_visible()
    screen.locator(".checklist__box").first.check()
    source = screen.locator(".checklist__source a").first.evaluate("a => a.href")
    screen.goto(source)
    anchor = source.split("#")[1]
    assert screen.locator(f"[id='{anchor}'] .checklist__box").is_checked()
    screen.locator(f"[id='{anchor}'] .checklist__box").uncheck()
    screen.goto(site_url + prefix + "checklistor/boende/")
    assert not screen.locator(".checklist__box").first.is_checked()


def test_checklist_items_on_a_phone_are_readable_and_keep_the_row(reader_tab, site_url):
    tab = reader_tab.fresh(390, 844)
    tab.goto(site_url + "checklistor/planering/")
    item = tab.locator(".checklist__item").first
    label, source = item.locator("label"), item.locator(".checklist__source")
    assert float(label.evaluate("l => parseFloat(getComputedStyle(l).fontSize)")) >= 14
    row = item.bounding_box()["width"]
    assert label.bounding_box()["width"] > row * 0.75               # the source link sits under the item
    assert source.bounding_box()["y"] > label.bounding_box()["y"]


def test_every_page_says_when_it_was_last_reviewed(site):
    missing = []
    for path in site.pages():
        html = path.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:
            continue
        found = parse(html).find("p", class_="page-reviewed")
        lang = "en" if path.relative_to(site.site).parts[0] == "en" else "sv"
        want = "Last reviewed:" if lang == "en" else "Senast granskad:"
        if path.name == "404.html":
            continue
        if found is None or not re.fullmatch(rf"{want} \d{{4}}-\d\d-\d\d", words(found.text)):
            missing.append(path.relative_to(site.site).as_posix())
    assert missing == []


@pytest.mark.samples
@pytest.mark.parametrize("lang", LANGS)
def test_the_review_date_is_on_screen(screen, site_url, lang):
    screen.goto(site_url + LANGS[lang] + "exempel/itok/")
    shown = screen.locator(".page-reviewed")
    shown.scroll_into_view_if_needed()
    assert shown.is_visible()
    assert re.fullmatch(r"(Senast granskad|Last reviewed): \d{4}-\d\d-\d\d", shown.inner_text())


@pytest.mark.samples
def test_each_topic_sheet_prints_on_one_a4_page_and_fills_at_least_half_of_it(reader_tab, site, site_url):
    """Printed, a sheet is one A4 page (the PDF Chromium prints), without the site's header and
    sidebar but with its source; at A4's text width (182 mm) it uses the page instead of leaving
    half of it blank."""
    topics = sorted(p.parent.name for p in (site.site / "checklistor").glob("*/index.html"))
    assert len(topics) == 7
    tab = reader_tab.fresh(688, 1009)       # 182 × 267 mm at 96 dpi
    tab.emulate_media(media="print")
    for prefix in LANGS.values():
        for topic in topics:
            sheet = f"{prefix}checklistor/{topic}/"
            tab.goto(site_url + sheet)
            assert tab.evaluate("matchMedia('print').matches"), sheet
            assert tab.locator(".md-header").is_hidden() and tab.locator(".md-sidebar--primary").is_hidden(), sheet
            assert tab.locator(".print-source").is_visible()
            bottom = tab.evaluate("Math.max(...[...document.querySelectorAll('[data-pagefind-body] > *')]"
                                  ".map(e => e.getBoundingClientRect().bottom))")
            assert bottom >= 1009 * 0.5, f"{sheet} fills {bottom:.0f} of 1009 px"
            pages = len(re.findall(rb"/Type\s*/Page[^s]", tab.pdf(format="A4")))
            assert pages == 1, f"{sheet} prints on {pages} A4 pages"
