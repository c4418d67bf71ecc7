"""Mistakes a municipality's editor made when forking the site (2026-12-03), each of which
used to pass `make check` and the strict build while something was lost: a checklist box
spelt another way, a date no calendar has, a statute's name misspelt after a section; and
the scaffolding script run with a Python that lacks the site's packages."""
import os
import subprocess
import sys

import pytest

from sitebuild import FIXTURE_PROJECT, ROOT, add_fixture_project, copy_project
from samverkan.projects import date_problems
from samverkan.text_rules import body_problems
from test_citation_parser import PARSER

LOST = "as it is, the box is shown without tick boxes and left off the checklist pages"


@pytest.mark.parametrize("line,kind", [
    ('!!! checklista "Inför frigivningen"', "checklista"),
    ('!!! Checklist "Inför frigivningen"', "Checklist"),
    ('!!! checklists "Inför frigivningen"', "checklists"),
    ('!!! checklist: "Inför frigivningen"', "checklist:"),
    ('??? chekclist "Inför frigivningen"', "chekclist"),
    ('???+ Checklista "Inför frigivningen"', "Checklista"),
])
def test_a_checklist_box_spelt_another_way_is_reported(line, kind):
    (problem,) = body_problems(f"Text.\n\n{line}\n    - Ordna boende\n", "docs/x.sv.md", 5)
    assert problem.line == 7 and problem.message == (
        f'"{kind}" is not a checklist box: write !!! checklist "Title" (in lower case, as written here); ' + LOST)


def test_a_checklist_title_without_quotation_marks_is_reported():
    (problem,) = body_problems("!!! checklist Inför frigivningen\n    - Ordna boende\n", "docs/x.sv.md", 1)
    assert problem.message == ('the checklist\'s title must stand in quotation marks: write !!! checklist '
                               '"Inför frigivningen"; ' + LOST)


@pytest.mark.parametrize("line", ['!!! checklist "Inför frigivningen"', "??? checklist", '!!! note "Checklistor"',
                                  '!!! tip "Check"', "!!! check", '!!! example "Checklist"'])
def test_real_checklists_and_other_boxes_are_left_alone(line):
    assert body_problems(f"{line}\n    - Ordna boende\n", "docs/x.sv.md", 1) == []


def test_a_checklist_spelt_another_way_in_code_is_left_alone():
    assert body_problems('```\n!!! checklista "Exempel"\n```\n', "docs/x.sv.md", 1) == []


@pytest.mark.parametrize("meta,where", [
    ({"period": {"start": "2026-13"}}, "period.start"),
    ({"period": {"start": "2026-00"}}, "period.start"),
    ({"period": {"start": "2026-01", "end": "2026-02-30"}}, "period.end"),
    ({"reviewed": "2026-04-31"}, "reviewed"),
])
def test_a_date_no_calendar_has_is_reported(meta, where):
    (problem,) = date_problems(meta, set())
    assert problem[0] == where and "which is not in the calendar" in problem[1]


@pytest.mark.parametrize("meta", [{"period": {"start": "2024-02-29"}}, {"period": {"start": "2026", "end": "2026-05"}},
                                  {"period": {"start": "2026-05", "end": "2026"}}, {"reviewed": "2026-12-03"}])
def test_real_dates_pass(meta):
    assert date_problems(meta, set()) == []


def test_an_end_before_the_start_is_reported():
    assert date_problems({"period": {"start": "2026", "end": "2025-12"}}, set()) == [
        ("period.end", "'period.end' (2025-12) is before 'period.start' (2026): correct one of them")]


@pytest.mark.parametrize("text,name", [
    ("Enligt 5 kap. 1 § socialtjänstlagn ska nämnden", "socialtjänstlagen"),
    ("Enligt 5 kap. 1 § socialtjänstlagem ska nämnden", "socialtjänstlagen"),
    ("Enligt 5 kap. 1 § socialtjänstlagenn ska nämnden", "socialtjänstlagen"),
    ("Enligt 6 § förvaltningslagn ska myndigheten", "förvaltningslagen"),
    ("Enligt 4 kap. 1 § Sol ska nämnden", "SoL"),
    ("Chapter 5, Section 1 of the Social Services Akt applies.", "Social Services Act"),
])
def test_a_misspelt_statute_after_a_section_is_reported_with_the_name_meant(text, name):
    (cite,) = PARSER.find(text)
    assert cite.statute is None and cite.problem.endswith(f': did you mean "{name}"?')


