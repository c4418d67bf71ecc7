"""Small helpers for reading Markdown as text: markers, lines, plain text, slugs."""
from __future__ import annotations

import html
import posixpath
import re
import unicodedata
from functools import lru_cache

_CODE = re.compile(r"^[ \t]*(?P<f>`{3,}|~{3,})[^\n]*\n(?:.*?\n)??[ \t]*(?P=f)[ \t]*$|`[^`\n]+`", re.M | re.S)
_MARKER = re.compile(r"<!--\s*samverkan:([\w-]+)\s*-->")
# The markers an editor may put on any page of docs/, each filled by a hook (catalogue.py,
# checklists.py, laws.py, glossary.py, site_name.py); any other is reported with its line
# (text_rules.body_problems). A hook of a fork's that fills a marker of its own adds it here.
EDITOR_MARKERS = frozenset({"catalogue", "comparison", "checklists", "law-index", "glossary", "site-name"})


def markers(text: str):
    """The generated-content markers (<!-- samverkan:name -->) outside code, as matches."""
    if "samverkan:" not in text:
        return []       # most pages have none: no need to find their code spans
    spans = SpanSet([m.span() for m in _CODE.finditer(text)])
    return [m for m in _MARKER.finditer(text) if not spans.covers(m.start(), m.end())]


def fill_marker(text: str, name: str, make) -> str:
    """Replace every <!-- samverkan:name --> outside code with make() (called once)."""
    found = [m for m in markers(text) if m.group(1) == name]
    if not found:
        return text
    content = str(make())   # plain text: text + Markup would HTML-escape the whole page
    for m in reversed(found):
        text = text[:m.start()] + content + text[m.end():]
    return text


class SpanSet:
    """Answers "is this offset inside a protected span?" for increasing offsets in O(1)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self._spans = spans
        self._i = 0

    def covers(self, start: int, end: int) -> bool:
        spans, i = self._spans, self._i
        while i < len(spans) and spans[i][1] <= start:
            i += 1
        self._i = i
        return i < len(spans) and spans[i][0] < end


_LINK = re.compile(r'!?\[([^\]]*)\]\((?:[^()"]|"[^"]*")*\)(?:\{[^}]*\})?')
_ATTR = re.compile(r"\{[:#.][^}]*\}")
_TAG = re.compile(r"<[^>]+>")
_EMPH = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


def no_html(markdown: str) -> str:
    """Markdown with any raw HTML shown as text: "<script>" stays words on the page."""
    return markdown.replace("<", "&lt;")


def plain_text(markdown: str) -> str:
    """Inline Markdown to the words a reader sees (links, emphasis, tags removed)."""
    text = _LINK.sub(r"\1", markdown)
    text = _ATTR.sub("", text)
    text = _TAG.sub("", text)
    for _ in range(2):
        text = _EMPH.sub(r"\2", text)
    return html.unescape(re.sub(r"\s+", " ", text)).strip()


def slugify(text: str, max_words: int = 8) -> str:
    """A stable, readable ASCII anchor from text: "Börja tidigt!" -> "borja-tidigt"."""
    folded = unicodedata.normalize("NFKD", plain_text(text).lower())
    ascii_text = folded.encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text)[:max_words]
    return "-".join(words) or "x"


def unique(slug: str, taken: set[str]) -> str:
    """``slug``, or ``slug-2``, ``slug-3``... the first not in ``taken`` (which it joins)."""
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate


@lru_cache(maxsize=8192)
def relpath(path: str, start: str) -> str:
    """posixpath.relpath of two paths in the site, kept: it looks up the working folder each
    time, and a law page links to the same few pages hundreds of times."""
    return posixpath.relpath(path, start)


def md_link(target: str, from_src: str) -> str:
    """A Markdown link from the source file ``from_src`` ("checklistor/boende.sv.md") to a page
    named from the docs folder ("/exempel/itok.md#a"): "../exempel/itok.md#a". Relative, so the
    Markdown needs no generator setting to resolve it (MkDocs' absolute_links)."""
    path, hash_, frag = target.lstrip("/").partition("#")
    return relpath(path, posixpath.dirname(from_src) or ".") + hash_ + frag
