"""Finding citations of Swedish statutes in Swedish and English prose.

A citation is a *provision* ("2 a kap. 5 § första stycket", "4:1", "Chapter 4,
Section 1", "§ 34") bound to a *law reference* (a name, a short name, a number),
in either order, or a law reference alone. Lists give one citation per provision
("4 kap. 1 och 2 §§ SoL" is chapter 4 section 1 and chapter 4 section 2).

The text is read with a handful of regular expressions, each one pass, and the
pieces are bound by position, so the work is linear in the length of the text.
The patterns live in citation_patterns.py; this module decides what they mean.
"""
from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from . import citation_patterns as cp
from .registry import Registry, Statute


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    text: str
    statute: str | None          # registry id; None when it cannot be linked
    chapter: str | None = None   # "2", "2a"
    section: str | None = None   # "7", "3f"
    section_end: str | None = None
    problem: str | None = None   # why it is not linked (or not to a provision), for the warning

    @property
    def anchor(self) -> str | None:
        """The provision's anchor on the law page, in lagen.nu's form (K2P7, K2aP5, P3f, K4)."""
        if self.section:
            return (f"K{self.chapter}" if self.chapter else "") + f"P{self.section}"
        return f"K{self.chapter}" if self.chapter else None


@dataclass
class _Law:
    """A law reference: where it is and what it names."""
    start: int
    end: int
    statute: Statute | None
    problem: str | None = None
    section: str | None = None     # a provision term ("§ 34-placering") carries its section
    unknown: bool = False          # has the shape of a statute name, but not one in the registry
    form: str | None = None        # the name as written, when it gives no number
    same: bool = False             # "samma lag", "the same Act": the act cited last in the text
    numbered: bool = False         # the act is fixed by a number or a year, whatever the page's time


@dataclass
class _Atom:
    start: int
    end: int
    chapter: str | None
    section: str | None
    section_end: str | None = None
    own_chapter: bool = False      # the chapter is written with this provision, not carried from one before


_DIGIT = re.compile(r"\d")
_ENGLISH = re.compile(r"(?i)\b(?:sections?|secs?\.|chapters?|ch\.)(?![\w])")
_NUMBER_GROUPS = ("ga", "gb", "ka", "la", "na", "nb", "ea", "eb", "sa", "sb", "ua", "ub", "xa", "xb")


def _norm(part: str | None) -> str | None:
    return None if part is None else re.sub(r"\s+", "", part)


