"""Checklist blocks on their page, the overview, topic pages, downloads and bad input."""
import pytest

from htmlq import parse, words


@pytest.fixture(scope="module")
def checklist_site(extended_site):
    """The project with tests/extended.py's pages, among them CHECKLIST_SV/EN (kunskap/planering)."""
    return extended_site


def test_block_renders_labelled_checkboxes_with_stable_anchors(checklist_site):
    doc = parse(checklist_site.html("kunskap/planering/"))
    block = doc.by_id("checklista-att-tanka-pa-nar-ni-upprattar")
    assert "checklist" in block.get("class")
    items = block.find_all("li", class_="checklist__item")
    assert [i.get("id") for i in items] == ["bestam-vem-som-har-det-overgripande-ansvaret-for",
                                            "borja-planeringen-redan-under-anstaltstiden-se-2-kap"]
    for item in items:
        box = item.find("input")
        label = item.find("label")
        assert box.get("type") == "checkbox" and label.get("for") == box.get("id")
    assert words(items[0].find("label").text) == "Bestäm vem som har det övergripande ansvaret för planen."
    assert items[0].find("em") is not None                         # inline Markdown kept
    cite = items[1].find("a", class_="citation")                    # statutes linked as anywhere else
    assert cite.get("href") == "../../lagar/sfs-2001-453/#K2P7" and cite.get("id") == "cite-1"
    assert block.find("a", class_="checklist__download").get("href") == "checklista-att-tanka-pa-nar-ni-upprattar.txt"
    assert block.find("button", class_="checklist__clear") is not None


def test_download_is_the_checklist_as_text(checklist_site):
    text = (checklist_site.site / "kunskap/planering/checklista-att-tanka-pa-nar-ni-upprattar.txt").read_text(encoding="utf-8")
    assert text.startswith("# Att tänka på när ni upprättar en gemensam plan\n\n- [ ] Bestäm vem som har det övergripande ansvaret för planen.\n")
    assert (checklist_site.site / "en/kunskap/planering/checklista-points-to-consider-when-drawing-up.txt").exists()


def item_labels(doc):
    return [words(li.find("label").text) for li in doc.find_all("li", class_="checklist__item")]


def test_overview_lists_each_item_with_a_link_back(checklist_site):
    doc = parse(checklist_site.html("checklistor/"))
    links = {words(a.text): a.get("href") for a in doc.find_all("a")}
    assert links["Bestäm vem som har det övergripande ansvaret för planen."] == \
        "../kunskap/planering/#bestam-vem-som-har-det-overgripande-ansvaret-for"
    headings = [words(h.text).rstrip("¶ ") for h in doc.find_all("h2")]
    assert "Planering" in headings and "Samverkan" in headings
    en = parse(checklist_site.html("en/checklistor/"))
    assert any(a.get("href") == "../kunskap/planering/#decide-who-has-overall-responsibility-for-the-plan"
               for a in en.find_all("a"))


def test_topic_page_merges_items_and_names_their_source(checklist_site):
    doc = parse(checklist_site.html("checklistor/planering/"))
    labels = item_labels(doc)
    assert "Bestäm vem som har det övergripande ansvaret för planen." in labels
    source = [a for a in doc.find_all("a") if a.get("href") == "../../kunskap/planering/#bestam-vem-som-har-det-overgripande-ansvaret-for"]
    assert source, "the item links to its place"
    assert "Utskriven från: Planering" in words(doc.text)
    # a topic the block does not name does not get its items
    housing = parse(checklist_site.html("checklistor/boende/"))
    assert "Bestäm vem som har det övergripande ansvaret för planen." not in words(housing.text)
    en = parse(checklist_site.html("en/checklistor/planering/"))
    assert "Decide who has overall responsibility for the plan." in item_labels(en)


def test_bad_checklists_warn_fail_strict_and_lose_nothing(broken_site):
    """tests/extended.py's BAD_CHECKLISTS, in the broken copy. Each message is a warning, so
    --strict fails on it (sitebuild collects what MkDocs' strict mode counts: warnings and up)."""
    built = broken_site
    assert [w for w in built.warnings if w.startswith("docs/kunskap/fel-checklista.")] == [
        'docs/kunskap/fel-checklista.sv.md:7: checklist "Tom" is empty: expected a list of items ("- ...") under the title',
        'docs/kunskap/fel-checklista.sv.md:9: checklist "Ingen lista" has no list: expected a list of items ("- ...") under the title',
        "docs/kunskap/fel-checklista.sv.md:13: unknown checklist topic 'okänt': expected one of planning, collaboration, housing, work, care, follow-up, governance",
        "docs/kunskap/fel-checklista.sv.md:16: nested list in a checklist: a checklist is one flat list; the item is kept as an item of its own",
    ]
    # nothing of the page was lost
    doc = parse(built.html("kunskap/fel-checklista/"))
    assert item_labels(doc) == ["Första", "Andra"]
    assert "Bara en mening." in words(doc.text)
    assert "Första" in words(parse(built.html("checklistor/planering/")).text)
