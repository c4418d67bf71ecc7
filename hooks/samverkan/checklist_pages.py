"""The Markdown and HTML of checklist blocks, the overview and the topic pages."""
from __future__ import annotations

from dataclasses import dataclass

from .checklists import Checklist, Item
from .mdtext import unique
from .render import render, rendered


@dataclass
class Source:
    href: str
    label: str


def topic_stems(strings) -> list[str]:
    return [f"checklistor/{slug}" for slug in strings["topic_slugs"].values()]


def render_block(checklist: Checklist, build, download=None, printed_from=None) -> str:
    return render("checklist.html.j2", checklist=checklist, t=build.strings,
                  download=download, printed_from=printed_from).rstrip("\n")


def overview(build) -> str:
    topics = tuple(build.strings["topics"])     # the project's data/vocabulary.yml
    groups = {t: [] for t in (*topics, None)}
    total = 0
    for page, checklist in build.index.checklists():
        total += len(checklist.items)
        for topic in checklist.topics or [None]:
            groups[topic].append((page, checklist))
    t = build.strings
    return render("checklist_overview.md.j2", groups=groups, t=t, topics=topics,
                  count=t["checklist_overview_count"].format(n=len(build.index.checklists()), items=total))


def topic_page(stem: str, build) -> str:
    t = build.strings
    topic = next(k for k in t["topics"] if f"checklistor/{t['topic_slugs'][k]}" == stem)
    taken: set[str] = set()
    sections = []
    for page, checklist in build.index.checklists():
        if topic not in checklist.topics:
            continue
        items = []
        for item in checklist.items:
            # its citations are linked when the page is parsed (citation_links.py)
            merged = Item(item.text, item.line, unique(item.anchor, taken))
            merged.source = Source(f"{page.link}#{item.anchor}", t["checklist_item_source"])
            items.append(merged)
        block = Checklist(checklist.title, checklist.line, checklist.topics, items, 0, 0,
                          anchor=unique(checklist.anchor, taken))
        sections.append((page, checklist, rendered(render_block(block, build, printed_from=page.title))))
    return render("checklist_topic.md.j2", t=t, topic=topic, sections=sections)
