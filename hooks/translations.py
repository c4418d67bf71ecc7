"""A page that exists in one language only is a warning in every build (and fails --strict).

mkdocs-static-i18n leaves such a page out of the other language in silence; an
editor who forgot the English file learns it here, with the command that creates it.
An example whose two files give different facts (status, period, figures) is named too.
"""
import os
from pathlib import Path

from samverkan import mkdocs_glue as glue
from samverkan.translations import facts_differ, missing_translations, unknown_languages


def on_files(files, config):
    if glue.language(config) != glue.default_language(config):
        return files        # the same docs/ folder: said once per build, not once per language
    shown = os.path.relpath(config.docs_dir, glue.root(config)).replace(os.sep, "/")
    for problem in missing_translations(Path(config.docs_dir), glue.languages(config), shown):
        glue.log.warning(str(problem))
    for problem in facts_differ(Path(config.docs_dir), glue.languages(config), shown):
        glue.log.warning(str(problem))
    for problem in unknown_languages(Path(config.docs_dir), glue.languages(config), shown):
        glue.log.warning(str(problem))
    return files
