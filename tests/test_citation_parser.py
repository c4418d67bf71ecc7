"""The citation parser, table-driven: input text and what it must find, side by side."""
from pathlib import Path

import pytest

from samverkan.citations import CitationParser, scan
from samverkan.registry import load_registry

ROOT = Path(__file__).resolve().parent.parent
PARSER = CitationParser(load_registry(ROOT / "data" / "lagar.yml"))

SOL, SOL25, HSL, HSL17 = "SFS 2001:453", "SFS 2025:400", "SFS 1982:763", "SFS 2017:30"
FL, FL17, LVM, FINSAM = "SFS 1986:223", "SFS 2017:900", "SFS 1988:870", "SFS 2003:1210"
KVL, FAL, FF, OSL = "SFS 1974:203", "SFS 2010:610", "SFS 2010:2010", "SFS 2009:400"

# (text, [(linked text, statute, chapter, section)])
FOUND = [
    # Swedish: chapters and sections, with letters
    ("enligt 2 kap. 7 § socialtjänstlagen (2001:453) ska", [("2 kap. 7 § socialtjänstlagen (2001:453)", SOL, "2", "7")]),
    ("se 2 a kap. 5 § socialtjänstlagen", [("2 a kap. 5 § socialtjänstlagen", SOL, "2a", "5")]),
    ("3 kap. 5 § socialtjänstlagen gäller", [("3 kap. 5 § socialtjänstlagen", SOL, "3", "5")]),
    ("2 kap. 6 § socialtjänstlagen (2001:453)", [("2 kap. 6 § socialtjänstlagen (2001:453)", SOL, "2", "6")]),
    ("3 f § hälso- och sjukvårdslagen", [("3 f § hälso- och sjukvårdslagen", HSL, None, "3f")]),
    ("3 § hälso- och sjukvårdslagen (1982:763)", [("3 § hälso- och sjukvårdslagen (1982:763)", HSL, None, "3")]),
    # sections without chapters, "i", §§ and ranges
    ("6 § förvaltningslagen (1986:223)", [("6 § förvaltningslagen (1986:223)", FL, None, "6")]),
    ("6 § i förvaltningslagen (1986:223)", [("6 § i förvaltningslagen (1986:223)", FL, None, "6")]),
    ("3–5 §§ förvaltningslagen", [("3–5 §§ förvaltningslagen", FL, None, "3")]),
    ("1-2 §§ förvaltningslagen (2017:900)", [("1-2 §§ förvaltningslagen (2017:900)", FL17, None, "1")]),
    # the law by name, with and without number, number without parentheses
    ("förvaltningslagen (1986:223)", [("förvaltningslagen (1986:223)", FL, None, None)]),
    ("förvaltningslagen (2017:900)", [("förvaltningslagen (2017:900)", FL17, None, None)]),
    ("Socialtjänstlagen (2025:400) trädde i kraft", [("Socialtjänstlagen (2025:400)", SOL25, None, None)]),
    ("socialtjänstlag (2025:400)", [("socialtjänstlag (2025:400)", SOL25, None, None)]),
    ("hälso- och sjukvårdslagen (2017:30)", [("hälso- och sjukvårdslagen (2017:30)", HSL17, None, None)]),
    ("6 § fängelseförordningen 2010:2010", [("6 § fängelseförordningen 2010:2010", FF, None, "6")]),
    ("Fängelseförordning (2010:2010)", [("Fängelseförordning (2010:2010)", FF, None, None)]),
    ("11 kap. 1 § fängelselagen (2010:610)", [("11 kap. 1 § fängelselagen (2010:610)", FAL, "11", "1")]),
    # full titles
    ("Lag (1988:870) om vård av missbrukare i vissa fall gäller", [("Lag (1988:870) om vård av missbrukare i vissa fall", LVM, None, None)]),
    ("lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser", [("lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser", FINSAM, None, None)]),
    ("Förordning (2007:1172) med instruktion för Kriminalvården", [("Förordning (2007:1172) med instruktion för Kriminalvården", "SFS 2007:1172", None, None)]),
    ("5 § förordningen (2009:1174) med instruktion för Försäkringskassan", [("5 § förordningen (2009:1174) med instruktion för Försäkringskassan", "SFS 2009:1174", None, "5")]),
    ("14 § förordningen (2007:1030) med instruktion för Arbetsförmedlingen", [("14 § förordningen (2007:1030) med instruktion för Arbetsförmedlingen", "SFS 2007:1030", None, "14")]),
    ("34 § lagen (1974:203) om kriminalvård i anstalt", [("34 § lagen (1974:203) om kriminalvård i anstalt", KVL, None, "34")]),
    ("lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete", [("lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete", "SFS 2023:196", None, None)]),
    ("lagen om vård av missbrukare i vissa fall", [("lagen om vård av missbrukare i vissa fall", LVM, None, None)]),
    # abbreviations and the older style with § first
    ("tvångsvård enligt LVM", [("LVM", LVM, None, None)]),
    ("34 § KvL", [("34 § KvL", KVL, None, "34")]),
    ("enligt § 34 KvL", [("§ 34 KvL", KVL, None, "34")]),
    ("en § 34-placering på behandlingshem", [("§ 34-placering", KVL, None, "34")]),
    ("2 kap. 7 § SoL", [("2 kap. 7 § SoL", SOL, "2", "7")]),
    ("inom Finsam", [("Finsam", FINSAM, None, None)]),
    ("sekretess enligt OSL", [("OSL", OSL, None, None)]),
    # SFS numbers and agency regulations
    ("(SFS 1988:870)", [("SFS 1988:870", LVM, None, None)]),
    ("SOSFS 2009:27", [("SOSFS 2009:27", "SOSFS 2009:27", None, None)]),
    ("ersatt av HSLF-FS 2016:1.", [("HSLF-FS 2016:1", "HSLF-FS 2016:1", None, None)]),
    # English
    ("Chapter 2, Section 7 of the Social Services Act (2001:453)", [("Chapter 2, Section 7 of the Social Services Act (2001:453)", SOL, "2", "7")]),
    ("Section 6 of the Administrative Procedure Act (1986:223)", [("Section 6 of the Administrative Procedure Act (1986:223)", FL, None, "6")]),
    ("Chapter 2 a, Section 5 of the Social Services Act", [("Chapter 2 a, Section 5 of the Social Services Act", SOL, "2a", "5")]),
    ("Section 3 f of the Health and Medical Services Act (1982:763)", [("Section 3 f of the Health and Medical Services Act (1982:763)", HSL, None, "3f")]),
    ("the Prison Act (2010:610)", [("Prison Act (2010:610)", FAL, None, None)]),
    ("the Care of Abusers (Special Provisions) Act (1988:870)", [("Care of Abusers (Special Provisions) Act (1988:870)", LVM, None, None)]),
    ("Section 34 KvL", [("Section 34 KvL", KVL, None, "34")]),
    ("the new Social Services Act (2025:400)", [("Social Services Act (2025:400)", SOL25, None, None)]),
    ("under LVM and SoL", [("LVM", LVM, None, None), ("SoL", SOL, None, None)]),
    # two in one sentence
    ("2 kap. 7 § socialtjänstlagen och 3 f § hälso- och sjukvårdslagen", [
        ("2 kap. 7 § socialtjänstlagen", SOL, "2", "7"), ("3 f § hälso- och sjukvårdslagen", HSL, None, "3f")]),
]

