"""Reading checklist blocks: items, topics, anchors and every kind of bad input."""
from samverkan.checklists import as_text, parse

GOOD = '''Intro.

!!! checklist "Att tänka på när ni upprättar en gemensam plan"
    topics: planning, collaboration

    - Bestäm vem som har det **övergripande** ansvaret.
    - Börja planeringen redan
      under anstaltstiden.
    - Se [planen](plan.md).
'''


def test_items_topics_and_stable_anchors():
    (checklist,), problems = parse(GOOD, first_line=10)
    assert problems == []
    assert checklist.title == "Att tänka på när ni upprättar en gemensam plan"
    assert checklist.line == 12
    assert checklist.topics == ["planning", "collaboration"]
    assert [i.text for i in checklist.items] == [
        "Bestäm vem som har det **övergripande** ansvaret.",
        "Börja planeringen redan under anstaltstiden.",
        "Se [planen](plan.md).",
    ]
    assert [i.anchor for i in checklist.items] == [
        "bestam-vem-som-har-det-overgripande-ansvaret", "borja-planeringen-redan-under-anstaltstiden", "se-planen"]
    assert checklist.anchor == "checklista-att-tanka-pa-nar-ni-upprattar"


def test_same_text_gives_the_same_anchor_and_duplicates_get_a_number():
    text = '!!! checklist "A"\n    - Samma punkt\n    - Samma punkt\n'
    first, _ = parse(text)
    again, _ = parse(text)
    assert [i.anchor for i in first[0].items] == ["samma-punkt", "samma-punkt-2"]
    assert [i.anchor for i in again[0].items] == ["samma-punkt", "samma-punkt-2"]


def test_page_topics_apply_when_the_block_names_none():
    (checklist,), _ = parse('!!! checklist "A"\n    - x\n', page_topics=["housing"])
    assert checklist.topics == ["housing"]


def test_bad_input_is_reported_and_nothing_is_lost():
    text = '''!!! checklist "Tom"

!!! checklist "Bara text"
    Inget här är en lista.

!!! checklist "Nästlad"
    topics: housing, boende

    - Ett
        - Två
'''
    checklists, problems = parse(text, first_line=1)
    messages = [f"{p.line}: {p.message}" for p in problems]
    assert messages == [
        '1: checklist "Tom" is empty: expected a list of items ("- ...") under the title',
        '3: checklist "Bara text" has no list: expected a list of items ("- ...") under the title',
        "7: unknown checklist topic 'boende': expected one of planning, collaboration, housing, work, care, follow-up, governance",
        "10: nested list in a checklist: a checklist is one flat list; the item is kept as an item of its own",
    ]
    assert checklists[1].other_text == ["Inget här är en lista."]
    assert [i.text for i in checklists[2].items] == ["Ett", "Två"]
    assert checklists[2].topics == ["housing"]


def test_blocks_in_code_are_not_checklists():
    assert parse('```\n!!! checklist "A"\n    - x\n```\n')[0] == []


def test_text_download_is_a_markdown_task_list():
    (checklist,), _ = parse(GOOD)
    text = as_text(checklist, "Individuella planer", "https://example.org/kunskap/individuella-planer/")
    assert text.splitlines()[:4] == [
        "# Att tänka på när ni upprättar en gemensam plan", "",
        "- [ ] Bestäm vem som har det övergripande ansvaret.",
        "- [ ] Börja planeringen redan under anstaltstiden.",
    ]
    assert "Individuella planer: https://example.org/kunskap/individuella-planer/" in text


def test_the_quick_test_passes_every_page_that_has_a_checklist():
    """checklists.may_hold_checklist lets hooks/checklists.py skip pages: parse finds a block
    only where it says True, on every page and on blocks written every way parse reads them."""
    from samverkan.checklists import may_hold_checklist
    from sitebuild import ROOT

    written = ['!!! checklist "A"\n    - x\n', '??? checklist "A"\n    - x\n', '???+ checklist\n    - x\n',
               'Text\n\n  !!!checklist "A"\n      - x\n', '- punkt\n\n    !!! checklist "B"\n        - y\n',
               "En checklista: checklist utan block.\n", "    !!! checklist \"kod\"\n        - x\n"]
    texts = written + [p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").rglob("*.md"))]
    found = [bool(parse(t)[0]) for t in texts]
    quick = [may_hold_checklist(t) for t in texts]
    assert all(q for q, f in zip(quick, found) if f)
    assert sum(found[:len(written)]) == 5 and quick.count(False) > 10     # and it does skip pages
