"""The citation parser and the Markdown extension that links citations, table-driven."""
import re
from pathlib import Path

import markdown
import pytest

from citation_corpus import CASES, FL, FL17, HSL, HSL17, LVM, SOL, SOL25
from citation_corpus_more import MORE_CASES
from samverkan.citation_links import CitationExtension, Linker, PageContext
from samverkan.citations import CitationParser
from samverkan.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
REGISTRY = load_registry(ROOT / "data" / "lagar.yml")
PARSER = CitationParser(REGISTRY)


def test_the_corpus_is_large_and_covers_both_languages():
    assert len(CASES) >= 150
    assert sum(1 for text, _, _ in CASES if "Section" in text or "Act" in text) >= 30


@pytest.mark.parametrize("text,links,warning", CASES + MORE_CASES, ids=[t[:60] for t, _, _ in CASES + MORE_CASES])
def test_corpus(text, links, warning):
    found = PARSER.find(text)
    assert [(c.statute, c.chapter, c.section) for c in found if c.statute] == links
    problems = [c.problem for c in found if c.problem]
    if warning is None:
        assert problems == []
    else:
        assert len(problems) == 1 and warning in problems[0], problems


@pytest.mark.parametrize("text,expected", [
    ("enligt 2 kap. 7 § socialtjänstlagen (2001:453) ska", ["2 kap. 7 § socialtjänstlagen (2001:453)"]),
    ("Se 2 kap. 7 §, 2 a kap. 5 § och 3 f § socialtjänstlagen.", ["2 kap. 7 §", "2 a kap. 5 §", "3 f § socialtjänstlagen"]),
    ("Se 4 kap. 1 och 2 §§ SoL.", ["4 kap. 1", "2 §§ SoL"]),
    ("Enligt SoL 2 kap. 7 § ska", ["SoL 2 kap. 7 §"]),
    ("See Sections 16 and 17 of the Administrative Procedure Act (2017:900).",
     ["Sections 16", "17 of the Administrative Procedure Act (2017:900)"]),
    ("Källan nämner lagen (1988:870) om vård av missbrukare i vissa fall (LVM) där",
     ["lagen (1988:870) om vård av missbrukare i vissa fall (LVM)"]),
    ("the Care of Abusers (Special Provisions) Act (1988:870)", ["Care of Abusers (Special Provisions) Act (1988:870)"]),
])
def test_link_text_is_the_whole_citation(text, expected):
    assert [c.text for c in PARSER.find(text)] == expected


def test_anchor_follows_lagen_nu():
    anchors = [c.anchor for c in PARSER.find("2 kap. 7 §, 2 a kap. 5 § och 3 f § socialtjänstlagen")]
    assert anchors == ["K2P7", "K2aP5", "K2aP3f"]
    assert PARSER.find("6 § förvaltningslagen")[0].anchor == "P6"
    assert PARSER.find("11 kap. fängelselagen")[0].anchor == "K11"
    assert PARSER.find("förvaltningslagen")[0].anchor is None


# -- the old law and the new ---------------------------------------------------------------

@pytest.mark.parametrize("text,date,statute", [
    ("2 kap. 3 § SoL", None, SOL),              # no date: the registry's default, the older act
    ("2 kap. 3 § SoL", "2012-12-31", SOL),
    ("2 kap. 3 § SoL", "2025-06-30", SOL),
    ("2 kap. 3 § SoL", "2025-07-01", SOL25),
    ("2 kap. 3 § SoL", "2026-12-31", SOL25),
    ("socialtjänstlagen", "2026-12-31", SOL25),
    ("the Social Services Act", "2026-12-31", SOL25),
    ("6 § förvaltningslagen", "2010-12-31", FL),
    ("6 § förvaltningslagen", "2019-12-31", FL17),
    ("3 f § HSL", "2016-12-31", HSL),
    ("HSL", "2020-12-31", HSL17),
    ("LVM", "2026-12-31", LVM),                  # one act only: the date changes nothing
    ("SoL (2001:453)", "2026-12-31", SOL),       # a number always decides
    ("socialtjänstlagen (2025:400)", "2006-12-31", SOL25),
])
def test_a_bare_name_means_the_act_in_force_when_the_page_speaks(text, date, statute):
    (cite,) = PARSER.find(text, date)
    assert cite.statute == statute


