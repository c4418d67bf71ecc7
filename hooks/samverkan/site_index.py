"""What one language's pages contain: citations, checklists and project facts.

Built once per build and language from the page sources, before any page is
rendered, so that the generated pages (law pages, checklist pages, the
catalogue) can list what every page says.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import checklists as cl
from .citations import Citation
from .mdtext import plain_text
from . import frontmatter
from .yamlfile import Problem


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
    url: str = ""       # "exempel/itok/" (or "en/exempel/itok/"): the page's address in the site
    checklists: list[cl.Checklist] = field(default_factory=list)

    @property
    def law_date(self) -> str | None:
        """The time the page speaks of, for a statute named without its number."""
        return law_date(self.meta)

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
    sentence: tuple[str, str, str] = ("", "", "")   # (before, cited text, after), plain text


@dataclass
class SiteIndex:
    lang: str
    pages: list[PageRecord]
    problems: list[Problem]
    # statute id -> its citations, filled in while the pages are rendered (citation_links.py)
    uses: dict[str, list[CitationUse]] = field(default_factory=dict)

    by_uri: dict[str, PageRecord] = field(default_factory=dict)

    def page(self, src_uri: str) -> PageRecord | None:
        return self.by_uri.get(src_uri)

    @property
    def projects(self) -> list[PageRecord]:
        return [p for p in self.pages if p.is_project]

    def checklists(self):
        return [(page, c) for page in self.pages for c in page.checklists if c.items]   # an empty one is reported


def split_front_matter(source: str, display: str = ""):
    """(meta, body, first body line); broken front matter is reported by hooks/input_checks.py.
    With the page's ``display`` path the reading input_checks made is used again."""
    return frontmatter.split(source, display)


def build_index(lang: str, sources, default_title: str, topics=None) -> SiteIndex:
    """``sources``: (src_uri, link, display, dest_dir, url, text) for each page of ``lang``;
    ``topics``: the checklist topics of the project's data/vocabulary.yml."""
    pages, problems = [], []
    for src_uri, link, display, dest_dir, url, text in sources:
        meta, body, first = split_front_matter(text, display)
        title = str(meta.get("title") or _first_heading(body) or src_uri)
        page = PageRecord(src_uri, link, display, dest_dir, title, meta, body, first, url)
        page_topics, topic_problems = cl.page_topic_problems(meta.get("checklist_topics"), first - 1, topics)
        problems += [Problem(display, p.line, p.message) for p in topic_problems]
        page.checklists, cl_problems = cl.parse(body, first, page_topics, default_title, topics)
        problems += [Problem(display, p.line, p.message) for p in cl_problems]
        pages.append(page)
    return SiteIndex(lang, pages, problems, {}, {p.src_uri: p for p in pages})


def law_date(meta: dict) -> str | None:
    """``law_date:``, else the end of the period, else its start, as YYYY-MM-DD (a year
    counts as its last day, a month as its 28th: the latest date it surely covers)."""
    period = meta.get("period") if isinstance(meta.get("period"), dict) else {}
    for value in (meta.get("law_date"), period.get("end"), period.get("start")):
        m = re.match(r"^\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value or ""))
        if m:
            year, month, day = m.groups()
            return f"{year}-{month or '12'}-{day or ('28' if month else '31')}"
    return None


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        if line.startswith("# "):
            return plain_text(line[2:])
    return None
