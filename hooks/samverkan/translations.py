"""Every page in every language: a page without its other-language file is named, with the fix."""
from __future__ import annotations

from pathlib import Path

from .yamlfile import Problem


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
