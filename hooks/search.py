"""Search: Pagefind indexes the built site, one index per <html lang>.

Material's own search merges both languages into one index and finds no Swedish
word forms; Pagefind stems Swedish and English and keeps the languages apart.
Runs once, after the last language is built (also under mkdocs serve).
"""
import json
import os
import subprocess
import sys

from mkdocs.plugins import event_priority

from samverkan import mkdocs_glue as glue


@event_priority(-300)   # after everything else has written to site/
def on_post_build(config):
    if config.plugins["i18n"].building:
        return      # a nested language build: the outer one indexes the whole site
    result = subprocess.run([sys.executable, "-m", "pagefind", "--site", config.site_dir, "--silent"],
                            capture_output=True, text=True)
    if result.returncode != 0:
        glue.fail(f"Pagefind could not index the site:\n{result.stdout}{result.stderr}")
    # Pagefind lists the languages in no fixed order; sorted, two builds are byte-identical.
    entry = os.path.join(config.site_dir, "pagefind", "pagefind-entry.json")
    with open(entry, encoding="utf-8") as f:
        data = json.load(f)
    with open(entry, "w", encoding="utf-8") as f:
        json.dump(data, f, sort_keys=True, separators=(",", ":"))
