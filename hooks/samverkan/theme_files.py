"""The theme's files, listed without walking into its hidden folders.

Before every language pass and every `mkdocs serve` rebuild, MkDocs lists every file of the
theme to copy its static ones (``Files.add_files_from_theme``, through Jinja's
``FileSystemLoader.list_templates``), then drops each name that starts with a dot or has a
folder that does (its patterns ``.*`` and ``*/.*``). Material's icon sets are in such a folder,
``.icons/``: 14,348 of the 14,520 names. Listing them and testing each against the patterns
took 0.04 s a pass, 6 % of a build of this site.

Here the theme's loader lists the same names without going into any folder whose name
starts with a dot. MkDocs applies its own test to what is listed, as before, so the files it
copies are the same (tests/test_template_cache.py compares them). Neither MkDocs nor Jinja
has a setting for it, so the one loader of the one build is given this listing; when MkDocs
makes its environment in another way the listing is simply Jinja's again.
"""
from __future__ import annotations

import os
import types

import jinja2


def visible_templates(loader: jinja2.FileSystemLoader) -> list[str]:
    """What ``loader.list_templates()`` returns, less every name in a folder starting with a dot."""
    found = set()
    for searchpath in loader.searchpath:
        for folder, subfolders, names in os.walk(searchpath, followlinks=loader.followlinks):
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]
            for name in names:
                template = os.path.join(folder, name)[len(searchpath):].strip(os.sep).replace(os.sep, "/")
                found.add(template[2:] if template[:2] == "./" else template)
    return sorted(found)


def _environment(theme) -> jinja2.Environment:
    env = type(theme).get_env(theme)
    if type(env.loader) is jinja2.FileSystemLoader:
        env.loader.list_templates = types.MethodType(visible_templates, env.loader)
    return env


def list_visible_files(theme) -> None:
    """Make ``theme.get_env()`` return an environment whose loader lists only visible folders.
    A bound method, so a copy of the theme (mkdocs-static-i18n copies the configuration) lists
    its own folders; once per theme object."""
    if not isinstance(theme.__dict__.get("get_env"), types.MethodType):
        theme.get_env = types.MethodType(_environment, theme)
