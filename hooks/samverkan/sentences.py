"""The sentence around a citation, for the backlinks on a law page."""
from __future__ import annotations

import re

# words that end in a period without ending a sentence
_ABBREVIATIONS = {"kap", "t.ex", "bl.a", "m.m", "m.fl", "jfr", "prop", "resp", "st", "p", "nr", "dnr", "s",
                  "ca", "dvs", "d.v.s", "o.s.v", "osv", "bl", "ex", "e.g", "i.e", "cf", "no", "f", "ff",
                  "art", "sek", "sect", "chap", "etc", "vs", "ang", "enl", "fr.o.m", "t.o.m", "kl", "jan",
                  "feb", "aug", "sept", "okt", "nov", "dec", "mr", "mrs", "dr", "prof", "uppl", "red"}
_END = re.compile(r"[.!?…]+[\"'”’)]*\s+(?=[\"'“”(\[]*[A-ZÅÄÖ0-9])|\n\s*\n")
_STASH = re.compile("\x02[^\x03]*\x03")   # Python-Markdown's placeholders for stashed HTML
_LIMIT = 300


_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*$")
_NEAR = 64


def word_before(text: str, end: int) -> re.Match | None:
    """``_WORD_BEFORE.search(text[:end])``, read in the last 64 characters before ``end``
    unless the word reaches further: a search of the whole text before each sentence end
    made a long paragraph cost the square of its length."""
    near = max(0, end - _NEAR)
    m = _WORD_BEFORE.search(text, near, end)
    return _WORD_BEFORE.search(text, 0, end) if m and m.start() == near and near else m


def _is_sentence_end(text: str, m: re.Match) -> bool:
    if m.group(0).startswith("\n"):
        return True
    word = word_before(text, m.start() + 1)
    if word and "." in m.group(0) and word.group(1).rstrip(".").lower() in _ABBREVIATIONS:
        return False
    # "2 kap. 7 §": a number right after is no new sentence when the word before is short
    nxt = text[m.end():m.end() + 1]
    return not (nxt.isdigit() and word and len(word.group(1).rstrip(".")) <= 3)


def sentence_at(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, cited, after): the whole sentence holding text[start:end], as plain text."""
    lo, hi = 0, len(text)
    for m in _END.finditer(text, 0, start):
        if m.end() <= start and _is_sentence_end(text, m):
            lo = m.end()
    for m in _END.finditer(text, end):
        if _is_sentence_end(text, m):
            hi = m.start() + len(m.group(0).rstrip())
            break
    before, cited, after = text[lo:start], text[start:end], text[end:hi]
    if len(before) > _LIMIT:
        before = "…" + before[-_LIMIT:].split(" ", 1)[-1]
    if len(after) > _LIMIT:
        after = after[:_LIMIT].rsplit(" ", 1)[0] + "…"
    return _clean(before, left=True), _clean(cited), _clean(after, right=True)


def _clean(text: str, left=False, right=False) -> str:
    text = re.sub(r"\s+", " ", _STASH.sub("", text).replace("\ufffc", ""))
    return text.lstrip() if left else text.rstrip() if right else text
