"""A very small HTML tree and query helper for tests (standard library only)."""
from __future__ import annotations

import functools
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    def __init__(self, tag, attrs, parent=None):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children: list = []

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def get(self, name, default=None):
        return self.attrs.get(name, default)

    def iter(self):
        for child in self.children:
            if isinstance(child, Element):
                yield child
                yield from child.iter()

    def find_all(self, tag=None, **attrs) -> list["Element"]:
        out = []
        for el in self.iter():
            if tag and el.tag != tag:
                continue
            if all(_matches(el, k.rstrip("_").replace("_", "-"), v) for k, v in attrs.items()):
                out.append(el)
        return out

    def find(self, tag=None, **attrs) -> "Element | None":
        found = self.find_all(tag, **attrs)
        return found[0] if found else None

    def by_id(self, ident) -> "Element | None":
        return next((el for el in self.iter() if el.get("id") == ident), None)

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def __repr__(self):
        return f"<{self.tag} {self.attrs}>"


def _matches(el, name, want):
    have = el.get(name)
    if want is True:
        return have is not None
    if name == "class":
        return have is not None and want in have.split()
    return have == want


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Element("#root", {})
        self.node = self.root

    def handle_starttag(self, tag, attrs):
        el = Element(tag, attrs, self.node)
        self.node.children.append(el)
        if tag not in VOID:
            self.node = el

    def handle_startendtag(self, tag, attrs):
        self.node.children.append(Element(tag, attrs, self.node))

    def handle_endtag(self, tag):
        node = self.node
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.node = node.parent

    def handle_data(self, data):
        self.node.children.append(data)


@functools.lru_cache(maxsize=256)
def parse(html: str) -> Element:
    """The tree of a page. Kept for the next test that reads the same page (a worker parses most
    pages several times; html.parser takes tens of milliseconds a page); no test changes a tree."""
    builder = _Builder()
    builder.feed(html)
    return builder.root


def words(text: str) -> str:
    return " ".join(text.split())
