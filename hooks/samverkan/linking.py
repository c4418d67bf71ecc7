"""Turning citations in Markdown into links to the law pages."""
from __future__ import annotations

from .citations import Citation, CitationParser
from .registry import Registry
from .render import attr


def provision_label(chapter: str | None, section: str | None, lang: str, section_end: str | None = None) -> str:
    """2a, 5 -> "2 a kap. 5 §" (sv) or "Chapter 2 a, Section 5" (en)."""
    spaced = lambda p: f"{p[:-1]} {p[-1]}" if p and p[-1].isalpha() else p  # noqa: E731
    if lang == "sv":
        sec = f"{spaced(section)}–{spaced(section_end)} §§" if section_end else f"{spaced(section)} §"
        return f"{spaced(chapter)} kap. {sec}" if chapter else sec
    sec = f"Sections {spaced(section)}–{spaced(section_end)}" if section_end else f"Section {spaced(section)}"
    return f"Chapter {spaced(chapter)}, {sec}" if chapter else sec


def link_title(registry: Registry, cite: Citation, lang: str, strings: dict) -> str:
    statute = registry.get(cite.statute)
    if not cite.section:
        return statute.name(lang)
    return strings["law"]["citation_title"].format(
        name=statute.name(lang), provision=provision_label(cite.chapter, cite.section, lang, cite.section_end))


def link_markdown(markdown: str, parser: CitationParser, registry: Registry, lang: str,
                  strings: dict, anchors: bool = True) -> str:
    """Every known citation becomes a link to its law page (and provision).

    With ``anchors`` each link gets its own id (cite-1, cite-2, ...) in page
    order, the ids the law pages' backlinks point to.
    """
    out, pos, n = [], 0, 0
    for cite in parser.find_in_markdown(markdown):
        if cite.statute is None:
            continue
        n += 1
        statute = registry.get(cite.statute)
        target = f"/lagar/{statute.slug}.md" + (f"#{cite.anchor}" if cite.anchor else "")
        title = attr(link_title(registry, cite, lang, strings))
        ident = f"#cite-{n} " if anchors else ""
        out.append(markdown[pos:cite.start])
        out.append(f'[{cite.text}]({target} "{title}"){{ {ident}.citation }}')
        pos = cite.end
    out.append(markdown[pos:])
    return "".join(out)
