"""The shapes of statute citations, as regular expressions (used by citations.py).

Written from how Swedish statutes are cited in legal writing and in municipal and
agency documents: "2 a kap. 5 § första stycket 2", "4 kap 1 §", "4:1 SoL",
"§ 34 KvL", "SoL 2 kap. 7 §", "lagen 2010:610", "förvaltningslagen (SFS 2017:900)",
and in English "Chapter 4, Section 1, first paragraph, of the Social Services Act".
Every pattern is bounded (no nested unbounded repetition), so each scan is linear.
"""
from __future__ import annotations

import re
from functools import lru_cache

NUM = r"\d{4}:\d{1,4}(?![\d:])"
# in every NUM: a text without it has no statute number (it starts at the colon, which the
# search skips to; a pattern that starts with a digit is tried at every position)
NUMBER_HINT = re.compile(r":(?<=\d{4}:)\d")
URL = re.compile(r"(?:https?://|www\.)[^\s<>()\ufffc]+")
# a chapter or section number, with an optional letter ("2 a", "3f"): never a word's first letter
# ("i" only right before §: "4 i SoL" is the preposition)
N = r"\d{1,3}(?:\s?(?:[a-hj-z]|i(?=\s*§))(?![\wåäö]))?(?![\d:])"
DASHES = "–—−‐‑-"          # en and em dash, minus sign, hyphen, non-breaking hyphen, hyphen-minus
_RANGE = r"(?:\s*(?:[" + DASHES + r"]|till|to)\s*" + N + r")?"
_ORD_SV = r"första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|sista|\d{1,2}:[ae]"
_ORD_EN = r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last"
# "jämförd med" and "jfr" join two provisions of one act in court usage: "4 kap. 1 § jfr 2 kap. 1 § SoL"
# a semicolon too, between the provisions of a list: "4 kap. 1 §; 5 kap. 2 § SoL"
_AND_SV = r"(?:\s*[,;]\s*|\s+(?:och|eller|samt|respektive|resp\.|jämförd(?:a)?\s+med|jfr\.?)\s+)"
_AND_EN = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
_POINTS = r"\d{1,2}(?:(?:\s*,\s*|\s+(?:och|eller|and|or)\s+|\s*[–-]\s*)\d{1,2})*(?![\d:])"
# what may follow a mening or a punkt: "första strecksatsen", "inledningen", "ff.", "m.fl."
_AFTER_SV = r"(?:\s+(?:(?:" + _ORD_SV + r")\s+strecksatsen|inledningen))?(?:\s*f{1,2}\.|\s+m\.\s?fl\.)?"

_MENING = rf"(?:\s+(?:{_ORD_SV})\s+meningen)?{_AFTER_SV}"
_ST = r"(?:stycket|styckena|st\.|st(?![\wåäö]))"      # "2 st SoL" is written without the full stop too
_STYCKE = (
    rf",?(?:\s+(?:{_ORD_SV}|\d{{1,2}})(?:{_AND_SV}(?:{_ORD_SV}|\d{{1,2}}))*\s*{_ST})"
    rf"(?:\s+(?:punkt(?:erna)?\s+)?{_POINTS}(?:\s*p\.)?)?{_MENING}"
    rf"|,?\s+(?:punkt(?:erna)?|pkt\.?|p\.)\s*{_POINTS}|\s+\d{{1,2}}\s*p\.(?!\w)|\s+\d{{1,2}}\s*mom\."
    rf"|\s+st\.?\s*\d{{1,2}}(?![\d:])|,?\s+(?:{_ORD_SV})\s+meningen{_AFTER_SV}|\s*f{{1,2}}\.|\s+m\.\s?fl\."
    # a point written as a bare number, "4 § 1 LVM", "9 § 8 LSS": never the start of the next
    # provision ("4 kap. 1 § 2 kap.", "1 § 2 och 3 §§")
    rf"|\s+{_POINTS}(?![\d:]|\s*(?:§|kap)|\s?[a-z](?![\wåäö])|{_AND_SV}{N}{_RANGE}\s*§)"
)
_STYCKEN = (rf"(?:{_STYCKE})(?:{_AND_SV}(?:{_ORD_SV}|\d{{1,2}})\s*{_ST}"
            rf"(?:\s+(?:punkt(?:erna)?\s+)?{_POINTS}(?![\d:]|\s*(?:§|kap)))?{_MENING})*")