# -- linking on the parsed document ---------------------------------------------------------

def _render(text, date=None):
    uses, problems = [], []
    linker = Linker(PARSER, href=lambda c: f"/lagar/{REGISTRY.get(c.statute).slug}/" + (f"#{c.anchor}" if c.anchor else ""),
                    title=lambda c: REGISTRY.get(c.statute).name_sv, on_use=uses.append,
                    on_problem=lambda line, message: problems.append((line, message)))
    linker.page = PageContext(source=text, date=date)
    html = markdown.markdown(text, extensions=["footnotes", "tables", "admonition", "def_list", "md_in_html",
                                               "attr_list", "abbr", CitationExtension(linker)])
    return html, uses, problems


@pytest.mark.parametrize("construct,text,linked", [
    ("paragraph", "Enligt 2 kap. 7 § SoL ska.", '<a class="citation" href="/lagar/sfs-2001-453/#K2P7" id="cite-1"'),
    ("emphasis", "Enligt 2 kap. 7 § *socialtjänstlagen* ska.",
     '<a class="citation" href="/lagar/sfs-2001-453/#K2P7" id="cite-1" title="Socialtjänstlag (2001:453)">2 kap. 7 § <em>socialtjänstlagen</em></a>'),
    ("strong provision", "Enligt **2 kap. 7 §** socialtjänstlagen ska.", "><strong>2 kap. 7 §</strong> socialtjänstlagen</a>"),
    ("line break in a name", "Enligt hälso- och\nsjukvårdslagen ska.", 'href="/lagar/sfs-1982-763/"'),
    ("list", "- Se 4:1 SoL.\n- Annat.", 'href="/lagar/sfs-2001-453/#K4P1"'),
    ("table", "| a | b |\n|---|---|\n| 6 § FL | x |", 'href="/lagar/sfs-1986-223/#P6"'),
    ("admonition", '!!! note "Not"\n    Se 25 kap. 1 § OSL.', 'href="/lagar/sfs-2009-400/#K25P1"'),
    ("definition list", "Term\n:   Se 3 f § HSL.", 'href="/lagar/sfs-1982-763/#P3f"'),
    ("md_in_html", '<div markdown="1">\nSe 6 § förvaltningslagen (2017:900).\n</div>', 'href="/lagar/sfs-2017-900/#P6"'),
    ("footnote", "Text.[^1]\n\n[^1]: Se 11 kap. 1 § fängelselagen.", 'href="/lagar/sfs-2010-610/#K11P1"'),
])
def test_citations_are_linked_wherever_prose_stands(construct, text, linked):
    html, uses, problems = _render(text)
    assert linked in html
    assert len(uses) == 1 and problems == []


@pytest.mark.parametrize("text", [
    "## 2 kap. 7 § socialtjänstlagen",
    "`2 kap. 7 § socialtjänstlagen`",
    "```\n2 kap. 7 § socialtjänstlagen\n```",
    "    2 kap. 7 § socialtjänstlagen (indented code)",
    "[2 kap. 7 § socialtjänstlagen](https://lagen.nu/2001:453#K2P7)",
    '<a href="x">2 kap. 7 § socialtjänstlagen</a>',
    '!!! note "2 kap. 7 § socialtjänstlagen"\n    Text.',
    "*[SoL]: socialtjänstlagen\n\nText.",
    "Se https://example.org/SoL för texten.",
    "Term med 2 kap. 7 § SoL\n:   en definition",
])
def test_code_headings_links_and_titles_are_left_alone(text):
    html, uses, problems = _render(text)
    assert 'class="citation"' not in html and uses == [] and problems == []