class CitationParser:
    """Compiled once per registry (once per build); ``find`` is then linear."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self._law = cp.law_pattern(registry)
        self._own_short = cp.own_short_pattern(registry)
        self._terms = {cp.term_key(t): (s, sec) for s in registry for t, sec in s.provision_terms}
        self._any_case, self._as_written = cp.law_triggers(registry)
        # every name as written, by its number of words, for "did you mean" (_near_miss)
        self._names_by_words: dict[int, list[str]] = {}
        for form in sorted({n for s in registry for n in (*s.names, *s.names_en, *s.short)}):
            self._names_by_words.setdefault(len(form.split()), []).append(form)
        # a registry name at the end of an English name-like phrase: "Sweden's Social Services Act"
        self._en_tail = re.compile(r"(?<![\w-])(?P<name>" + cp._forms([n for s in registry for n in s.names_en], False)
                                   + r")\Z")

    def may_cite(self, text: str) -> bool:
        """False when ``text`` cannot hold a citation: no digit and no word a law reference needs.
        Most prose is like that, and this test is far cheaper than the scan."""
        return _DIGIT.search(text) is not None or self._law_word(text, text.casefold())

    def may_find(self, text: str) -> bool:
        """False when ``find`` would find nothing in ``text`` by the tests below: no law reference
        can stand in it and no provision. Used on a block's whole text before it is read."""
        if not self.may_cite(text):
            return False
        low = text.casefold()
        return self.may_name_law(text, low) or self.may_hold_provision(text, low)

    def _law_word(self, text: str, low: str) -> bool:
        return any(map(text.__contains__, self._as_written)) or any(map(low.__contains__, self._any_case))

    def may_name_law(self, text: str, low: str) -> bool:
        """False when ``text`` (``low`` is it case-folded) holds no law reference: none of the
        words one needs and no statute number. Most blocks that pass ``may_cite`` only have a
        date or a figure; for them the scan with the registry's every name is skipped."""
        return self._law_word(text, low) or cp.NUMBER_HINT.search(text) is not None

    @staticmethod
    def may_hold_provision(text: str, low: str) -> bool:
        """False when ``text`` holds no provision: each one has a number and "§", "kap",
        "sec", "chapter" or a chapter and section written as 4:1."""
        return (_DIGIT.search(text) is not None
                and ("§" in text or any(map(low.__contains__, cp.PROVISION_WORDS))
                     or cp.COLON_HINT.search(text) is not None))

    # -- public -----------------------------------------------------------------
    def find(self, text: str, date: str | None = None, defined: dict | None = None) -> list[Citation]:
        """Every citation in plain text, in order. ``date`` (YYYY-MM-DD) is the time the
        text speaks of: a name without a number means the act in force then. ``defined``
        (name form -> statute), kept by the caller from text to text of one page, holds the
        acts the page has named with their numbers: "socialtjänstlagen (2001:453)" once, and
        "socialtjänstlagen" or "SoL" after it mean that act."""
        if "\u00ad" in text:       # soft hyphens pasted from a word processor: read without them
            keep = [i for i, ch in enumerate(text) if ch != "\u00ad"]
            found = self._find("".join(text[i] for i in keep), date, defined)
            return [replace(c, start=keep[c.start], end=keep[c.end - 1] + 1,
                            text=text[keep[c.start]:keep[c.end - 1] + 1]) for c in found]
        return self._find(text, date, defined)

    def _find(self, text: str, date: str | None, defined: dict | None) -> list[Citation]:
        if not self.may_cite(text):
            return []
        defined = {} if defined is None else defined
        if "://" in text or "www." in text:    # a web address is not prose
            text = cp.URL.sub(lambda m: " " * len(m.group()), text)
        if cp.SUPERSCRIPTS.search(text):    # a footnote's number is not part of the name before it
            text = cp.SUPERSCRIPTS.sub(lambda m: " " * len(m.group()), text)
        low = text.casefold()
        laws = self._with_own_shorts(text, [law for law in (self._law_ref(text, m, date, defined)
                                                           for m in self._law.finditer(text)) if law], defined, date) \
            if self.may_name_law(text, low) else []
        _same_as_before(text, laws)
        terms = [(law.start, law.end) for law in laws if law.section]
        chains = [c for c in cp.PROVISION_CHAIN.finditer(text) if not _inside_any(c, terms)] \
            if self.may_hold_provision(text, low) else []
        by_start = {law.start: law for law in laws}
        by_end = {law.end: law for law in laws}
        bound: set[int] = set()
        out: list[Citation] = []
        for chain in chains:
            atoms = _atoms(chain)
            if not atoms or chain.group("colon") and cp.NOT_A_PROVISION_BEFORE.search(
                    text, max(0, chain.start() - 12), chain.start()):
                continue        # "Tabell 4:1", "kl. 13:15"
            if chain.group("sv") and cp.NOT_A_NUMBER_BEFORE.search(text, max(0, chain.start() - 14), chain.start()):
                # "s. 91 och 4 § LVM": the numbers before the last provision that are bare are pages
                while len(atoms) > 1 and cp.BARE_NUMBER.fullmatch(text, atoms[0].start, atoms[0].end):
                    atoms = atoms[1:]
            begin = atoms[0].start
            after, after_end = self._law_after(text, chain.end(), by_start, by_end)
            after = after if after is not None and id(after) not in bound else None
            if after is not None and after.form and not after.numbered:
                # "(nuvarande 11 kap. 1 § SoL)": a word before the provision names the act too
                age = self._age(text, begin)
                after.statute = self._by_age(after.form, age) if age else after.statute
            before = self._law_before(text, begin, by_end)
            before = before if before is not None and id(before) not in bound else None
            if before is not None and after is not None and len(atoms) > 1:
                # "SoL 4 kap. 1 § och 4 § LVM": the law written first takes all but the last,
                # the law after takes the last (which keeps no chapter from the others)
                bound |= {id(before), id(after)}
                last = atoms[-1] if atoms[-1].own_chapter else replace(atoms[-1], chapter=None)
                out += self._bind(text, atoms[:-1], before, before.start, atoms[-2].end, law_first=True)
                out += self._bind(text, [last], after, last.start, after_end)
            elif after is not None:
                bound.add(id(after))
                out += self._bind(text, atoms, after, begin, after_end)
            elif before is not None:
                bound.add(id(before))
                out += self._bind(text, atoms, before, before.start, chain.end(), law_first=True)
            else:
                problem = self._unknown_after(text, chain.end())
                if problem:
                    end, words = problem
                    out.append(Citation(begin, end, text[begin:end], None, problem=words))
                elif not chain.group("old") and (unknown := cp.UNKNOWN_BEFORE_PROVISION.search(
                        text, max(0, begin - 40), begin)):      # not "KS § 45/2019", a minute
                    start = unknown.start()
                    out.append(Citation(start, chain.end(), text[start:chain.end()], None,
                                        problem=f'unknown abbreviation "{unknown.group("abbr")}"'))
                elif (miss := self._near_miss(text, chain.end())):
                    end, name = miss        # "5 kap. 1 § socialtjänstlagn": a name misspelt
                    out.append(Citation(begin, end, text[begin:end], None,
                                        problem=f'unknown statute "{_squash(text[begin:end])}": '
                                                f'did you mean "{name}"?'))
        for law in laws:
            if id(law) in bound or law.same:
                continue        # "samma lag" is a citation only with a provision
            if law.unknown and not law.problem:
                continue     # a law-like word alone ("skollagen") is not a citation
            statute = law.statute
            out.append(Citation(law.start, law.end, text[law.start:law.end], statute.id if statute else None,
                                section=law.section, problem=law.problem))
        return sorted(out, key=lambda c: c.start)

    def _with_own_shorts(self, text: str, laws: list[_Law], defined: dict, date: str | None) -> list[_Law]:
        """ "lagen (1988:870) om vård av missbrukare i vissa fall (LVM)" is one reference; and
        after "socialtjänstlagen (2001:453) (SoL)" the page's "socialtjänstlagen" and "SoL" mean
        that act (``defined``), in this text and the page's later ones."""
        out: list[_Law] = []
        for law in laws:
            if out and law.start < out[-1].end:
                continue        # the short name in parentheses, already part of the one before
            if law.form and not law.numbered and law.form in defined:
                law.statute = self._which_act(text, law.start, law.form, date, defined)
            short = self._own_short.match(text, law.end) if law.statute else None
            written = short and cp.fold(short.group("short") or short.group("short_c"))
            if written and written in law.statute.forms:
                law.end = short.end()
                if law.numbered:
                    _define(defined, written, law.statute)
            if law.numbered and law.form:
                _define(defined, law.form, law.statute)
            out.append(law)
        return out

    # -- law references -----------------------------------------------------------
    def _law_ref(self, text: str, m: re.Match, date: str | None, defined: dict) -> _Law | None:
        g = m.groupdict()
        start, end = m.start(), m.end()
        number = next((g[k] for k in _NUMBER_GROUPS if g.get(k)), None)
        if g["term"]:
            statute, section = self._terms[cp.term_key(g["term"])]
            return _Law(start, end, statute, section=section)
        if g["series"]:
            sid = f"{g['series']} {g['snum']}"
            statute = self.registry.statutes.get(sid)
            return _Law(start, end, statute, None if statute else f'unknown regulation "{sid}"')
        if g["same"]:
            return _Law(start, end, None, same=True)
        if g["sfs"]:
            return self._amended_by(text, start, self._numbered(start, end, g["sfs"], text[start:end], None))
        if g["loose"]:      # a word before a number: a citation only as a registry name misspelt
            statute = self.registry.by_number.get(number)
            meant = _misspelt(g["loose"], statute) if statute else None
            if not meant:
                return None
            return _Law(start, m.end("la") + 1, statute, f'"{g["loose"]}" is not a name of {statute.name_sv}: did you mean '
                                             f'"{meant}"? The number links it; correct the name', numbered=True)
        if g["generic_en"]:     # "Act concerning ... (1993:387)": the number decides
            return self._amended_by(text, start, self._numbered(start, end, number, text[start:end], None))
        if g["generic"]:
            law = self._amended_by(text, start, self._numbered(start, end, number, text[start:end], None))
            tail = law.statute.title_tail if law.statute else None
            after = cp.tail_pattern(tail).match(text, end) if tail else None
            if after:
                law.end = after.end()
            return law
        written = g["name"] or g["name_en"] or g["short"]
        if not written and g["unknown_en"]:
            inner = self._en_tail.search(g["unknown_en"])
            if inner and cp.POSSESSIVES.fullmatch(g["unknown_en"], 0, inner.start()):           # "Sweden's Social Services Act": the registry's name, without the words before it
                start, written = start + inner.start(), inner.group("name")
        if written:
            form = cp.fold(written)
            if number:
                law = self._numbered(start, end, number, text[start:end], written)
                law.form = form if law.statute is not None else None
                return law
            year = (cp.YEAR_BEFORE.search(text, max(0, start - 10), start)
                    if g["name"] or g["name_en"] else None)
            if year and (g["name_en"] or "års" in year.group()):
                return self._of_year(text, year, end, form)
            if g["name"] and cp.INDEFINITE.search(written) and cp.GENERIC_BEFORE.search(text, max(0, start - 12), start):
                return None     # "en ny socialtjänstlag": a law of that kind, not the statute
            return _Law(start, end, self._which_act(text, start, form, date, defined), form=form)
        word = g["unknown_name"] or g["unknown_en"] or g["unknown_act"]
        if word:
            if cp.fold(word) in cp.NOT_LAW_WORDS:
                return None
            if number:
                law = self._amended_by(text, start, self._numbered(start, end, number, text[start:end], None))
                meant = _misspelt(word, law.statute) if law.statute else None
                if meant:       # "socialtjänstlagn (2025:400)": linked by its number, and said
                    law.problem = (f'"{_squash(word)}" is not a name of {law.statute.name_sv}: did you mean '
                                   f'"{meant}"? The number links it; correct the name')
                return law
            return _Law(start, end, None, unknown=True)
        return None

    def _which_act(self, text: str, start: int, form: str, date: str | None, defined: dict) -> Statute:
        """The act a name without a number means: the one its own words name ("den nya
        socialtjänstlagen", "the former Act"), else the one the page named with its number,
        else the one of the page's time (Registry.resolve)."""
        if len(self.registry.claims.get(form, [])) > 1:
            age = self._age(text, start)
            if age:
                return self._by_age(form, age)
            if defined.get(form):
                return defined[form]
        return self.registry.resolve(form, date)

    @staticmethod
    def _age(text: str, pos: int) -> str | None:
        """ "newer" or "older" when the words right before ``pos`` say so, else None."""
        run = cp.WHICH_ACT.search(text, max(0, pos - 40), pos)
        if not run:
            return None
        words = {w.lower() for w in run.group("words").split()}
        return "older" if words & cp.OLDER_WORDS else "newer" if words & cp.NEWER_WORDS else None

    def _by_age(self, form: str, age: str) -> Statute:
        by_age = sorted(self.registry.claims[form], key=lambda s: s.in_force or "")
        return by_age[-1] if age == "newer" else by_age[0]

    def _of_year(self, text: str, year: re.Match, end: int, form: str) -> _Law:
        """ "2025 års socialtjänstlag", "the 2001 Social Services Act": the act of that year."""
        start = year.start()
        owners = [s for s in self.registry.claims.get(form, []) if s.number.startswith(year.group("year") + ":")]
        if len(owners) == 1:
            return _Law(start, end, owners[0], numbered=True)
        return _Law(start, end, None, f'unknown statute "{_squash(text[start:end])}"')

    @staticmethod
    def _amended_by(text: str, start: int, law: _Law) -> _Law:
        """An act the registry lacks, named as what amended another ("i lydelsen enligt SFS
        2012:776"): still reported, with the two ways out that fit an amending act."""
        if law.statute is None and cp.AMENDING_BEFORE.search(text, max(0, start - 40), start):
            law.problem = (f'{law.problem}, an amending act: add it to the law registry data/lagar.yml to '
                           f'link it, or write the amendment without its number')
        return law

    def _numbered(self, start, end, number, shown, written) -> _Law:
        """An explicit number decides which statute is meant."""
        statute = self.registry.by_number.get(number)
        if statute is None:
            return _Law(start, end, None, f'unknown statute "{_squash(shown)}"')
        if written and cp.fold(written) not in statute.forms:
            return _Law(start, end, None, f'"{_squash(shown)}": the number {number} belongs to '
                                          f'{statute.name_sv}, not to "{_squash(written)}"; '
                                          f'correct the name or the number')
        return _Law(start, end, statute, numbered=True)

    def _law_after(self, text: str, pos: int, by_start: dict, by_end: dict) -> tuple[_Law | None, int]:
        """The law right after a provision, and where the citation ends."""
        gap = cp.GAP_AFTER_PROVISION.match(text, pos)
        law = by_start.get(gap.end()) if gap else None
        if law is not None and cp.COMPOUND_AFTER.match(text, law.end):
            return None, pos        # "4:1 SoL-ärenden": the first part of a word, not the law
        if law is not None:
            return law, law.end
        gap = cp.GAP_AFTER_PUNCTUATION.match(text, pos)
        law = by_start.get(gap.end()) if gap else None
        if law is None or cp.GAP_LAW_FIRST.match(text, law.end) and self._provision_at(text, law.end):
            return None, pos        # "4 §, förvaltningslagen 5 §": that law goes with the provision after it
        if "(" in gap.group() and text.startswith(")", law.end):
            return law, law.end + 1     # "4 kap. 1 § (SoL)" with its closing parenthesis
        return law, law.end

    @staticmethod
    def _provision_at(text: str, pos: int) -> bool:
        gap = cp.GAP_LAW_FIRST.match(text, pos)
        return gap is not None and cp.PROVISION_CHAIN.match(text, gap.end()) is not None

    def _law_before(self, text: str, pos: int, by_end: dict) -> _Law | None:
        for end in range(pos - 1, max(0, pos - 6) - 1, -1):
            law = by_end.get(end)
            if law is not None and cp.GAP_LAW_FIRST.fullmatch(text, end, pos):
                return law
        return None

    def _near_miss(self, text: str, pos: int) -> tuple[int, str] | None:
        """(end, the registry's name) when the words right after a provision are a registry
        name misspelt by a letter or two ("socialtjänstlagn", "Social Services Akt", "Sol")."""
        gap = cp.GAP_AFTER_PROVISION.match(text, pos)
        words = list(re.finditer(r"[\wåäöÅÄÖ][\wåäöÅÄÖ'-]*", text[gap.end():gap.end() + 80])) if gap else []
        if not words or words[0].start() != 0:
            return None
        best = None
        for count, forms in self._names_by_words.items():
            if count > len(words):
                continue
            written = text[gap.end():gap.end() + words[count - 1].end()]
            folded = cp.fold(written)
            for form in forms:
                low = form.lower()
                if len(low) < 6:        # a short name only in another case: "Sol", "LVm"
                    score = 1.0 if folded == low and written != form else 0.0
                elif not _same_kind(folded, low):
                    score = 0.0         # "socialtjänsten" is the service, not a misspelt act
                else:
                    score = SequenceMatcher(None, folded, low).ratio() if abs(len(folded) - len(low)) <= 3 else 0.0
                if score >= 0.88 and folded != low and (best is None or score > best[0]):
                    best = (score, gap.end() + words[count - 1].end(), form)
                elif len(low) < 6 and score == 1.0 and (best is None or score > best[0]):
                    best = (score, gap.end() + words[count - 1].end(), form)
        return (best[1], best[2]) if best else None

    def _unknown_after(self, text: str, pos: int):
        """A provision followed by an abbreviation the registry lacks: (end, problem) or None."""
        m = cp.UNKNOWN_AFTER_PROVISION.match(text, pos)
        if not m or cp.NOT_A_STATUTE.match(text, m.end()):
            return None       # "4 § KRIS:s stadgar": an association's bylaws, not a statute
        abbr = m.group("abbr")
        meant = {short.casefold(): short for statute in self.registry for short in statute.short}.get(abbr.casefold())
        if meant:           # "4 § LVm", "SOL": a short name in the wrong case
            return m.end(), f'unknown abbreviation "{abbr}": did you mean "{meant}"?'
        return m.end(), f'unknown abbreviation "{abbr}"'

    # -- binding ----------------------------------------------------------------
    def _bind(self, text, atoms: list[_Atom], law: _Law, start: int, end: int, law_first=False) -> list[Citation]:
        statute = law.statute
        if statute is None:
            problem = law.problem or f'unknown statute "{_squash(text[start:end])}"'
            return [Citation(start, end, text[start:end], None, problem=problem)]
        if law.form and not law.numbered and not _fits(statute, atoms):
            # "16 kap. 4 § HSL": only the act that has chapters can be meant
            fitting = [s for s in self.registry.claims.get(law.form, []) if _fits(s, atoms)]
            statute = fitting[0] if len(fitting) == 1 else statute
        out = []
        last = len(atoms) - 1
        for i, atom in enumerate(atoms):
            if law_first:
                a = start if i == 0 else atom.start
                b = atom.end
            else:
                a = start if i == 0 else atom.start
                b = end if i == last else atom.end
            cite = Citation(a, b, text[a:b], statute.id, atom.chapter, atom.section, atom.section_end, law.problem)
            out.append(_checked(cite, statute))
        return out