_KAP = r"\s*(?i:kap(?:\.|itlet|(?![\wåäö])))"        # "KAP." and "Kap." too, as headings and scans write it
SV_ATOM = (
    rf"(?:(?P<chap>{N}){_KAP}\s*)?(?P<secs>{N}{_RANGE}(?:{_AND_SV}{N}{_RANGE})*)\s*§§?(?:{_STYCKEN})?"
    # chapters alone, not the chapter of a section after them ("s. 85 och 4 kap. 1 §")
    rf"|(?P<chap_only>{N}(?:{_AND_SV}{N})*){_KAP}(?!\.?\s*{N}{_RANGE}(?:{_AND_SV}{N}{_RANGE})*\s*§)"
    rf"|(?i:kapitel)\s+(?P<kchap_only>{N}(?:{_AND_SV}{N})*)(?!\s*,?\s*\d)"
    # the older order "kap. 4 § 1"
    rf"|(?i:kap(?:\.|itlet)?)\s*(?P<rchap>{N})\s*§§?\s*(?P<rsecs>{N}{_RANGE}(?:{_AND_SV}{N}{_RANGE})*)"
)
_CSEC = r"\d{1,3}(?:[a-hj-z]|\s[a-hj-z]|i)?(?![\wåäö\d:])"
COLON_ATOM = (r"(?P<cchap>\d{1,3}(?:\s?[a-z])?):(?P<csecs>" + _CSEC + r"(?:\s*[" + DASHES + r"]\s*" + _CSEC + r")?)"
              rf"(?:{_STYCKE})?")
OLD_ATOM = rf"§§?\s*(?P<osecs>{N}{_RANGE}(?:{_AND_SV}{N}{_RANGE})*)(?:{_STYCKE})?"
_SENTENCE_EN = rf"(?:,?\s+(?:the\s+)?(?i:{_ORD_EN})\s+(?i:sentence))"
_ONE_PARA = (
    rf"(?:(?:the\s+)?(?i:{_ORD_EN})(?:{_AND_EN}(?i:{_ORD_EN}))*\s+(?i:paragraphs?)|(?i:paragraph|subsection)\s+\d{{1,2}})"
    rf"(?:,?\s+(?i:point|item)s?\s+{_POINTS})?{_SENTENCE_EN}?"
)
_PARA = (
    rf"(?:\(\d{{1,2}}\)(?:\(\d{{1,2}}\))?)?"          # "Section 1(2)"
    rf"(?:,?\s+{_ONE_PARA}(?:{_AND_EN}{_ONE_PARA})*|,?\s+(?i:point|item)s?\s+{_POINTS}|{_SENTENCE_EN})?"
    rf"(?:\s+et\s+seq\.)?"
)


EN_ATOM = (
    rf"(?:(?i:chapter|chap\.|ch\.)\s*(?P<echap>{N})(?:\s*,\s*|\s+))?(?i:sections?|secs?\.|sect\.)\s*"
    rf"(?P<esecs>{N}{_RANGE}(?:{_AND_EN}{N}{_RANGE})*){_PARA}"
    rf"(?:\s+of\s+(?i:chapter)\s+(?P<echap_after>{N}))?"
    # after a chapter, a section may be "s." or "§": "Ch. 4 s. 1 SoL", "Chapter 4, § 1 of the"
    rf"|(?i:chapter|chap\.|ch\.)\s*(?P<echap2>{N})(?:\s*,\s*|\s+)(?:(?i:s\.)|§)\s*"
    rf"(?P<esecs2>{N}{_RANGE}(?:{_AND_EN}{N}{_RANGE})*){_PARA}"
    rf"|(?i:chapters?)\s+(?P<echap_only>{N}(?:{_AND_EN}{N})*)"
)


# Each match of PROVISION_CHAIN holds "§", one of these words (in lower case) or COLON_HINT;
# keep them in step with the atoms above (tests/test_citation_parser.py checks it).
PROVISION_WORDS = ("kap", "sec", "chapter", "chap", "ch.")
COLON_HINT = re.compile(r":(?:(?<=\d:)|(?<=\d[a-z]:)|(?<=\d\s:)|(?<=\d\s[a-z]:))\d")     # "4:1", "4a:1", "4 a:1"


