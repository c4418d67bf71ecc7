"""The Markdown and HTML of checklist blocks, the overview and the topic pages."""
from __future__ import annotations

from dataclasses import dataclass

from .checklists import Checklist, Item, as_text
from .mdtext import md_link, unique
from .render import render, rendered


@dataclass
class Source:
    href: str
    label: str


def topic_stems(strings) -> list[str]:
    return [f"checklistor/{slug}" for slug in strings["topic_slugs"].values()]


def render_block(checklist: Checklist, build, download=None, printed_from=None, tick_base="") -> str:
    return render("checklist.html.j2", checklist=checklist, t=build.strings, tick_base=tick_base,
                  download=download, printed_from=printed_from).rstrip("\n")


def topic_download(stem: str) -> str:
    """The topic sheet's text file, beside the sheet: checklistor/styrning/styrning.txt."""
    return stem.rsplit("/", 1)[-1] + ".txt"


def topic_text(stem: str, build, site_url: str) -> str:
    """Every checklist of the topic as text, each with the page it comes from."""
    topic = _topic(stem, build.strings)
    parts = []
    for page, checklist in build.index.checklists():
        if topic in checklist.topics:
            parts.append(as_text(checklist, page.title, site_url.rstrip("/") + "/" + page.dest_dir + "/"))
    return "\n".join(parts)


def _topic(stem: str, t) -> str:
    return next(k for k in t["topics"] if f"checklistor/{t['topic_slugs'][k]}" == stem)


def overview(build, here: str) -> str:
    topics = tuple(build.strings["topics"])     # the project's data/vocabulary.yml
    groups = {t: [] for t in (*topics, None)}
    total = 0
    for page, checklist in build.index.checklists():
        total += len(checklist.items)
        for topic in checklist.topics or [None]:
            groups[topic].append((page, checklist))
    t = build.strings
    return render("checklist_overview.md.j2", groups=groups, t=t, topics=topics, here=here,
                  count=t["checklist_overview_count"].format(n=len(build.index.checklists()), items=total))


def topic_page(stem: str, build) -> str:
    t = build.strings
    topic = _topic(stem, t)
    taken: set[str] = set()
    sections = []
    for page, checklist in build.index.checklists():
        if topic not in checklist.topics:
            continue
        items = []
        for item in checklist.items:
            # its citations are linked when the page is parsed (citation_links.py)
            merged = Item(item.text, item.line, unique(item.anchor, taken))
            merged.source = Source(md_link(f"{page.link}#{item.anchor}", f"{stem}.md"), t["checklist_item_source"])
            merged.tick = f"{page.link}#{item.anchor}"      # the same tick as on the source page
            items.append(merged)
        block = Checklist(checklist.title, checklist.line, checklist.topics, items, 0, 0,
                          anchor=unique(checklist.anchor, taken))
        sections.append((page, checklist, rendered(render_block(block, build, printed_from=page.title))))
    chars = sum(len(item.plain) + 40 for _, checklist, _ in sections for item in checklist.items)
    return render("checklist_topic.md.j2", t=t, topic=topic, sections=sections, download=topic_download(stem),
                  here=f"{stem}.md",
                  size=sheet_size(chars))


def sheet_size(chars: int) -> str:
    """The printed sheet's type size: as large as one A4 page allows, 8.5–11.5 pt.
    The text's area grows with the square of the size; 2,900 characters fill a page at 10 pt."""
    size = 10 * (2900 / max(chars, 1)) ** 0.5
    return f"{max(8.5, min(11.5, int(size * 2) / 2)):.1f}pt"
