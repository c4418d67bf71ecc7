"""The project catalogue: front matter checked, cards, comparison table, charts.

- on_files: every page in docs/exempel/ is checked against data/exempel.schema.json
- on_page_markdown: the catalogue and comparison markers are filled in, and an
  example's key figures are drawn as charts at the end of its results section
"""
from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import state
from samverkan.mdtext import fill_marker
from samverkan.catalogue_pages import cards, comparison, insert_charts
from samverkan import frontmatter
from samverkan.projects import normalise, validate
from samverkan.yamlfile import decode

MARKERS = {"catalogue": cards, "comparison": comparison}


@event_priority(-210)   # after site_scan has read the pages
def on_files(files, config):
    build = state.get(glue.language(config))
    schema = build.root / "data" / "exempel.schema.json"
    titles: dict[str, str] = {}
    for page in build.index.projects:
        text, _ = decode(build.root.joinpath(page.display).read_bytes(), page.display)
        found = frontmatter.read(text, page.display)
        if found.broken:
            continue    # its one message is the YAML error (hooks/input_checks.py)
        if not found.present:
            glue.log.warning(f"{page.display}:1: an example page starts with its facts (front matter between "
                             f"two --- lines): copy them from scripts/templates/exempel.{build.lang}.md")
            continue
        for path, message in validate(normalise(page.meta), schema):
            line = found.line_of(path)
            glue.log.warning(f"{page.display}:{line}: {message}" if line else f"{page.display}: {message}")
        title = page.title.strip().lower()
        if title in titles:
            glue.log.warning(f"{page.display}:{found.line_of('title') or 1}: the title \"{page.title}\" is also the "
                             f"title of {titles[title]}: give each project a title of its own")
        titles.setdefault(title, page.display)
    return files


@event_priority(0)
def on_page_markdown(markdown, page, config, files):
    if glue.is_generated(page.file):
        return markdown
    build = state.get(glue.language(config))
    for name, make in MARKERS.items():
        markdown = fill_marker(markdown, name, lambda: make(build))
    record = build.index.page(page.file.src_uri)
    if record is not None and record.is_project:
        markdown = insert_charts(markdown, record, build)
        # Material reads a page's "status" as its own navigation badge; ours means
        # the project's status, which the catalogue shows in words instead.
        page.meta.pop("status", None)
    return markdown
