"""Statute citations become links; one page per statute lists who cites what.

- on_files: a page per registry entry, per language (lagar/<slug>/), written by law_pages
- on_page_markdown: a law page gets its provisions and backlinks (it is rendered after
  every content page, see samverkan/pipeline.py); the law index marker is filled in.
  The citations themselves are linked by the Markdown extension in citation_links.py.
"""
from functools import partial

from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import state
from samverkan.law_pages import law_index, law_page, law_uses
from samverkan.mdtext import fill_marker


@event_priority(100)    # before mkdocs-static-i18n, so the plugin localises the pages
def on_files(files, config):
    build = state.get(glue.language(config))
    pages = {f"lagar/{s.slug}": partial(law_page, s) for s in build.registry}
    return glue.virtual_pages(config, files, pages)


@event_priority(20)
def on_page_markdown(markdown, page, config, files):
    build = state.get(glue.language(config))
    if glue.is_generated(page.file):
        stem = glue.stem_of(page.file)
        statute = next((s for s in build.registry if f"lagar/{s.slug}" == stem), None)
        if statute is not None:
            return fill_marker(markdown, "law-uses", lambda: law_uses(statute, build, page.url))
        return markdown
    return fill_marker(markdown, "law-index", lambda: law_index(build, page.file.src_uri))
