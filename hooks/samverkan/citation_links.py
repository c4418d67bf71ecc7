"""Statute citations become links, on the parsed document: a Python-Markdown extension.

The treeprocessor runs after inline parsing, so it sees prose wherever it stands
(paragraphs, lists, tables, footnotes, admonitions, definition lists,
``md_in_html`` blocks, emphasis) and never code, links, headings or front
matter. Each block's text is read once; every citation found is linked, given
its id (``cite-1``, ``cite-2``...) and handed to ``on_use`` with that same id and
its sentence, so a law page's backlink points at the anchor the page really has.

Usable without MkDocs: ``markdown.markdown(text, extensions=[CitationExtension(linker)])``.
"""
from __future__ import annotations

import bisect
import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass, field
from typing import Callable

from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .citations import Citation, CitationParser
from .sentences import sentence_at

# Inline elements that a citation may run through ("2 kap. 7 § *socialtjänstlagen*").
_INLINE = {"em", "strong", "b", "i", "span", "mark", "small", "u", "s", "del", "ins", "sub", "sup",
           "abbr", "q", "cite", "dfn", "label", "bdi", "time"}
# Elements whose text is never prose to link: code, links, headings, titles, form controls.
_SKIP = {"pre", "code", "kbd", "samp", "a", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style",
         "dt", "th", "summary", "button", "textarea", "select", "option", "svg", "math", "img",
         "input", "br", "hr", "title"}
_SKIP_CLASSES = {"admonition-title", "headerlink", "citation-context", "glossary-entry__term",
                 "no-citations", "footnote-backref", "footnote-ref"}
_STASH = re.compile("\x02wzxhzdk:\\d+\x03")
_OPAQUE = "\ufffc"   # stands for an element inside prose that is not prose (a link, code)
_RAW = re.compile("\x02wzxhzdk:(\\d+)\x03")
_RAW_OPEN = re.compile(r"<(a|code|kbd|samp|script|style|h[1-6])\b", re.IGNORECASE)
_RAW_CLOSE = re.compile(r"</(a|code|kbd|samp|script|style|h[1-6])\s*>", re.IGNORECASE)


@dataclass
class PageContext:
    """The page being rendered, as the linker needs it."""
    display: str = "<text>"           # what messages name: docs/exempel/itok.sv.md
    src_uri: str = ""                 # the page's file in docs/, which its links are relative to
    source: str = ""                  # the Markdown as written, to find a citation's line
    first_line: int = 1
    date: str | None = None           # the time the page speaks of, for bare names
    record: bool = True               # give ids and report uses (content pages)
    report: bool = True               # report problems (not on generated pages: their sources do)
    link: bool = True                 # link at all (not on law pages, which quote others)
    count: int = 0
    # the acts the page has named with their numbers so far ("SoL (2001:453)"): its later bare
    # "SoL" means that act (CitationParser.find)
    defined: dict = field(default_factory=dict)
    _cursor: int = 0
    _lines: list | None = None

    def line_of(self, text: str) -> int:
        """The source line a citation's text starts on (searched in order, markup allowed between words)."""
        words = _WORD.findall(text)
        if not words or not self.source:
            return self.first_line
        found = _words_at(self.source, words, self._cursor) or _words_at(self.source, words, 0)
        if not found:
            return self.first_line
        start, self._cursor = found
        if self._lines is None:     # line starts, once per page: a long page stays linear
            self._lines = [m.start() for m in re.finditer("\n", self.source)]
        return bisect.bisect_left(self._lines, start) + self.first_line


_WORD = re.compile(r"[\w§]+")
_GAP = re.compile(r"[^\w§]{0,16}")


def _words_at(source: str, words: list[str], pos: int) -> tuple[int, int] | None:
    """(start, end) of the first place from ``pos`` where ``words`` stand in order with at most
    16 other characters (spaces, markup) between them: what the regex
    ``word1[^\\w§]{0,16}?word2...`` finds, without compiling one for each citation. Each word
    starts with a word character, so the characters between two words are the run of others."""
    first = words[0]
    at = source.find(first, pos)
    while at != -1:
        end = at + len(first)
        for word in words[1:]:
            end = _GAP.match(source, end).end()
            if not source.startswith(word, end):
                break
            end += len(word)
        else:
            return at, end
        at = source.find(first, at + 1)
    return None


@dataclass
class Use:
    """One citation on a page: what a law page lists and links back to."""
    citation: Citation
    line: int
    anchor: str | None                # "cite-3"
    sentence: tuple[str, str, str]    # (before, cited text, after), plain text


