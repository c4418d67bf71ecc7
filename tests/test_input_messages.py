"""What an editor is told about broken input: one message, the file, the line, what to do.

Table tests of the readers themselves (no build): front matter, data files, the
schema's messages, placeholders, invisible characters, script in a page.
"""
import re

import pytest

from samverkan import frontmatter
from samverkan.checklists import parse as parse_checklists
from samverkan.data_checks import data_file_warnings
from samverkan.glossary import load_glossary
from samverkan.projects import normalise, validate
from samverkan.text_rules import page_problems, template_texts
from samverkan.yamlfile import DataError, decode, load_checked
from sitebuild import ROOT

PAGE = "docs/x.sv.md"
SCHEMA = ROOT / "data" / "exempel.schema.json"
TEMPLATES = template_texts(str(ROOT / "scripts" / "templates"))


@pytest.mark.parametrize("front,message", [
    ('title: "Samverkan\ndescription: Varför\n',
     'docs/x.sv.md:2:8: the YAML cannot be read: a quote opens here but is never closed: end the value with the same quote mark'),
    ("title: A\ntarget_group: Vuxna som friges: utan bostad\n",
     'docs/x.sv.md:3:31: the YAML cannot be read: a colon followed by a space inside a value: put the whole value in quotes ("...")'),
    ("focus:\n\t- care\n",
     "docs/x.sv.md:3:1: the YAML cannot be read: a tab character: YAML indents with spaces only; replace the tab with spaces"),
    ("title: A\n place: B\n",
     "docs/x.sv.md:3:7: the YAML cannot be read: this key is indented under a key that already has a value: start it "
     "in the same column as the keys above, or put a long value in quotes"),
    ("title: A\nthis is a sentence\nplace: B\n",
     "docs/x.sv.md:3:1: the YAML cannot be read: a line without 'key: value': write the key, a colon and a space "
     "before the value, or put a long value in quotes"),
    ("title: @kommunen\n", "docs/x.sv.md:2:8: the YAML cannot be read: a value that starts with @: put the value in quotes"),
    ("partners: [A, B\nplace: C\n", "docs/x.sv.md:2:11: the YAML cannot be read: a list in square brackets is not "
                                    "closed: end it with ]; or put the item in quotes"),
    ("- title\n- place\n", "docs/x.sv.md:2: the front matter must be keys with values, one per line (title: ..., description: ...)"),
])
def test_broken_front_matter_is_one_message_and_never_the_page_text(front, message):
    source = f"---\n{front}---\n\n# Rubrik\n\nText.\n"
    found = frontmatter.read(source, PAGE)
    assert [str(p) for p in found.problems] == [message]
    assert found.broken and found.meta == {}
    assert found.body == "# Rubrik\n\nText.\n" and found.first_line == front.count("\n") + 4


def test_front_matter_without_its_closing_line_is_named():
    found = frontmatter.read("---\ntitle: A\n\n# Rubrik\n", PAGE)
    assert [str(p) for p in found.problems] == [
        "docs/x.sv.md:1: the front matter starts with --- but has no closing --- line: add a line with only --- after the last key"]


def test_every_key_has_its_line_and_dates_are_text():
    found = frontmatter.read("---\ntitle: A\nperiod:\n  start: 2026-02-01\n  end: 2027\nresults:\n"
                             "  - label: B\n    value: 3\n---\nText\n", PAGE)
    assert found.meta["period"] == {"start": "2026-02-01", "end": 2027}
    assert [found.line_of(k) for k in ("title", "period.start", "period.end", "results[0]", "results[0].value",
                                       "results[0].unit")] == [2, 4, 5, 7, 8, 7]


