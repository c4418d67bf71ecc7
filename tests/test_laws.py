"""Citations become links; each statute's page links back to every citation."""

import pytest

from htmlq import parse, words
from samverkan.citations import CitationParser
from samverkan.registry import load_registry
from samverkan.site_index import split_front_matter
from sitebuild import ROOT, build_site, build_with_pages, write

SV_PAGE = """---
title: Provsida
description: En sida för test.
---
# Provsida

Kommunen ska enligt 2 kap. 7 § socialtjänstlagen (2001:453) upprätta en plan. Se också LVM.

## Om 2 kap. 7 § socialtjänstlagen

Rubriken ovan länkas inte, men `6 § förvaltningslagen` i kod inte heller.
"""
EN_PAGE = """---
title: Test page
description: A page for tests.
---
# Test page

Under Chapter 2, Section 7 of the Social Services Act (2001:453) the municipality draws up a plan.
"""


@pytest.fixture(scope="module")
def law_site(tmp_path_factory):
    return build_with_pages(tmp_path_factory.mktemp("laws"),
                            {"docs/kunskap/provsida.sv.md": SV_PAGE, "docs/kunskap/provsida.en.md": EN_PAGE})


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
    assert len(backlinks) == 1 and words(backlinks[0].text) == "Provsida"
    context = backlinks[0].parent.find("q", class_="citation-context")
    assert words(context.text) == "Kommunen ska enligt 2 kap. 7 § socialtjänstlagen (2001:453) upprätta en plan."
    assert words(context.find("mark").text) == "2 kap. 7 § socialtjänstlagen (2001:453)"
    assert any(a.get("href") == "https://lagen.nu/2001:453#K2P7" for a in doc.find_all("a"))


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
    assert int(rows["Socialtjänstlag (2001:453)"][3]) >= 3


def test_every_citation_in_the_content_is_linked(site):
    """Each page's citations, read from its source, against the links in its HTML."""
    parser = CitationParser(load_registry(ROOT / "data/lagar.yml"))
    checked = 0
    for source in sorted((ROOT / "docs").rglob("*.md")):
        lang = source.name.rsplit(".", 2)[1]
        _, body, _ = split_front_matter(source.read_text(encoding="utf-8"))
        expected = [c.text for c in parser.find_in_markdown(body)]
        assert all(c.statute for c in parser.find_in_markdown(body)), source
        stem = source.relative_to(ROOT / "docs").as_posix().rsplit(".", 2)[0]
        path = ("" if lang == "sv" else "en/") + ("" if stem == "index" else stem.removesuffix("/index") + "/")
        doc = parse(site.html(path))
        linked = [words(doc.find("a", id=f"cite-{n}").text) for n in range(1, len(expected) + 1)]
        assert linked == [words(t) for t in expected], source
        assert doc.find("a", id=f"cite-{len(expected) + 1}") is None, source
        checked += len(expected)
    assert checked > 50


def test_unknown_citation_warns_with_file_and_line_and_fails_strict(project):
    write(project / "docs/kunskap/fel.sv.md", "---\ntitle: Fel\n---\n# Fel\n\nEnligt (SFS 1988:879) och LVM.\n")
    write(project / "docs/kunskap/fel.en.md", "---\ntitle: Wrong\n---\n# Wrong\n\nUnder LVM.\n")
    strict = build_site(project, project / "strict", strict=True)
    assert not strict.ok
    assert ('docs/kunskap/fel.sv.md:6: unknown statute "SFS 1988:879" (add it to the law registry '
            'data/lagar.yml or correct the citation)') in strict.warnings
    loose = build_site(project, project / "loose", strict=False)
    doc = parse(loose.html("kunskap/fel/"))
    assert "Enligt (SFS 1988:879) och LVM." in words(doc.text)   # nothing dropped
    assert words(doc.find("a", id="cite-1").text) == "LVM"      # the rest of the page still links


REGISTRY_ENTRY = """
- id: SFS 2099:1
  type: lag
  sv: Lag (2099:1) om provning
  en: Testing Act (2099:1)
  short: [PrL]
  names: [provningslagen]
  names_en: [Testing Act]
  status: in-force
"""


def test_a_new_registry_entry_gets_its_pages_with_no_other_change(project):
    with open(project / "data/lagar.yml", "a", encoding="utf-8") as registry:
        registry.write(REGISTRY_ENTRY)
    write(project / "docs/kunskap/samverkan.sv.md",
          (project / "docs/kunskap/samverkan.sv.md").read_text(encoding="utf-8") + "\nSe också 4 § provningslagen.\n")
    built = build_site(project, project / "site")
    assert built.ok, built.warnings
    sv, en = parse(built.html("lagar/sfs-2099-1/")), parse(built.html("en/lagar/sfs-2099-1/"))
    assert words(sv.find("h1").text) == "Lag (2099:1) om provning"
    assert words(en.find("h1").text) == "Testing Act (2099:1)"
    assert sv.by_id("P4") is not None
    switch = {a.get("hreflang"): a.get("href") for a in sv.find_all("a", class_="md-select__link")}
    assert switch["en"].endswith("en/lagar/sfs-2099-1/")
    assert "en/lagar/sfs-2099-1/</loc>" in (built.site / "sitemap.xml").read_text(encoding="utf-8")
    assert "Lag (2099:1) om provning" in words(parse(built.html("lagar/")).find("table").text)


def test_repeated_builds_in_one_process_give_identical_law_pages(project):
    first = build_site(project, project / "one")
    second = build_site(project, project / "two")
    for page in sorted((first.site / "lagar").rglob("index.html")):
        twin = second.site / page.relative_to(first.site)
        assert page.read_bytes() == twin.read_bytes(), page
    doc = parse(second.html("lagar/sfs-2001-453/"))
    hrefs = [a.get("href") for a in doc.find_all("a") if "#cite-" in (a.get("href") or "")]
    assert len(hrefs) == len(set(hrefs)), "a backlink is listed twice"
