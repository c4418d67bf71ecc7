"""The glossary: a page from data/ordlista.yml, and abbreviations explained everywhere.

- on_page_markdown: the glossary marker becomes the list of terms (their citations are
  linked like any prose); every page gets the abbreviation definitions of its language,
  so "SoL" shows its expansion on hover and focus
"""
from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import state
from samverkan.glossary import abbreviations, load_glossary, render_glossary
from samverkan.mdtext import fill_marker
from samverkan.yamlfile import DataError


def _terms(build):
    if build.glossary is None:
        try:
            build.glossary = load_glossary(build.root / "data" / "ordlista.yml")
        except DataError as err:
            glue.fail(f"The glossary cannot be used:\n{err}")
    return build.glossary


@event_priority(0)
def on_page_markdown(markdown, page, config, files):
    build = state.get(glue.language(config))
    terms = _terms(build)
    markdown = fill_marker(markdown, "glossary", lambda: render_glossary(terms, build.lang))
    return markdown.rstrip("\n") + "\n\n" + abbreviations(terms, build.lang, markdown) + "\n"
