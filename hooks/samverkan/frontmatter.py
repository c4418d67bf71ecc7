"""A page's front matter: the one reader every part of the build uses.

MkDocs (mkdocs.utils.meta.get_data) swallows a YAML error in the front matter
and keeps the whole block as the page's text, so the raw YAML would be
published as the first paragraph. Here the block is split off the same way,
an error is one message (line, column, what to do), and the body never holds
the block, whether it could be read or not.
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .yamlfile import DataError, Problem, parse

# The split MkDocs makes (mkdocs.utils.meta.YAML_RE): "---", the YAML, "---" or "...".
_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)
_OPENING = re.compile(r"^-{3}[ \t]*\n")
_LOOSE_CLOSING = re.compile(r"^[ \t]*(?:-{3}|\.{3})[^\n]*$\n?", re.M)


@dataclass(frozen=True)
class FrontMatter:
    meta: dict
    body: str
    first_line: int                  # the line of the file the body starts on
    lines: dict = field(default_factory=dict)      # "period.start" -> its line in the file
    problems: tuple = ()             # Problem: syntax, keys given twice
    present: bool = False            # the page has a front-matter block
    broken: bool = False             # ... that MkDocs keeps as text: the body must replace it

    def line_of(self, path: str) -> int | None:
        """The line of a key ("results[2].value"), or of the nearest key above it that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = re.sub(r"(\[\d+\]|\.[^.\[]+|^[^.\[]+)$", "", path)
        return None


def read(source: str, display: str = "") -> FrontMatter:
    """Split and read the front matter of a page's source. Never raises."""
    found = _read(source, display)
    return FrontMatter(copy.deepcopy(found.meta), found.body, found.first_line, found.lines,
                       found.problems, found.present, found.broken)


@lru_cache(maxsize=1024)    # each page is read by several hooks and again in the other pass
def _read(source: str, display: str) -> FrontMatter:
    m = _FRONT.match(source)
    if not m:
        if not _OPENING.match(source):
            return FrontMatter({}, source, 1)
        closing = _LOOSE_CLOSING.search(source, 4)
        if closing:     # "  ---" or "---x": MkDocs would publish the block as text; leave it out
            line = source.count("\n", 0, closing.start()) + 1
            body = source[closing.end():].lstrip("\n")
            problem = Problem(display, line, "the line that ends the front matter must be --- alone, "
                                             "at the start of the line: remove what stands around it")
            return FrontMatter({}, body, source.count("\n", 0, len(source) - len(body)) + 1,
                               problems=(problem,), present=True, broken=True)
        problem = Problem(display, 1, "the front matter starts with --- but has no closing --- line: "
                                      "add a line with only --- after the last key")
        return FrontMatter({}, source, 1, problems=(problem,), present=True)
    body = source[m.end():].lstrip("\n")
    first = source.count("\n", 0, len(source) - len(body)) + 1
    try:
        parsed = parse(m.group(1), display, first_line=2)
    except DataError as err:
        return FrontMatter({}, body, first, problems=tuple(err.problems), present=True, broken=True)
    meta = parsed.data
    if meta is None:
        return FrontMatter({}, body, first, present=True, broken=True)
    if not isinstance(meta, dict):
        problem = Problem(display, 2, "the front matter must be keys with values, one per line "
                                      "(title: ..., description: ...)")
        return FrontMatter({}, body, first, problems=(problem,), present=True, broken=True)
    return FrontMatter(meta, body, first, parsed.lines, tuple(parsed.warnings), present=True)


def split(source: str, display: str = ""):
    """(meta, body, first body line), as site_index wants it."""
    found = read(source, display)
    return found.meta, found.body, found.first_line