@pytest.mark.parametrize("text", ["Enligt 4 kap. 1 § ska nämnden pröva.", "Enligt 4 kap. 1 § socialtjänsten ska",
                                  "Se 6 § förvaltningen för detta.", "Enligt 4 § gäller att"])
def test_words_after_a_section_that_are_no_statute_are_left_alone(text):
    assert PARSER.find(text) == []


def test_make_check_names_file_and_line_of_each_mistake(tmp_path):
    root = copy_project(tmp_path / "project")
    add_fixture_project(root)
    page = root / "docs" / f"{FIXTURE_PROJECT}.sv.md"
    text = page.read_text(encoding="utf-8").replace('start: "2026-01"', 'start: "2026-13"', 1)
    text += '\n\nEnligt 5 kap. 1 § socialtjänstlagn ska nämnden göra en plan.\n\n!!! checklista "Inför mötet"\n    - Boka rum\n'
    page.write_text(text, encoding="utf-8")
    lines = text.split("\n")
    start = next(i for i, line in enumerate(lines, 1) if "2026-13" in line)
    cite = next(i for i, line in enumerate(lines, 1) if "socialtjänstlagn" in line)
    box = next(i for i, line in enumerate(lines, 1) if "checklista" in line)
    shown = f"docs/{FIXTURE_PROJECT}.sv.md"
    out = subprocess.run([sys.executable, "scripts/check.py"], cwd=root, capture_output=True, text=True)
    assert out.returncode == 1
    assert f"{shown}:{start}: 'period.start' is '2026-13', which is not in the calendar" in out.stdout
    assert (f'{shown}:{cite}: unknown statute "5 kap. 1 § socialtjänstlagn": did you mean "socialtjänstlagen"? '
            f'(add it to the law registry data/lagar.yml or correct the citation)') in out.stdout
    assert f'{shown}:{box}: "checklista" is not a checklist box' in out.stdout


def test_the_scaffold_script_says_which_python_to_use_when_the_packages_are_missing(tmp_path):
    # -S: a Python without site-packages, as a plain system Python without PyYAML is
    out = subprocess.run([sys.executable, "-S", str(ROOT / "scripts/new_project.py"), "Provprojekt i Lund"],
                         cwd=tmp_path, capture_output=True, text=True)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert "lacks the package 'yaml'" in out.stderr and ".venv/bin/python scripts/new_project.py" in out.stderr


def test_facts_that_differ_between_the_languages_are_named_at_their_line(tmp_path):
    from samverkan.translations import facts_differ

    docs = tmp_path / "docs"
    (docs / "exempel").mkdir(parents=True)
    sv = (ROOT / "tests/fixtures/exempel/provprojekt.sv.md").read_text(encoding="utf-8")
    en = (ROOT / "tests/fixtures/exempel/provprojekt.en.md").read_text(encoding="utf-8")
    (docs / "exempel/provprojekt.sv.md").write_text(sv, encoding="utf-8")
    assert facts_differ(docs, ["sv", "en"]) == []           # no English file: missing_translations says so
    (docs / "exempel/provprojekt.en.md").write_text(en, encoding="utf-8")
    assert facts_differ(docs, ["sv", "en"]) == []           # the fixture's two files agree
    changed = en.replace("  value: project", "  value: ended", 1).replace('start: "2026-01"', 'start: "2010"', 1)
    (docs / "exempel/provprojekt.en.md").write_text(changed, encoding="utf-8")
    lines = changed.split("\n")
    at = {key: next(i for i, line in enumerate(lines, 1) if line.strip().startswith(key)) for key in ("value: ended", "start:")}
    assert [str(p) for p in facts_differ(docs, ["sv", "en"])] == [
        f"docs/exempel/provprojekt.en.md:{at['start:']}: 'period.start' is '2010' here but '2026-01' in "
        "docs/exempel/provprojekt.sv.md: a fact is the same in every language; correct the one that is wrong",
        f"docs/exempel/provprojekt.en.md:{at['value: ended']}: 'status.value' is 'ended' here but 'project' in "
        "docs/exempel/provprojekt.sv.md: a fact is the same in every language; correct the one that is wrong",
    ]


def test_a_figure_or_a_row_that_differs_is_named_and_a_figure_in_words_is_not():
    from samverkan.translations import _facts

    sv = {"results": [{"label": "Boende", "value": 12, "year": 2026}, {"label": "Andel", "value": "nio av tio"}]}
    en = {"results": [{"label": "Housing", "value": 12, "year": 2026}, {"label": "Share", "value": "nine in ten"}]}
    assert _facts(sv) == _facts(en)
    en["results"][0]["value"] = 21
    assert {k for k in _facts(sv) if _facts(sv)[k] != _facts(en).get(k)} == {"results[0].value"}
    en["results"].append({"label": "More", "value": 3})
    assert _facts(en)["results.count"] == 3 != _facts(sv)["results.count"]


