"""Checklist blocks become real checklists; overview and topic pages gather them.

- on_files: one page per topic, per language (checklistor/<topic>/), written by checklist_pages
- on_page_markdown: each "!!! checklist" block becomes labelled checkboxes;
  the overview marker is filled in
- on_post_build: each checklist as a text file beside its page, for download
"""
import os
from functools import partial

from mkdocs.plugins import event_priority

from samverkan import checklists as cl
from samverkan import mkdocs_glue as glue
from samverkan import state
from samverkan.mdtext import fill_marker
from samverkan.checklist_pages import overview, render_block, topic_download, topic_page, topic_stems, topic_text



@event_priority(100)    # before mkdocs-static-i18n, so the plugin localises the pages
def on_files(files, config):
    build = state.get(glue.language(config))
    pages = {stem: partial(topic_page, stem) for stem in topic_stems(build.strings)}
    return glue.virtual_pages(config, files, pages)


@event_priority(10)     # after citations are linked, so items keep their links
def on_page_markdown(markdown, page, config, files):
    if glue.is_generated(page.file):
        return markdown
    build = state.get(glue.language(config))
    # every block starts with a line "!!! checklist" or "??? checklist": most pages have none
    blocks = [] if not cl.may_hold_checklist(markdown) else \
        cl.parse(markdown, default_title=build.strings["checklist_default_title"], topics=tuple(build.strings["topics"]))[0]
    record = build.index.page(page.file.src_uri)
    lines = markdown.split("\n")
    for block in reversed(blocks):   # replace from the end so earlier line numbers hold
        html = render_block(block, build, download=f"{block.anchor}.txt" if block.items else None,
                            tick_base=record.link if record else "/" + page.file.src_uri)
        lines[block.first:block.last + 1] = [block.indent + row for row in html.split("\n")]
    return fill_marker("\n".join(lines), "checklists", lambda: overview(build, page.file.src_uri))


def on_post_build(config):
    build = state.get(glue.language(config))
    for page, checklist in build.index.checklists():
        url = config.site_url.rstrip("/") + "/" + page.dest_dir.replace(os.sep, "/") + "/"
        path = os.path.join(config.site_dir, page.dest_dir, f"{checklist.anchor}.txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            out.write(cl.as_text(checklist, page.title, url))
    prefix = "" if build.lang == glue.default_language(config) else build.lang + "/"
    for stem in topic_stems(build.strings):     # each topic sheet's text, beside the sheet
        path = os.path.join(config.site_dir, prefix + stem, topic_download(stem))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as out:
            out.write(topic_text(stem, build, config.site_url))
