"""The preview's own help for editors: problems shown on the page, and a failed rebuild that
never leaves the server stuck. Plain functions; hooks/preview.py wires them to mkdocs serve."""
from __future__ import annotations

import html
import logging
import re
from pathlib import Path

# "docs/exempel/x.sv.md:12: message" or "docs/exempel/x.sv.md: message"
_WHERE = re.compile(r"^(docs/[^:\s]+\.md)(?::(\d+))?: (.*)$", re.S)
_ARTICLE = re.compile(r'(<article class="md-content__inner[^"]*"[^>]*>)')


class Collector(logging.Handler):
    """Keeps the build's warnings and errors, as the terminal shows them."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)

    def messages(self, level=logging.WARNING) -> list[str]:
        return [r.getMessage() for r in self.records if r.levelno >= level]


def page_messages(messages: list[str], display: str) -> list[tuple[int | None, str]]:
    """(line, message) for each message about the page ``display`` ("docs/x.sv.md")."""
    found = []
    for message in messages:
        m = _WHERE.match(message)
        if m and m.group(1) == display:
            found.append((int(m.group(2)) if m.group(2) else None, m.group(3)))
    return found


def box(title: str, note: str, rows: list[str]) -> str:
    """A Material 'failure' admonition; every message is text, never HTML."""
    items = "".join(f"<li><code>{html.escape(row)}</code></li>" for row in rows)
    return (f'<div class="admonition failure samverkan-preview" role="alert">'
            f'<p class="admonition-title">{html.escape(title)}</p>'
            f'<p>{html.escape(note)}</p><ul>{items}</ul></div>')


def inject(page_html: str, fragment: str) -> str:
    """The box at the top of the page's content (or of <body> on a page without one)."""
    if _ARTICLE.search(page_html):
        return _ARTICLE.sub(lambda m: m.group(1) + fragment, page_html, count=1)
    return re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + fragment, page_html, count=1)


def mark_every_page(site_dir: str, fragment: str) -> None:
    """After a failed rebuild: the last good pages stay, each saying what went wrong."""
    for page in Path(site_dir).rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        text = re.sub(r'<div class="admonition failure samverkan-preview samverkan-failed".*?</ul></div>', "", text, flags=re.S)
        page.write_text(inject(text, fragment), encoding="utf-8")
