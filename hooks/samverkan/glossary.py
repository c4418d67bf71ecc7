"""The glossary data (data/ordlista.yml): terms, definitions and abbreviations."""
from __future__ import annotations

import re
from pathlib import Path

from .render import md_text, render
from .yamlfile import DataError, Problem, load_with_lines


def load_glossary(path: Path, display: str = "data/ordlista.yml") -> list[dict]:
    entries = load_with_lines(path, display) or []
    problems, seen = [], set()
    for entry in entries:
        line = entry.get("__line__")
        for lang in ("sv", "en"):
            part = entry.get(lang) or {}
            if not part.get("term") or not part.get("definition"):
                problems.append(Problem(display, line, f"entry '{entry.get('id')}' needs {lang}.term and {lang}.definition"))
        if entry.get("id") in seen:
            problems.append(Problem(display, line, f"id '{entry.get('id')}' is used twice"))
        seen.add(entry.get("id"))
    if problems:
        raise DataError(problems)
    return entries


def abbreviations(entries: list[dict], lang: str, text: str) -> str:
    """Definitions for Python-Markdown's abbr extension (*[SoL]: socialtjänstlagen),
    for the abbreviations that ``text`` uses: each definition costs a pass over the page."""
    rows = []
    for entry in entries:
        abbr = entry.get("abbreviation")
        if abbr and re.search(rf"(?<!\w){re.escape(abbr)}(?!\w)", text):
            expansion = entry[lang]["term"].replace("]", "")
            rows.append(f"*[{abbr}]: {expansion}")
    return "\n".join(rows)


def render_glossary(entries: list[dict], lang: str) -> str:
    key = lambda e: e[lang]["term"].lstrip("§ ").lower()  # noqa: E731
    return render("glossary.md.j2", entries=sorted(entries, key=key), lang=lang, md=md_text)
