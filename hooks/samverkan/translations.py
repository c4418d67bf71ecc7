"""Every page in every language: a page without its other-language file is named, with the fix;
and an example whose facts (status, period, figures) differ between its languages."""
from __future__ import annotations

import copy
import re
from pathlib import Path

from .counties import COUNTIES, county_problem, same_county
from .frontmatter import read
from .yamlfile import Problem

# The facts an example states the same in every language; the words around them are translated.
SAME_FACTS = ("focus", "status.value", "status.as_of", "period.start", "period.end", "evidence", "law_date")
SAME_IN_ROWS = {"results": ("value", "year"), "funding": ("amount", "year")}


def page_stems(docs: Path, lang: str) -> set[str]:
    """"kunskap/samverkan" for docs/kunskap/samverkan.sv.md."""
    return {p.relative_to(docs).as_posix()[: -len(f".{lang}.md")] for p in docs.rglob(f"*.{lang}.md")}


def missing_translations(docs: Path, languages: list[str], shown: str = "docs") -> list[Problem]:
    """One problem per missing file, naming it and the command that creates it from one that exists."""
    stems = {lang: page_stems(docs, lang) for lang in languages}
    problems = []
    for stem in sorted(set().union(*stems.values())):
        have = next(lang for lang in languages if stem in stems[lang])
        for lang in languages:
            if stem not in stems[lang]:
                source, target = f"{shown}/{stem}.{have}.md", f"{shown}/{stem}.{lang}.md"
                problems.append(Problem(source, None, f"no '{lang}' version: create {target}, for example with "
                                        f"`cp {source} {target}`, and translate it"))
    return problems


def unknown_languages(docs: Path, languages: list[str], shown: str = "docs") -> list[Problem]:
    """A page whose name ends in a language code the site does not have ("boendestod.se.md"):
    it is in no language, so no build shows it."""
    problems = []
    for page in sorted(docs.rglob("*.md")):
        parts = page.name.split(".")
        code = parts[-2] if len(parts) >= 3 else None
        if code and len(code) == 2 and code.isalpha() and code not in languages:
            stem = ".".join(parts[:-2])
            where = page.parent.relative_to(docs).as_posix()
            name = f"{where}/{stem}" if where != "." else stem
            problems.append(Problem(f"{shown}/{page.relative_to(docs).as_posix()}", None,
                                    f"the name ends in '.{code}.md', and the site's languages are "
                                    f"{', '.join(languages)}: rename it {shown}/{name}.{languages[0]}.md (or "
                                    f".{'.md, .'.join(languages[1:])}.md); as it is, no page shows it"))
    return problems


def _facts(meta: dict) -> dict[str, object]:
    """{"status.value": "project", "results[0].value": 12, ...}: the facts of one language's file."""
    out: dict[str, object] = {}
    county = same_county(meta.get("county"))
    if county is not None:      # "Stockholms län" and "Stockholm County" are one county
        out["county"] = COUNTIES[county][0]
    for path in SAME_FACTS:
        value = meta
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if value is not None:
            out[path] = sorted(map(str, value)) if path == "focus" and isinstance(value, list) else str(value)
    for key, fields in SAME_IN_ROWS.items():
        rows = meta.get(key) if isinstance(meta.get(key), list) else []
        out[f"{key}.count"] = len(rows)
        for i, row in enumerate(rows):
            for field_name in fields:
                value = row.get(field_name) if isinstance(row, dict) else None
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    out[f"{key}[{i}].{field_name}"] = str(value)
                elif value is not None:         # a figure in words is translated with them
                    out[f"{key}[{i}].{field_name}"] = "(text)"
    return out


def facts_differ(docs: Path, languages: list[str], shown: str = "docs") -> list[Problem]:
    """One problem per fact of an example that its other-language file gives otherwise, named at
    its line in that file: the catalogue, the comparison and the open data would disagree."""
    default, problems = languages[0], []
    for page in sorted((docs / "exempel").glob(f"*.{default}.md")):
        stem = page.name[: -len(f".{default}.md")]
        first = read(page.read_text(encoding="utf-8", errors="replace"))
        if first.broken or not first.present:
            continue        # reported on its own, with its line
        facts, bad = _facts(first.meta), _schema_paths(first.meta, docs)
        for lang in languages[1:]:
            other_path = page.with_name(f"{stem}.{lang}.md")
            if not other_path.exists():
                continue    # missing_translations says so
            other = read(other_path.read_text(encoding="utf-8", errors="replace"))
            if other.broken or not other.present:
                continue
            theirs, wrong = _facts(other.meta), bad | _schema_paths(other.meta, docs)
            if county_problem(first.meta.get("county")) or county_problem(other.meta.get("county")):
                wrong.add("county")     # a misspelt county has its own message, with the name meant
            for key in sorted(set(facts) | set(theirs), key=lambda k: (k.split("[")[0], k)):
                if facts.get(key) == theirs.get(key) or _reported(key, wrong):
                    continue        # the same, or a value the schema's message already names
                what = key.removesuffix(".count")
                if key.endswith(".count"):
                    message = (f"'{what}' has {theirs.get(key)} rows here and {facts.get(key)} in "
                               f"{shown}/exempel/{stem}.{default}.md: the two languages list the same rows")
                else:
                    mine, yours = theirs.get(key), facts.get(key)
                    if key == "county":     # as each file writes it, a county of the fork's own too
                        mine, yours = other.meta.get("county"), first.meta.get("county")
                    message = (f"'{key}' is {_shown(mine)} here but {_shown(yours)} in "
                               f"{shown}/exempel/{stem}.{default}.md: a fact is the same in every language; "
                               f"correct the one that is wrong")
                line = other.line_of(what) or other.line_of(what.split("[")[0]) or other.first_line
                problems.append(Problem(f"{shown}/exempel/{stem}.{lang}.md", line, message))
    return problems


def _schema_paths(meta: dict, docs: Path) -> set[str]:
    """The keys of ``meta`` that break the schema (each has its own message)."""
    from .projects import normalise, validate

    schema = docs.parent / "data" / "exempel.schema.json"
    if not schema.exists():
        return set()
    found = validate(normalise(copy.deepcopy(meta)), schema)
    paths = {path for path, _ in found}
    for path, message in found:     # "stauts: did you mean 'status'?": the key meant is reported too
        if (meant := re.search(r"did you mean '([^']+)'\?$", message)):
            paths.add(f"{path.rsplit('.', 1)[0]}.{meant.group(1)}" if "." in path else meant.group(1))
    return paths


def _reported(key: str, wrong: set[str]) -> bool:
    """Is ``key`` ("results[0].value", "results.count") or a key above it among ``wrong``?"""
    base = key.removesuffix(".count")
    parts = re.split(r"(?=\[)|\.", base)
    prefixes = {"".join(p if p.startswith("[") else ("." + p if i else p) for i, p in enumerate(parts[:n]))
                for n in range(1, len(parts) + 1)}
    return bool(prefixes & wrong) or any(w.startswith(base + "[") or w.startswith(base + ".") for w in wrong)


def _shown(value) -> str:
    if value is None:
        return "missing"
    return ", ".join(value) if isinstance(value, list) else f"'{value}'"
