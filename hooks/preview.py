"""Only under `mkdocs serve`, never in a published build:

- a page with problems shows them in a box at its top, each with its line, so an
  editor who never looks at the terminal sees what is wrong where it is wrong;
- a rebuild that fails (a broken data file, a page that cannot be read) does not
  leave the server stuck (MkDocs would hold every request until the next good
  build): the last good pages stay, each showing the error, and the next save that
  fixes it rebuilds by itself (every file the build reads is under `watch:`).
"""
import logging

from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue
from samverkan.preview import Collector, box, inject, mark_every_page, page_messages
from samverkan.render import load_strings, strings_for

_SERVE = {"on": False}
_COLLECTOR = Collector()


def on_startup(command, dirty):
    _SERVE["on"] = command == "serve"
    logger = logging.getLogger("mkdocs")
    if _SERVE["on"] and _COLLECTOR not in logger.handlers:
        logger.addHandler(_COLLECTOR)


@event_priority(-500)   # last: on the finished HTML of the page
def on_post_page(output, page, config):
    if not _SERVE["on"] or glue.is_generated(page.file):
        return output
    found = page_messages(_COLLECTOR.messages(), glue.display_path(config, page.file))
    if not found:
        return output
    strings = strings_for(load_strings(glue.root(config)), glue.language(config))[0]
    words = strings["preview"]
    rows = [(words["line"].format(line=line) if line else "") + message for line, message in found]
    return inject(output, box(words["problems"], words["note"], rows))


def on_serve(server, config, builder):
    def build_or_show_the_error():
        _COLLECTOR.records.clear()      # each rebuild shows its own messages only
        try:
            builder()
        except (Exception, SystemExit) as error:   # click's Abort, a PluginError, a traceback alike
            messages = _COLLECTOR.messages(logging.ERROR) or [str(error) or type(error).__name__]
            try:
                strings = strings_for(load_strings(glue.root(config)), glue.default_language(config))[0]
            except Exception as broken:     # the wording itself is what broke: show the messages alone
                strings, messages = {"preview": {"failed": "", "failed_note": ""}}, messages + [str(broken)]
            words = strings["preview"]
            fragment = box(words["failed"], words["failed_note"], messages).replace(
                "samverkan-preview", "samverkan-preview samverkan-failed", 1)
            mark_every_page(config.site_dir, fragment)
            glue.log.error("The preview shows the last good build with this error; save the fixed file to rebuild.")
    server.builder = build_or_show_the_error
    return server
