"""The build of each language, in the order of samverkan/pipeline.py.

Reads every page of the language once before any is rendered (front matter,
checklists, project facts), gives generated pages their Markdown, renders the
pages in dependency order and tells the citation linker (a Python-Markdown
extension) which page it is reading. Problems are reported with file and line.
"""
from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import pipeline, state


@event_priority(-150)   # after mkdocs-static-i18n has chosen the language of this pass
def on_config(config):
    pipeline.begin(config)
    return config


@event_priority(-200)   # after mkdocs-static-i18n has picked this language's files
def on_files(files, config):
    pipeline.read_pages(state.get(glue.language(config)), files, config)
    return files


@event_priority(-300)   # after the navigation is built from the files in their own order
def on_nav(nav, config, files):
    pipeline.render_order(files)
    return nav


@event_priority(-50)    # after every hook has filled its markers (an unknown one is input_checks.py's message)
def on_page_markdown(markdown, page, config, files):
    pipeline.page_context(state.get(glue.language(config)), page)
    return markdown
