"""Per-build, per-language state shared by the hook files.

``mkdocs serve`` keeps hook modules alive between rebuilds, and
mkdocs-static-i18n runs every event once per language. So nothing is kept in
module globals that grow: each language pass replaces its own entry.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from .citation_links import Linker
    from .citations import CitationParser
    from .registry import Registry
    from .site_index import SiteIndex

_BUILDS: dict[str, "LanguageBuild"] = {}


@dataclass
class LanguageBuild:
    lang: str
    root: Path                          # the project folder (where mkdocs.yml is)
    registry: "Registry"
    parser: "CitationParser"
    strings: dict                       # hooks/templates/strings.yml, this language
    linker: "Linker | None" = None      # the citation linker the Markdown extension uses
    index: "SiteIndex | None" = None    # set once the pages are read
    glossary: list | None = None        # data/ordlista.yml, once read
    not_found_html: str | None = None   # the default language's 404 page, kept while the others build (not_found.py)
    commit_dates: dict[str, str] | None = None  # each file's last commit date, read once (reviewed.py)
    # generated pages: "lagar/sfs-2001-453" -> function(build) returning its Markdown
    generators: dict[str, Callable[["LanguageBuild"], str]] = field(default_factory=dict)


def begin(build: LanguageBuild) -> LanguageBuild:
    _BUILDS[build.lang] = build
    return build


def get(lang: str) -> LanguageBuild:
    return _BUILDS[lang]


def all_builds() -> dict[str, LanguageBuild]:
    return dict(_BUILDS)
