"""The glossary data (data/ordlista.yml): terms, definitions and abbreviations."""
from __future__ import annotations

import re
from pathlib import Path

from .render import md_text, render
from .yamlfile import DataError, Problem, found, load_checked


_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def load_glossary(path: Path, display: str = "data/ordlista.yml") -> list[dict]:
    """Read and check the glossary; every problem names its line, then the build stops."""
    parsed = load_checked(path, display)
    entries = parsed.data or []
    if not isinstance(entries, list):
        raise DataError([Problem(display, 1, "expected a list of terms, each starting with '- id: ...'")])
    problems, seen = [], set()
    for i, entry in enumerate(entries):
        at = f"[{i}]"
        line = parsed.lines.get(at)
        if not isinstance(entry, dict):
            problems.append(Problem(display, line, "each glossary entry must be a mapping (id:, sv:, en:, "
                                                   f"abbreviation:); this one is {found(entry)}"))
            continue
        ident = entry.get("id")
        if not isinstance(ident, str) or not _ID.match(ident):
            problems.append(Problem(display, parsed.lines.get(f"{at}.id", line), "'id' must be lower-case letters a-z, "
                                    f"digits and hyphens (it is the term's address); got {found(ident)}"))
        for lang in ("sv", "en"):
            part = entry.get(lang)
            where = parsed.lines.get(f"{at}.{lang}", line)
            if not isinstance(part, dict):
                problems.append(Problem(display, where, f"'{lang}' of entry '{ident}' must be a mapping with "
                                                        f"term: and definition: under it; got {found(part)}"))
                continue
            for key in ("term", "definition"):
                if not isinstance(part.get(key), str) or not part[key].strip():
                    problems.append(Problem(display, parsed.lines.get(f"{at}.{lang}.{key}", where),
                                            f"entry '{ident}' needs {lang}.{key} as text; got {found(part.get(key))}"))
        abbreviation = entry.get("abbreviation")
        if abbreviation is not None and not isinstance(abbreviation, str):
            problems.append(Problem(display, parsed.lines.get(f"{at}.abbreviation", line),
                                    f"'abbreviation' must be text or null; got {found(abbreviation)}"))
        if ident in seen:
            problems.append(Problem(display, line, f"id '{ident}' is used twice"))
        seen.add(ident)
    if problems:
        raise DataError(problems)
    return entries


def abbreviations(entries: list[dict], lang: str, text: str) -> str:
    """Definitions for Python-Markdown's abbr extension (*[SoL]: socialtjänstlagen),
    for the abbreviations that ``text`` uses: each definition costs a pass over the page."""
    rows = []
    for entry in entries:
        abbr = entry.get("abbreviation")
        # the plain substring test first: most abbreviations are on few pages
        if abbr and abbr in text and _as_word(abbr, text):
            expansion = entry[lang]["term"].replace("]", "")
            rows.append(f"*[{abbr}]: {expansion}")
    return "\n".join(rows)


def _as_word(abbr: str, text: str) -> bool:
    """``abbr`` stands in ``text`` as a word of its own (the boundaries of the regex ``\\w``).
    Found with str.find: a regex that starts with a lookbehind is tried at every position."""
    at = text.find(abbr)
    while at != -1:
        before, after = text[at - 1: at] if at else "", text[at + len(abbr): at + len(abbr) + 1]
        if not _word_char(before) and not _word_char(after):
            return True
        at = text.find(abbr, at + 1)
    return False


def _word_char(char: str) -> bool:
    return char != "" and (char.isalnum() or char == "_")


def render_glossary(entries: list[dict], lang: str) -> str:
    key = lambda e: e[lang]["term"].lstrip("§ ").lower()  # noqa: E731
    return render("glossary.md.j2", entries=sorted(entries, key=key), lang=lang, md=md_text)