_LAW_STEMS = ("lag", "förordn", "balk")


def _misspelt(written: str, statute: Statute) -> str | None:
    """The name of ``statute`` that ``written`` is a misspelling of ("socialtjänstlagn",
    "Social Servces Act"), or None."""
    names = [*statute.names, *statute.names_en]
    by_fold = {cp.fold(n): n for n in names}
    close = difflib.get_close_matches(cp.fold(written), list(by_fold), n=1, cutoff=0.85)
    return by_fold[close[0]] if close else None


def _same_kind(written: str, name: str) -> bool:
    """Could ``written`` be ``name`` misspelt? A Swedish name must still hold its law word
    ("socialtjänstlagn"); a name of several words may differ in one word only ("Social Services Akt")."""
    if len(name.split()) > 1:
        a, b = written.split(), name.split()
        return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1
    stems = [st for st in _LAW_STEMS if st in name]
    return all(st in written for st in stems)


def _define(defined: dict, form: str, statute: Statute) -> None:
    """The page named ``statute`` as ``form`` with its number; a page that names two acts so
    (the old and the new) defines neither, and its bare names follow the page's time."""
    defined[form] = statute if defined.get(form, statute) is statute else None


def _same_as_before(text: str, laws: list[_Law]) -> None:
    """ "samma lag", "nämnda lag", "the same Act": the act of the last reference before it in
    the same text; with none, or one the registry lacks, a message saying so."""
    last = None
    for law in laws:
        if not law.same:
            last = law
            continue
        if last is None:
            law.problem = ('"samma lag" ("the same Act") with no law named before it in the same '
                           'paragraph: write the name of the law')
        elif last.statute is None:
            law.problem = (f'"samma lag" ("the same Act") refers to "{_squash(text[last.start:last.end])}", '
                           f'which is not in the law registry data/lagar.yml: add it there or write its name')
        else:
            law.statute = last.statute


