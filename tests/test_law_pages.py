"""The law pages' writer on plain data: provisions in order, quotes grouped by page, each once."""
from pathlib import Path
from types import SimpleNamespace

import pytest

from htmlq import parse, words
from samverkan.citations import Citation
from samverkan.law_pages import law_uses, relative
from samverkan.registry import load_registry
from samverkan.render import load_strings
from samverkan.site_index import CitationUse

ROOT = Path(__file__).resolve().parent.parent


def _build(uses):
    registry = load_registry(ROOT / "data" / "lagar.yml")
    index = SimpleNamespace(uses={"SFS 2001:453": uses})
    return SimpleNamespace(lang="sv", strings=load_strings(ROOT)["sv"], registry=registry, index=index)


def _use(page, anchor, chapter, section, sentence):
    cite = Citation(0, 1, sentence[1], "SFS 2001:453", chapter, section)
    return CitationUse(page, cite, 1, anchor, sentence)


PLAN = SimpleNamespace(src_uri="kunskap/plan.sv.md", url="kunskap/plan/", title="Planer <i>")
ITOK = SimpleNamespace(src_uri="exempel/itok.sv.md", url="exempel/itok/", title="ITOK")


def test_provisions_in_order_with_their_quotes_grouped_by_page_and_merged_marks():
    sentence = ("Enligt ", "2 kap. 7 §", " och 4:1 SoL <b>ska</b> man.")
    second = ("Enligt 2 kap. 7 § och ", "4:1 SoL", " <b>ska</b> man.")
    uses = [_use(PLAN, "cite-1", "4", "1", ("Se ", "4:1 SoL", ".")),
            _use(PLAN, "cite-2", "2", "7", sentence),
            _use(ITOK, "cite-1", "2", "7", ("Här ", "2 kap. 7 § SoL", " gäller.")),
            _use(PLAN, "cite-3", "2", "7", ("Enligt ", "2 kap. 7 §", " och 4:1 SoL <b>ska</b> man.")),
            _use(PLAN, "cite-4", "4", "1", second)]
    markdown = law_uses(load_registry(ROOT / "data" / "lagar.yml").get("SFS 2001:453"), _build(uses), "lagar/sfs-2001-453/")
    headings = [line for line in markdown.splitlines() if line.startswith("### ")]
    assert headings == ["### 2 kap. 7 § {#K2P7}", "### 4 kap. 1 § {#K4P1}"]
    doc = parse(markdown)
    quotes = doc.find_all("a", class_="law-uses__quote")
    assert [(a.get("href"), words(a.text)) for a in quotes] == [
        ("../../kunskap/plan/#cite-2", "Enligt 2 kap. 7 § och 4:1 SoL <b>ska</b> man."),   # shown as text
        ("../../exempel/itok/#cite-1", "Här 2 kap. 7 § SoL gäller."),
        ("../../kunskap/plan/#cite-1", "Se 4:1 SoL."),
        ("../../kunskap/plan/#cite-4", "Enligt 2 kap. 7 § och 4:1 SoL <b>ska</b> man."),
    ]
    # the sentence cited twice under 4 kap. 1 § is one quote; under 2 kap. 7 § cite-3 repeats cite-2's
    assert [words(m.text) for m in quotes[0].find_all("mark")] == ["2 kap. 7 §"]
    assert [words(m.text) for m in quotes[3].find_all("mark")] == ["4:1 SoL"]
    pages = [words(a.text) for a in doc.find_all("a") if a.get("href") in ("../../kunskap/plan/", "../../exempel/itok/")]
    assert pages == ["Planer <i>", "ITOK", "Planer <i>"]
    notice = doc.find("p", class_="law-uses__repealed")
    assert notice.find("a").get("href") == "../sfs-2025-400/"


def test_a_statute_nobody_cites_says_so():
    markdown = law_uses(load_registry(ROOT / "data" / "lagar.yml").get("SFS 2001:453"), _build([]), "lagar/sfs-2001-453/")
    assert markdown.strip() == load_strings(ROOT)["sv"]["law"]["none"]


@pytest.mark.parametrize("target,page,expected", [
    ("kunskap/plan/#cite-1", "lagar/sfs-2001-453/", "../../kunskap/plan/#cite-1"),
    ("lagar/#cite-2", "lagar/sfs-2001-453/", "../#cite-2"),
    ("", "lagar/x/", "../../"),
    ("en/kunskap/plan/", "en/lagar/x/", "../../kunskap/plan/"),
])
def test_relative_links(target, page, expected):
    assert relative(target, page) == expected
