"""What one language's pages contain: citations, checklists and project facts.

Built once per build and language from the page sources, before any page is
rendered, so that the generated pages (law pages, checklist pages, the
catalogue) can list what every page says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import checklists as cl
from .citations import Citation, CitationParser, scan
from .mdtext import plain_text
from .yamlfile import Problem, load_text


@dataclass
class PageRecord:
    src_uri: str        # "exempel/itok.sv.md"
    link: str           # "/exempel/itok.md": what generated Markdown links to
    display: str        # "docs/exempel/itok.sv.md": what messages name
    dest_dir: str       # "exempel/itok" (or "en/exempel/itok"): where its downloads go
    title: str
    meta: dict
    body: str
    first_line: int     # the line of the file the body starts on
    citations: list[tuple[int, Citation]] = field(default_factory=list)
    checklists: list[cl.Checklist] = field(default_factory=list)

    @property
    def is_project(self) -> bool:
        parts = self.src_uri.split("/")
        return len(parts) == 2 and parts[0] == "exempel" and not parts[1].startswith("index.")


@dataclass
class CitationUse:
    page: PageRecord
    citation: Citation
    line: int
    anchor: str          # the citation's own anchor on its page: "cite-3"


@dataclass
class SiteIndex:
    lang: str
    pages: list[PageRecord]
    problems: list[Problem]
    uses: dict[str, list[CitationUse]]

    by_uri: dict[str, PageRecord] = field(default_factory=dict)

    def page(self, src_uri: str) -> PageRecord | None:
        return self.by_uri.get(src_uri)

    @property
    def projects(self) -> list[PageRecord]:
        return [p for p in self.pages if p.is_project]

    def checklists(self):
        return [(page, c) for page in self.pages for c in page.checklists]


_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)


def split_front_matter(source: str):
    """(meta, body, first body line): the split MkDocs makes (mkdocs.utils.meta), with the fast parser."""
    m = _FRONT.match(source)
    if not m:
        return {}, source, 1
    try:
        meta = load_text(m.group(1))
    except Exception:   # MkDocs reports broken front matter itself and keeps the text
        return {}, source, 1
    if not isinstance(meta, dict):
        return {}, source, 1
    body = source[m.end():].lstrip("\n")
    offset = len(source) - len(body)
    return meta, body, source.count("\n", 0, offset) + 1


def build_index(lang: str, sources, parser: CitationParser, default_title: str, topics=None) -> SiteIndex:
    """``sources``: (src_uri, link, display, dest_dir, text) for each page of ``lang``;
    ``topics``: the checklist topics of the project's data/vocabulary.yml."""
    pages, problems, uses = [], [], {}
    for src_uri, link, display, dest_dir, text in sources:
        meta, body, first = split_front_matter(text)
        title = str(meta.get("title") or _first_heading(body) or src_uri)
        page = PageRecord(src_uri, link, display, dest_dir, title, meta, body, first)
        page.citations = scan(body, parser, first)
        n = 0
        for line, cite in page.citations:
            if cite.statute is None:
                problems.append(Problem(display, line, f"{cite.problem} (add it to the law registry data/lagar.yml or correct the citation)"))
                continue
            n += 1
            uses.setdefault(cite.statute, []).append(CitationUse(page, cite, line, f"cite-{n}"))
        page_topics, topic_problems = cl.page_topic_problems(meta.get("checklist_topics"), first - 1, topics)
        problems += [Problem(display, p.line, p.message) for p in topic_problems]
        page.checklists, cl_problems = cl.parse(body, first, page_topics, default_title, topics)
        problems += [Problem(display, p.line, p.message) for p in cl_problems]
        pages.append(page)
    return SiteIndex(lang, pages, problems, uses, {p.src_uri: p for p in pages})


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("# "):
            return plain_text(line[2:])
    return None
