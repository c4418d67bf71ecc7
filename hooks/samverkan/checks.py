"""The checks of `make check`, without a build: the same functions and messages as the build's.

Each returns problems as the build prints them ("docs/x.sv.md:12: ..."), so an
editor sees one set of messages whichever way the check ran.
"""
from __future__ import annotations

from pathlib import Path

from .projects import key_line, validate
from .yamlfile import Problem


def schema_problems(projects, root: Path) -> list[Problem]:
    """Front matter of every example page against data/exempel.schema.json."""
    schema = root / "data" / "exempel.schema.json"
    problems = []
    for page in projects:
        source = root.joinpath(page.display).read_text(encoding="utf-8")
        for key, message in validate(page.meta, schema):
            problems.append(Problem(page.display, key_line(source, key), message))
    return problems


def citation_problems(index) -> list[Problem]:
    """LEAD: citation checks beyond the scan's (SiteIndex.problems already holds every
    unknown statute with file and line). When the treeprocessor lands, return here what
    it reports for one page without rendering the site. Until then: nothing extra."""
    return []
