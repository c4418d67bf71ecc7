"""The site's fixed words (data/vocabulary.yml): checklist topics, focus areas,
statuses and evidence levels, with their keys, slugs and labels in both languages.

Everything that needs the list of allowed words reads it from here: the checklist
parser, the labels in the strings of each language and the enums of the
front-matter schema, so that adding a word means editing one file.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .yamlfile import DataError, Problem, load_with_lines

PATH = Path(__file__).resolve().parents[2] / "data" / "vocabulary.yml"
DISPLAY = "data/vocabulary.yml"
LANGS = ("sv", "en")
# kind -> the fields an entry has besides its labels
KINDS = {"topics": ("slug",), "focus": (), "statuses": ("stated",), "evidence": ()}
_KEY = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Term:
    key: str
    labels: dict            # {"sv": "Boende", "en": "Housing"}
    slug: str = ""          # topics: the address of the topic's sheet
    stated: dict = field(default_factory=dict)   # statuses: {"sv": "… {year}, enligt {source}"}


@dataclass(frozen=True)
class Vocabulary:
    kinds: dict             # kind -> tuple of Term, in the file's order

    def keys(self, kind: str) -> tuple[str, ...]:
        return tuple(term.key for term in self.kinds[kind])

    def strings(self, lang: str) -> dict:
        """The labels of one language, under the names the templates use (t.topics, t.status …)."""
        label = lambda kind: {t.key: t.labels[lang] for t in self.kinds[kind]}  # noqa: E731
        return {
            "topics": label("topics"),
            "topic_slugs": {t.key: t.slug for t in self.kinds["topics"]},
            "focus": label("focus"),
            "status": label("statuses"),
            "status_stated": {t.key: t.stated[lang] for t in self.kinds["statuses"]},
            "evidence": label("evidence"),
        }


# Which kind of word each schema field takes. The schema on disk names the kind
# ("x-vocabulary") and the enum is filled in when the schema is loaded, rather
# than generating the file: then the schema can never disagree with this file and
# there is no second step to forget. Editors still get the allowed words in the
# new-project template and in every message.
def with_enums(schema: dict, vocabulary: Vocabulary) -> dict:
    """A copy of the schema with ``enum`` set wherever it says ``"x-vocabulary": kind``."""
    def fill(node):
        if isinstance(node, dict):
            if "x-vocabulary" in node:
                node["enum"] = list(vocabulary.keys(node["x-vocabulary"]))
            for value in node.values():
                fill(value)
        elif isinstance(node, list):
            for value in node:
                fill(value)
        return node
    return fill(copy.deepcopy(schema))


def load(path: Path = PATH) -> Vocabulary:
    """The vocabulary, read again only when the file changes (``mkdocs serve`` edits)."""
    stat = path.stat()
    return _load(str(path), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> Vocabulary:
    data = load_with_lines(Path(path), DISPLAY)
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise DataError([Problem(DISPLAY, None, "expected the kinds " + ", ".join(KINDS) + " as top-level keys")])
    for kind in data:
        if kind != "__line__" and kind not in KINDS:
            problems.append(Problem(DISPLAY, data["__line__"], f"unknown kind '{kind}': expected {', '.join(KINDS)}"))
    kinds = {kind: tuple(_terms(data, kind, problems)) for kind in KINDS}
    slugs = [t.slug for t in kinds["topics"]]
    for slug in sorted({s for s in slugs if slugs.count(s) > 1}):
        problems.append(Problem(DISPLAY, None, f"two topics have the slug '{slug}': each topic needs its own address"))
    if problems:
        raise DataError(problems)
    return Vocabulary(kinds)


def _terms(data: dict, kind: str, problems: list[Problem]):
    entries = data.get(kind)
    if not isinstance(entries, dict) or len(entries) < 2:   # only "__line__"
        problems.append(Problem(DISPLAY, data["__line__"], f"'{kind}' must list at least one word"))
        return
    for key, entry in entries.items():
        if key == "__line__":
            continue
        line = entry.get("__line__") if isinstance(entry, dict) else entries["__line__"]
        say = lambda text: problems.append(Problem(DISPLAY, line, f"{kind}.{key}: {text}"))  # noqa: B023,E731
        if not _KEY.match(str(key)):
            say("a key is lower-case letters a–z, digits and hyphens (it is written in front matter)")
        if not isinstance(entry, dict):
            say("expected sv and en labels, e.g. {sv: Boende, en: Housing}")
            continue
        wanted = {*LANGS, *KINDS[kind]}
        for extra in sorted(set(entry) - wanted - {"__line__"}):
            say(f"unknown field '{extra}': expected {', '.join(sorted(wanted))}")
        labels = {lang: entry.get(lang) for lang in LANGS}
        for lang, label in labels.items():
            if not isinstance(label, str) or not label.strip():
                say(f"the {lang} label is missing")
        slug = entry.get("slug", "")
        if "slug" in KINDS[kind] and not (isinstance(slug, str) and _KEY.match(slug)):
            say("the slug (the sheet's address) is missing or not lower-case letters, digits and hyphens")
        stated = entry.get("stated") if "stated" in KINDS[kind] else {}
        if "stated" in KINDS[kind]:
            stated = _stated(stated, say)
        yield Term(str(key), labels, str(slug), stated)


def _stated(stated, say) -> dict:
    if not isinstance(stated, dict):
        say("'stated' must give the shown wording in sv and en, with {year} and {source}")
        return {lang: "" for lang in LANGS}
    out = {}
    for lang in LANGS:
        text = stated.get(lang)
        try:
            ok = isinstance(text, str) and "{year}" in text and "{source}" in text and bool(
                text.format(year=2000, source="x"))
        except (KeyError, IndexError, ValueError):
            ok = False
        if not ok:
            say(f"stated.{lang} must be text with {{year}} and {{source}} (a status is always dated and sourced)")
        out[lang] = text if isinstance(text, str) else ""
    return out
