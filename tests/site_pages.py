"""Every page address the build will produce, from the project's sources and data, without a build.

The browser tests are parametrised with it at collection time, one test per page, so
that pytest-xdist spreads the pages over its workers. test_accessibility checks that it
equals the built site's list, so a kind of page it does not know (a fork's new generated
page) fails there by name; and the tests check any built page it missed as well.
"""
from __future__ import annotations

from pathlib import Path

from check import languages
from samverkan.checklist_pages import topic_stems
from samverkan.registry import load_registry
from samverkan.render import load_strings, strings_for
from samverkan.yamlfile import DataError
from sitebuild import ROOT


def address(stem: str, lang: str, default: str) -> str:
    """"index" -> "index.html", "x/index" -> "x/index.html", "x/y" -> "x/y/index.html" (directory
    URLs), under "<lang>/" for every language but the default."""
    folder = stem[: -len("index")] if stem == "index" or stem.endswith("/index") else stem + "/"
    return ("" if lang == default else f"{lang}/") + folder + "index.html"


def planned_pages(root: Path = ROOT) -> list[str]:
    """(Empty when the data cannot be read: the build names the mistake, and the "every other
    built page" parameter then checks every page.)"""
    langs = languages(root)
    try:
        registry = load_registry(root / "data" / "lagar.yml")
        every = load_strings(root)
    except DataError:
        return []
    pages = set()
    for lang in langs:
        docs = root / "docs"
        stems = {p.relative_to(docs).as_posix()[: -len(f".{lang}.md")] for p in docs.rglob(f"*.{lang}.md")}
        # generated in every language: one page a statute, one a checklist topic (hooks/laws.py,
        # hooks/checklists.py), and Material's 404 page
        stems |= {f"lagar/{statute.slug}" for statute in registry}
        stems |= set(topic_stems(strings_for(every, lang)[0]))
        pages |= {address(stem, lang, langs[0]) for stem in stems}
        pages.add(("" if lang == langs[0] else f"{lang}/") + "404.html")
    return sorted(pages)


def built_pages(site: Path) -> list[str]:
    """The HTML pages of a built site (not the search index's or the theme's own files)."""
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")
                  if not p.relative_to(site).as_posix().startswith(("pagefind/", "assets/")))