@dataclass
class Linker:
    """What the treeprocessor needs from the build: the parser and what to do with each find."""
    parser: CitationParser
    href: Callable[[Citation], str]                  # link target of a known citation
    title: Callable[[Citation], str]                 # its tooltip (plain text)
    on_use: Callable[[Use], None] = lambda use: None
    on_problem: Callable[[int, str], None] = lambda line, message: None
    page: PageContext = field(default_factory=PageContext)
    current: object = None      # the build's record of that page (for the glue), or None


class CitationTreeprocessor(Treeprocessor):
    def __init__(self, md, linker: Linker):
        super().__init__(md)
        self.linker = linker

    def run(self, root):
        if self.linker.page.link:
            self._walk(root)

    def _walk(self, el):
        # all the text below el, code and links included: a superset of the prose, so a block
        # that cannot cite (no law word or statute number, no provision) is passed over with
        # everything in it
        if _skipped(el) or not self.linker.parser.may_find("".join(el.itertext())):
            return
        segments, flat, display, blocks, parents = _collect(el)
        if flat.strip():
            self._link(segments, flat, display, parents)
        for child in blocks:
            self._walk(child)

    def _link(self, segments, flat, display, parents):
        page, linker = self.linker.page, self.linker
        found = linker.parser.find(self._mask_raw_html(flat), page.date, page.defined)
        wraps = []
        for cite in found:
            line = page.line_of(cite.text)
            if cite.problem:
                # a name the registry lacks gets the two ways out; the other messages say their own
                unknown = (cite.statute is None and cite.problem.startswith("unknown ")
                           and "data/lagar.yml" not in cite.problem)
                linker.on_problem(line, f"{cite.problem} (add it to the law registry data/lagar.yml "
                                        f"or correct the citation)" if unknown else cite.problem)
            if cite.statute is None:
                continue
            anchor = None
            if page.record:
                page.count += 1
                anchor = f"cite-{page.count}"
                d0, d1 = _display_offset(segments, cite.start), _display_offset(segments, cite.end)
                linker.on_use(Use(cite, line, anchor, sentence_at(display, d0, d1)))
            wraps.append((cite, anchor))
        for cite, anchor in reversed(wraps):
            attrs = {"href": linker.href(cite), "title": linker.title(cite), "class": "citation"}
            if anchor:
                attrs["id"] = anchor
            _wrap(segments, parents, cite.start, cite.end, attrs)


    def _mask_raw_html(self, flat: str) -> str:
        """Text inside a link or code written as raw HTML (<a href>…</a>) is not prose either:
        masked, with its length kept so the offsets still hold."""
        if "\x02" not in flat:
            return flat
        stash = self.md.htmlStash.rawHtmlBlocks
        out, pos, depth = [], 0, 0
        for m in _RAW.finditer(flat):
            index = int(m.group(1))
            raw = str(stash[index]) if index < len(stash) else ""
            piece = flat[pos:m.start()]
            out.append(_OPAQUE * len(piece) if depth else piece)
            out.append(m.group(0))
            if _RAW_OPEN.match(raw) and not raw.rstrip().endswith("/>"):
                depth += 1
            elif _RAW_CLOSE.match(raw) and depth:
                depth -= 1
            pos = m.end()
        rest = flat[pos:]
        out.append(_OPAQUE * len(rest) if depth else rest)
        return "".join(out)


class CitationExtension(Extension):
    def __init__(self, linker: Linker, **kwargs):
        self.linker = linker
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        # after inline parsing (20) and the footnotes' own tree work, before abbr (7) and toc (5)
        md.treeprocessors.register(CitationTreeprocessor(md, self.linker), "samverkan_citations", 16)


# -- reading a block's text --------------------------------------------------------

@dataclass
class _Segment:
    node: etree.Element
    attr: str          # "text" or "tail"
    start: int         # offset in the flat text
    display: int       # offset in the display text
    text: str
    parent: object = None   # for a tail: the element that holds ``node``


def _skipped(el) -> bool:
    if el.tag in _SKIP:
        return True
    classes = set((el.get("class") or "").split())
    return bool(classes & _SKIP_CLASSES)


def _collect(container):
    """The block's prose as one string (inline elements transparent, links and code opaque),
    the same with every visible word for sentences, and the nested blocks to visit."""
    segments: list[_Segment] = []
    flat: list[str] = []
    display: list[str] = []
    blocks: list = []
    parents: dict = {}
    pos = [0, 0]

    def add(node, attr, text, parent=None):
        if not text:
            return
        segments.append(_Segment(node, attr, pos[0], pos[1], text, parent))
        flat.append(text)
        display.append(text)
        pos[0] += len(text)
        pos[1] += len(text)

    def boundary(flat_text, shown):
        flat.append(flat_text)
        display.append(shown)
        pos[0] += len(flat_text)
        pos[1] += len(shown)

    def inline(node):
        add(node, "text", node.text)
        for child in node:
            parents[child] = node
            if child.tag in _INLINE and not _skipped(child):
                inline(child)
            elif _skipped(child) or child.tag in _SKIP:
                boundary(_OPAQUE, "" if _is_note_ref(child) else "".join(child.itertext()))
            else:
                boundary("\n\n", " ")
                blocks.append(child)
            add(child, "tail", child.tail, node)

    inline(container)
    return segments, "".join(flat), "".join(display), blocks, parents


