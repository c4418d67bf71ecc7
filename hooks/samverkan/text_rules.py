"""Rules for text an editor writes: plain-text fields, placeholders, invisible
characters and HTML in a page that could run script.

Plain functions of text; each returns Problems naming the line, never raises.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from .frontmatter import FrontMatter, read
from .mdtext import _MARKER, EDITOR_MARKERS
from .yamlfile import Problem

# Zero-width and bidirectional control characters: invisible, and some reorder
# the text a reader sees (U+202E shows "txt.exe" as "exe.txt").
_INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_MARKUP = re.compile(r"[<>]")
# "<kommun>", "<år och månad, till exempel 2026-01>": the guide's way of saying "fill in"
_SITE_MARKER = re.compile(r"<!--\s*samverkan:[\w-]+\s*-->")
_ANGLE_PLACEHOLDER = re.compile(r"<(?!!)([^<>=/\"'&]{1,80})>")   # not an HTML comment (a marker)
_TAGS = {"a", "b", "i", "u", "s", "p", "em", "strong", "br", "hr", "img", "svg", "script", "style", "iframe", "div",
         "span", "title", "body", "html", "head", "form", "input", "button", "select", "textarea", "object",
         "embed", "video", "audio", "math", "details", "summary", "link", "meta", "base", "frame", "marquee"}
# Keys whose values are fixed words (schema enums): the template's choice is not a placeholder.
_CHOSEN = {"status", "evidence", "focus", "checklist_topics"}

_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
_SCRIPT = re.compile(r"<script\b|<[a-z][^>]*\son[a-z]+\s*=|(?:href|src|action|formaction)\s*=\s*[\"']?\s*javascript:"
                     r"|\]\(\s*<?\s*javascript:", re.I)
# The same, found a hundred times faster: the tag alternatives start with "<", which the
# search can skip to, and the others need the word "javascript:", looked for first.
_SCRIPT_TAG = re.compile(r"<(?:script\b|[a-z][^>]*\son[a-z]+\s*=)", re.I)
_JAVASCRIPT = re.compile(r"javascript:", re.I)


def runs_script(text: str) -> bool:
    """``_SCRIPT.search(text)`` finds something."""
    if _JAVASCRIPT.search(text):
        return _SCRIPT.search(text) is not None
    return _SCRIPT_TAG.search(text) is not None


def invisible_characters(text: str, display: str, first_line: int = 1) -> list[Problem]:
    """A warning for each line of ``text`` that holds an invisible or reordering character."""
    problems = []
    if _INVISIBLE.search(text) is None:      # nearly always: no line to look at
        return problems
    for n, line in enumerate(text.split("\n")):
        found = _INVISIBLE.search(line)
        if found:
            char = found.group()
            name = unicodedata.name(char, "CONTROL CHARACTER")
            problems.append(Problem(display, n + first_line, f"an invisible character U+{ord(char):04X} ({name}) "
                                    "that can hide or reorder what a reader sees: delete it"))
    return problems


def text_fields(value, path=""):
    """(path, text) of every text in a YAML value: "organisations[0]", "period.start"..."""
    if isinstance(value, dict):
        for k, v in value.items():
            if k != "__line__":
                yield from text_fields(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from text_fields(v, f"{path}[{i}]")
    elif isinstance(value, str):
        yield path, value


def plain_text_problems(path: str, text: str, line, display: str, template_texts=frozenset()) -> list[Problem]:
    """A text field holds words: a placeholder left in or a '<' or '>' is a message at its line."""
    key = re.sub(r"\[\d+\]", "", path).split(".")[-1]
    text = _SITE_MARKER.sub("", text)       # "<!-- samverkan:site-name -->" is filled in by the build
    if text.strip() in template_texts or any(m.group(1).strip().lower() not in _TAGS
                                             for m in _ANGLE_PLACEHOLDER.finditer(text)):
        return [Problem(display, line, f"'{path}' still holds the placeholder \"{_short(text)}\": fill in `{key}`")]
    if _MARKUP.search(text):
        return [Problem(display, line, f"'{path}' is plain text, without HTML: remove the '<' and '>' "
                                       f"(\"{_short(text)}\"); write 'less than' or 'over' in words")]
    return []


# The keys a page other than an example may have (the examples' keys are in data/exempel.schema.json):
# Material's and the project's. A key close to one of them is a misspelling that would be
# ignored without a word: "descripton" gives the page the site's description.
PAGE_KEYS = ("title", "description", "reviewed", "hide", "search", "template", "icon", "status", "subtitle", "tags")
_EXAMPLE = re.compile(r"(?:^|/)exempel/(?!index\.)[^/]+\.md$")


def front_matter_problems(found: FrontMatter, display: str, template_texts=frozenset()) -> list[Problem]:
    problems = []
    for path, text in text_fields(found.meta):
        problems += plain_text_problems(path, text, found.line_of(path), display, template_texts)
    if not _EXAMPLE.search(display):        # an example's keys are the schema's to check
        for key in found.meta:
            close = difflib.get_close_matches(str(key), PAGE_KEYS, n=1, cutoff=0.8) if key not in PAGE_KEYS else []
            if close:
                problems.append(Problem(display, found.line_of(str(key)), f"unknown key '{key}': did you mean "
                                        f"'{close[0]}'? A key spelt otherwise is ignored"))
    return problems


def body_problems(body: str, display: str, first_line: int, template_texts=frozenset()) -> list[Problem]:
    """HTML that could run script, the template's placeholder sentences left in, and markers
    (<!-- samverkan:… -->) outside code that no hook fills."""
    problems = []
    lines = prose_lines(body.split("\n"))
    # one search of the whole page first: a match on a line is a match in the page, so a
    # page with none (nearly every page) skips the searches line by line
    prose = "\n".join(lines)
    markers, scripts = _MARKER.search(prose) is not None, runs_script(prose)
    boxes = "!!!" in prose or "???" in prose
    for n, line in enumerate(lines):
        box = _BOX.match(line) if boxes else None
        if box and (wrong := checklist_near_miss(line, box)):
            problems.append(Problem(display, n + first_line, wrong))
        for marker in _MARKER.finditer(line) if markers else ():
            if marker.group(1) not in EDITOR_MARKERS:
                problems.append(Problem(display, n + first_line, f"unknown marker '<!-- samverkan:{marker.group(1)} -->': "
                                        "check its spelling; the known markers are listed in docs/om/redaktorsguide.sv.md"))
        if scripts and runs_script(line):
            problems.append(Problem(display, n + first_line, "HTML that can run a script (<script>, an on...= "
                                    "attribute or a javascript: link): write Markdown, not HTML, and remove it"))
        words = _LIST_MARK.sub("", line).strip() if template_texts and line else ""
        if words and words in template_texts:
            problems.append(Problem(display, n + first_line, f"the template's placeholder text \"{_short(words)}\" "
                                    "is still here: replace it with your own text"))
    return problems


# a box (admonition) line: "!!! note", "??? checklist "Title"", "???+ tip"
_BOX = re.compile(r'^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*(?P<type>[^\s"]+)(?P<rest>.*)$')
_CHECKLIST_LINE = re.compile(r'^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*checklist\b[ \t]*(?:"[^"]*")?[ \t]*$')


def checklist_near_miss(line: str, box: re.Match) -> str | None:
    """A box meant as a checklist that Markdown would show as a plain box, its items without
    tick boxes and missing from the checklist pages: "!!! checklista", "!!! Checklist",
    "!!! checklist:", or a title without quotation marks."""
    kind = box.group("type")
    if kind == "checklist":
        if _CHECKLIST_LINE.match(line):
            return None
        return (f'the checklist\'s title must stand in quotation marks: write !!! checklist "{box.group("rest").strip()}"; '
                f'as it is, the box is shown without tick boxes and left off the checklist pages')
    plain = kind.lower().strip(":.,")
    if plain == "checklist" or SequenceMatcher(None, plain, "checklist").ratio() >= 0.8:
        return (f'"{kind}" is not a checklist box: write !!! checklist "Title" (in lower case, as written here); '
                f'as it is, the box is shown without tick boxes and left off the checklist pages')
    return None


def prose_lines(lines: list[str]) -> list[str]:
    """The lines with code blanked out (fenced, indented, inline): code is shown, never run."""
    code = code_lines(lines)
    return ["" if code[i] else _INLINE_CODE.sub("", line) if "`" in line else line for i, line in enumerate(lines)]


_LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+")
_CONTAINER = re.compile(r"^[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|!!!|\?\?\?|===)")


def code_lines(lines: list[str]) -> list[bool]:
    """Which lines are code: inside a fence, or indented four spaces more than the
    block that holds them, after a blank line (a list item or an admonition holds
    indented text as its own content, not as code). One pass, in line order."""
    flags = [False] * len(lines)
    holders: list[tuple[int, bool]] = []     # (indent, holds content) of the text lines above
    fence = None
    for i, line in enumerate(lines):
        opening = _FENCE.match(line)
        if fence or opening:
            if opening and (fence is None or opening.group(1)[0] == fence):
                fence = None if fence else opening.group(1)[0]
            flags[i] = True
            continue
        if not line.strip():
            continue
        width = len(line[: len(line) - len(line.lstrip(" \t"))].expandtabs(4))
        after_blank = i == 0 or not lines[i - 1].strip()
        if width >= 4 and (after_blank or flags[i - 1]):
            above = next(((w, holds) for w, holds in reversed(holders) if w < width), (0, False))
            if (i > 0 and flags[i - 1]) or not above[1] or width - above[0] >= 8:
                flags[i] = True
                continue
        while holders and holders[-1][0] >= width:
            holders.pop()
        holders.append((width, bool(_CONTAINER.match(line))))
    return flags


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@lru_cache(maxsize=4)
def template_texts(folder: str) -> frozenset:
    """The texts of scripts/templates/exempel.*.md that an editor replaces: every text value
    of its front matter and every sentence of its body, except those make new-project fills in."""
    texts = set()
    for path in sorted(Path(folder).glob("exempel.*.md")):
        found = read(path.read_text(encoding="utf-8"), str(path))
        texts |= {v.strip() for p, v in text_fields(found.meta)
                  if "{" not in v and re.split(r"[.\[]", p)[0] not in _CHOSEN}
        for line in found.body.split("\n"):
            words = re.sub(r"^\s*(?:[-*+]|\d+\.)\s+", "", line).strip()
            if words and not re.match(r"[#!?|<`]|topics:", words) and "{" not in words:
                texts.add(words)
    return frozenset(texts)


def page_problems(source: str, display: str, template_texts=frozenset()) -> list[Problem]:
    """Everything wrong with a page's text that is not about citations or checklists."""
    found = read(source, display)
    problems = list(found.problems)
    problems += front_matter_problems(found, display, template_texts)
    problems += invisible_characters(source[: len(source) - len(found.body)], display)
    heading = re.search(r"^#[ \t].*$", found.body, re.M)
    if heading:
        line = found.first_line + found.body.count("\n", 0, heading.start())
        problems += invisible_characters(heading.group(), display, line)
    problems += body_problems(found.body, display, found.first_line, template_texts)
    return sorted(problems, key=lambda p: p.line or 0)