@pytest.mark.parametrize("value,meant", [("Upsala län", "Uppsala län"), ("stockholms län", "Stockholms län"),
                                         ("Stockholm county", "Stockholm County"), ("Västra Götalands  län", "Västra Götalands län")])
def test_a_misspelt_county_names_the_county_meant(value, meant):
    from samverkan.counties import county_problem

    assert county_problem(value) == (f"'county' is '{value}': did you mean '{meant}'? A county spelt two ways is "
                                     "two groups in the menu and in the catalogue's filter")


@pytest.mark.parametrize("value", ["Stockholms län", "Skåne County", "Flera län", "Several counties", "Provlän",
                                   "Norden", None, 7])
def test_counties_and_a_forks_own_groups_pass(value):
    from samverkan.counties import county_problem

    assert county_problem(value) is None


def test_a_county_that_differs_between_the_languages_is_named():
    from samverkan.translations import _facts

    assert _facts({"county": "Stockholms län"}) == _facts({"county": "Stockholm County"})
    assert _facts({"county": "Stockholms län"})["county"] != _facts({"county": "Skåne County"})["county"]
    assert "county" not in _facts({"county": "Flera län"})      # a group of the fork's own: not compared


def test_make_check_names_the_line_of_a_misspelt_county(tmp_path):
    root = copy_project(tmp_path / "project")
    add_fixture_project(root)
    page = root / "docs" / f"{FIXTURE_PROJECT}.sv.md"
    text = page.read_text(encoding="utf-8").replace("county: Provlän", "county: Upsala län", 1)
    page.write_text(text, encoding="utf-8")
    line = text.split("\n").index("county: Upsala län") + 1
    english = root / "docs" / f"{FIXTURE_PROJECT}.en.md"     # right in English: the Swedish file is the wrong one
    english.write_text(english.read_text(encoding="utf-8").replace("county: Provlän", "county: Uppsala County", 1), encoding="utf-8")
    out = subprocess.run([sys.executable, "scripts/check.py"], cwd=root, capture_output=True, text=True)
    assert [m for m in out.stdout.splitlines() if "'county'" in m] == [
        f"docs/{FIXTURE_PROJECT}.sv.md:{line}: 'county' is 'Upsala län': did you mean 'Uppsala län'? A county spelt "
        "two ways is two groups in the menu and in the catalogue's filter"]


def test_a_county_of_the_forks_own_against_one_of_the_21_is_shown_as_written(tmp_path):
    from samverkan.translations import facts_differ

    docs = tmp_path / "docs"
    (docs / "exempel").mkdir(parents=True)
    for lang, county in (("sv", "Testlän"), ("en", "Uppsala County")):
        (docs / "exempel" / f"x.{lang}.md").write_text(f"---\ntitle: X\ncounty: {county}\n---\nText\n", encoding="utf-8")
    assert [p.message for p in facts_differ(docs, ["sv", "en"])] == [
        "'county' is 'Uppsala County' here but 'Testlän' in docs/exempel/x.sv.md: a fact is the same in every "
        "language; correct the one that is wrong"]


@pytest.mark.parametrize("text,line,message", [
    # every value of the template is quoted, so a quote left open runs into the next one
    ('title: "A"\nsummary: "Ett kafé i Exempelstad.\nplace: "Flen"\ncounty: "X"\n', 2,
     "a quote opens here but is never closed: end the value with the same quote mark"),
    ('status:\n  value: project\n  as_of: 2026\n  source: "projektplanen 2026\nperiod:\n  start: "2026"\n', 4,
     "a quote opens here but is never closed: end the value with the same quote mark"),
    ('title: "A\nplace: Flen\n', 1, "a quote opens here but is never closed: end the value with the same quote mark"),
    # a nested key without its colon: the line above the one the parser stops at
    ("status:\n  value project\n  as_of: 2026\n", 2,
     "a line without 'key: value': write the key, a colon and a space before the value, or put a long value in quotes"),
    # a quoted value on two lines is fine: the mistake is the indentation after it
    ('summary: "a\n  b"\n place: x\n', 3, "this line is indented differently from the lines above it"),
    ("summary: Ett kafé\n  place: x\n", 2, "this key is indented under a key that already has a value"),
])
def test_a_yaml_mistake_is_named_at_the_line_that_holds_it(text, line, message):
    import yaml

    from samverkan.yaml_messages import explain

    with pytest.raises(yaml.YAMLError) as err:
        yaml.safe_load(text)
    found_line, _, said = explain(err.value, text)
    assert found_line == line and message in said


