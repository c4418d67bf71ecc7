"""The checks of `make check`, without a build: the same functions and messages as the build's.

Each returns problems as the build prints them ("docs/x.sv.md:12: ..."), so an
editor sees one set of messages whichever way the check ran.
"""
from __future__ import annotations

from pathlib import Path

import markdown

from .citation_links import CitationExtension, Linker, PageContext
from .projects import key_line, validate
from .yamlfile import Problem

# the page-level parsing that decides what is prose (mkdocs.base.yml's markdown_extensions)
EXTENSIONS = ["abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
              "pymdownx.details", "pymdownx.superfences"]


def schema_problems(projects, root: Path) -> list[Problem]:
    """Front matter of every example page against data/exempel.schema.json."""
    schema = root / "data" / "exempel.schema.json"
    problems = []
    for page in projects:
        source = root.joinpath(page.display).read_text(encoding="utf-8")
        for key, message in validate(page.meta, schema):
            problems.append(Problem(page.display, key_line(source, key), message))
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
