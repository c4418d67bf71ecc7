"""The few things the hooks need from MkDocs and mkdocs-static-i18n."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

log = logging.getLogger("mkdocs.plugins.samverkan")


def language(config) -> str:
    """The language being built now (not the page file's own language)."""
    return config.plugins["i18n"].current_language


def languages(config) -> list[str]:
    return [lang.locale for lang in config.plugins["i18n"].config.languages if lang.build]


def default_language(config) -> str:
    return config.plugins["i18n"].default_language


def root(config) -> Path:
    return Path(config.config_file_path).parent


def display_path(config, file: File) -> str:
    """The path an editor knows: docs/exempel/itok.sv.md."""
    return os.path.relpath(file.abs_src_path, root(config)).replace(os.sep, "/")


def virtual_pages(config, files, pages: dict):
    """Add generated pages as source files of every language.

    They are added before mkdocs-static-i18n sorts the files, so the plugin gives
    them language, address, alternates and sitemap entries like any other page.
    ``pages`` maps each stem ("lagar/sfs-2001-453") to the function that writes its
    Markdown; pipeline.read_pages sets it as the file's content once the pages are
    read. Nothing is written to docs/.
    """
    from . import state

    state.get(language(config)).generators.update(pages)
    for stem in pages:
        for lang in languages(config):
            src_uri = f"{stem}.{lang}.md"
            if files.get_file_from_path(src_uri) is None:
                files.append(File(src_uri, config.docs_dir, config.site_dir, config.use_directory_urls))
    return files


def is_generated(file: File) -> bool:
    """A page a hook writes: it has no source file of its own."""
    return file.abs_src_path is None or not os.path.exists(file.abs_src_path)


def stem_of(file: File) -> str:
    """exempel/itok.sv.md -> exempel/itok"""
    return file.src_uri.rsplit(".", 2)[0]


def fail(message: str):
    raise PluginError(message)
