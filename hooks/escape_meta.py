"""Front matter is text, not HTML.

Material writes a page's title and description into the page (header, <h1>,
navigation, <meta>) without escaping. A title with "<script>" must show as text.
"""
import html

from mkdocs.plugins import event_priority


@event_priority(-100)    # after the project's hooks, which read the raw values themselves
def on_page_markdown(markdown, page, config, files):
    for key in ("title", "description"):
        value = page.meta.get(key)
        if isinstance(value, str):
            page.meta[key] = html.escape(value, quote=True)
    if isinstance(page.meta.get("title"), str):
        page.title = page.meta["title"]
    return markdown
