"""The project catalogue: front matter checked, cards, comparison table, charts.

- on_files: every page in docs/exempel/ is checked against data/exempel.schema.json
- on_page_markdown: the catalogue and comparison markers are filled in; an example
  page gets its facts box at the top and its key figures drawn as charts at the
  end of its results section
"""
from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import state
from samverkan.mdtext import fill_marker
from samverkan.catalogue_pages import cards, comparison, insert_charts
from samverkan.checks import schema_problems
from samverkan.facts_box import insert_facts

MARKERS = {"catalogue": cards, "comparison": comparison}


@event_priority(-210)   # after site_scan has read the pages
def on_files(files, config):
    build = state.get(glue.language(config))
    for problem in schema_problems(build.index.projects, build.root, build.lang):   # make check says the same
        glue.log.warning(str(problem))
    return files


@event_priority(0)
def on_page_markdown(markdown, page, config, files):
    if glue.is_generated(page.file):
        return markdown
    build = state.get(glue.language(config))
    for name, make in MARKERS.items():
        markdown = fill_marker(markdown, name, lambda: make(build, page.file.src_uri))
    record = build.index.page(page.file.src_uri)
    if record is not None and record.is_project:
        markdown = insert_facts(insert_charts(markdown, record, build), record.meta, build, page.file.src_uri)
        # Material reads a page's "status" as its own navigation badge; ours means
        # the project's status, which the catalogue shows in words instead.
        page.meta.pop("status", None)
    return markdown