@pytest.mark.parametrize("text,expected", [
    ("---\nplace: Malmö\ntitle: A\nplace: Lund\n---\n",
     ["docs/x.sv.md:4: 'place' is given twice (also on line 2); only this one is used: remove one of them"]),
    ("---\ntitle: Ett\u200bord\n---\n",
     ["docs/x.sv.md:2: an invisible character U+200B (ZERO WIDTH SPACE) that can hide or reorder what a reader sees: delete it"]),
    ("---\ntitle: A\n---\n\n# Rubrik \u202eabc\n",
     ["docs/x.sv.md:5: an invisible character U+202E (RIGHT-TO-LEFT OVERRIDE) that can hide or reorder what a reader sees: delete it"]),
    ("---\ntitle: 'ITOK <img src=x onerror=alert(1)>'\n---\n",
     ["docs/x.sv.md:2: 'title' is plain text, without HTML: remove the '<' and '>' (\"ITOK <img src=x onerror=alert(1)>\"); "
      "write 'less than' or 'over' in words"]),
    ("---\nplace: <kommun>\nresults:\n  - label: A\n    value: <antal>\n---\n",
     ["docs/x.sv.md:2: 'place' still holds the placeholder \"<kommun>\": fill in `place`",
      "docs/x.sv.md:5: 'results[0].value' still holds the placeholder \"<antal>\": fill in `value`"]),
    ("---\ntitle: A\n---\n\nText <img src=x onerror=alert(1)> och [x](javascript:alert(1)).\n\n"
     "    <script>kod i ett kodblock</script>\n\n`<script>` i löptext\n\n<SCRIPT>alert(1)</SCRIPT>\n",
     ["docs/x.sv.md:5: HTML that can run a script (<script>, an on...= attribute or a javascript: link): write Markdown, "
      "not HTML, and remove it",
      "docs/x.sv.md:11: HTML that can run a script (<script>, an on...= attribute or a javascript: link): write Markdown, "
      "not HTML, and remove it"]),
    # every known marker passes, a marker in code is text; an unknown one is named at its own line
    ("---\ntitle: A\n---\n\n\n<!-- samverkan:comparison -->\n<!-- samverkan:catalogue --> <!-- samverkan:site-name -->\n\n"
     "<!--samverkan:checklists--> <!-- samverkan:law-index --> <!-- samverkan:glossary -->\n\n"
     "```\n<!-- samverkan:kod -->\n```\n\n`<!-- samverkan:kod -->`\n\nText <!-- samverkan:katalog -->\n",
     ["docs/x.sv.md:17: unknown marker '<!-- samverkan:katalog -->': check its spelling; the known markers are listed "
      "in docs/om/redaktorsguide.sv.md"]),
])
def test_page_problems_name_the_line(text, expected):
    assert [str(p) for p in page_problems(text, PAGE, TEMPLATES)] == expected


def test_the_untouched_template_is_named_at_every_placeholder():
    template = (ROOT / "scripts/templates/exempel.sv.md").read_text(encoding="utf-8")
    source = re.sub(r"\{\w+\}", lambda m: {"{title}": "Nattkafé", "{year}": "2026"}.get(m.group(), "ord"), template)
    problems = page_problems(source, "docs/exempel/nattkafe.sv.md", TEMPLATES)
    lines = source.split("\n")
    keys = [re.search(r"fill in `(\w+)`", p.message) for p in problems]
    assert [k.group(1) for k in keys if k] == ["description", "summary", "place", "county", "organisations",
                                               "target_group", "title", "publisher", "reference"]
    for problem in problems:
        words = re.search(r'"([^"]+)"', problem.message).group(1)
        assert words.rstrip("…") in lines[problem.line - 1], problem
    body = [p for p in problems if "template's placeholder text" in p.message]
    assert len(body) == 7 and all(p.line >= 60 for p in body)


def test_a_page_not_saved_as_utf8_is_read_and_named():
    text, problem = decode("# Åter\n\nStöd\n".encode("latin-1"), "docs/kunskap/x.sv.md")
    assert str(problem) == ("docs/kunskap/x.sv.md:1: the file is not saved as UTF-8 (byte 0xc5 on this line): "
                            "save the file as UTF-8 (in most editors: Save with encoding, UTF-8)")
    assert text.startswith("# \ufffdter")


