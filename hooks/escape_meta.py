"""Front matter is text, not HTML.

Material writes a page's title and description into the page (header, <h1>,
navigation, <meta>) without escaping. A title with "<script>" must show as text.
"""
import html

from mkdocs.plugins import event_priority


@event_priority(-100)    # after the project's hooks, which read the raw values themselves
def on_page_markdown(markdown, page, config, files):
    # the description goes into an attribute (<meta content="...">); titles only into text,
    # where an escaped quote would show as "&#x27;" in the footer's aria-label (Material escapes it again)
    for key, quote in (("title", False), ("description", True)):
        value = page.meta.get(key)
        if isinstance(value, str):
            page.meta[key] = html.escape(value, quote=quote)
    if isinstance(page.meta.get("title"), str):
        page.title = page.meta["title"]
    return markdown


@event_priority(-100)
def on_page_content(html_text, page, config, files):
    """A page without title: is named by its first heading. Material writes that name
    into <title> through striptags, which turns "&lt;" back into "<": "</title><img ...>"
    would leave the element. The name is given as escaped text in page.meta instead,
    which Material writes as it is (the home page keeps the site name alone)."""
    if isinstance(page.meta.get("title"), str) or not page.title:
        return html_text
    text = html.escape(html.unescape(str(page.title)), quote=False)
    page.title = text
    if not page.is_homepage:
        page.meta["title"] = text
    return html_text
