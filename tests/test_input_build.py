"""Broken input in a real build: one message each, with file and line; nothing published
raw; nothing lost. One build of a project copy holding every kind of mistake at once,
on pages and registry entries of its own (a fork's samples may differ): tests/extended.py's
broken copy, which other modules' mistakes share."""
from __future__ import annotations

import json

import pytest

from extended import CHECKED_ELSEWHERE
from htmlq import parse, words
from sitebuild import build_site


@pytest.fixture(scope="module")
def broken(broken_site):
    """The build of the broken project (tests/extended.py's build_broken), and the registry it was built with."""
    return broken_site, (broken_site.site.parent / "project/data/lagar.yml").read_text(encoding="utf-8")


def test_each_mistake_is_one_message_with_file_and_line(broken):
    built, registry = broken
    line = registry.split("\n").index("  en: Test Act (2099:1)") + 2
    expected = [
        f"data/lagar.yml:{line}: '[{registry.count(chr(10) + '- id:') - 1}].en' is given twice (also on line {line - 1}); "
        "only this one is used: remove one of them",
        # the two files give the project different starts (a year as a number, a date): said once
        "docs/exempel/prov-datum.en.md:12: 'period.start' is '2026' here but '2026-02-01' in docs/exempel/prov-datum.sv.md: "
        "a fact is the same in every language; correct the one that is wrong",
        "docs/exempel/prov-datum.sv.md:5: 'place' is given twice (also on line 4); only this one is used: remove one of them",
        "docs/exempel/prov-datum.sv.md:5: 'place' still holds the placeholder \"<kommun>\": fill in `place`",
        "docs/exempel/prov-datum.sv.md:16: 'results[0]' must be a mapping (key: value lines); got the text \"just a string\"",
        "docs/exempel/prov-datum.sv.md:18: 'results[1].value' is drawn in the chart \"Besök\" but is the text \"sju\": "
        "write the number without quotes (the unit goes under unit), or remove group",
        "docs/exempel/prov-datum.sv.md:21: 'results[2].value' is negative (-3): a bar chart shows amounts of zero or more; "
        "write the figure as a positive amount, or remove group to show it as text only",
        "docs/exempel/prov-datum.sv.md:23: missing required key 'results[3].label'",
        "docs/exempel/prov-kolon.sv.md:8:31: the YAML cannot be read: a colon followed by a space inside a value: "
        "put the whole value in quotes (\"...\")",
        "docs/exempel/prov-tom.en.md:2: the title \"Dates\" is also the title of docs/exempel/prov-datum.en.md: "
        "give each project a title of its own",
        "docs/exempel/prov-tom.sv.md:1: an example page starts with its facts (front matter between two --- lines): "
        "copy them from scripts/templates/exempel.sv.md",
        "docs/kunskap/prov-citat.sv.md:2:8: the YAML cannot be read: a quote opens here but is never closed: "
        "end the value with the same quote mark",
        "docs/kunskap/prov-latin.en.md:3: HTML that can run a script (<script>, an on...= attribute or a javascript: "
        "link): write Markdown, not HTML, and remove it",
        "docs/kunskap/prov-latin.en.md:15: checklist text holds HTML (\"Call <name> before day 2\"): a checklist is "
        "plain text and shows it as written; remove the '<' and '>'",
        "docs/kunskap/prov-latin.en.md:10: checklist \"Empty\" is empty: expected a list of items (\"- ...\") under the title",
        "docs/kunskap/prov-latin.sv.md:1: the file is not saved as UTF-8 (byte 0xc5 on this line): "
        "save the file as UTF-8 (in most editors: Save with encoding, UTF-8)",
    ]
    # (the messages of the other modules' mistakes in this copy are checked, exactly, in those modules)
    assert sorted(w for w in built.warnings if not w.startswith(CHECKED_ELSEWHERE)) == sorted(expected)


def test_broken_front_matter_is_never_published_as_text(broken):
    built, _ = broken
    page = parse(built.html("kunskap/prov-citat/"))
    text = words(page.find("article").text)
    assert "Brödtext." in text and "Varför samverkan behövs" not in text and '"Samverkan' not in text
    example = words(parse(built.html("exempel/prov-kolon/")).find("article").text)
    assert "target_group" not in example and "Kaféet följer" in example


def test_dates_and_years_without_quotes_are_normalised(broken):
    built, _ = broken
    data = json.loads((built.site / "api/exempel.json").read_text(encoding="utf-8"))
    facts = next(p for p in data["projects"] if p["slug"] == "prov-datum")
    assert facts["sv"]["period"] == {"start": "2026-02-01"} and facts["en"]["period"] == {"start": "2026"}


def test_a_name_without_brackets_links_and_shows_whole(broken):
    built, _ = broken
    law = parse(built.html("lagar/sfs-2099-1/"))
    assert "Kortnamn: PRL" in words(law.find("article").text) and "P, R, L" not in words(law.text)
    assert "2099-07-01" in words(law.find("article").text)
    links = parse(built.html("exempel/prov-datum/")).find_all("a", class_="citation")
    assert [words(a.text) for a in links] == ["3 § PRL"]


def test_a_page_not_saved_as_utf8_still_builds(broken):
    built, _ = broken
    assert "\ufffdter i arbete" in words(parse(built.html("kunskap/prov-latin/")).find("h1").text)


def test_a_heading_cannot_leave_the_title_element(broken):
    built, _ = broken
    head = built.html("en/kunskap/prov-latin/").split("</head>")[0]
    assert "<img" not in head
    title = parse(head).find("title")
    assert words(title.text).startswith("</title><img src=x onerror=alert(1)>")


def test_checklists_in_code_empty_or_with_angle_brackets_lose_nothing(broken):
    built, _ = broken
    page = parse(built.html("en/kunskap/prov-latin/"))
    assert "!!! checklist \"Code\"" in page.find("pre").text
    boxes = page.find_all("div", class_="checklist")
    assert [words(b.find("p", class_="admonition-title").text) for b in boxes] == ["Empty", "Kept"]
    assert boxes[0].find("a", class_="checklist__download") is None
    assert words(boxes[1].find("label").text) == "Call <name> before day 2"
    overview = words(parse(built.html("en/checklistor/")).find("article").text)
    assert "Call <name> before day 2" in overview and "Empty" not in overview and "Code" not in overview
    download = (built.site / "en/kunskap/prov-latin/checklista-kept.txt").read_text(encoding="utf-8")
    assert "- [ ] Call <name> before day 2" in download
    assert sorted(p.name for p in (built.site / "en/kunskap/prov-latin").glob("*.txt")) == ["checklista-kept.txt"]


def test_a_glossary_not_saved_as_utf8_is_named_as_itself_before_any_page(tmp_path):
    from sitebuild import copy_project

    root = copy_project(tmp_path / "project")
    glossary = root / "data/ordlista.yml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_bytes(text.encode("latin-1", errors="replace"))
    line = next(n for n, row in enumerate(text.split("\n"), 1) if row.encode("latin-1", errors="replace") != row.encode("utf-8"))
    built = build_site(root, root / "site", strict=False)
    assert not built.ok
    assert len(built.warnings) == 1 and "Error reading page" not in built.warnings[0]
    assert built.warnings[0].startswith(f"The glossary cannot be used:\ndata/ordlista.yml:{line}: the file is not saved as UTF-8 (byte 0x")
    assert built.warnings[0].endswith("on this line): save the file as UTF-8 (in most editors: Save with encoding, UTF-8)")
