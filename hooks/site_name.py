"""The site's name in one place: site_name in mkdocs.yml (per language under i18n).

Material shows it in the header and every <title>; the home page takes it as its
heading and navigation title, and any page can say it with the marker
<!-- samverkan:site-name -->, so renaming a fork is one setting. The home page has
no title of its own, so its <title> is the name alone (never "X - X").
"""
from mkdocs.plugins import event_priority

from samverkan.mdtext import fill_marker
from samverkan.render import md_text

MARKER = "<!-- samverkan:site-name -->"


@event_priority(30)     # before the other hooks read the page
def on_page_markdown(markdown, page, config, files):
    name = config.site_name
    if "/" not in page.file.src_uri and page.file.src_uri.startswith("index."):
        page.meta["site_home"] = True      # overrides/main.html: its <title> is the name alone
    description = page.meta.get("description")
    if isinstance(description, str) and MARKER in description:
        page.meta["description"] = description.replace(MARKER, name)
    return fill_marker(markdown, "site-name", lambda: md_text(name))