def _is_note_ref(el) -> bool:
    return "footnote-ref" in (el.get("class") or "") or (el.tag == "sup" and el.find("a") is not None)


def _segment_at(segments, offset: int, at_end: bool = False) -> _Segment:
    """The segment holding ``offset`` (for an end offset: the one it closes)."""
    starts = _Starts(segments)
    i = bisect.bisect_left(starts, offset) - 1 if at_end else bisect.bisect_right(starts, offset) - 1
    return segments[max(i, 0)]


class _Starts:
    """The segments' start offsets as a sequence for bisect, without building a list each time."""
    __slots__ = ("segments",)

    def __init__(self, segments):
        self.segments = segments

    def __len__(self):
        return len(self.segments)

    def __getitem__(self, i):
        return self.segments[i].start


def _display_offset(segments, offset: int) -> int:
    seg = _segment_at(segments, offset)
    return seg.display + min(offset - seg.start, len(seg.text))


# -- wrapping a span of the flat text in a link -----------------------------------

def _wrap(segments, parents, start: int, end: int, attrs: dict):
    first = _segment_at(segments, start)
    last = _segment_at(segments, end, at_end=True)
    if first is last:
        _wrap_in_chunk(first, start - first.start, end - first.start, attrs)
        return
    a = _climb(_level(first, start - first.start), parents, at_end=False)
    b = _climb(_level(last, end - last.start), parents, at_end=True)
    if a[0] is b[0] and a[1] == b[1]:
        _wrap_chunk_part(a[0], a[1], a[2], b[2], attrs)
    elif a[0] is b[0]:
        _wrap_across(a, b, attrs)
    else:   # the span crosses element borders in a way one link cannot: link the part with the name
        _wrap_in_chunk(last, 0, end - last.start, attrs)


def _level(seg: _Segment, offset: int):
    """(parent, chunk, offset) of a position: chunk 0 is parent.text, chunk i the tail of child i-1."""
    if seg.attr == "text":
        return seg.node, 0, offset
    return seg.parent, list(seg.parent).index(seg.node) + 1, offset


def _climb(position, parents, at_end: bool):
    """A position at the very start or end of an inline element is also just outside it."""
    node, chunk, offset = position
    while node in parents and node.tag in _INLINE:
        text = _chunk(node, chunk)
        if at_end and chunk == len(node) and offset == len(text):
            parent = parents[node]
            node, chunk, offset = parent, list(parent).index(node) + 1, 0
        elif not at_end and chunk == 0 and offset == 0:
            parent = parents[node]
            index = list(parent).index(node)
            node, chunk, offset = parent, index, len(_chunk(parent, index))
        else:
            break
    return node, chunk, offset


def _chunk(parent, i: int) -> str:
    return (parent.text if i == 0 else parent[i - 1].tail) or ""


def _set_chunk(parent, i: int, value: str):
    if i == 0:
        parent.text = value
    else:
        parent[i - 1].tail = value


def _wrap_in_chunk(seg: _Segment, a: int, b: int, attrs: dict):
    text = seg.text
    link = etree.Element("a", attrs)
    link.text, link.tail = text[a:b], text[b:]
    if seg.attr == "text":
        seg.node.text = text[:a]
        seg.node.insert(0, link)
    else:
        parent = seg.parent
        seg.node.tail = text[:a]
        parent.insert(list(parent).index(seg.node) + 1, link)
    seg.text = text[:a]


def _wrap_chunk_part(parent, i: int, a: int, b: int, attrs: dict):
    text = _chunk(parent, i)
    link = etree.Element("a", attrs)
    link.text, link.tail = text[a:b], text[b:]
    _set_chunk(parent, i, text[:a])
    parent.insert(i, link)


def _wrap_across(a, b, attrs: dict):
    parent, i, ao = a
    _, j, bo = b
    start_text, end_text = _chunk(parent, i), _chunk(parent, j)
    link = etree.Element("a", attrs)
    link.text = start_text[ao:]
    moved = list(parent)[i:j]
    for child in moved:
        parent.remove(child)
        link.append(child)
    _set_chunk(parent, i, start_text[:ao])
    link[-1].tail = end_text[:bo]
    link.tail = end_text[bo:]
    parent.insert(i, link)