@pytest.mark.parametrize("text,message", [
    ("- id: a\n  sv: {term: A, definition: B}\n  en: {term: A, definition: B}\n- bara en sträng\n",
     'data/ordlista.yml:4: each glossary entry must be a mapping (id:, sv:, en:, abbreviation:); this one is the text "bara en sträng"'),
    ("- id: a\n  sv: en term\n  en: {term: A, definition: B}\n",
     "data/ordlista.yml:2: 'sv' of entry 'a' must be a mapping with term: and definition: under it; got the text \"en term\""),
    ("- id: a\n  sv:\n    term: A\n  en: {term: A, definition: B}\n",
     "data/ordlista.yml:2: entry 'a' needs sv.definition as text; got nothing"),
    ('- id: \'x" onmouseover="alert(1)\'\n  sv: {term: A, definition: B}\n  en: {term: A, definition: B}\n',
     "data/ordlista.yml:1: 'id' must be lower-case letters a-z, digits and hyphens (it is the term's address); "
     "got the text \"x\" onmouseover=\"alert(1)\""),
    ("- id: a\n  sv: {term: Ärende, definition: B}\n".encode("latin-1"),
     "data/ordlista.yml:2: the file is not saved as UTF-8 (byte 0xc4 on this line): save the file as UTF-8"),
])
def test_a_broken_glossary_names_its_own_file_and_line(tmp_path, text, message):
    path = tmp_path / "ordlista.yml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(DataError) as err:
        load_glossary(path)
    assert str(err.value).startswith(message)


def test_data_files_warn_of_keys_given_twice_markup_and_invisible_characters(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data/lagar.yml").write_text(
        "- id: SFS 2001:1\n  type: lag\n  sv: Lag <img src=x onerror=alert(1)>\n  en: B\n  en: C\n  short: [S\u200bL]\n",
        encoding="utf-8")
    assert [str(p) for p in data_file_warnings(tmp_path, "data/lagar.yml")] == [
        "data/lagar.yml:3: '[0].sv' is plain text, without HTML: remove the '<' and '>' (\"Lag <img src=x onerror=alert(1)>\"); "
        "write 'less than' or 'over' in words",
        "data/lagar.yml:5: '[0].en' is given twice (also on line 4); only this one is used: remove one of them",
        "data/lagar.yml:6: an invisible character U+200B (ZERO WIDTH SPACE) that can hide or reorder what a reader sees: delete it",
    ]
    assert load_checked(tmp_path / "data/lagar.yml", "data/lagar.yml").data[0]["en"] == "C"


def _meta(**changes):
    meta = {"title": "A", "summary": "B", "place": "C", "county": "D", "organisations": ["E"], "partners": [],
            "target_group": "F", "focus": ["care"], "status": {"value": "project", "as_of": 2020, "source": "Plan 2020"}, "period": {"start": "2020"},
            "evidence": "not-evaluated", "results": [], "sources": [{"title": "G", "publisher": "H", "year": 2020}]}
    meta.update(changes)
    return meta


@pytest.mark.parametrize("changes,expected", [
    ({"period": {"start": 2026}}, []),
    ({"period": {"start": "2026-02-01", "end": 2027}}, []),
    ({"period": {"start": "2014", "end": "ht 2014"}},
     [("period.end", "'period.end' must be a year, a year and month or a date (2014, 2014-08 or 2014-08-01); "
                     'got the text "ht 2014"')]),
    ({"results": [{"value": 3}]}, [("results[0]", "missing required key 'results[0].label'")]),
    ({"results": ["tjugo deltagare"]},
     [("results[0]", "'results[0]' must be a mapping (key: value lines); got the text \"tjugo deltagare\"")]),
    ({"results": [{"label": "A", "value": 2, "year": "<img src=x>"}]},
     [("results[0].year", "'results[0].year' must be a whole number; got the text \"<img src=x>\"")]),
    ({"results": [{"label": "A", "value": 2, "year": "2006"}]}, []),
    ({"place": None}, [("place", "'place' must be text; got nothing")]),
    ({"results": [{"label": "A", "value": "sju", "group": "G"}, {"label": "B", "value": -2, "group": "G"},
                  {"label": "C", "value": float("inf"), "group": "G"}]},
     [("results[0].value", "'results[0].value' is drawn in the chart \"G\" but is the text \"sju\": write the number "
                           "without quotes (the unit goes under unit), or remove group"),
      ("results[1].value", "'results[1].value' is negative (-2): a bar chart shows amounts of zero or more; write the "
                           "figure as a positive amount, or remove group to show it as text only"),
      ("results[2].value", "'results[2].value' is not a finite number: write the figure from the source")]),
])
def test_schema_messages_say_in_words_what_is_expected(changes, expected):
    messages = validate(normalise(_meta(**changes)), SCHEMA)
    assert messages == expected
    assert not any(re.search(r"datetime|\{'|\['|None\b", m) for _, m in messages)