def test_a_page_named_for_a_language_the_site_lacks_is_reported(tmp_path):
    from samverkan.translations import unknown_languages

    docs = tmp_path / "docs"
    (docs / "exempel").mkdir(parents=True)
    for name in ("boendestod.se.md", "boendestod.en.md", "krami.sv.md", "v2.0.md"):
        (docs / "exempel" / name).write_text("# x\n", encoding="utf-8")
    assert [str(p) for p in unknown_languages(docs, ["sv", "en"])] == [
        "docs/exempel/boendestod.se.md: the name ends in '.se.md', and the site's languages are sv, en: rename it "
        "docs/exempel/boendestod.sv.md (or .en.md); as it is, no page shows it"]


def test_a_misspelt_key_is_one_message_at_its_line_naming_the_key_meant(tmp_path):
    root = copy_project(tmp_path / "project")
    add_fixture_project(root)
    page = root / "docs" / f"{FIXTURE_PROJECT}.sv.md"
    text = page.read_text(encoding="utf-8")
    assert "\nstatus:\n" in text
    text = text.replace("\nstatus:\n", "\nstauts:\n", 1)
    page.write_text(text, encoding="utf-8")
    line = text.split("\n").index("stauts:") + 1
    out = subprocess.run([sys.executable, "scripts/check.py"], cwd=root, capture_output=True, text=True)
    # not "missing required key 'status'" as well, nor the English file's facts said to differ
    assert [m for m in out.stdout.splitlines() if "status" in m or "stauts" in m] == [
        f"docs/{FIXTURE_PROJECT}.sv.md:{line}: unknown key 'stauts': did you mean 'status'?"]


def test_an_unknown_key_like_no_known_one_points_to_the_schema():
    from samverkan.projects import validate

    from sitebuild import ROOT
    meta = {"title": "A", "colour": "blå"}
    assert ("colour", "unknown key 'colour' (see data/exempel.schema.json)") in validate(meta, ROOT / "data" / "exempel.schema.json")


@pytest.mark.parametrize("key,meant", [("descripton", "description"), ("reviewd", "reviewed"), ("titel", "title")])
def test_a_misspelt_key_on_a_page_is_named_not_ignored(key, meant):
    from samverkan.text_rules import page_problems

    source = f"---\ntitle: A\n{key}: x\n---\n# A\n\nText.\n"
    assert [str(p) for p in page_problems(source, "docs/kunskap/x.sv.md")] == [
        f"docs/kunskap/x.sv.md:3: unknown key '{key}': did you mean '{meant}'? A key spelt otherwise is ignored"]


def test_a_pages_own_keys_and_an_examples_keys_are_left_alone():
    from samverkan.text_rules import page_problems

    assert page_problems("---\ntitle: A\ndescription: B\nreviewed: 2026-01-01\nhide: [toc]\nsheet: x\n---\n# A\n",
                         "docs/kunskap/x.sv.md") == []
    # an example's misspelt key is the schema's message (test_a_misspelt_key_is_one_message_at_its_line...)
    assert page_problems("---\ntitle: A\ndescripton: B\n---\n# A\n", "docs/exempel/x.sv.md") == []


def test_make_check_notes_a_renamed_site_that_keeps_the_sample_address(tmp_path, monkeypatch):
    import check

    monkeypatch.delenv("SITE_URL", raising=False)
    root = copy_project(tmp_path / "project")
    assert check.address_note(root) is None         # the upstream site itself
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace(f"site_name: {check.UPSTREAM_NAME}", "site_name: Kunskapsbank Östersund", 1)
    config.write_text(text, encoding="utf-8")
    line = text.split("\n").index(next(r for r in text.split("\n") if r.startswith("site_url:"))) + 1
    assert check.address_note(root).startswith(f"mkdocs.yml:{line}: note: site_url is still the sample address")
    monkeypatch.setenv("SITE_URL", "https://kunskap.ostersund.example/")
    assert check.address_note(root) is None          # set where the site is built
    out = subprocess.run([sys.executable, "scripts/check.py"], cwd=root, capture_output=True, text=True,
                         env={k: v for k, v in os.environ.items() if k != "SITE_URL"})
    assert out.returncode == 0 and "note: site_url is still the sample address" in out.stdout
