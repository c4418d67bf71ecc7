"""Statute citations become links; one page per statute lists who cites what.

- on_files: a page per registry entry, per language (lagar/<slug>/), written by law_pages
- on_page_markdown: citations in content pages become links with their own anchors;
  the law index marker is filled in
"""
from functools import partial

from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import state
from samverkan.law_pages import law_index, law_page
from samverkan.linking import link_markdown
from samverkan.mdtext import fill_marker



@event_priority(100)    # before mkdocs-static-i18n, so the plugin localises the pages
def on_files(files, config):
    build = state.get(glue.language(config))
    pages = {f"lagar/{s.slug}": partial(law_page, s) for s in build.registry}
    return glue.virtual_pages(config, files, pages)


@event_priority(20)     # first of the project's hooks: on the Markdown as written
def on_page_markdown(markdown, page, config, files):
    if glue.is_generated(page.file):
        return markdown
    build = state.get(glue.language(config))
    markdown = link_markdown(markdown, build.parser, build.registry, build.lang, build.strings)
    return fill_marker(markdown, "law-index", lambda: law_index(build))
