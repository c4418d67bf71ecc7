"""The same sources give the same site: the date MkDocs writes (sitemap <lastmod>)
is the date of the last commit, not the day of the build.

MkDocs takes its build date from SOURCE_DATE_EPOCH when it is set; a value set
by the caller (CI, a packager) wins. Without git (a downloaded copy) the build
date stays today's.
"""
import os
import subprocess

from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue


@event_priority(100)
def on_config(config):
    if "SOURCE_DATE_EPOCH" in os.environ:
        return config
    try:
        stamp = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=glue.root(config),
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return config
    if stamp.isdigit():
        os.environ["SOURCE_DATE_EPOCH"] = stamp
    return config
