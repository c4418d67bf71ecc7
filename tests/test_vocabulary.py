"""data/vocabulary.yml: the one place a checklist topic, focus area, status or evidence level is defined."""
import json
import shutil

import pytest

from htmlq import parse, words
from samverkan import vocabulary
from samverkan.projects import validate
from samverkan.site_index import split_front_matter
from samverkan.yamlfile import DataError
from extended import add_words
from sitebuild import FIXTURES, ROOT

def test_a_new_word_is_valid_in_front_matter_once_it_is_in_the_vocabulary(tmp_path):
    shutil.copy(ROOT / "data/exempel.schema.json", tmp_path)
    shutil.copy(ROOT / "data/vocabulary.yml", tmp_path)
    meta, _, _ = split_front_matter((FIXTURES / "exempel/provprojekt.sv.md").read_text(encoding="utf-8"))
    meta.update(focus=["schooling"], evidence="peer-review", checklist_topics=["education"],
                status={"value": "paused", "as_of": 2012, "source": "Brå 2014"})
    schema = tmp_path / "exempel.schema.json"
    before = [key for key, _ in validate(meta, schema)]
    add_words(tmp_path)
    assert (before, validate(meta, schema)) == (["checklist_topics[0]", "evidence", "focus[0]", "status.value"], [])
    assert json.loads(schema.read_text(encoding="utf-8")) == json.loads(
        (ROOT / "data/exempel.schema.json").read_text(encoding="utf-8"))      # the schema file itself is untouched


def test_a_new_word_is_labelled_in_both_languages_everywhere(changed_site):
    """extended.py adds the words (add_words) and sets the fixture project to them (use_new_words)."""
    built = changed_site
    assert built.ok and built.warnings == []
    for prefix, topic, focus, status, evidence in (
            ("", "Utbildning", "Skolgång", "Vilande 2026, enligt Provköpings uppföljning 2026", "Granskad av kollegor"),
            ("en/", "Education", "Schooling", "Paused in 2026, according to Provköping follow-up 2026", "Peer review")):
        sheet = parse(built.html(prefix + "checklistor/utbildning/"))
        assert words(sheet.find("h1").text) == topic
        assert any("exempel/provprojekt/" in (a.get("href") or "") for a in sheet.find_all("a"))
        catalogue = parse(built.html(prefix + "exempel/"))
        card = next(c for c in catalogue.find_all("li", class_="card") if "provprojekt" in c.find("a").get("href"))
        assert (card.get("data-status"), card.get("data-focus")) == ("paused", "housing schooling")
        assert words(card.find("span", class_="tag--status").text) == status
        assert words(card.find("span", class_="evidence").text) == evidence       # the badge's words
        assert focus in [words(s.text) for s in card.find_all("span", class_="tag")]
        options = {o.get("value"): words(o.text) for o in catalogue.find_all("option")}
        assert (options["paused"], options["schooling"]) == (status.split(" ")[0], focus)


@pytest.mark.parametrize("text,problems", [
    ("topics: {a: {slug: a, sv: A, en: A}}\nfocus: {b: {sv: B, en: B}}\n"
     "statuses: {c: {sv: C, en: C, stated: {sv: 'C {year} {source}', en: 'C {year} {source}'}}}\nevidence: {d: {sv: D, en: D}}\n",
     []),
    ("topics: {a: {slug: a, sv: A}}\nfocus: {b: {sv: B, en: B}}\n"
     "statuses: {c: {sv: C, en: C, stated: {sv: 'C {year} {source}', en: 'C {year} {source}'}}}\nevidence: {d: {sv: D, en: D}}\n",
     ["data/vocabulary.yml:1: topics.a: the en label is missing"]),
    ("topics: {a: {slug: a, sv: A, en: A}, b: {slug: a, sv: B, en: B}}\nfocus: {Vård: {sv: B, en: B}}\n"
     "statuses: {c: {sv: C, en: C, stated: {sv: 'C {source}', en: 'C {year} {source}'}}}\nevidence: {d: D}\n",
     ["data/vocabulary.yml:2: focus.Vård: a key is lower-case letters a–z, digits and hyphens (it is written in front matter)",
      "data/vocabulary.yml:3: statuses.c: stated.sv must be text with {year} and {source} (a status is always dated and sourced)",
      "data/vocabulary.yml:4: evidence.d: expected sv and en labels, e.g. {sv: Boende, en: Housing}",
      "data/vocabulary.yml: two topics have the slug 'a': each topic needs its own address"]),
    ("topics: {a: {slug: a, sv: A, en: A, colour: red}}\nfocus: {b: {sv: B, en: B}}\n"
     "statuses: {c: {sv: C, en: C}}\nlevels: {}\n",
     ["data/vocabulary.yml:1: unknown kind 'levels': expected topics, focus, statuses, evidence",
      "data/vocabulary.yml:1: topics.a: unknown field 'colour': expected en, slug, sv",
      "data/vocabulary.yml:3: statuses.c: 'stated' must give the shown wording in sv and en, with {year} and {source}",
      "data/vocabulary.yml:1: 'evidence' must list at least one word"]),
])
def test_vocabulary_problems_name_the_line_and_what_to_do(tmp_path, text, problems):
    path = tmp_path / "vocabulary.yml"
    path.write_text(text, encoding="utf-8")
    try:
        vocabulary.load(path)
        found = []
    except DataError as err:
        found = [str(p) for p in err.problems]
    assert found == problems


def test_the_constants_and_labels_come_from_the_vocabulary():
    from samverkan.checklists import known_topics
    from samverkan.render import load_strings

    words_ = vocabulary.load()
    strings = load_strings()
    assert known_topics() == words_.keys("topics")
    for lang in ("sv", "en"):
        for kind, name in (("topics", "topics"), ("focus", "focus"), ("statuses", "status"), ("evidence", "evidence")):
            assert list(strings[lang][name]) == list(words_.keys(kind))
    assert strings["sv"]["topic_slugs"]["care"] == "vard-och-behandling"
