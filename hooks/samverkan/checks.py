"""The checks of `make check`, without a build: the same functions and messages as the build's.

Each returns problems as the build prints them ("docs/x.sv.md:12: ..."), so an
editor sees one set of messages whichever way the check ran.
"""
from __future__ import annotations

from pathlib import Path

import markdown

from .citation_links import CitationExtension, Linker, PageContext
from .counties import county_problem
from . import frontmatter
from .projects import normalise, validate
from .yamlfile import Problem, decode

# the page-level parsing that decides what is prose (mkdocs.base.yml's markdown_extensions)
EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
              "pymdownx.details", "pymdownx.superfences"]


def schema_problems(projects, root: Path, lang: str = "sv") -> list[Problem]:
    """Front matter of every example page against data/exempel.schema.json, each message at
    the line of its key; two examples with one title are named."""
    schema = root / "data" / "exempel.schema.json"
    problems: list[Problem] = []
    titles: dict[str, str] = {}
    for page in projects:
        text, _ = decode(root.joinpath(page.display).read_bytes(), page.display)
        found = frontmatter.read(text, page.display)
        if found.broken:
            continue    # its one message is the YAML error (hooks/input_checks.py)
        if not found.present:
            problems.append(Problem(page.display, 1, "an example page starts with its facts (front matter between "
                                    f"two --- lines): copy them from scripts/templates/exempel.{lang}.md"))
            continue
        for path, message in validate(normalise(page.meta), schema):
            problems.append(Problem(page.display, found.line_of(path), message))
        if (wrong := county_problem(page.meta.get("county"))):
            problems.append(Problem(page.display, found.line_of("county"), wrong))
        title = page.title.strip().lower()
        if title in titles:
            problems.append(Problem(page.display, found.line_of("title") or 1,
                                    f'the title "{page.title}" is also the title of {titles[title]}: '
                                    f"give each project a title of its own"))
        titles.setdefault(title, page.display)
    return problems


def citation_problems(index, parser) -> list[Problem]:
    """Every citation warning of the build (citation_links.py, run while Python-Markdown parses a
    page), from each page's Markdown alone, in step with pipeline.page_context."""
    problems: list[Problem] = []
    for record in index.pages:
        linker = Linker(parser, href=lambda cite: "#", title=lambda cite: "",
                        on_problem=lambda line, message, d=record.display: problems.append(Problem(d, line, message)))
        linker.page = PageContext(display=record.display, src_uri=record.src_uri, source=record.body,
                                  first_line=record.first_line, date=record.law_date)
        markdown.markdown(record.body, extensions=[*EXTENSIONS, CitationExtension(linker)])
    return problems