def _plain(pattern: str) -> str:
    """The same pattern without group names, so it can be repeated in a chain."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


# a provision starts where a word could: not inside a number or a word ("t.ex.16 kap." and
# "SoL/16 kap." still start at 16, a decimal "1.5" does not)
_LEFT = r"(?<![\w:§-])(?<!\d[.,])"
PROVISION_CHAIN = re.compile(
    rf"{_LEFT}(?:(?P<sv>(?:{_plain(SV_ATOM)})(?:{_AND_SV}(?:{_plain(SV_ATOM)}))*)"
    rf"|(?P<colon>{_plain(COLON_ATOM)}(?:{_AND_SV}{_plain(COLON_ATOM)})*)"
    rf"|(?P<en>(?:{_plain(EN_ATOM)})(?:{_AND_EN}(?:{_plain(EN_ATOM)}))*))"
    rf"|(?<![\w§])(?P<old>{_plain(OLD_ATOM)})"
)
ATOMS = {"sv": re.compile(SV_ATOM), "colon": re.compile(COLON_ATOM), "en": re.compile(EN_ATOM),
         "old": re.compile(OLD_ATOM)}
SECTION_ITEM = re.compile(rf"(?P<sec>{N})(?:\s*(?:[{DASHES}]|till|to)\s*(?P<sec2>{N}))?")

# between a provision and the law it belongs to: "6 § i förvaltningslagen", "Section 6 of the"
_ADJECTIVES = (r"(?:(?:den|det|nu|numera|då|nya|gamla|nuvarande|gällande|tidigare|förra|äldre|dåvarande|upphävda|"
               r"new|former|current|old|present|previous|earlier|repealed|then|now|Swedish|Sweden['’]s)\s+){0,3}")
GAP_AFTER_PROVISION = re.compile(
    rf"(?:\s*,\s*(?:of|in|under)\s+|\s*(?:(?:i|of|in|under)\s+)?)(?:the\s+)?{_ADJECTIVES}")
# the same after a comma or an opening parenthesis: "4 kap. 1 §, andra stycket, SoL", "4 kap. 1 § (SoL)"
GAP_AFTER_PUNCTUATION = re.compile(rf"\s*(?:,|\()\s*(?:(?:i|of|in|under)\s+)?(?:the\s+)?{_ADJECTIVES}")
# a word before a name that says which of two acts of that name is meant: "den nya socialtjänstlagen"
NEWER_WORDS = {"nya", "nuvarande", "gällande", "new", "current", "present"}
OLDER_WORDS = {"gamla", "tidigare", "förra", "äldre", "dåvarande", "upphävda", "old", "former", "previous",
               "earlier", "repealed"}
# the run of such words before the name: "den tidigare gällande" is the older act (a word of age
# comes first; "gällande" then says it applied); "den nu gällande" the newer
WHICH_ACT = re.compile(r"(?<![\w-])(?P<words>(?:(?:" + "|".join(sorted(NEWER_WORDS | OLDER_WORDS | {"nu", "numera"}))
                       + r")\s+){1,3})\Z", re.IGNORECASE)
# the year of the act, before its name: "2025 års socialtjänstlag", "the 2001 Social Services Act"
YEAR_BEFORE = re.compile(r"(?<![\w:-])(?P<year>(?:18|19|20)\d\d)\s+(?:års\s+)?\Z")
# a figure, a table or a time, not a chapter and section: "Tabell 4:1", "kl. 13:15"
NOT_A_PROVISION_BEFORE = re.compile(
    r"(?<![\w-])(?:kl\.?|klockan|tabell|tabellen|figur|figuren|fig\.|diagram|diagrammet|bilaga|bilagan|avsnitt|"
    r"avsnittet|sid\.|sidan|table|figure|appendix|at|s\.|p\.)\s*\Z", re.IGNORECASE)
# footnote numbers written as superscripts and glued to a name: "socialtjänstlagen¹⁶", "SoL²"
SUPERSCRIPTS = re.compile("[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")

# a page, a case or an annex number before a list of provisions, not the list's first item:
# "prop. 1987/88:147 s. 91 och 4 § LVM", "RÅ 1990 ref. 115 och 4 § LVM", "bilaga 1 och 4 kap. SoL"
NOT_A_NUMBER_BEFORE = re.compile(
    r"(?<![\w-])(?:s\.|ss\.|sid\.?|sida|sidan|sidorna|ref\.?|nr\.?|nummer|no\.|avsnitt|avsnittet|avsnitten|"
    r"bilaga|bilagan|bilagorna|tabell|tabellen|figur|figuren|fig\.|diagram|diagrammet|kl\.?|klockan|"
    r"p\.|pp\.|page|pages|appendix|table|figure)\s*\Z", re.IGNORECASE)
BARE_NUMBER = re.compile(r"\d{1,3}(?:\s?[a-z])?")
# a name without its definite ending after "en", "ny", ...: any such law, not a statute
# ("en ny socialtjänstlag", the bill "Ny socialtjänstlag")
GENERIC_BEFORE = re.compile(r"(?<![\w-])(?:en|ett|ny|nytt|någon|något|annan|varje|egen|egna)\s+\Z", re.IGNORECASE)
INDEFINITE = re.compile(r"(?:lag|förordning|balk)\Z", re.IGNORECASE)
# the words before a registry name that still leave it that name: "Sweden's Social Services Act"
POSSESSIVES = re.compile(r"(?:[A-Z][\w-]*['’]s\s+)+\Z")
# the words before an amending act: "3 kap. 5 § SoL (i lydelsen enligt SFS 2012:776)"
AMENDING_BEFORE = re.compile(
    r"(?:lydelse(?:n)?\s+(?:enligt|genom)|ändra(?:d|de|des|ts|s)\s+(?:genom|enligt|i)|ändring(?:ar(?:na)?)?\s+(?:genom|enligt)|"
    r"(?:as\s+)?amended\s+(?:by|in)|amending\s+act)"
    r"\s*(?:\(\s*)?\Z", re.IGNORECASE)
# between a law written first and its provision: "SoL 2 kap. 7 §", "Social Services Act, Chapter 4"
GAP_LAW_FIRST = re.compile(r"\s*[,:]?\s+|\s*\(")       # "SoL: 4 kap. 1 §" too
# a provision followed by an abbreviation the registry lacks: "26 kap. 6 § BrB"
UNKNOWN_AFTER_PROVISION = re.compile(
    r"(?:\s*,\s*(?:of|in|under)\s+|\s*(?:(?:i|of|in|under)\s+)?)(?:the\s+)?"
    r"(?P<abbr>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*)(?![\w-])"
)
# ... and one written before it: "BrB 29 kap. 3 §", "LSS:s 9 §"
UNKNOWN_BEFORE_PROVISION = re.compile(
    r"(?<![\w-])(?P<abbr>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*)(?::s)?\s+\Z")
# a name followed by a hyphen is the first part of a compound ("4:1 SoL-ärenden"), not the law
# of the provision before it
COMPOUND_AFTER = re.compile(r"-[\wåäöÅÄÖ]")
# documents that are not statutes, after a provision: "4 § KRIS:s stadgar"
NOT_A_STATUTE = re.compile(
    r"(?::s|s)?\s+(?:stadgar(?:na)?|stadgan?|avtal(?:et)?|överenskommelsen?|förbundsordning(?:en)?|"
    r"reglemente(?:t)?|riktlinjer(?:na)?|riktlinje(?:n)?|rekommendation(?:en|er|erna)?|delegationsordning(?:en)?|"
    r"arbetsordning(?:en)?|bolagsordning(?:en)?|cirkulär(?:et)?|vägledning(?:en)?|handbok(?:en)?|policy(?:n)?|"
    r"protokoll(?:et)?|beslut(?:et)?|plan(?:en)?|"
    r"bylaws|agreement|statutes|rules|articles|guidelines?|recommendations?|handbook|manual|minutes|"
    r"policy|circular|code\s+of\s+conduct)(?![\w])"
    # a board's minutes, dated: "§ 12 SN 2013-05-30"
    r"|\s+\d{4}-\d{2}-\d{2}(?![\d])",
    re.IGNORECASE,
)
# words ending like a statute's name that are not one
NOT_LAW_WORDS = {"förslag", "underlag", "avslag", "anslag", "inslag", "utslag", "beslag", "påslag",
                 "tillslag", "uppslag", "bolag", "slag", "lag", "lagen", "förordning", "förordningen",
                 "balk", "balken", "omslag", "nedslag", "tilltag", "åtgärdsförslag", "lagförslag"}


def fold(text: str) -> str:
    """A name as the registry keys it: lower case, single spaces."""
    return re.sub(r"\s+", " ", text.replace("\u2010", "-").replace("\u2011", "-")).strip().lower()


def term_key(term: str) -> str:
    """A provision term as the registry keys it: "§34-placering" and "§ 34-placering" are one."""
    return re.sub(r"§\s*", "§ ", fold(term))


def _forms(forms, case_insensitive: bool) -> str:
    """An alternation of name forms, longest first, where a space matches any whitespace
    (a name may be broken across two lines of the source)."""
    unique = sorted({f for f in forms if f}, key=len, reverse=True)
    # a hyphen may be pasted as the hyphen or the non-breaking hyphen of a word processor
    parts = [r"\s+".join(re.escape(w).replace(r"\-", "[-\u2010\u2011]") for w in f.split()) for f in unique]
    body = "|".join(parts) or r"(?!)"
    return f"(?i:{body})" if case_insensitive else f"(?:{body})"


def _number(p: str) -> str:
    return rf"(?:\s*\((?:SFS\s*)?(?P<{p}a>{NUM})\)|\s+(?:SFS\s+)?(?P<{p}b>{NUM}))"


_EN_START = r"(?!(?:The|A|An|This|That|These|Under|In|Of|On|By|With|And|Or|Section|Sections|Chapter|See|Swedish|New|Old)\b)"
# "Act concerning ...", "Act on ...": how an English title names what the act is about
_EN_CONNECTOR = r"(?:concerning|on|relating\s+to|regarding|containing)"
# a word of a title in capitals, not the start of the next act's name
_EN_TITLE_WORD = r"(?!(?:Act|Code|Ordinance)\b)[A-Z][\w'’-]*"
# "(Special Provisions)" inside a title: "Care of Young Persons (Special Provisions) Act"
_EN_PARENS = r"\([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\)"


def law_pattern(registry) -> re.Pattern:
    names = [n for s in registry for n in s.names]
    names_en = [n for s in registry for n in s.names_en]
    shorts = [n for s in registry for n in s.short]
    terms = [t for s in registry for t, _ in s.provision_terms]
    b = r"(?<![\w-])"
    short_alt = _forms(shorts, False)
    term_alt = _forms(terms, True).replace("§\\s+", "§\\s*")     # "§34-placering" too
    # every reference starts where a word starts: the boundary is checked once per position,
    # so the many alternatives are tried only at word starts (a third of the cost)
    return re.compile(
        rf"{b}(?:(?P<term>{term_alt})"
        rf"(?:en|ens|ar|arna|arnas|na|s)?(?![\w])"
        rf"|SFS\s+(?P<sfs>{NUM})"
        # an agency's regulations by their series number, with the words of their title before it
        # or not: "HSLF-FS 2016:1", "Socialstyrelsens föreskrifter och allmänna råd (HSLF-FS 2016:1)"
        rf"|(?:(?P<regs>[A-ZÅÄÖ][\wåäö]+s\s+föreskrifter(?:\s+och\s+allmänna\s+råd)?(?:\s+om\s+[^()\n]{{1,120}}?)?)\s*\(\s*)?"
        rf"(?P<series>[A-ZÅÄÖ]{{1,}}(?:-[A-ZÅÄÖ]*)?FS)\s+(?P<snum>{NUM})(?(regs)\s*\))"
        # the English title of an act the way the Government Offices write it, its number after
        # the words: "Act concerning Support and Service for Persons with ... (1993:387)"
        rf"|(?P<generic_en>(?:Act|Ordinance)\s+{_EN_CONNECTOR}\s+(?:[\w'’-]+\s+){{0,14}}?[\w'’-]+)\s*\((?:SFS\s*)?(?P<ka>{NUM})\)"
        rf"|(?P<generic>[Ll]agen|[Ll]ag|[Ff]örordningen|[Ff]örordning|Act|Ordinance){_number('g')}"
        # the act cited last: "4 kap. 1 § SoL och 2 kap. 7 § samma lag", "Section 5 of the same Act"
        rf"|(?P<same>(?i:samma|nämnda|sistnämnda|förstnämnda|ovannämnda)\s+(?i:lag|förordning|balk)(?:en)?"
        rf"|same\s+(?:Act|Ordinance|Code))(?![\w-])"
        rf"|(?P<name>{_forms(names, True)})(?:s|:s)?(?![\w-]){_number('n')}?"
        rf"|(?P<name_en>{_forms(names_en, False)})(?:'s)?(?![\w-]){_number('e')}?"
        rf"|(?P<short>{short_alt})(?::s|(?<=[a-zåäö])s)?(?![\w]){_number('s')}?"
        rf"|(?P<unknown_name>[\wåäöÅÄÖ]*(?:lagen|lag|förordningen|förordning|balken|balk|formen))"
        rf"(?:s|:s)?(?![\w-]){_number('u')}?"
        rf"|{_EN_START}(?P<unknown_en>[A-Z][\w'-]*\s+(?:(?:[A-Z][\w'-]*|of|on|and|for|to|in|with|{_EN_PARENS})\s+){{0,8}}?"
        rf"(?:Act|Code|Ordinance))(?![\w]){_number('x')}?"
        # the same title without its number: it ends at its last word in capitals
        rf"|(?P<unknown_act>(?:Act|Ordinance)\s+{_EN_CONNECTOR}\s+{_EN_TITLE_WORD}"
        rf"(?:(?:\s+(?:of|on|and|for|to|in|with|the|a|an))*\s+{_EN_TITLE_WORD}){{0,14}})(?![\w'’-])"
        # any word before a statute's number: a name misspelt ("socialtjänstlagn (2025:400)")
        # (a look ahead: when it is no such name, "Numret (SFS 1988:879)" is still read at "SFS")
        rf"|(?P<loose>[\wåäöÅÄÖ-]{{4,}})(?=\s*\((?:SFS\s*)?(?P<la>{NUM})\)))"
    )


# The words law_pattern's registry-free alternatives end in (unknown_name, unknown_en):
# the Swedish ones in any case, the English ones as written (the pattern is case-sensitive there)
_LAW_WORDS_ANY_CASE = ("lag", "förordning", "balk", "formen")
_LAW_WORDS_AS_WRITTEN = ("Act", "Code", "Ordinance")


def law_triggers(registry) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words to look for in the case-folded text, words to look for as written), of which every
    match of law_pattern without a statute number holds one: the words above, and for each form
    in the registry that has none of them its longest word. The Swedish names and the provision
    terms are matched in any case; the English names and the short names ("SoL", "FL") only as
    written, so "fl" in "flera" or "act" in "contact" does not count. A text with none of them
    and no statute number cites no statute, so it need not be scanned with law_pattern; keep
    this in step with it (tests/test_citation_parser.py checks it)."""
    any_case, as_written = set(_LAW_WORDS_ANY_CASE), set(_LAW_WORDS_AS_WRITTEN)

    def found(form: str) -> bool:
        # a name with "lag", "Act"... in it is already found by that word; any word of a
        # name would do, and the names of agencies ("Kriminalvården") are everywhere in prose
        return (any(w in form.casefold() for w in _LAW_WORDS_ANY_CASE)
                or any(w in form for w in _LAW_WORDS_AS_WRITTEN))
    for s in registry:
        for form in (*s.names, *(t for t, _ in s.provision_terms)):
            if form.split() and not found(form):
                any_case.add(max(form.casefold().split(), key=len))
        for form in (*s.names_en, *s.short):
            if form.split() and not found(form):
                as_written.add(max(form.split(), key=len))

    def fewest(words):    # a word that holds another ("34-placeringar", "34-placering") adds nothing
        return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))
    return fewest(any_case), fewest(as_written)


def own_short_pattern(registry) -> re.Pattern:
    """A short name given right after the full one: "socialtjänstlagen (SoL)", "(nedan SoL)",
    "socialtjänstlagen (2001:453), SoL, ..."."""
    alt = _forms([n for s in registry for n in s.short], False)
    return re.compile(rf"\s*\((?:(?:förkortad|förkortat|nedan|härefter|hereinafter|abbreviated)\s+)?(?P<short>{alt})\)"
                      rf"|\s*,\s*(?P<short_c>{alt})(?=\s*[,;)]|\s+(?:och|samt|and)\s|[.:](?:\s|\Z)|\s*\Z)")


@lru_cache(maxsize=64)
def tail_pattern(tail: str) -> re.Pattern:
    """The words after the number in "lag (1988:870) om vård av missbrukare i vissa fall"."""
    return re.compile(r"\s+" + r"\s+".join(re.escape(w) for w in tail.split()) + r"(?![\w])", re.IGNORECASE)
