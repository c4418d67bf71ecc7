"""Citations become links; each statute's page links back to every citation."""

import posixpath

import pytest

from extended import REGISTRY_CITED_ON, REGISTRY_SENTENCE
from htmlq import parse, words
from samverkan.registry import load_registry
from sitebuild import ROOT


@pytest.fixture(scope="module")
def law_site(extended_site):
    """The project with tests/extended.py's pages: LAW_PAGE_SV/EN (provsida) and DATED_PAGE (nytt)."""
    return extended_site


def test_citation_links_to_the_provision_anchor_with_an_anchor_of_its_own(law_site):
    doc = parse(law_site.html("kunskap/provsida/"))
    link = doc.find("a", id="cite-1")
    assert words(link.text) == "2 kap. 7 § socialtjänstlagen (2001:453)"
    assert link.get("href") == "../../lagar/sfs-2001-453/#K2P7"
    assert link.get("title") == "Socialtjänstlag (2001:453), 2 kap. 7 §"
    assert doc.find("a", id="cite-2").get("href") == "../../lagar/sfs-1988-870/"
    # headings and code are left alone
    assert doc.find("h2").find("a", class_="citation") is None
    assert doc.find("code").find("a") is None


def test_law_page_links_back_to_the_exact_citation_with_its_sentence(law_site):
    doc = parse(law_site.html("lagar/sfs-2001-453/"))
    heading = doc.by_id("K2P7")
    assert heading.tag == "h3" and words(heading.text).startswith("2 kap. 7 §")
    backlinks = [a for a in doc.find_all("a") if a.get("href") == "../../kunskap/provsida/#cite-1"]
    assert [words(a.text) for a in backlinks] == ["Kommunen ska enligt 2 kap. 7 § socialtjänstlagen (2001:453) upprätta en plan."]
    group = backlinks[0].parent.parent.parent       # the citing page, with its quotes under it
    assert [words(a.text) for a in group.find_all("a") if a.get("href") == "../../kunskap/provsida/"] == ["Provsida"]
    quote = backlinks[0].find("q", class_="citation-context")
    assert words(quote.find("mark").text) == "2 kap. 7 § socialtjänstlagen (2001:453)"
    assert any(a.get("href") == "https://lagen.nu/2001:453#K2P7" for a in doc.find_all("a"))


def _citations(doc):
    return [(a.get("id"), words(a.text), a.get("href")) for a in doc.find_all("a", class_="citation")]


def test_every_provision_of_a_list_and_every_construct_is_linked(law_site):
    found = _citations(parse(law_site.html("kunskap/provsida/")))
    assert found == [
        ("cite-1", "2 kap. 7 § socialtjänstlagen (2001:453)", "../../lagar/sfs-2001-453/#K2P7"),
        ("cite-2", "LVM", "../../lagar/sfs-1988-870/"),
        ("cite-3", "2 kap. 7 §", "../../lagar/sfs-2001-453/#K2P7"),
        ("cite-4", "2 a kap. 5 §", "../../lagar/sfs-2001-453/#K2aP5"),
        ("cite-5", "3 f § socialtjänstlagen", "../../lagar/sfs-2001-453/#K2aP3f"),
        ("cite-6", "25 kap. 1 § OSL", "../../lagar/sfs-2009-400/#K25P1"),            # table
        ("cite-7", "6 § förvaltningslagen (1986:223)", "../../lagar/sfs-1986-223/#P6"),  # admonition
        ("cite-8", "16 kap. 4 § HSL (2017:30)", "../../lagar/sfs-2017-30/#K16P4"),      # definition list
        ("cite-9", "11 kap. 1 § fängelselagen", "../../lagar/sfs-2010-610/#K11P1"),    # md_in_html, emphasis
        ("cite-10", "4:1 SoL", "../../lagar/sfs-2001-453/#K4P1"),                      # footnote
    ]
    law = parse(law_site.html("lagar/sfs-2001-453/"))
    for anchor in ("K2aP5", "K2aP3f", "K4P1"):
        assert law.by_id(anchor) is not None, anchor


def test_a_bare_name_means_the_act_in_force_when_the_page_speaks(law_site):
    found = _citations(parse(law_site.html("kunskap/nytt/")))
    assert [href for _, _, href in found] == ["../../lagar/sfs-2025-400/#K2P3", "../../lagar/sfs-2017-900/"]
    old = _citations(parse(law_site.html("kunskap/provsida/")))
    assert old[0][2].startswith("../../lagar/sfs-2001-453/")     # no date: the registry's default