@pytest.mark.parametrize("markdown,titles", [
    ("Text\n\n    !!! checklist \"Kod\"\n        - en rad kod\n", []),
    ("- Punkt\n\n    !!! checklist \"I en lista\"\n        - A\n", ["I en lista"]),
    ("```\n!!! checklist \"Kod\"\n    - x\n```\n", []),
])
def test_a_checklist_in_code_is_code(markdown, titles):
    blocks, _ = parse_checklists(markdown)
    assert [b.title for b in blocks] == titles


def test_text_between_angle_brackets_stays_in_an_item():
    blocks, _ = parse_checklists('!!! checklist "A"\n    - Ring <namn> före **dag 2**\n')
    assert blocks[0].items[0].plain == "Ring <namn> före dag 2"


def test_markup_in_a_checklist_is_named_and_kept():
    blocks, problems = parse_checklists('!!! checklist "Att <b>tänka</b> på"\n    - Punkt <img src=x onerror=alert(1)>\n    - Ring före dag 2\n', 10)
    assert [(p.line, p.message) for p in problems] == [
        (10, "checklist text holds HTML (\"Att <b>tänka</b> på\"): a checklist is plain text and shows it as written; "
             "remove the '<' and '>'"),
        (11, "checklist text holds HTML (\"Punkt <img src=x onerror=alert(1)>\"): a checklist is plain text and shows "
             "it as written; remove the '<' and '>'")]
    assert [i.plain for i in blocks[0].items] == ["Punkt <img src=x onerror=alert(1)>", "Ring före dag 2"]


def test_the_quick_script_test_finds_what_the_full_pattern_finds():
    """text_rules.runs_script looks for "javascript:" before it tries the whole pattern; on every
    line of every page and on script written every way we know, it says what _SCRIPT says."""
    from samverkan.text_rules import _SCRIPT, runs_script

    written = ["<script>", "<SCRIPT src=x>", "<scripts>", "<img src=x onerror=alert(1)>", "<a\nonclick = 'x'>",
               "<img src=x\tONLOAD=x>", "<b>on=</b>", "a < b och c > d", "<a href=\"javascript:alert(1)\">",
               "<a href = ' JavaScript:x'>", "[x](javascript:alert(1))", "[x]( <javascript:x>)", "JAVASCRIPT:x",
               "[x](java\u017fcript:alert(1))", "<a href=java\u017fcript:x>", "<form action=javascript:x>",
               "<iframe src=\"javascript:x\">", "<!-- samverkan:x -->", "formaction=javascript:", "<1 onx=>", ""]
    lines = [line for page in sorted((ROOT / "docs").rglob("*.md"))
             for line in page.read_text(encoding="utf-8").split("\n")]
    pages = [page.read_text(encoding="utf-8") for page in sorted((ROOT / "docs").rglob("*.md"))]
    texts = written + lines + pages
    assert [runs_script(t) for t in texts] == [_SCRIPT.search(t) is not None for t in texts]
    assert sum(runs_script(t) for t in written) >= 14
