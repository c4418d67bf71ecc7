"""The content: complete examples in both languages, sources named, figures traceable,
no copied sentences and no personal data."""
import json
import re
from pathlib import Path

import pytest

from content_rules import copied_runs, figure_in_sources, have_sources, source_shingles, source_text, written_from_sources
from samverkan.site_index import split_front_matter
from sitebuild import ROOT

DOCS = ROOT / "docs"
SCHEMA = json.loads((ROOT / "data/exempel.schema.json").read_text(encoding="utf-8"))
SECTIONS = {
    "sv": ["Vad det är", "Målgrupp", "Så går arbetet till", "Vem samverkar och hur", "Resultat", "Lärdomar", "Källor"],
    "en": ["What it is", "Target group", "How the work is done", "Who collaborates and how", "Results", "Lessons", "Sources"],
}
EXAMPLES = sorted(p for p in (DOCS / "exempel").glob("*.md") if not p.name.startswith("index."))
CHAPTERS = sorted(p for p in (DOCS / "kunskap").glob("*.md") if not p.name.startswith("index."))
ALL_PAGES = sorted(DOCS.rglob("*.md"))


def read(path: Path):
    return split_front_matter(path.read_text(encoding="utf-8"))


def rel(path):
    return path.relative_to(ROOT).as_posix()


needs_sources = pytest.mark.skipif(not have_sources(), reason="the source documents (../shared/sources) are not beside this clone")


def test_every_example_and_chapter_in_both_languages():
    stems = lambda paths, lang: {p.name.rsplit(".", 2)[0] for p in paths if p.name.endswith(f".{lang}.md")}  # noqa: E731
    assert stems(EXAMPLES, "sv") == stems(EXAMPLES, "en")
    assert stems(CHAPTERS, "sv") == stems(CHAPTERS, "en")


@pytest.mark.parametrize("page", EXAMPLES, ids=rel)
def test_example_has_every_required_key_its_sections_and_its_other_language(page):
    meta, body, _ = read(page)
    missing = [k for k in SCHEMA["required"] if k not in meta]
    assert not missing, f"{rel(page)} lacks front-matter keys {missing}"
    lang = page.name.rsplit(".", 2)[1]
    headings = re.findall(r"^## (.+?)\s*$", body, re.M)
    assert headings == SECTIONS[lang], f"{rel(page)}: sections {headings}"
    other = page.with_name(page.name.replace(f".{lang}.md", ".en.md" if lang == "sv" else ".sv.md"))
    assert other.exists(), f"{rel(page)} has no {rel(other)}"
    assert "!!! checklist" in body.split("## " + SECTIONS[lang][5])[1], f"{rel(page)}: lessons are not a checklist"


PLAN_WORDS = {"sv": ("ansökan", "förslag", "plan"), "en": ("application", "proposal", "plan")}


@pytest.mark.parametrize("page", [p for p in EXAMPLES if "proposal" in (read(p)[0].get("status"), read(p)[0].get("evidence"))], ids=rel)
def test_proposals_are_presented_as_proposals(page):
    meta, body, _ = read(page)
    assert meta["status"] == meta["evidence"] == "proposal", f"{rel(page)}: a proposal has no results to rest on"
    assert any(word in body.lower() for word in PLAN_WORDS[page.name.rsplit(".", 2)[1]]), rel(page)


@pytest.mark.parametrize("page", EXAMPLES + CHAPTERS + [DOCS / "index.sv.md", DOCS / "index.en.md",
                                                       DOCS / "om/index.sv.md", DOCS / "om/index.en.md"], ids=rel)
def test_page_ends_with_its_sources(page):
    _, body, _ = read(page)
    headings = re.findall(r"^## (.+?)\s*$", body, re.M)
    assert headings and headings[-1] in ("Källor", "Sources"), rel(page)
    sources = body.split(f"## {headings[-1]}")[1]
    assert re.search(r"\b(19|20)\d\d\b", sources), f"{rel(page)}: the sources name no year"


@needs_sources
@pytest.mark.parametrize("page", EXAMPLES, ids=rel)
def test_every_figure_in_front_matter_is_in_the_sources(page):
    meta, _, _ = read(page)
    text = source_text()
    if not written_from_sources(meta, text):
        pytest.skip(f"{rel(page)} rests on documents of its own, not on shared/sources")
    missing = [r for r in (meta.get("results") or []) + (meta.get("funding") or [])
               if isinstance(r["value"], (int, float)) and not isinstance(r["value"], bool)
               and r["value"] != 0 and not figure_in_sources(r["value"], text)]
    assert not missing, f"{rel(page)}: figures not found in shared/sources: {missing}"


@needs_sources
def test_no_sentence_is_copied_from_the_sources():
    shingles = source_shingles()
    copied = {rel(p): copied_runs(read(p)[1], shingles)[:2] for p in ALL_PAGES}
    assert {k: v for k, v in copied.items() if v} == {}


PERSONAL = [
    (re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+"), "an e-mail address"),
    (re.compile(r"(?<![\d:/-])(?:\+46|0)\s?\d{1,3}[-\s]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}(?![\d:])"), "a phone number"),
]


@pytest.mark.parametrize("path", ALL_PAGES + sorted((ROOT / "data").glob("*")), ids=rel)
def test_no_personal_contact_details(path):
    text = path.read_text(encoding="utf-8")
    for pattern, what in PERSONAL:
        found = [m.group(0) for m in pattern.finditer(text)]
        assert not found, f"{rel(path)} contains {what}: {found[:3]}"


def test_replaced_laws_are_flagged_for_todays_reader():
    for lang, words in (("sv", "2025:400"), ("en", "2025:400")):
        _, body, _ = read(DOCS / f"kunskap/regelverket.{lang}.md")
        assert words in body and "2023:196" in body


SWEDISH_TERMS = re.compile(r"frivård|Kriminalvården|Arbetsförmedlingen")


@pytest.mark.parametrize("page", [p for p in EXAMPLES + CHAPTERS if p.name.endswith(".en.md")
                                  and SWEDISH_TERMS.search(read(p)[1])], ids=rel)
def test_english_pages_keep_swedish_terms_in_italics(page):
    _, body, _ = read(page)
    assert re.search(r"\*[^*]*(frivård|Kriminalvården|Arbetsförmedlingen)[^*]*\*", body), rel(page)
