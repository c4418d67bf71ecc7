"""How a citation is named: its provision in words and its link's tooltip."""
from __future__ import annotations

from .citations import Citation
from .registry import Registry


def provision_label(chapter: str | None, section: str | None, lang: str, section_end: str | None = None) -> str:
    """2a, 5 -> "2 a kap. 5 §" (sv) or "Chapter 2 a, Section 5" (en); a chapter alone: "4 kap."."""
    spaced = lambda p: f"{p[:-1]} {p[-1]}" if p and p[-1].isalpha() else p  # noqa: E731
    if lang == "sv":
        chap = f"{spaced(chapter)} kap." if chapter else ""
        if not section:
            return chap
        sec = f"{spaced(section)}–{spaced(section_end)} §§" if section_end else f"{spaced(section)} §"
        return f"{chap} {sec}" if chap else sec
    chap = f"Chapter {spaced(chapter)}" if chapter else ""
    if not section:
        return chap
    sec = f"Sections {spaced(section)}–{spaced(section_end)}" if section_end else f"Section {spaced(section)}"
    return f"{chap}, {sec}" if chap else sec


def link_title(registry: Registry, cite: Citation, lang: str, strings: dict) -> str:
    """The tooltip of a citation link: the statute's name, and the provision when there is one."""
    statute = registry.get(cite.statute)
    if not cite.chapter and not cite.section:
        return statute.name(lang)
    return strings["law"]["citation_title"].format(
        name=statute.name(lang), provision=provision_label(cite.chapter, cite.section, lang, cite.section_end))
