"""Property-based tests (Hypothesis): generated front matter, checklist blocks and
citation text never make the build raise, every message names its file, and no
item or citation is lost between the source and what is built.

The readers are exercised on many generated pages without MkDocs; one real build
takes a handful of generated pages, so the whole file stays fast.
"""
from __future__ import annotations

import re

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from htmlq import parse, words
from samverkan import frontmatter
from samverkan.citations import CitationParser
from samverkan.registry import load_registry
from samverkan.site_index import build_index
from samverkan.text_rules import page_problems
from sitebuild import ROOT, build_site, copy_project

REGISTRY = load_registry(ROOT / "data" / "lagar.yml")
PARSER = CitationParser(REGISTRY)
CITATIONS = ["2 kap. 7 § socialtjänstlagen (2001:453)", "34 § lagen (1974:203) om kriminalvård i anstalt",
             "5 kap. 1 § SoL", "HSL", "3 kap. 5 § fängelselagen (2010:610)"]
# Text an editor might type, hostile characters included; no newlines (they are the structure).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(list("<>:\"'#*[]{}&§\t-")),
               min_size=1, max_size=30).map(lambda s: s.replace("\t", " ").strip() or "x")
# Words safe for a checklist item: "<", "[", "`", "*" and "_" are Markdown or HTML and may rightly change the text
ITEM = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd")) | st.sampled_from(list(" .,:;?!-§åäö")),
               min_size=3, max_size=40).map(lambda s: " ".join(s.split())).filter(lambda s: re.search(r"\w\w", s))
CORRUPT = [lambda t: t, lambda t: t.replace(": ", ": a: b ", 1), lambda t: t.replace("\n", "\n\t", 1),
           lambda t: t.replace(": ", ': "', 1), lambda t: t + "title: again\n", lambda t: t.replace(":", "", 1)]


@st.composite
def pages(draw):
    meta = draw(st.dictionaries(st.sampled_from(["title", "description", "summary", "place", "note"]), TEXT, max_size=4))
    front = draw(st.sampled_from(CORRUPT))(yaml.safe_dump(meta, allow_unicode=True) if meta else "")
    items = draw(st.lists(ITEM, min_size=1, max_size=4))
    cites = draw(st.lists(st.sampled_from(CITATIONS), max_size=3))
    title = draw(ITEM)
    indent = draw(st.sampled_from(["", "    "]))       # indented four spaces after text: code, not a checklist
    block = [f'{indent}!!! checklist "{title}"'] + [f"{indent}    - {item}" for item in items]
    body = "\n\n".join([f"Text {' och '.join(cites)}." if cites else "Text.", "\n".join(block), "Slut."])
    source = (f"---\n{front}---\n\n" if front else "") + body + "\n"
    return source, items, cites, indent == ""


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_reading_generated_pages_never_raises_names_the_file_and_loses_nothing(page):
    source, items, cites, is_checklist = page
    found = frontmatter.read(source, "docs/fuzz.sv.md")
    # the front matter never becomes text (unless it has no end at all, which is said)
    assert not found.body.startswith("---\n") or "no closing --- line" in found.problems[0].message
    problems = page_problems(source, "docs/fuzz.sv.md")
    index = build_index("sv", [("fuzz.sv.md", "/fuzz.md", "docs/fuzz.sv.md", "fuzz", "fuzz/", source)], "Checklista")
    for problem in [*problems, *index.problems]:
        assert problem.path == "docs/fuzz.sv.md" and (problem.line is None or 1 <= problem.line <= source.count("\n") + 1)
        assert "Traceback" not in problem.message and "object at 0x" not in problem.message
    checklists = index.pages[0].checklists
    assert [i.text for c in checklists for i in c.items] == (items if is_checklist else [])
    found_cites = [c for c in PARSER.find(index.pages[0].body) if c.statute]
    assert len(found_cites) >= len(cites)


@settings(max_examples=1, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(pages(), min_size=4, max_size=4))
def test_a_build_of_generated_pages_never_raises_and_keeps_every_item(tmp_path, generated):
    root = copy_project(tmp_path / "project")
    for n, (source, _, _, _) in enumerate(generated):
        for lang in ("sv", "en"):
            (root / f"docs/kunskap/fuzz-{n}.{lang}.md").write_text(source, encoding="utf-8")
    built = build_site(root, root / "site", strict=False)         # raises if the build does
    assert built.site.joinpath("kunskap/fuzz-0/index.html").exists()
    for warning in built.warnings:
        assert re.match(r"(docs|data)/[^:]+(:\d+(:\d+)?)?: ", warning), warning
    for n, (_, items, cites, is_checklist) in enumerate(generated):
        page = parse(built.html(f"kunskap/fuzz-{n}/"))
        labels = [words(label.text) for label in page.find_all("label", class_="checklist__item") or
                  [li.find("label") for li in page.find_all("li", class_="checklist__item")]]
        assert labels == ([words(i) for i in items] if is_checklist else [])
        linked = [a for a in page.find_all("a", class_="citation")]
        assert len(linked) >= len(cites)
