"""Finding citations of Swedish statutes in Swedish and English prose.

The parser looks for a *law reference* first (a name, an abbreviation or a
number), then looks back a few words for a *provision* ("2 a kap. 5 §",
"Chapter 2, Section 7 of the", "§ 34"). Both steps are single regex passes,
so the work is linear in the length of the text. An explicit number always
decides which statute is meant; a bare name means the registry's default.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .mdtext import Lines, SpanSet, protected_spans
from .registry import Registry, Statute

_NUM = r"\d{4}:\d{1,4}"
_B = r"(?<![\w§-])"   # left word boundary that also treats § and - as word parts
_E = r"(?![\w])"


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    text: str
    statute: str | None          # registry id; None when the registry does not know it
    chapter: str | None = None   # "2", "2a"
    section: str | None = None   # "7", "3f"
    section_end: str | None = None
    problem: str | None = None   # why it is not linked, for the warning

    @property
    def anchor(self) -> str | None:
        """The provision's anchor on the law page, in lagen.nu's form (K2P7, K2aP5, P3f)."""
        if not self.section:
            return None
        return (f"K{self.chapter}" if self.chapter else "") + f"P{self.section}"


def _alternation(forms) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=len, reverse=True)) or r"(?!)"


def _norm(part: str | None) -> str | None:
    return None if part is None else re.sub(r"\s+", "", part)


class CitationParser:
    """Compiled once per registry (once per build); ``find`` is then linear."""

    _SV_PROVISION = re.compile(
        r"(?:(?P<chap>\d+(?:\s?[a-z])?)\s+kap\.\s+)?"
        r"(?P<sec>\d+(?:\s?[a-z])?)(?:\s*[–-]\s*(?P<sec2>\d+(?:\s?[a-z])?))?\s*§§?\s+(?:i\s+)?$"
    )
    _OLD_PROVISION = re.compile(r"§\s*(?P<sec>\d+(?:\s?[a-z])?)\s+$")
    _EN_PROVISION = re.compile(
        r"(?:Chapter\s+(?P<chap>\d+(?:\s?[a-z])?),?\s+)?"
        r"Sections?\s+(?P<sec>\d+(?:\s?[a-z])?)(?:\s*(?:[–-]|and|to)\s*(?P<sec2>\d+(?:\s?[a-z])?))?"
        r"\s+(?:of\s+(?:the\s+)?)?$"
    )
    _LOOKBACK = 48

    def __init__(self, registry: Registry):
        self.registry = registry
        names = [n for s in registry for n in (*s.names, *s.names_en)]
        shorts = [n for s in registry for n in s.short]
        self._terms = {t.lower(): (s, sec) for s in registry for t, sec in s.provision_terms}
        self._law = re.compile(
            rf"(?P<term>{_alternation(t for s in registry for t, _ in s.provision_terms)})(?![\w])"
            rf"|{_B}SFS\s+(?P<sfs>{_NUM})"
            rf"|{_B}(?P<series>[A-ZÅÄÖ]{{2,}}(?:-[A-ZÅÄÖ]*)?FS)\s+(?P<snum>{_NUM})"
            rf"|{_B}(?P<generic>[Ll]agen|[Ll]ag|[Ff]örordningen|[Ff]örordning)\s+\((?P<gnum>{_NUM})\)"
            rf"|{_B}(?P<name>(?i:{_alternation(names)})){_E}"
            rf"(?:\s+(?:\((?P<nnum>{_NUM})\)|(?P<nnum2>{_NUM})(?!\d)))?"
            rf"|{_B}(?P<short>{_alternation(shorts)}){_E}"
            rf"|(?<=§\s)(?P<unknown>[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*[A-ZÅÄÖ][A-Za-zÅÄÖåäö]*){_E}"
        )

    # -- public -----------------------------------------------------------------
    def find(self, text: str) -> list[Citation]:
        """Every citation in plain text, in order."""
        return [c for c in (self._citation(text, m) for m in self._law.finditer(text)) if c]

    def find_in_markdown(self, markdown: str) -> list[Citation]:
        """Citations in the prose of a Markdown text (not code, headings, links, HTML)."""
        spans = SpanSet(protected_spans(markdown))
        found = []
        for match in self._law.finditer(markdown):
            cite = self._citation(markdown, match)
            if cite and not spans.covers(cite.start, cite.end):
                found.append(cite)
        return found

    # -- matching ---------------------------------------------------------------
    def _citation(self, text: str, m: re.Match) -> Citation | None:
        statute, problem, end = self._statute(text, m)
        if statute is None and problem is None:
            return None
        start, chapter, section, section_end = self._provision(text, m)
        if m.group("term"):
            section = self._terms[m.group("term").lower()][1]
        if m.group("unknown") and section is None:
            return None
        return Citation(start, end, text[start:end], statute.id if statute else None,
                        chapter, section, section_end, problem)

    def _statute(self, text: str, m: re.Match) -> tuple[Statute | None, str | None, int]:
        reg, end = self.registry, m.end()
        if m.group("term"):
            return self._terms[m.group("term").lower()][0], None, end
        if m.group("sfs"):
            return self._by_number(m.group("sfs"), f"SFS {m.group('sfs')}", end)
        if m.group("snum"):
            sid = f"{m.group('series')} {m.group('snum')}"
            if sid in reg.statutes:
                return reg.statutes[sid], None, end
            return None, f'unknown regulation "{sid}"', end
        if m.group("gnum"):
            statute, problem, end = self._by_number(m.group("gnum"), m.group(0), end)
            tail = statute.title_tail if statute else None
            if tail and text[end:end + len(tail) + 1].lower() == " " + tail.lower():
                end += len(tail) + 1
            return statute, problem, end
        if m.group("name"):
            number = m.group("nnum") or m.group("nnum2")
            bare = reg.bare[m.group("name").lower()]
            if not number:
                return bare, None, end
            statute, problem, end = self._by_number(number, m.group(0), end)
            if statute and m.group("name").lower() not in (n.lower() for n in (*statute.names, *statute.names_en)):
                return None, f'"{m.group(0)}": the number {number} belongs to {statute.name_sv}, not to "{m.group("name")}"', end
            return statute, problem, end
        if m.group("short"):
            return reg.bare[m.group("short").lower()], None, end
        if m.group("unknown"):
            return None, f'unknown abbreviation "{m.group("unknown")}"', end
        return None, None, end

    def _by_number(self, number: str, shown: str, end: int):
        statute = self.registry.by_number.get(number)
        if statute is None:
            return None, f'unknown statute "{shown}"', end
        return statute, None, end

    def _provision(self, text: str, m: re.Match):
        """Look back from the law reference for the provision that belongs to it."""
        lo = max(0, m.start() - self._LOOKBACK)
        before = text[lo:m.start()]
        for pattern in (self._SV_PROVISION, self._EN_PROVISION, self._OLD_PROVISION):
            p = pattern.search(before)
            if p and (p.start() > 0 or lo == 0 or not text[lo - 1].isalnum()):
                groups = p.groupdict()
                return lo + p.start(), _norm(groups.get("chap")), _norm(groups["sec"]), _norm(groups.get("sec2"))
        return m.start(), None, None, None


def scan(markdown: str, parser: CitationParser, first_line: int = 1):
    """Citations in a page body with their line numbers: [(line, Citation)]."""
    lines = Lines(markdown, first_line)
    return [(lines.line_of(c.start), c) for c in parser.find_in_markdown(markdown)]
