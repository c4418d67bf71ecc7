"""Puts the top-level navigation in the order given by extra.nav_order in mkdocs.yml.

MkDocs orders folders alphabetically; an explicit nav: would have to list every
example page, and a municipality's new page must appear with no other change.
"""
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Section


def _name(item) -> str:
    if isinstance(item, Section):
        for child in item.children:
            return _name(child).split("/")[0]
        return ""
    return item.file.src_uri.split(".")[0] if item.file else ""


def _pages(items):
    for item in items:
        if isinstance(item, Section):
            yield from _pages(item.children)
        elif getattr(item, "is_page", False):
            yield item


@event_priority(-200)   # after mkdocs-static-i18n has translated the navigation
def on_nav(nav, config, files):
    order = config.extra.get("nav_order") or []
    rank = {name: i for i, name in enumerate(order)}
    nav.items.sort(key=lambda item: rank.get(_name(item), len(order)))
    nav.pages = list(_pages(nav.items))
    for before, page, after in zip([None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None]):
        page.previous_page, page.next_page = before, after
    return nav