def _fits(statute: Statute, atoms: list[_Atom]) -> bool:
    if statute.chapters is None:
        return True
    # a chapter alone ("16 kap. HSL") is of an act with chapters as surely as a chapter and section
    return all(bool(a.chapter) == statute.chapters if a.section is not None else statute.chapters or not a.chapter
               for a in atoms)


def _checked(cite: Citation, statute: Statute) -> Citation:
    """A provision the statute cannot have is linked to the statute, with a warning."""
    english = _ENGLISH.search(cite.text) is not None
    if statute.chapters is True and cite.section and not cite.chapter:
        example = f"Chapter 2, Section {cite.section}" if english else f"2 kap. {cite.section} §"
        return replace(cite, chapter=None, section=None, section_end=None,
                       problem=f'"{_squash(cite.text)}": {statute.name_sv} is divided into chapters; '
                               f'write the chapter too (for example "{example}")')
    if statute.chapters is False and cite.chapter:
        example = f"Section {cite.section or 1}" if english else f"{cite.section or 1} §"
        return replace(cite, chapter=None, section=None, section_end=None,
                       problem=f'"{_squash(cite.text)}": {statute.name_sv} has no chapters; '
                               f'write the section alone (for example "{example}")')
    return cite


def _atoms(chain: re.Match) -> list[_Atom]:
    """The provisions of a chain, each with its chapter (a section without one keeps the last)."""
    kind = next(k for k in ("sv", "colon", "en", "old") if chain.group(k))
    out: list[_Atom] = []
    chapter = None
    base = chain.start()
    for m in cp.ATOMS[kind].finditer(chain.group(0)):
        g = m.groupdict()
        only = next((k for k in ("chap_only", "kchap_only", "echap_only") if g.get(k)), None)
        if only:     # chapters alone: "4 kap. SoL", "4 och 5 kap.", "Chapters 4 and 5 of the"
            items = list(cp.SECTION_ITEM.finditer(g[only]))
            for k, item in enumerate(items):
                a = base + m.start() if k == 0 else base + m.start(only) + item.start()
                b = base + m.end() if k == len(items) - 1 else base + m.start(only) + item.end()
                chapter = _norm(item.group("sec"))
                out.append(_Atom(a, b, chapter, None, own_chapter=True))
            continue
        chap = _norm(g.get("chap") or g.get("rchap") or g.get("cchap") or g.get("echap") or g.get("echap_after")
                     or g.get("echap2"))
        chapter = chap or chapter
        key = next(k for k in ("secs", "rsecs", "csecs", "esecs", "esecs2", "osecs") if g.get(k))
        items = list(cp.SECTION_ITEM.finditer(g[key]))
        offset = base + m.start(key)
        for k, item in enumerate(items):
            a = base + m.start() if k == 0 else offset + item.start()
            b = base + m.end() if k == len(items) - 1 else offset + item.end()
            out.append(_Atom(a, b, chapter, _norm(item.group("sec")), _norm(item.group("sec2")),
                             own_chapter=bool(chap)))
    return out


def _inside_any(chain: re.Match, spans: list[tuple[int, int]]) -> bool:
    """Does the provision overlap a provision term ("§ 34-placering")? ``spans`` are in order."""
    s, e = chain.span()
    i = bisect.bisect_right(spans, (s, float("inf"))) - 1
    return any(a < e and s < b for a, b in spans[max(i, 0):i + 2])


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def scan(markdown: str, parser: CitationParser, first_line: int = 1):
    """Citations in plain text with their line numbers: [(line, Citation)] (for tests and checks)."""
    starts = [0] + [m.end() for m in re.finditer("\n", markdown)]
    return [(bisect.bisect_right(starts, c.start) - 1 + first_line, c) for c in parser.find(markdown)]
