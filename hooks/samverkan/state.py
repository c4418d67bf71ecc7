"""Per-build, per-language state shared by the hook files.

``mkdocs serve`` keeps hook modules alive between rebuilds, and
mkdocs-static-i18n runs every event once per language. So nothing is kept in
module globals that grow: each language pass replaces its own entry.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_BUILDS: dict[str, "LanguageBuild"] = {}


@dataclass
class LanguageBuild:
    lang: str
    root: Any                 # pathlib.Path of the project
    registry: Any
    parser: Any
    strings: dict
    index: Any = None         # SiteIndex, set once the pages are scanned
    extra: dict = field(default_factory=dict)
    # generated pages: "lagar/sfs-2001-453" -> function(build) returning its Markdown
    generators: dict = field(default_factory=dict)


def begin(build: LanguageBuild) -> LanguageBuild:
    _BUILDS[build.lang] = build
    return build


def get(lang: str) -> LanguageBuild:
    return _BUILDS[lang]


def all_builds() -> dict[str, LanguageBuild]:
    return dict(_BUILDS)
