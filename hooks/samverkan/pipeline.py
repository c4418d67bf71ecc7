"""The build of one language, step by step; the hook files call these in this order.

1. ``begin``        (on_config)   load the registry, the words and the citation linker
2. ``read_pages``   (on_files)    read every page once: front matter, checklists, facts;
                                  give generated pages (law, checklist topics) their Markdown
3. ``render_order`` (on_nav)      content pages first, pages that count citations next,
                                  law pages last: they list what the others cite
4. ``page_context`` (on_page_markdown, last) tell the linker which page it reads; the
                                  Markdown extension in citation_links.py then links every
                                  citation while Python-Markdown parses the page, and
                                  records it for the law pages
5. law pages get their provisions and backlinks (hooks/laws.py) when their turn comes
6. open data and the search index (on_post_build, hooks/open_data.py, hooks/search.py)
"""
from __future__ import annotations

import os
import posixpath
from functools import lru_cache

from . import mkdocs_glue as glue
from . import state
from .citation_links import CitationExtension, Linker, PageContext
from .citations import CitationParser
from .linking import link_title
from .registry import load_registry
from .render import load_strings, strings_for
from .site_index import CitationUse, build_index
from .yamlfile import DataError

# pages whose generated content counts the citations of the other pages
COUNTING_MARKERS = ("<!-- samverkan:law-index -->",)


def begin(config) -> state.LanguageBuild:
    lang, root = glue.language(config), glue.root(config)
    try:
        registry = load_registry(root / "data" / "lagar.yml")
    except DataError as err:
        glue.fail(f"The law registry cannot be used:\n{err}")
    try:
        every = load_strings(root)      # with the labels of data/vocabulary.yml
    except DataError as err:
        glue.fail(f"The strings or the vocabulary cannot be used:\n{err}")
    strings, missing = strings_for(every, lang)     # a third language: English until translated
    if missing:
        shown = ", ".join(missing[:8]) + (f" and {len(missing) - 8} more" if len(missing) > 8 else "")
        glue.log.warning(f"hooks/templates/strings.yml: no '{lang}' wording for {shown}; the English is shown "
                         f"until you add them under '{lang}:' (copy the 'en:' block and translate it)")
    build = state.begin(state.LanguageBuild(lang, root, registry, CitationParser(registry), strings))
    build.linker = Linker(build.parser, href=lambda cite: _href(build, cite),
                          title=lambda cite: link_title(registry, cite, lang, strings),
                          on_use=lambda use: _record(build, use),
                          on_problem=lambda line, message: _problem(build, line, message))
    # the heading links' tooltip in the language of the pass (mkdocs.base.yml has one for all)
    toc = config.mdx_configs.get("toc")
    if isinstance(toc, dict) and toc.get("permalink"):
        toc["permalink_title"] = strings["permalink_title"]
    # every language pass runs on_config again: one extension, the current build's
    config.markdown_extensions[:] = [e for e in config.markdown_extensions if not isinstance(e, CitationExtension)]
    config.markdown_extensions.append(CitationExtension(build.linker))
    return build


def read_pages(build: state.LanguageBuild, files, config):
    sources = []
    for file in files.documentation_pages():
        if glue.is_generated(file):
            continue
        sources.append((file.src_uri, "/" + file.norm_src_uri, glue.display_path(config, file),
                        os.path.dirname(file.dest_uri), file.url, file.content_string))
    build.index = build_index(build.lang, sources, build.strings["checklist_default_title"],
                              tuple(build.strings["topics"]))
    for problem in build.index.problems:
        glue.log.warning(str(problem))
    for file in files.documentation_pages():
        write = build.generators.get(glue.stem_of(file)) if glue.is_generated(file) else None
        if write:
            file.content_string = write(build)


def render_order(files):
    """Reorder the files (after the navigation is built) so pages are rendered in dependency order."""
    def rank(file):
        if not file.is_documentation_page():
            return 0
        if glue.is_generated(file):
            return 3 if glue.stem_of(file).startswith("lagar/") else 2
        return 1 if any(m in file.content_string for m in COUNTING_MARKERS) else 0
    ordered = sorted(files, key=rank)      # stable: MkDocs' own order within each rank
    for file in list(files):
        files.remove(file)
    for file in ordered:
        files.append(file)
    return files


def page_context(build: state.LanguageBuild, page) -> None:
    """What the citation linker must know about the page Python-Markdown is about to read."""
    record = build.index.page(page.file.src_uri)
    generated = glue.is_generated(page.file)
    law_page = generated and glue.stem_of(page.file).startswith("lagar/")
    build.linker.page = PageContext(
        display=record.display if record else page.file.src_uri, src_uri=page.file.src_uri,
        source=record.body if record else "",
        first_line=record.first_line if record else 1,
        date=record.law_date if record else None,
        # the law index lists every statute: its own mentions of them are not uses
        record=record is not None and not any(m in record.body for m in COUNTING_MARKERS),
        report=record is not None, link=not law_page)
    build.linker.current = record


def _href(build, cite) -> str:
    statute = build.registry.get(cite.statute)
    target = _law_link(posixpath.dirname(build.linker.page.src_uri), statute.slug)
    return target + (f"#{cite.anchor}" if cite.anchor else "")


@lru_cache(maxsize=4096)
def _law_link(folder: str, slug: str) -> str:
    """The law page's Markdown file, relative to a page in ``folder`` (relpath is slow: kept)."""
    return posixpath.relpath(f"lagar/{slug}.md", folder or ".")


def _record(build, use) -> None:
    page = build.linker.current
    if page is not None:
        build.index.uses.setdefault(use.citation.statute, []).append(
            CitationUse(page, use.citation, use.line, use.anchor, use.sentence))


def _problem(build, line: int, message: str) -> None:
    if build.linker.page.report:      # generated pages repeat their sources' text: reported there
        glue.log.warning(f"{build.linker.page.display}:{line}: {message}")
