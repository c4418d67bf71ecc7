"""The Markdown of the law pages and the law index, from the registry and the SiteIndex."""
from __future__ import annotations

from dataclasses import dataclass, field

from .linking import provision_label
from .mdtext import sentence_around
from .render import md_text, render, rendered


@dataclass
class Use:
    page: object
    anchor: str
    before: str
    text: str
    after: str


@dataclass
class Provision:
    anchor: str
    label: str
    key: tuple
    uses: list[Use] = field(default_factory=list)


def _key(chapter, section):
    def split(p):
        if not p:
            return (0, "")
        digits = "".join(ch for ch in p if ch.isdigit())
        return (int(digits or 0), p[len(digits):])
    return (*split(chapter), *split(section))


def law_page(statute, build) -> str:
    lang = build.lang
    provisions: dict[str, Provision] = {}
    whole: list[Use] = []
    for use in build.index.uses.get(statute.id, []):
        cite = use.citation
        before, text, after = sentence_around(use.page.body, cite.start, cite.end)
        item = Use(use.page, use.anchor, before, text, after)
        if cite.anchor is None:
            whole.append(item)
            continue
        if cite.anchor not in provisions:
            provisions[cite.anchor] = Provision(cite.anchor, provision_label(cite.chapter, cite.section, lang),
                                                _key(cite.chapter, cite.section))
        provisions[cite.anchor].uses.append(item)
    replacement = build.registry.statutes.get(statute.replaced_by) if statute.replaced_by else None
    replacement_link = rendered(f"[{md_text(replacement.name(lang))}](/lagar/{replacement.slug}.md)") if replacement else ""
    replaces = [rendered(f"[{md_text(s.name(lang))}](/lagar/{s.slug}.md)") for s in build.registry if s.replaced_by == statute.id]
    return render("law.md.j2", statute=statute, lang=lang, t=build.strings,
                  provisions=sorted(provisions.values(), key=lambda p: p.key), whole=whole,
                  replacement_link=replacement_link, replaces=replaces)


def law_index(build) -> str:
    rows = []
    for statute in sorted(build.registry, key=lambda s: s.name(build.lang).lower()):
        uses = build.index.uses.get(statute.id, [])
        rows.append({"statute": statute, "link": f"/lagar/{statute.slug}.md",
                     "pages": len({u.page.src_uri for u in uses})})
    return render("law_index.md.j2", rows=rows, lang=build.lang, t=build.strings)
