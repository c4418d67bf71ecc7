"""Open data: every example's facts and the citation graph, as JSON and CSV in /api/.

Written once, after the last language is built, from both languages' SiteIndex.
"""
import os

from mkdocs.plugins import event_priority

from samverkan import state
from samverkan.open_data import write_open_data


@event_priority(-200)   # after mkdocs-static-i18n has built every language
def on_post_build(config):
    if config.plugins["i18n"].building:
        return      # a nested language build: the outer one writes the files
    write_open_data(os.path.join(config.site_dir, "api"), state.all_builds(), config.site_url)