def test_law_pages_quote_clean_whole_sentences_each_once(site):
    import re
    texts = {}      # each citing page's text, read once (a page is quoted on many law pages)

    def article_text(path):
        if path not in texts:
            texts[path] = words(parse(path.read_text(encoding="utf-8")).find("article").text)
        return texts[path]

    for page in sorted((site.site).glob("**/lagar/*/index.html")):
        doc = parse(page.read_text(encoding="utf-8"))
        for link in doc.find_all("a", class_="law-uses__quote"):
            quote = words(link.text)
            assert "|---" not in quote and "](" not in quote and "{:" not in quote, (page, quote)
            cited = (page.parent / link.get("href").split("#")[0] / "index.html").resolve()
            start = " ".join(quote.removeprefix("…").split()[:3])
            # the quote begins where a word begins on the citing page, never mid-word
            assert re.search(r"(?<![\w])" + re.escape(start), article_text(cited)), (page, quote)
        hrefs = [a.get("href") for a in doc.find_all("a", class_="law-uses__quote")]
        assert len(hrefs) == len(set(hrefs)), page


def test_status_reads_cleanly_and_a_repealed_provision_says_so_where_it_stands(site):
    new = parse(site.html("lagar/sfs-2025-400/"))
    items = [words(li.text) for li in new.find("article").find_all("li")]
    assert "Status: Gäller från 2025-07-01" in items
    assert "Ersätter: Socialtjänstlag (2001:453)" in items
    old = parse(site.html("en/lagar/sfs-2001-453/"))
    items = [words(li.text) for li in old.find("article").find_all("li")]
    assert "Status: Repealed 2025-07-01" in items and "Replaced by: Social Services Act (2025:400)" in items
    section = parse(site.html("lagar/sfs-2001-453/")).by_id("K2P7")
    notice = section.parent.find("p", class_="law-uses__repealed")
    assert words(notice.text).startswith("Upphävd: bestämmelsen gällde till 2025-07-01.")
    assert notice.find("a").get("href") == "../sfs-2025-400/"


def test_the_glossary_links_its_citations_and_shows_no_markdown_source(site):
    for path in ("ordlista/", "en/ordlista/"):
        doc = parse(site.html(path))
        text = words(doc.find("article").text)
        assert "](" not in text and "{ .citation }" not in text
        assert len(doc.find_all("a", class_="citation")) >= 5
        for term in doc.find_all("p", class_="glossary-entry__term"):
            assert term.find("a", class_="citation") is None


def test_english_citation_and_english_law_page(law_site):
    doc = parse(law_site.html("en/kunskap/provsida/"))
    link = doc.find("a", id="cite-1")
    assert words(link.text) == "Chapter 2, Section 7 of the Social Services Act (2001:453)"
    assert link.get("href") == "../../lagar/sfs-2001-453/#K2P7"
    assert link.get("title") == "Social Services Act (2001:453), Chapter 2, Section 7"
    law = parse(law_site.html("en/lagar/sfs-2001-453/"))
    assert words(law.find("h1").text) == "Social Services Act (2001:453)"
    assert any(a.get("href") == "../../kunskap/provsida/#cite-1" for a in law.find_all("a"))


def test_repealed_act_names_its_replacement_in_both_languages(site):
    sv = parse(site.html("lagar/sfs-2001-453/")).find("div", class_="admonition")
    assert words(sv.text).startswith("Upphävd Upphävd 2025-07-01 – ersatt av Socialtjänstlag (2025:400). Hänvisningarna nedan gäller den äldre lagen.")
    assert sv.find("a").get("href") == "../sfs-2025-400/"
    en = parse(site.html("en/lagar/sfs-2001-453/")).find("div", class_="admonition")
    assert "Repealed 2025-07-01 – replaced by Social Services Act (2025:400)." in words(en.text)


def test_law_index_lists_every_statute_with_status_and_pages(site):
    registry = load_registry(ROOT / "data/lagar.yml")
    table = parse(site.html("lagar/")).find("table")
    rows = {words(tr.find("td").text): [words(td.text) for td in tr.find_all("td")] for tr in table.find_all("tr")[1:]}
    assert set(rows) == {s.name_sv for s in registry}
    assert rows["Socialtjänstlag (2001:453)"][1:3] == ["SFS 2001:453", "Upphävd 2025-07-01"]
    law = parse(site.html("lagar/sfs-2001-453/"))
    pages = {a.get("href").split("#")[0] for a in law.find_all("a", class_="law-uses__quote")}
    assert int(rows["Socialtjänstlag (2001:453)"][3]) == len(pages) >= 3


