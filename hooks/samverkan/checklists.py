"""Checklist blocks: reading them from Markdown and writing them back as checklists.

An editor writes::

    !!! checklist "Att tänka på"
        topics: planning, collaboration

        - Bestäm vem som äger planen.

The block becomes a list of labelled checkboxes on its page, and its items are
gathered on the checklist overview and topic pages.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import vocabulary
from .mdtext import plain_text, slugify, unique
from .text_rules import code_lines


def known_topics() -> tuple[str, ...]:
    """The checklist topics of data/vocabulary.yml beside these hooks. A build passes its own
    project's topics (``topics=``), since a test may build a copy with other words."""
    return vocabulary.load().keys("topics")


_START = re.compile(r'^(?P<indent>[ \t]*)(?:!!!|\?\?\?\+?)[ \t]*checklist\b[ \t]*(?:"(?P<title>[^"]*)")?[ \t]*$')
_ANY_START = re.compile(r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*checklist\b", re.M)   # what every _START match begins with
_TOPICS = re.compile(r"^topics:\s*(?P<list>.*)$", re.IGNORECASE)
_TAG = re.compile(r"<[A-Za-z/!]")    # the start of a tag: "<img", "</b>", "<!--"
_ITEM = re.compile(r"^(?P<sub>[ \t]*)(?:[-*+]|\d+[.)])[ \t]+(?P<text>.*)$")


@dataclass
class Item:
    text: str            # inline Markdown, as written
    line: int
    anchor: str = ""
    source: object = None   # on gathered pages: where the item comes from (href, label)

    @property
    def plain(self) -> str:
        # "<" is text in an item (the page shows it as written), so the overview and the text download keep it
        return plain_text(self.text.replace("<", "&lt;"))


@dataclass
class Checklist:
    title: str
    line: int                      # the line of the "!!! checklist" marker
    topics: list[str]
    items: list[Item]
    first: int                     # index of the first and last source line of the block
    last: int
    indent: str = ""
    anchor: str = ""
    other_text: list[str] = field(default_factory=list)  # body text that is not a list item


@dataclass(frozen=True)
class Problem:
    line: int
    message: str


def may_hold_checklist(markdown: str) -> bool:
    """False when no line of ``markdown`` can start a checklist block: parse would find none."""
    return _ANY_START.search(markdown) is not None


def parse(markdown: str, first_line: int = 1, page_topics=(), default_title: str = "Checklista", topics=None):
    """All checklist blocks of a page body, and what is wrong with them.

    Nothing is dropped: a nested item becomes an item of its own, an unknown
    topic is reported and left out of the topic list, text that is not a list
    item is kept and shown as it was.
    """
    allowed = tuple(topics) if topics is not None else known_topics()
    lines = markdown.split("\n")
    checklists, problems, taken = [], [], set()
    i = 0
    code = code_lines(lines)     # fenced or indented: Markdown shows it as code, so no checklist
    while i < len(lines):
        start = None if code[i] else _START.match(lines[i])
        if not start:
            i += 1
            continue
        block, i = _parse_block(lines, i, start, first_line, page_topics, default_title, problems, allowed)
        block.anchor = unique("checklista-" + slugify(block.title, 6), taken)
        for item in block.items:
            item.anchor = unique(slugify(item.text), taken)
        checklists.append(block)
    return checklists, problems


def _parse_block(lines, i, start, first_line, page_topics, default_title, problems, allowed):
    indent = start.group("indent")
    line_no = i + first_line
    title = (start.group("title") or "").strip()
    if not title:
        problems.append(Problem(line_no, f'checklist has no title (expected !!! checklist "Title"); using "{default_title}"'))
        title = default_title
    body_indent = None
    j = i + 1
    items: list[Item] = []
    topics: list[str] | None = None
    other: list[str] = []
    while j < len(lines):
        text = lines[j]
        if text.strip() == "":
            j += 1
            continue
        lead = len(text) - len(text.lstrip(" \t"))
        if lead <= len(indent):
            break
        if body_indent is None:
            body_indent = lead
        content = text[body_indent:] if lead >= body_indent else text.lstrip()
        here = j + first_line
        item = _ITEM.match(content)
        topic_line = _TOPICS.match(content.strip())
        if topic_line and not items and topics is None:
            topics = _topics(topic_line.group("list"), here, problems, allowed)
        elif item:
            if item.group("sub"):
                problems.append(Problem(here, "nested list in a checklist: a checklist is one flat list; the item is kept as an item of its own"))
            items.append(Item(item.group("text").strip(), here))
        elif items and lead > body_indent:
            items[-1].text += " " + content.strip()      # continuation of the item above
        else:
            other.append(content.strip())
        j += 1
    last = j - 1
    while last > i and lines[last].strip() == "":
        last -= 1
    for where, text in [(line_no, title)] + [(item.line, item.text) for item in items]:
        if _TAG.search(text):
            problems.append(Problem(where, f'checklist text holds HTML ("{text[:50]}"): a checklist is plain text '
                                           "and shows it as written; remove the '<' and '>'"))
    if not items:
        what = "has no list" if other else "is empty"
        problems.append(Problem(line_no, f'checklist "{title}" {what}: expected a list of items ("- ...") under the title'))
    elif other:
        problems.append(Problem(line_no, f'checklist "{title}" has text that is not a list item ("{other[0][:40]}"); it is kept above the list'))
    if topics is None:
        topics = [t for t in page_topics if t in allowed]
    return Checklist(title, line_no, topics, items, i, last, indent, other_text=other), j


def _topics(raw: str, line: int, problems, allowed) -> list[str]:
    found: list[str] = []
    for word in (w.strip() for w in raw.split(",")):
        if not word:
            continue
        if word not in allowed:
            problems.append(Problem(line, f"unknown checklist topic '{word}': expected one of {', '.join(allowed)}"))
        elif word not in found:
            found.append(word)
    return found


def page_topic_problems(value, line: int, topics=None) -> tuple[list[str], list[Problem]]:
    """Check a page's ``checklist_topics`` front matter."""
    if value is None:
        return [], []
    if isinstance(value, str):
        value = [value]
    problems: list[Problem] = []
    allowed = tuple(topics) if topics is not None else known_topics()
    return _topics(",".join(str(v) for v in value), line, problems, allowed), problems


def as_text(checklist: Checklist, source_title: str, source_url: str) -> str:
    """A checklist as Markdown task-list text, for pasting into an agenda."""
    out = [f"# {checklist.title}", ""]
    out += [f"- [ ] {item.plain}" for item in checklist.items]
    out += ["", f"{source_title}: {source_url}", ""]
    return "\n".join(out)
