"""Reads every page of the language being built, once, before any is rendered.

The result (a SiteIndex: citations, checklists, project facts) is what the law,
checklist and catalogue hooks generate their pages from. Problems in the pages
are reported here, once per page, with file and line. It also serves the
Markdown of generated pages (MkDocs allows one on_page_read_source handler).
"""
import os

from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import state
from samverkan.citations import CitationParser
from samverkan.mdtext import markers
from samverkan.registry import load_registry
from samverkan.render import load_strings
from samverkan.site_index import build_index
from samverkan.yamlfile import DataError

@event_priority(-150)   # after mkdocs-static-i18n has chosen the language of this pass
def on_config(config):
    lang = glue.language(config)
    root = glue.root(config)
    try:
        registry = load_registry(root / "data" / "lagar.yml")
    except DataError as err:
        glue.fail(f"The law registry cannot be used:\n{err}")
    try:
        strings = load_strings(root)[lang]      # with the labels of data/vocabulary.yml
    except DataError as err:
        glue.fail(f"The strings or the vocabulary cannot be used:\n{err}")
    state.begin(state.LanguageBuild(lang, root, registry, CitationParser(registry), strings))
    return config


@event_priority(-200)   # after mkdocs-static-i18n has picked this language's files
def on_files(files, config):
    build = state.get(glue.language(config))
    sources = []
    for file in files.documentation_pages():
        if glue.is_generated(file):
            continue
        dest_dir = os.path.dirname(file.dest_uri)
        sources.append((file.src_uri, "/" + file.norm_src_uri, glue.display_path(config, file),
                        dest_dir, file.content_string))
    build.index = build_index(build.lang, sources, build.parser, build.strings["checklist_default_title"],
                              tuple(build.strings["topics"]))
    for problem in build.index.problems:
        glue.log.warning(str(problem))
    return files


def on_page_read_source(page, config):
    """The Markdown of a generated page (law pages, checklist topics), from its writer."""
    if not glue.is_generated(page.file):
        return None
    build = state.get(glue.language(config))
    write = build.generators.get(glue.stem_of(page.file))
    return write(build) if write else None


@event_priority(-50)    # after every hook has filled the markers it knows
def on_page_markdown(markdown, page, config, files):
    for marker in markers(markdown):
        line = markdown.count("\n", 0, marker.start()) + 1
        glue.log.warning(f"{glue.display_path(config, page.file)}: unknown marker "
                         f"'<!-- samverkan:{marker.group(1)} -->' (body line {line}); "
                         f"known markers are listed in docs/om/redaktorsguide.sv.md")
    return markdown