NOT_CITATIONS = [
    "samordningen mellan myndigheterna",
    "bolagen och fastighetsägarna",
    "som det står i 3 kap. i boken",
    "12 § gäller inte här",
    "Hon solade i Solna",
    "soL och sol",
    "1980 startade Krami",
    "RiR 2009:27 och SOU 2010:15",
    "fängelsestraff på 2 år",
]

# (text, the warning's words)
UNKNOWN = [
    ("(SFS 1988:879)", 'unknown statute "SFS 1988:879"'),
    ("lagen (1999:123) om något", 'unknown statute "lagen (1999:123)"'),
    ("ABCFS 2001:1", 'unknown regulation "ABCFS 2001:1"'),
    ("34 § XYZ gäller", 'unknown abbreviation "XYZ"'),
    ("socialtjänstlagen (1986:223)", "the number 1986:223 belongs to Förvaltningslag (1986:223)"),
]


@pytest.mark.parametrize("text,expected", FOUND, ids=[t for t, _ in FOUND])
def test_finds_citation(text, expected):
    found = [(c.text, c.statute, c.chapter, c.section) for c in PARSER.find(text)]
    assert found == expected


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_not_a_citation(text):
    assert PARSER.find(text) == []


@pytest.mark.parametrize("text,words", UNKNOWN)
def test_unknown_citation_is_reported(text, words):
    (citation,) = PARSER.find(text)
    assert citation.statute is None
    assert words in citation.problem


def test_explicit_number_decides_and_bare_name_means_the_registry_default():
    assert PARSER.find("förvaltningslagen")[0].statute == FL
    assert PARSER.find("förvaltningslagen (2017:900)")[0].statute == FL17
    assert PARSER.find("the Administrative Procedure Act (2017:900)")[0].statute == FL17


@pytest.mark.parametrize("markdown", [
    "## 2 kap. 7 § socialtjänstlagen",
    "`2 kap. 7 § socialtjänstlagen`",
    "```\n2 kap. 7 § socialtjänstlagen\n```",
    "[2 kap. 7 § socialtjänstlagen](https://lagen.nu/2001:453#K2P7)",
    '<a href="x">2 kap. 7 § socialtjänstlagen</a>',
    '!!! note "2 kap. 7 § socialtjänstlagen"',
    "*[SoL]: socialtjänstlagen",
    "https://example.org/SoL",
])
def test_code_headings_and_links_are_left_alone(markdown):
    assert PARSER.find_in_markdown(markdown) == []


def test_prose_around_protected_text_is_still_read():
    markdown = "## Rubrik\n\nText om `kod` och 2 kap. 7 § socialtjänstlagen.\n\n[en länk](x.md) och LVM."
    assert [c.text for c in PARSER.find_in_markdown(markdown)] == ["2 kap. 7 § socialtjänstlagen", "LVM"]


def test_line_numbers_count_from_the_first_body_line():
    body = "Första raden.\n\nTredje raden nämner LVM.\n"
    ((line, citation),) = scan(body, PARSER, first_line=5)
    assert (line, citation.text) == (7, "LVM")


def test_anchor_follows_lagen_nu():
    anchors = [c.anchor for c in PARSER.find("2 kap. 7 §, 2 a kap. 5 § och 3 f § socialtjänstlagen")]
    assert anchors == ["P3f"]
    assert PARSER.find("2 a kap. 5 § socialtjänstlagen")[0].anchor == "K2aP5"
    assert PARSER.find("6 § förvaltningslagen")[0].anchor == "P6"
