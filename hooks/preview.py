"""Preview: `make serve` renders again only what a save changed (`mkdocs serve --dirty`),
and the result is the same as a full build of the same sources.

MkDocs' dirty mode renders a page again only when its source is newer than its HTML,
and leaves the other pages unread, without titles. Alone that is wrong twice here:
- other pages show parts of a page (its title in every sidebar, its front matter in the
  catalogue and comparison, its checklists and citations on the generated pages), and a
  file added or removed changes the navigation of all;
- generated pages (law pages, checklist topics) have no source file to compare (MkDocs
  stops with a traceback).
So each language pass compares what other pages can show of every page (a signature)
with the previous pass: when it differs, every page of the language is rendered again,
as in a full build. Otherwise generated pages are rendered again when their Markdown
changed, and a page left as it is keeps the title and front matter of its last rendering,
for the others' navigation. Nothing happens under `mkdocs build` or a plain `mkdocs serve`.
State is one record per language, replaced (never grown) on every pass.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil

from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import state

_active = False
_previous: dict[tuple, dict] = {}   # (site folder, language) -> what its last pass rendered
_current: dict[tuple, dict] = {}


class _KnownDirtyNotice(logging.Filter):
    """MkDocs warns on every dirty build that the navigation may be wrong; here it is not."""
    def filter(self, record):
        return not record.getMessage().startswith("A 'dirty' build is being performed")


def on_startup(command, dirty):
    global _active
    _active = command == "serve" and dirty
    if _active:
        logging.getLogger("mkdocs.commands.build").addFilter(_KnownDirtyNotice())


def on_shutdown():
    global _active
    _active = False
    _previous.clear()
    _current.clear()


def on_pre_build(config):
    """Pagefind writes its index under new names each time: the old one goes first."""
    if _active:
        shutil.rmtree(os.path.join(config.site_dir, "pagefind"), ignore_errors=True)


def _key(config) -> tuple:
    return config.site_dir, glue.language(config)


def _signature(build, files, root) -> str:
    """What a page's neighbours can show of it, for every page, and the inputs of all."""
    pages = [(p.src_uri, p.title, p.meta, [repr(c) for c in p.checklists]) for p in build.index.pages]
    uses = {statute: [(u.page.src_uri, u.anchor) for u in found] for statute, found in build.index.uses.items()}
    inputs = sorted((str(p), p.stat().st_mtime_ns) for folder in ("data", "hooks/templates", "overrides")
                    for p in (root / folder).rglob("*") if p.is_file())
    names = sorted(f.src_uri for f in files)
    text = json.dumps([pages, uses, inputs, names, os.stat(root / "mkdocs.yml").st_mtime_ns], default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _always(answer: bool):
    return lambda: answer


@event_priority(-250)   # after site_scan has indexed the pages and the generated ones exist
def on_files(files, config):
    if not _active:
        return files
    build = state.get(glue.language(config))
    before = _previous.get(_key(config))
    now = {"signature": _signature(build, files, glue.root(config)), "generated": {}, "shown": {},
           "dests": {f.abs_dest_path for f in files.documentation_pages()}}
    everything = before is None or before["signature"] != now["signature"]
    for file in files.documentation_pages():
        if glue.is_generated(file):
            write = build.generators.get(glue.stem_of(file))
            now["generated"][file.src_uri] = markdown = write(build) if write else None
            changed = everything or before["generated"].get(file.src_uri) != markdown
            file.is_modified = _always(changed)
        elif everything:
            file.is_modified = _always(True)
    if before is not None and everything:       # a page removed leaves no HTML behind
        for gone in before["dests"] - now["dests"]:
            if os.path.isfile(gone):
                os.remove(gone)
    now["shown"] = {} if everything else before["shown"]
    _current[_key(config)] = now
    return files


@event_priority(-300)   # after the navigation is in its final order
def on_nav(nav, config, files):
    now = _current.get(_key(config)) if _active else None
    if now:
        for page in nav.pages:
            if not page.file.is_modified() and page.file.src_uri in now["shown"]:
                page.title, meta = now["shown"][page.file.src_uri]
                page.meta = dict(meta)
    return nav


def on_page_context(context, page, config, nav):
    now = _current.get(_key(config)) if _active else None
    if now is not None:
        now["shown"][page.file.src_uri] = (page.title, dict(page.meta))
    return context


def on_post_build(config):
    if _active and _key(config) in _current:
        _previous[_key(config)] = _current.pop(_key(config))
