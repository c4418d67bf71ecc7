"""The law pages and the law index, from the registry and the citations found on the pages.

A law page is written in two steps: its head (status, official text) when the
pages are read, and its provisions with their backlinks once every content page
has been rendered and so linked (site_scan orders the law pages last).
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from html import escape

from .linking import provision_label
from .mdtext import md_link, relpath
from .render import md_text, render, rendered


@dataclass
class PageUses:
    href: str
    title: str
    uses: list[dict] = field(default_factory=list)
    by_sentence: dict[str, dict] = field(default_factory=dict)   # one quote per sentence, found in O(1)


@dataclass
class Provision:
    anchor: str
    label: str
    key: tuple
    lagen_nu: str | None
    pages: dict[str, PageUses] = field(default_factory=dict)


def relative(target: str, page_url: str) -> str:
    """A link from the page at ``page_url`` ("lagar/x/") to ``target`` ("kunskap/y/#cite-1")."""
    base = page_url.rstrip("/") if page_url.endswith("/") else posixpath.dirname(page_url)
    path, _, frag = target.partition("#")
    rel = relpath(path or ".", base or ".")
    if (not path or path.endswith("/")) and not rel.endswith("/"):
        rel = "./" if rel == "." else rel + "/"
    return rel + (f"#{frag}" if frag else "")


def law_md_link(statute, from_src: str) -> str:
    """A Markdown link target to a statute's page from the source file ``from_src``."""
    return md_link(f"lagar/{statute.slug}.md", from_src)


def _key(chapter, section):
    def split(p):
        if not p:
            return (0, "")
        digits = "".join(ch for ch in p if ch.isdigit())
        return (int(digits or 0), p[len(digits):])
    return (*split(chapter), *split(section))


def _status(statute, t) -> str:
    if statute.status == "repealed" and statute.repealed:
        return t["law"]["status_repealed_on"].format(date=statute.repealed)
    if statute.status == "in-force" and statute.in_force:
        return t["law"]["status_in_force_from"].format(date=statute.in_force)
    return t["law"]["statuses"][statute.status]


def law_page(statute, build) -> str:
    """The head of the page: front matter, status, official text, and the place for the uses."""
    lang, src = build.lang, f"lagar/{statute.slug}.{build.lang}.md"
    replacement = build.registry.statutes.get(statute.replaced_by) if statute.replaced_by else None
    link = lambda s: rendered(f"[{md_text(s.name(lang))}]({law_md_link(s, src)})")  # noqa: E731
    return render("law.md.j2", statute=statute, lang=lang, t=build.strings,
                  status_text=_status(statute, build.strings),
                  replacement_link=link(replacement) if replacement else "",
                  replaces=[link(s) for s in build.registry if s.replaced_by == statute.id])


def law_uses(statute, build, page_url: str) -> str:
    """Every provision of ``statute`` the site cites, each with the sentences that cite it."""
    lang, t = build.lang, build.strings
    provisions: dict[str, Provision] = {}
    whole = Provision("hela", t["law"]["whole"], (10**9,), None)
    for use in build.index.uses.get(statute.id, []):
        cite = use.citation
        if cite.anchor is None:
            provision = whole
        else:
            provision = provisions.get(cite.anchor)
            if provision is None:
                label = provision_label(cite.chapter, cite.section, lang)
                provision = provisions[cite.anchor] = Provision(
                    cite.anchor, label, _key(cite.chapter, cite.section), statute.lagen_nu_url(cite.anchor))
        group = provision.pages.get(use.page.src_uri)
        if group is None:
            group = provision.pages[use.page.src_uri] = PageUses(relative(use.page.url, page_url), use.page.title)
        before, text, after = use.sentence
        sentence = before + text + after
        quote = group.by_sentence.get(sentence)
        if quote is None:     # two citations in one sentence: one quote, both marked
            quote = {"href": relative(use.page.url + "#" + use.anchor, page_url), "sentence": sentence, "marks": []}
            group.uses.append(quote)
            group.by_sentence[sentence] = quote
        quote["marks"].append((len(before), len(before) + len(text)))
    for provision in provisions.values():
        for group in provision.pages.values():
            for quote in group.uses:
                quote["parts"] = _marked(quote["sentence"], quote["marks"])
    for group in whole.pages.values():
        for quote in group.uses:
            quote["parts"] = _marked(quote["sentence"], quote["marks"])
    ordered = sorted(provisions.values(), key=lambda p: p.key) + ([whole] if whole.pages else [])
    for p in ordered:
        p.pages = list(p.pages.values())
    replacement = build.registry.statutes.get(statute.replaced_by) if statute.replaced_by else None
    notice = ""
    if statute.status == "repealed" and replacement:
        href = relative(f"lagar/{replacement.slug}/", page_url) if page_url else f"../{replacement.slug}/"
        notice = rendered(t["law"]["repealed_at_provision"].format(
            date=escape(str(statute.repealed)),
            replacement=f'<a href="{escape(href)}">{escape(replacement.name(lang))}</a>'))
    return render("law_uses.md.j2", provisions=ordered, t=t, repealed_notice=notice)


def _marked(sentence: str, marks: list[tuple[int, int]]) -> list[tuple[str, bool]]:
    """The sentence as (text, is the citation) parts."""
    parts, pos = [], 0
    for a, b in sorted(set(marks)):
        if a < pos:
            continue
        parts += [(sentence[pos:a], False), (sentence[a:b], True)]
        pos = b
    return parts + [(sentence[pos:], False)]


def law_index(build, from_src: str) -> str:
    rows = []
    for statute in sorted(build.registry, key=lambda s: s.name(build.lang).lower()):
        uses = build.index.uses.get(statute.id, [])
        rows.append({"statute": statute, "link": law_md_link(statute, from_src),
                     "status": _status(statute, build.strings),
                     "pages": len({u.page.src_uri for u in uses})})
    return render("law_index.md.j2", rows=rows, lang=build.lang, t=build.strings)