def test_each_use_carries_its_anchor_line_and_whole_sentence():
    text = "Första stycket.\n\nDen andra meningen. Enligt 2 kap. 7 § *SoL* ska en plan\nupprättas. Sedan LVM."
    html, uses, _ = _render(text)
    assert [(u.anchor, u.line, u.citation.statute) for u in uses] == [("cite-1", 3, SOL), ("cite-2", 4, LVM)]
    assert uses[0].sentence == ("Enligt ", "2 kap. 7 § SoL", " ska en plan upprättas.")
    assert uses[1].sentence == ("Sedan ", "LVM", ".")
    assert 'id="cite-1"' in html and 'id="cite-2"' in html


def test_an_unknown_statute_is_reported_at_its_line_and_not_linked():
    html, uses, problems = _render("Rad ett.\n\nEnligt 26 kap. 6 § brottsbalken\noch 4 § KRIS:s stadgar.")
    assert 'class="citation"' not in html and uses == []
    assert problems == [(3, 'unknown statute "26 kap. 6 § brottsbalken" (add it to the law registry '
                            'data/lagar.yml or correct the citation)')]


def _same(found):
    return [(c.start, c.end, c.statute, c.chapter, c.section, c.problem) for c in found]


def test_the_quick_no_citation_tests_never_hide_one():
    """CitationParser.may_cite skips text with no digit and no word a law reference needs, and
    inside find, may_name_law and may_hold_provision skip the two scans a text cannot need. On
    every corpus sentence, every paragraph of the site and forms written to slip past them, the
    parser finds the same with them as without them, and each of them does skip text."""
    unfiltered = CitationParser(REGISTRY)
    unfiltered.may_cite = lambda text: True
    unfiltered.may_name_law = lambda text, low: True
    unfiltered.may_hold_provision = lambda text, low: True
    paragraphs = [p for page in sorted((ROOT / "docs").rglob("*.md"))
                  for p in page.read_text(encoding="utf-8").split("\n\n")]
    forms = [f for s in REGISTRY for f in (*s.names, *s.names_en, *s.short)]
    texts = [t for t, _, _ in CASES + MORE_CASES] + paragraphs + [
        f"Enligt {f} ska" for f in forms] + [f"Enligt {f.upper()}S regler" for f in forms] + [
        "Se Skollagen och Brottsbalken.", "the Municipal Ethics Code applies", "Lagen om X gäller.",
        "enligt hälso- och\nsjukvårdslagen", "i Regeringsformen", "The Prisons Ordinance says",
        # a number or a provision with none of the law words
        "Se SFS 2001:453.", "KVFS 2011:1 gäller", "(2017:900) och 4:1", "4 a:1 och 12 b:3 FL", "4 :1 SoL",
        "enligt 4 kap. 1 § samma lag", "Kap. 4 § 1", "§ 34 gäller", "SECTION 4 OF THE ACT",
        "Ch. 2, Sec. 7", "chapter 5 and 6", "kapitel 4 i balken", "kl. 10:30 den 4 maj 2021",
        "Se https://lagen.nu/2001:453#K4P1 och www.riksdagen.se/sfs/2001:453 i 4 kap. 1 § SoL.",
        # short and English names are read as written, Swedish names in any case
        "enligt sol och fl 4 kap. 1 §", "Enligt SOL 4 kap.", "the social services act, section 4", "SOCIAL SERVICES ACT 4:1",
        "SOCIALTJÄNSTLAGEN 4 kap. 1 §", "Socialtjänstlagen 2 kap.", "4 kap. 1 § KVL", "§ 34-PLACERING", "a Finsam 2 team",
        "The ACT of 2001", "kontakt 4 kap. 1 § i Act", "flera 4 kap. 1 § SoLs", "DOS-LAGEN 3 §", "enligt 4 § Dos-lagen"]
    skipped = [t for t in texts if not PARSER.may_cite(t)]
    assert len(skipped) > 50          # the quick test does skip prose
    passed = [t for t in texts if PARSER.may_cite(t)]
    assert len([t for t in passed if not PARSER.may_name_law(t, t.casefold())]) > 20
    assert len([t for t in passed if not PARSER.may_hold_provision(t, t.casefold())]) > 20
    assert [_same(PARSER.find(t)) for t in texts] == [_same(unfiltered.find(t)) for t in texts]
    assert PARSER.may_cite("Ingen hänvisning här.") is False and PARSER.may_cite("enligt SoL") is True


