"""The examples in the navigation, grouped by county: an example page lists its own
county's projects and one link per other county, in both languages; the catalogue
still lists every project. (The language switcher on every page: test_site.py.)"""
from urllib.parse import urljoin, urlparse

import pytest

from htmlq import parse, words
from nav_order import county_key
from samverkan.site_index import split_front_matter
from sitebuild import ROOT

SECTION = {"sv": "Exempel", "en": "Examples"}


def counties(lang: str) -> dict[str, list[str]]:
    """{county: [slugs in file order]} from the example pages' front matter."""
    out: dict[str, list[str]] = {}
    for path in sorted((ROOT / "docs/exempel").glob(f"*.{lang}.md")):
        if not path.name.startswith("index."):
            meta, _, _ = split_front_matter(path.read_text(encoding="utf-8"))
            out.setdefault(meta["county"], []).append(path.name.split(".")[0])
    return out


def sidebar(site, address: str):
    """(project slugs linked from the primary navigation, its words) on a page."""
    nav = parse(site.html(address)).find("nav", class_="md-nav--primary")
    base = "https://x.test/" + address
    slugs = []
    for a in nav.find_all("a"):
        path = urlparse(urljoin(base, a.get("href"))).path.strip("/").split("/")
        if "exempel" in path and path[-1] != "exempel" and path[-1] not in slugs:
            slugs.append(path[-1])
    return slugs, words(nav.text)


@pytest.mark.samples
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_example_page_lists_its_own_county_and_links_the_others(site, lang):
    groups = counties(lang)
    assert len(groups) > 1, "the test needs projects in at least two counties"
    prefix = "" if lang == "sv" else "en/"
    for county, slugs in groups.items():
        for slug in slugs:
            linked, text = sidebar(site, f"{prefix}exempel/{slug}/")
            others = [group[0] for name, group in sorted(groups.items(), key=lambda g: county_key(lang)(g[0]))
                      if name != county]
            assert sorted(linked) == sorted(slugs + others), (slug, linked)
            assert SECTION[lang] in text and county in text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_county_groups_are_in_the_languages_alphabetical_order(site, lang):
    prefix = "" if lang == "sv" else "en/"
    text = sidebar(site, f"{prefix}exempel/")[1]
    names = list(counties(lang))
    positions = [text.index(name) for name in sorted(names, key=county_key(lang))]
    assert positions == sorted(positions), text


def test_county_order_follows_each_alphabet():
    names = ["Örebro län", "Ängelholm", "Åland", "Skåne län", "Stockholms län", "Södermanlands län"]
    assert sorted(names, key=county_key("sv")) == \
        ["Skåne län", "Stockholms län", "Södermanlands län", "Åland", "Ängelholm", "Örebro län"]
    assert sorted(["Stockholm County", "Södermanland County", "Örebro County"], key=county_key("en")) == \
        ["Örebro County", "Södermanland County", "Stockholm County"]


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_catalogue_still_lists_every_project(site, lang):
    prefix = "" if lang == "sv" else "en/"
    cards = parse(site.html(f"{prefix}exempel/")).find_all("li", class_="card")
    assert len(cards) == sum(len(slugs) for slugs in counties(lang).values())
