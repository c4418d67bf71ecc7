"""Warnings about the data files that do not stop the build: a key given twice,
an invisible character, markup in a name or a definition.

The loaders (registry.load_registry, glossary.load_glossary) stop the build on
what they cannot use; these are read once per build, after they loaded.
"""
from __future__ import annotations

import re
from pathlib import Path

from .text_rules import invisible_characters, plain_text_problems, text_fields
from .yamlfile import DataError, Problem, decode, load_checked

# The fields of each data file that are shown as plain text (list items included).
TEXT_FIELDS = {
    "data/lagar.yml": {"sv", "en", "short", "names", "names_en", "title_tail", "default_for"},
    "data/ordlista.yml": {"id", "term", "definition", "abbreviation"},
}


def data_file_warnings(root: Path, display: str) -> list[Problem]:
    path = root / display
    if not path.exists():
        return []
    try:
        parsed = load_checked(path, display)
    except DataError:
        return []       # the loader reports it and stops the build
    text, _ = decode(path.read_bytes(), display)
    problems = list(parsed.warnings) + invisible_characters(text, display)
    keys = TEXT_FIELDS.get(display, set())
    for field_path, value in text_fields(parsed.data):
        if re.sub(r"\[\d+\]", "", field_path).split(".")[-1] in keys:
            problems += plain_text_problems(field_path, value, parsed.lines.get(field_path), display)
    return sorted(problems, key=lambda p: p.line or 0)
