"""The site as a whole: both languages, the switcher, no third-party requests, 404s."""
import re
from urllib.parse import urljoin, urlparse

import pytest

from htmlq import parse, words
from sitebuild import ROOT, configured

DOCS = ROOT / "docs"


def source_pages(lang):
    return {p.relative_to(DOCS).as_posix().rsplit(".", 2)[0] for p in DOCS.rglob(f"*.{lang}.md")}


def test_every_page_exists_in_both_languages():
    sv, en = source_pages("sv"), source_pages("en")
    assert not sv - en, f"Swedish pages without an English page: {sorted(f'docs/{p}.en.md' for p in sv - en)}"
    assert not en - sv, f"English pages without a Swedish page: {sorted(f'docs/{p}.sv.md' for p in en - sv)}"
    assert not [p for p in DOCS.rglob("*.md") if not re.search(r"\.(sv|en)\.md$", p.name)], "a page without .sv/.en"


def built_pages(site):
    sv = {p.relative_to(site.site).as_posix() for p in site.site.rglob("index.html") if not p.relative_to(site.site).as_posix().startswith("en/")}
    en = {p.relative_to(site.site / "en").as_posix() for p in (site.site / "en").rglob("index.html")}
    return sv, en


def test_built_site_has_the_same_pages_in_both_languages(site):
    sv, en = built_pages(site)
    assert sv == en
    # generated pages are there in both languages too
    for page in ("lagar/sfs-2001-453/index.html", "checklistor/planering/index.html", "om/index.html"):
        assert page in sv


def address(path: str) -> str:
    return "/" + path[: -len("index.html")]


def test_switcher_and_hreflang_point_to_the_same_page_in_the_other_language(site):
    sv, _ = built_pages(site)
    for path in sorted(sv):
        for lang, here, other, other_lang in (("sv", path, "en/" + path, "en"), ("en", "en/" + path, path, "sv")):
            doc = parse(site.html(here))
            assert doc.find("html").get("lang") == lang, here
            base = "https://x.test" + address(here)
            alternates = {l.get("hreflang"): urlparse(urljoin(base, l.get("href"))).path
                          for l in doc.find_all("link", rel="alternate") if l.get("hreflang")}
            assert alternates.get(other_lang) == address(other), f"{here}: hreflang {alternates}"
            assert alternates.get(lang) == address(here), f"{here}: hreflang {alternates}"
            switch = {a.get("hreflang"): urlparse(urljoin(base, a.get("href"))).path
                      for a in doc.find_all("a", class_="md-select__link")}
            assert switch.get(other_lang) == address(other), f"{here}: switcher {switch}"
            assert (site.site / other).exists()


def test_interface_navigation_and_titles_are_in_the_page_language(site):
    sv, en = parse(site.html("kunskap/samverkan/")), parse(site.html("en/kunskap/samverkan/"))
    assert sv.find("input", class_="md-search__input").get("placeholder") == "Sök"
    assert en.find("input", class_="md-search__input").get("placeholder") == "Search"
    sv_nav = words(sv.find("nav", class_="md-nav--primary").text)
    en_nav = words(en.find("nav", class_="md-nav--primary").text)
    for word in ("Kunskap", "Exempel", "Jämförelse", "Checklistor", "Lagar och regler", "Om webbplatsen"):
        assert word in sv_nav
    for word in ("Knowledge", "Examples", "Comparison", "Checklists", "Laws and regulations", "About"):
        assert word in en_nav
    names = configured().names
    assert en.find("title").text.endswith(" - " + names["en"])
    assert sv.find("title").text.endswith(" - " + names["sv"])


def test_navigation_follows_nav_order(site):
    nav = parse(site.html("")).find("nav", class_="md-nav--primary")
    labels = [words(el.text) for el in nav.find_all("label", class_="md-nav__link")] + \
             [words(a.text) for a in nav.find_all("a", class_="md-nav__link")]
    order = [words(x) for x in ("Kunskap", "Exempel", "Jämförelse", "Checklistor", "Lagar och regler", "Om webbplatsen")]
    # each section's first entry, in the order of the page, matched as a whole entry ("Exempel",
    # not the "Exempel" of a fork's "Samverkan i Exempelstad")
    entries = [words(el.text) for el in nav.iter() if el.tag in ("label", "a")
               and "md-nav__link" in (el.get("class") or "").split()]
    positions = [entries.index(x) for x in order]
    assert positions == sorted(positions), labels


LOADING = {"script": "src", "img": "src", "iframe": "src", "source": "src", "audio": "src", "video": "src",
           "embed": "src", "object": "data", "link": "href"}


def test_no_page_loads_anything_from_another_origin(site):
    problems = []
    for page in site.pages():
        doc = parse(page.read_text(encoding="utf-8"))
        for tag, attr in LOADING.items():
            for el in doc.find_all(tag):
                url = el.get(attr) or ""
                if tag == "link" and (el.get("rel") or "").split()[0:1] in (["alternate"], ["canonical"]):
                    continue
                if re.match(r"^(https?:)?//", url):
                    problems.append(f"{page.relative_to(site.site)}: <{tag} {attr}={url}>")
        for style in doc.find_all("style"):
            problems += [f"{page}: {u}" for u in re.findall(r"url\((['\"]?)(https?:)?//[^)]*\)", style.text)]
    for css in site.site.rglob("*.css"):
        for match in re.findall(r"@import[^;]*https?://|url\(\s*['\"]?(?:https?:)?//[^)]*\)", css.read_text(encoding="utf-8")):
            problems.append(f"{css.relative_to(site.site)}: {match}")
    assert problems == []


