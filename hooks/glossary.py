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
            terms = load_glossary(build.root / "data" / "ordlista.yml")
        except DataError as err:
            glue.fail(f"The glossary cannot be used:\n{err}")
        if any(build.lang not in entry for entry in terms):
            # a language added to mkdocs.yml: its glossary shows the English terms until written
            glue.log.warning(f"data/ordlista.yml: no '{build.lang}' term for some entries; the English is shown "
                             f"until you add '{build.lang}: {{term: ..., definition: ...}}' to each")
            terms = [{**entry, build.lang: entry.get(build.lang) or entry["en"]} for entry in terms]
        build.glossary = terms
    return build.glossary


@event_priority(-210)   # before any page: a broken glossary is named as itself, not as the page being read
def on_files(files, config):
    _terms(state.get(glue.language(config)))
    return files


@event_priority(0)
def on_page_markdown(markdown, page, config, files):
    build = state.get(glue.language(config))
    terms = _terms(build)
    markdown = fill_marker(markdown, "glossary", lambda: render_glossary(terms, build.lang))
    return markdown.rstrip("\n") + "\n\n" + abbreviations(terms, build.lang, markdown) + "\n"
