"""PyYAML's syntax errors said in plain words, with what to do.

Editors meet YAML in the front matter and the data files; the parser's own words
("mapping values are not allowed here") tell them nothing. Each rule pairs what
the parser reports with the usual cause and its fix; anything else keeps the
parser's sentence, with the line and column.
"""
from __future__ import annotations

import re

import yaml

_COLON = "a colon followed by a space inside a value: put the whole value in quotes (\"...\")"
_TAB = "a tab character: YAML indents with spaces only; replace the tab with spaces"
_UNDER_VALUE = ("this key is indented under a key that already has a value: start it in the same column as "
                "the keys above, or put a long value in quotes")
_INDENT = ("this line is indented differently from the lines above it: keys of the same level start in "
           "the same column, and a list item ('- ') under its key")

# (words in the parser's problem, words in its context or None, our message, use the context's mark)
_RULES = [
    ("mapping values are not allowed", None, _COLON, False),
    ("\\t", None, _TAB, False),
    ("tab character", None, _TAB, False),
    ("end of stream", "quoted scalar", "a quote opens here but is never closed: end the value with the same quote mark", True),
    ("document separator", "quoted scalar", "a quote opens here but is never closed: end the value with the same quote mark", True),
    ("unknown escape character", None, "a backslash inside double quotes: use single quotes ('...') or write two backslashes", False),
    ("could not find expected ':'", None, "a line without 'key: value': write the key, a colon and a space before the value, "
                                         "or put a long value in quotes", True),
    ("did not find expected key", None, _INDENT, False),
    ("did not find expected '-' indicator", None, "a list item must start with '- ' in the same column as the items above", False),
    ("expected <block end>", None, _INDENT, False),
    ("expected ',' or ']'", None, "a list in square brackets is not closed: end it with ]; or put the item in quotes", True),
    ("expected ',' or '}'", None, "a mapping in curly brackets is not closed: end it with }; or put the value in quotes", True),
    ("found undefined alias", None, "a value that starts with * : put the value in quotes", False),
    ("alphabetic or numeric character", None, "a value that starts with & or * : put the value in quotes", False),
    ("cannot start any token", None, "a value that starts with {char}: put the value in quotes", False),
    ("unhashable key", None, "a key must be a single word or text, not a list or mapping", False),
    ("special characters are not allowed", None, "a control character that cannot be shown: delete it", False),
]


def explain(err: yaml.YAMLError, text: str) -> tuple[int | None, int | None, str]:
    """(line, column, message) of a YAML error in ``text``; line and column are 1-based."""
    if isinstance(err, yaml.reader.ReaderError):
        line = text.count("\n", 0, err.position) + 1
        column = err.position - (text.rfind("\n", 0, err.position) + 1) + 1
        return line, column, (f"the YAML cannot be read: a control character (#x{err.character:04x}) that "
                              "cannot be shown: delete it")
    problem = getattr(err, "problem", None) or str(err)
    context = getattr(err, "context", None) or ""
    mark = getattr(err, "problem_mark", None)
    char = text[mark.index] if mark is not None and mark.index < len(text) else ""
    if char == "\t":
        problem = "tab character"
    opened = _unclosed_quote_before(text, mark)
    if opened is not None:
        return opened + ("the YAML cannot be read: a quote opens here but is never closed: end the value "
                         "with the same quote mark",)
    for words, in_context, message, at_context in _RULES:
        if words in problem and (in_context is None or in_context in context):
            if at_context and getattr(err, "context_mark", None) is not None:
                mark = err.context_mark
            if message is _COLON and _starts_indented(text, mark):
                before = _line_without_colon_before(text, mark)
                if before is not None:      # "  value project": the colon is missing on the line above
                    return before + ("the YAML cannot be read: a line without 'key: value': write the key, "
                                     "a colon and a space before the value, or put a long value in quotes",)
                message = _UNDER_VALUE
            return _where(mark) + (f"the YAML cannot be read: {message.format(char=char or 'this character')}",)
    return _where(mark) + (f"the YAML cannot be read: {problem}",)


_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s:#'"][^:#]*:\s+)?(?P<q>["'])""")


def _unclosed_quote_before(text: str, mark) -> tuple[int, int] | None:
    """(line, column) of a value on one of the three lines up to the error that opens a quote
    and does not close it on its line: "summary: "Ett kafé." then the next key. The parser
    reads on to the next quote mark and stops lines later, at a line that is right."""
    if mark is None:
        return None
    lines = text.split("\n")
    for n in range(mark.line, max(-1, mark.line - 3), -1):
        if n >= len(lines) or n < 0:
            continue
        line = lines[n]
        m = _QUOTED_VALUE.match(line)
        if not m or n == mark.line and mark.column <= m.start("q"):
            continue
        rest = line[m.end("q"):]
        q = m.group("q")
        closed = rest.replace("\\" + q, "").count(q) % 2 == 1 if q == '"' else rest.replace("''", "").count("'") % 2 == 1
        if not closed and _taken_as_closing(lines, n, q):
            return n + 1, m.start("q") + 1
    return None


def _taken_as_closing(lines: list[str], n: int, q: str) -> bool:
    """The next quote mark after line ``n`` opens another key's value (or there is none): the
    value of line ``n`` was never closed. A quote that ends a continued line closes it."""
    for line in lines[n + 1:]:
        if q not in line:
            continue
        m = _QUOTED_VALUE.match(line)
        return bool(m and m.group("q") == q and line.index(q) == m.start("q") and ":" in line[:m.start("q")])
    return True


def _line_without_colon_before(text: str, mark) -> tuple[int, int] | None:
    """(line, column) of the indented line right above the error when it holds words but no
    "key:", as a key whose colon was forgotten does."""
    lines = text.split("\n")
    n = mark.line - 1
    while n >= 0 and not lines[n].strip():
        n -= 1
    if n < 0:
        return None
    line = lines[n]
    words = line.strip()
    if line[:1] == " " and words and ":" not in words and not words.startswith(("-", "#", '"', "'")):
        return n + 1, len(line) - len(line.lstrip()) + 1
    return None


def _starts_indented(text: str, mark) -> bool:
    """The colon is the first on a line that starts with spaces: an indented key, not a long value."""
    start = text.rfind("\n", 0, mark.index) + 1
    head = text[start:mark.index]
    return head[:1] == " " and ": " not in head


def _where(mark) -> tuple[int | None, int | None]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
