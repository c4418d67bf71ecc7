"""Small helpers for reading Markdown as text: what is prose, lines, plain text, slugs."""
from __future__ import annotations

import bisect
import html
import re
import unicodedata

# Places where a citation must never be linked: code, headings, admonition
# titles, existing links and HTML, URLs, link and abbreviation definitions.
_PROTECTED = re.compile(
    r"""
      (?P<fence>^[ \t]*(?P<fchar>`{3,}|~{3,})[^\n]*\n(?:.*?\n)??[ \t]*(?P=fchar)[ \t]*$)
    | `[^`\n]+`
    | ^[ \t]{0,3}\#{1,6}[ \t][^\n]*$
    | ^[ \t]*(?:!!!|\?\?\?\+?)[^\n]*$
    | ^[ \t]*\[[^\]\n]+\]:[^\n]*$
    | ^[ \t]*\*\[[^\]\n]+\]:[^\n]*$
    | !?\[[^\]\n]*\]\((?:[^()"\n]|"[^"\n]*")*\)(?:\{[^}\n]*\})?
    | \[[^\]\n]*\]\[[^\]\n]*\]
    | <a\b[^>]*>.*?</a>
    | <!--.*?-->
    | <[^>\n]+>
    | https?://[^\s)>\]]+
    | \{[:#.][^}\n]*\}
    """,
    re.VERBOSE | re.MULTILINE | re.DOTALL,
)


_CODE = re.compile(r"^[ \t]*(?P<f>`{3,}|~{3,})[^\n]*\n(?:.*?\n)??[ \t]*(?P=f)[ \t]*$|`[^`\n]+`", re.M | re.S)
_MARKER = re.compile(r"<!--\s*samverkan:([\w-]+)\s*-->")


def markers(text: str):
    """The generated-content markers (<!-- samverkan:name -->) outside code, as matches."""
    spans = SpanSet([m.span() for m in _CODE.finditer(text)])
    return [m for m in _MARKER.finditer(text) if not spans.covers(m.start(), m.end())]


def fill_marker(text: str, name: str, make) -> str:
    """Replace every <!-- samverkan:name --> outside code with make() (called once)."""
    found = [m for m in markers(text) if m.group(1) == name]
    if not found:
        return text
    content = make()
    for m in reversed(found):
        text = text[:m.start()] + content + text[m.end():]
    return text


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans of ``text`` that are not prose."""
    return [m.span() for m in _PROTECTED.finditer(text)]


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


class Lines:
    """Offset-to-line lookup for one text (1-based lines, plus a fixed offset)."""

    def __init__(self, text: str, first_line: int = 1):
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._first = first_line

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1 + self._first


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


_SENTENCE_END = re.compile(r"(?<!\bkap)(?<!\bjfr)(?<!\bbl\.a)(?<!\bt\.ex)[.!?](?=\s+[\"'”(]*[A-ZÅÄÖ0-9])|\n[ \t]*\n")


def sentence_around(text: str, start: int, end: int, limit: int = 280) -> tuple[str, str, str]:
    """The sentence holding text[start:end], as (before, match, after) plain text."""
    lo = max(0, start - limit)
    before = text[lo:start]
    cut = None
    for m in _SENTENCE_END.finditer(before):
        cut = m.end()
    before = before[cut:] if cut is not None else before
    after = text[end:end + limit]
    m = _SENTENCE_END.search(after)
    after = after[: m.end()] if m else after
    line_start = re.compile(r"^[ \t]*(?:[-*+]|\d+\.)[ \t]+", re.MULTILINE)
    clean = lambda s: plain_text(line_start.sub("", s))  # noqa: E731
    head, tail = clean(before), clean(after)
    # keep the space that separated the citation from its neighbours
    head += " " if head and before[-1:].isspace() else ""
    tail = (" " if tail and after[:1].isspace() else "") + tail
    return head, clean(text[start:end]), tail
