"""Search: Pagefind indexes the built site, one index per <html lang>.

Material's own search merges both languages into one index and finds no Swedish
word forms; Pagefind stems Swedish and English and keeps the languages apart.

- on_env: the words of strings.yml, in the language of the pass, for the theme's
  templates (the search dialog, the review date)
- on_page_context: each page's kind (Exempel, Kunskap, Lag, ...), a Pagefind filter
- on_post_page: a law page's quoted backlink sentences weigh less, so a law page
  does not outrank the pages it quotes
- on_post_build: the index, once, after the last language is built
"""
import os
import re
import subprocess

from mkdocs.plugins import event_priority
from pagefind.service import get_executable

from samverkan import mkdocs_glue as glue
from samverkan.pagefind_order import make_deterministic
from samverkan import state

# Not worth finding: heading permalinks (¶), buttons, the checklist's "item on its page" links.
IGNORED = ".headerlink, button, .checklist__actions, .checklist__source, .print-only, .md-source-file"
# The first folder of a page's address says what it is; anything else is about the site.
KINDS = {"exempel": "example", "jamforelse": "example", "kunskap": "knowledge", "lagar": "law",
         "checklistor": "checklist", "ordlista": "glossary"}
QUOTE = re.compile(r'<q class="citation-context"')
QUOTE_WEIGHT = "0.1"


def on_env(env, config, files):
    env.globals["t"] = state.get(glue.language(config)).strings
    return env


def kind_of(url: str, lang: str, default: str) -> str:
    parts = url.strip("/").split("/")
    if lang != default and parts and parts[0] == lang:
        parts = parts[1:]
    return KINDS.get(parts[0] if parts else "", "about")


def on_page_context(context, page, config, nav):
    lang = glue.language(config)
    kind = kind_of(page.url, lang, glue.default_language(config))
    context["search_kind"] = state.get(lang).strings["search"]["kinds"][kind]
    return context


def on_post_page(output, page, config):
    if "lagar" in page.url.split("/"):
        output = QUOTE.sub(f'<q class="citation-context" data-pagefind-weight="{QUOTE_WEIGHT}"', output)
    return output


@event_priority(-300)   # after everything else has written to site/
def on_post_build(config):
    if config.plugins["i18n"].building:
        return      # a nested language build: the outer one indexes the whole site
    # The binary itself, found as `python -m pagefind` finds it, without a second Python process.
    binary = get_executable()
    if binary is None:
        glue.fail("Pagefind's program is missing: run `make serve` or `make test`, which install it")
    result = subprocess.run([str(binary), "--site", config.site_dir, "--silent",
                             "--exclude-selectors", IGNORED], capture_output=True, text=True)
    if result.returncode != 0:
        glue.fail(f"Pagefind could not index the site:\n{result.stdout}{result.stderr}")
    # Pagefind lists the languages and the filters' values in no fixed order: sorted (and the
    # files named after the sorted content), two builds of the same sources are byte-identical.
    make_deterministic(os.path.join(config.site_dir, "pagefind"))
