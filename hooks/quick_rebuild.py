"""Quick rebuilds: `make serve` renders again only what a save changed (`mkdocs serve --dirty`),
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
as in a full build. Otherwise a page left as it is keeps the title and front matter of
its last rendering, for the others' navigation, and its citations (the linker records them
while a page is rendered, samverkan/pipeline.py) come back from the last build in render
order; the law pages and the law index, rendered after every content page, are rendered
again when the citations they list changed, other generated pages when their Markdown did. Nothing happens under `mkdocs build` or a plain `mkdocs serve`.
State is one record per language, replaced (never grown) on every pass.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import os
import shutil

from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan import pipeline
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
    inputs = sorted((str(p), p.stat().st_mtime_ns) for folder in ("data", "hooks/templates", "overrides")
                    for p in (root / folder).rglob("*") if p.is_file())
    names = sorted(f.src_uri for f in files)
    configs = [os.stat(path).st_mtime_ns for path in sorted(root.glob("mkdocs*.yml"))]
    text = json.dumps([pages, inputs, names, configs], default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _always(answer: bool):
    return lambda: answer


def _listen(build, now) -> None:
    """Keep each rendered page's citations in the order the linker records them."""
    record = build.linker.on_use

    def on_use(use):
        record(use)
        page = build.linker.current
        if page is not None:
            statute = use.citation.statute
            now["by_page"].setdefault(page.src_uri, []).append((statute, build.index.uses[statute][-1]))
    build.linker.on_use = on_use


def _uses_digest(build, statute=None) -> str:
    found = [(s, u.page.src_uri, u.anchor, u.line, repr(u.citation), u.sentence)
             for s, uses in build.index.uses.items() if statute in (None, s) for u in uses]
    return hashlib.sha256(repr(found).encode()).hexdigest()


def _after_content_pages(build, files, now, before):
    """Once every content page is read: the citations of the pages left as they are come
    back from the last build, in the order a full build would record them."""
    if now["uses_complete"]:
        return
    now["uses_complete"] = True
    uses: dict[str, list] = {}
    for file in files.documentation_pages():
        record = build.index.page(file.src_uri)
        if record is None:
            continue
        if not now["rendered"](file):
            now["by_page"][file.src_uri] = [(s, dataclasses.replace(u, page=record))
                                            for s, u in before["by_page"].get(file.src_uri, [])]
        for statute, use in now["by_page"].get(file.src_uri, []):
            uses.setdefault(statute, []).append(use)
    build.index.uses = uses


@event_priority(-250)   # after the pipeline has read the pages and given generated ones their Markdown
def on_files(files, config):
    if not _active:
        return files
    build = state.get(glue.language(config))
    before = _previous.get(_key(config))
    now = {"signature": _signature(build, files, glue.root(config)), "generated": {}, "shown": {},
           "dests": {f.abs_dest_path for f in files.documentation_pages()}, "uses_complete": False,
           "by_page": {}}
    _listen(build, now)
    # a pass that did not finish (a failed rebuild) may have left any page half-done
    everything = before is None or _key(config) in _current or before["signature"] != now["signature"]
    now["everything"] = everything
    content = {f.src_uri: f.is_modified for f in files.documentation_pages() if not glue.is_generated(f)}
    now["rendered"] = lambda f: everything or content[f.src_uri]()
    slugs = {f"lagar/{s.slug}": s.id for s in build.registry}
    for file in files.documentation_pages():
        generated = glue.is_generated(file)
        counts = generated or any(m in file.content_string for m in pipeline.COUNTING_MARKERS)
        if generated:
            now["generated"][file.src_uri] = file.content_string
        if everything:
            file.is_modified = _always(True)
        elif counts:        # rendered after every content page: see pipeline.render_order
            file.is_modified = _later(build, files, now, before, file, slugs.get(glue.stem_of(file)), generated)
    if before is not None and everything:       # a page removed leaves no HTML behind
        for gone in before["dests"] - now["dests"]:
            if os.path.isfile(gone):
                os.remove(gone)
    now["shown"] = {} if everything else before["shown"]
    _current[_key(config)] = now
    return files


def _later(build, files, now, before, file, statute, generated):
    """Whether a page that shows other pages' citations (or a generated page) must be
    rendered again; asked by MkDocs when its turn comes, after the content pages."""
    own = file.is_modified

    def modified() -> bool:
        _after_content_pages(build, files, now, before)
        if generated and before["generated"].get(file.src_uri) != file.content_string:
            return True
        if not generated and own():
            return True
        if statute is not None:
            return _uses_digest(build, statute) != before["digests"].get(statute)
        return _uses_digest(build) != before["digests"].get(None)
    return modified


@event_priority(-310)   # after the navigation is in its final order and the render order is set
def on_nav(nav, config, files):
    """Every page gets the title and front matter of its last rendering: the signature says
    they have not changed, and a page that is rendered again reads the same from its source.
    (Asking MkDocs here which pages are modified would be too early for the law pages.)"""
    now = _current.get(_key(config)) if _active else None
    if now and not now["everything"]:
        for page in nav.pages:
            if page.file.src_uri in now["shown"]:
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
        build = state.get(glue.language(config))
        now = _current.pop(_key(config))
        now["digests"] = {s: _uses_digest(build, s) for s in build.index.uses} | {None: _uses_digest(build)}
        del now["rendered"]
        _previous[_key(config)] = now