def test_the_word_before_a_sentence_end_is_read_as_the_whole_text_would_give_it():
    """sentences.word_before reads only the last characters before a possible sentence end; on
    random text (long runs of letters and dots among them) and on every page it finds what the
    search of the whole text before that point finds."""
    import random

    from samverkan.sentences import _WORD_BEFORE, word_before

    rng = random.Random(7)
    cases = [("".join(rng.choice("ab. !?…\nK§1") for _ in range(rng.randint(0, 200))), None) for _ in range(1500)]
    cases = [(t, rng.randint(0, len(t))) for t, _ in cases] + [("x" * 100 + ".kap.", 105), ("a.b" * 40 + "!", 121)]
    cases += [(t, i) for page in sorted((ROOT / "docs").rglob("*.md"))
              for t in [page.read_text(encoding="utf-8")] for i in range(0, len(t), 499)]

    def seen(m):
        return m and (m.span(), m.group(1))
    assert [seen(word_before(t, end)) for t, end in cases] == [seen(_WORD_BEFORE.search(t[:end])) for t, end in cases]


def test_a_citation_is_found_in_its_source_as_the_pattern_of_its_words_would_find_it():
    """citation_links._words_at finds a citation's words in the page's Markdown (for its line)
    where the regex of those words with up to 16 other characters between them would."""
    import random

    from samverkan.citation_links import _WORD, _words_at

    rng = random.Random(3)
    sources = ["".join(rng.choice(["2", " ", "kap", ".", "7", "§", "*", "SoL", "\n", "<b>", "x" * 20, "  " * 9])
                       for _ in range(rng.randint(0, 60))) for _ in range(800)]
    sources += [f"a 2{' ' * n}kap. 7 § SoL" for n in (15, 16, 17)] + [f"2 kap.{'*' * n}7 §" for n in (15, 16, 17)]
    sources += [page.read_text(encoding="utf-8") for page in sorted((ROOT / "docs").rglob("*.md"))]
    texts = ["2 kap. 7 § SoL", "7 §", "SoL", "2 kap", "§ 7 SoL", "kap. 7", "x 2", "2 kap. 7 § *SoL*", "4 kap. 1 § SoL",
             "socialtjänstlagen", "Chapter 4, Section 1 of the Social Services Act", "förvaltningslagen (2017:900)"]
    for source in sources:
        for text in texts:
            words = _WORD.findall(text)
            pattern = re.compile(r"[^\w§]{0,16}?".join(re.escape(w) for w in words))
            for pos in (0, len(source) // 2):
                m = pattern.search(source, pos)
                assert _words_at(source, words, pos) == (m and m.span()), (source, text, pos)


def test_a_block_is_passed_over_only_when_nothing_in_it_could_be_linked(monkeypatch):
    """The linker skips a block whose whole text fails CitationParser.may_find; every page of the
    site and every corpus sentence renders the same, with the same uses and problems, as when
    every block is read."""
    pages = [page.read_text(encoding="utf-8") for page in sorted((ROOT / "docs").rglob("*.md"))]
    texts = pages + [t for t, _, _ in CASES + MORE_CASES]
    skipped = [t for t in texts if not PARSER.may_find(t)]
    quick = [_render(t) for t in texts]
    monkeypatch.setattr(PARSER, "may_find", lambda text: True)
    full = [_render(t) for t in texts]

    def seen(rendered):
        html, uses, problems = rendered
        return html, [(u.anchor, u.line, u.citation, u.sentence) for u in uses], problems
    assert [seen(r) for r in quick] == [seen(r) for r in full]
    assert len(skipped) > 20      # whole texts without a law or a provision: the test does skip