def test_404_pages_in_both_languages(site):
    sv, en = parse(site.html("404.html")), parse(site.html("en/404.html"))
    assert (sv.find("html").get("lang"), words(sv.find("h1").text)) == ("sv", "Sidan finns inte")
    assert (en.find("html").get("lang"), words(en.find("h1").text)) == ("en", "Page not found")
    base = urlparse(configured().site_url).path
    homes = [("sv", base), ("en", base + "en/")]
    for doc in (sv, en):        # switcher and hreflang lead home, not to the last page rendered
        assert [(a.get("hreflang"), a.get("href")) for a in doc.find_all("a", class_="md-select__link")] == homes
        assert [(l.get("hreflang"), l.get("href")) for l in doc.find_all("link", rel="alternate")] == homes


def test_sitemap_lists_generated_pages_with_their_alternates(site):
    sitemap = (site.site / "sitemap.xml").read_text(encoding="utf-8")
    url = configured().site_url
    assert f"<loc>{url}lagar/sfs-2001-453/</loc>" in sitemap
    assert f"<loc>{url}en/lagar/sfs-2001-453/</loc>" in sitemap
    assert f"<loc>{url}en/checklistor/planering/</loc>" in sitemap
    assert "None" not in sitemap


@pytest.mark.parametrize("path", ["", "om/", "om/tillganglighet/", "ordlista/"])
def test_home_about_accessibility_and_glossary_exist_in_both_languages(site, path):
    for prefix in ("", "en/"):
        doc = parse(site.html(prefix + path))
        assert doc.find("h1") is not None and "TODO" not in doc.find("h1").text


def test_print_stylesheet_hides_navigation_and_prints_empty_boxes():
    css = (ROOT / "overrides/assets/stylesheets/print.css").read_text(encoding="utf-8")
    block = css[css.index("@media print"):]
    for selector in (".md-header", ".md-sidebar", ".md-footer", ".md-search"):
        assert selector in block.split("display: none")[0]
    assert "appearance: none" in block


def test_every_marker_an_editor_may_use_is_filled_on_any_page(extended_site):
    """samverkan.mdtext.EDITOR_MARKERS, which make check and the build accept on any page, are
    the markers the hooks fill there (tests/extended.py's MARKER_PAGE, in both languages)."""
    for prefix in ("", "en/"):
        html = extended_site.html(prefix + "kunskap/alla-markorer/")
        assert "samverkan:" not in html.split("<article", 1)[1].split("</article>", 1)[0], prefix
        doc = parse(html)
        assert doc.find("li", class_="card") is not None and doc.find("table") is not None, prefix


def test_markers_in_code_stay_and_unknown_markers_warn(broken_site):
    """tests/extended.py's MARKERS page, in the broken copy."""
    built = broken_site
    assert [w for w in built.warnings if w.startswith("docs/kunskap/markorer.")] == [
        "docs/kunskap/markorer.sv.md:10: unknown marker '<!-- samverkan:katalog -->': check its spelling; "
        "the known markers are listed in docs/om/redaktorsguide.sv.md"]
    doc = parse(built.html("kunskap/markorer/"))
    assert "<!-- samverkan:catalogue -->" in doc.find("code").text
    assert doc.find("li", class_="card") is None


def test_an_abbreviation_is_explained_only_where_it_stands_as_a_word():
    """The glossary's definitions (*[SoL]: ...) are added to a page where the abbreviation stands
    alone, as Python-Markdown's abbr extension would find it: the same as the regex (?<!\\w)SoL(?!\\w)."""
    from samverkan.glossary import abbreviations

    entries = [{"abbreviation": "SoL", "sv": {"term": "socialtjänstlagen"}},
               {"abbreviation": "LVM", "sv": {"term": "lagen om vård av missbrukare"}}]
    cases = {"Enligt SoL.": ["SoL"], "SoL": ["SoL"], "SoL-insatser och (LVM)": ["SoL", "LVM"],
             "SoLs regler": [], "ÅSoL och _LVM": [], "LVM2 men SoL_x": [], "SoLs och sedan SoL": ["SoL"],
             "xLVM LVMs LVM": ["LVM"], "ingen": [], "sol och lvm": []}
    shown = {text: [row.split("]")[0][2:] for row in abbreviations(entries, "sv", text).split("\n") if row]
             for text in cases}
    assert shown == cases
    # and on every page of the site, the same as the regex
    for page in sorted(DOCS.rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        for abbr in ("SoL", "LVM", "HSL", "OSL", "FL", "KVL", "LSS", "SIP"):
            expected = re.search(rf"(?<!\w){re.escape(abbr)}(?!\w)", text) is not None
            assert bool(abbreviations([{"abbreviation": abbr, "sv": {"term": "x"}}], "sv", text)) == expected, (page, abbr)


def test_the_heading_links_tooltip_is_in_the_pages_language(site):
    """Every heading's permalink says "Link to this section" on English pages: mkdocs.base.yml gives
    Python-Markdown's toc one title, and each language pass sets its own (hooks/templates/strings.yml)."""
    titles = {"sv": set(), "en": set()}
    for page in site.pages():
        lang = "en" if page.relative_to(site.site).as_posix().startswith("en/") else "sv"
        titles[lang] |= set(re.findall(r'class="headerlink" href="#[^"]*" title="([^"]*)"', page.read_text(encoding="utf-8")))
    assert titles == {"sv": {"Länk till detta avsnitt"}, "en": {"Link to this section"}}