def test_every_citation_on_a_page_has_its_backlink_and_every_backlink_its_citation(site):
    """The ids the pages give their citations and the backlinks the law pages list are the same set."""
    for prefix in ("", "en/"):
        ids = set()
        for page in site.pages():
            rel = page.relative_to(site.site).as_posix()
            if (prefix and not rel.startswith(prefix)) or (not prefix and rel.startswith("en/")) or "/lagar/" in "/" + rel:
                continue
            doc = parse(page.read_text(encoding="utf-8"))
            url = rel.removeprefix(prefix).removesuffix("index.html")
            ids |= {url + "#" + a.get("id") for a in doc.find_all("a", class_="citation") if a.get("id")}
        backlinks = set()
        for page in sorted((site.site / prefix / "lagar").glob("*/index.html")):
            doc = parse(page.read_text(encoding="utf-8"))
            here = page.parent.relative_to(site.site / prefix).as_posix() + "/"
            for a in doc.find_all("a", class_="law-uses__quote"):
                path, _, anchor = a.get("href").partition("#")
                target = posixpath.normpath(posixpath.join(here, path)) + "/"
                backlinks.add(("" if target == "./" else target) + "#" + anchor)
        # every backlink is a citation; a citation sharing its sentence with another is marked in that quote
        marks = sum(len(q.find_all("mark")) for page in (site.site / prefix / "lagar").glob("*/index.html")
                    for q in parse(page.read_text(encoding="utf-8")).find_all("q", class_="citation-context"))
        assert ids and backlinks <= ids and marks == len(ids)


def test_unknown_citation_warns_with_file_and_line_and_fails_strict(broken_site):
    """tests/extended.py's UNKNOWN_CITATIONS (and a sentence added to the law index), in the broken
    copy. Each message is a warning, so --strict fails on it (test_checklists says how)."""
    built = broken_site
    lines = (ROOT / "docs/lagar/index.sv.md").read_text(encoding="utf-8").rstrip("\n").split("\n")
    advice = " (add it to the law registry data/lagar.yml or correct the citation)"
    citation_warnings = [w for w in built.warnings if w.startswith(("docs/kunskap/fel-lag.", "docs/lagar/index."))]
    assert sorted(citation_warnings) == sorted([
        'docs/kunskap/fel-lag.sv.md:6: unknown statute "SFS 1988:879"' + advice,
        'docs/kunskap/fel-lag.sv.md:8: unknown abbreviation "LSS"' + advice,
        'docs/kunskap/fel-lag.en.md:8: unknown statute "Secrecy Act (1980:100)"' + advice,
        f'docs/lagar/index.sv.md:{len(lines) + 2}: unknown statute "26 kap. 6 § brottsbalken"' + advice,
    ])
    doc = parse(built.html("kunskap/fel-lag/"))
    assert "Enligt (SFS 1988:879) och LVM." in words(doc.text)   # nothing dropped
    assert words(doc.find("a", id="cite-1").text) == "LVM"      # the rest of the page still links


def test_a_new_registry_entry_gets_its_pages_with_no_other_change(law_site):
    """tests/extended.py appends REGISTRY_ENTRY to data/lagar.yml and one sentence citing it to a
    page, nothing else for it; that copy builds with --strict."""
    built = law_site
    citing = REGISTRY_CITED_ON.removeprefix("docs/").removesuffix(".sv.md") + "/"      # kunskap/samverkan/
    links = [a for a in parse(built.html(citing)).find_all("a", class_="citation")
             if a.get("href", "").endswith("lagar/sfs-2099-1/#P4")]
    assert [words(a.text) for a in links] == ["4 § provningslagen"], REGISTRY_SENTENCE
    sv, en = parse(built.html("lagar/sfs-2099-1/")), parse(built.html("en/lagar/sfs-2099-1/"))
    assert words(sv.find("h1").text) == "Lag (2099:1) om provning"
    assert words(en.find("h1").text) == "Testing Act (2099:1)"
    assert sv.by_id("P4") is not None
    switch = {a.get("hreflang"): a.get("href") for a in sv.find_all("a", class_="md-select__link")}
    assert switch["en"].endswith("en/lagar/sfs-2099-1/")
    assert "en/lagar/sfs-2099-1/</loc>" in (built.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "Lag (2099:1) om provning" in words(parse(built.html("lagar/")).find("table").text)


def test_no_backlink_is_listed_twice(site):
    """(That a rebuild in the same process gives the same law pages, and every other page, is
    tests/test_reproducible.py's three builds.)"""
    for page in sorted((site.site / "lagar").rglob("index.html")) + sorted((site.site / "en/lagar").rglob("index.html")):
        hrefs = [a.get("href") for a in parse(page.read_text(encoding="utf-8")).find_all("a", class_="law-uses__quote")]
        assert len(hrefs) == len(set(hrefs)), f"{page}: a backlink is listed twice"
    assert any(parse(site.html("lagar/sfs-2001-453/")).find_all("a", class_="law-uses__quote"))
