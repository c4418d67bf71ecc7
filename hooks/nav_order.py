"""The navigation: top-level sections in the order of extra.nav_order in mkdocs.yml, and
the examples grouped by county (län).

MkDocs orders folders alphabetically; an explicit nav: would have to list every
example page, and a municipality's new page must appear with no other change.

The county groups keep the sidebar short at any number of projects: with
navigation.prune, Material renders only the open group's pages, so an example page
lists its own county's projects and links every other county (to its first project).
Without them, every example page lists every example, and the HTML of each page, its
rendering and its indexing grow with the number of projects (quadratic in total).
The catalogue page stays the full, filterable list.
"""
import html
import unicodedata

from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Section

from samverkan import mkdocs_glue as glue
from samverkan import state


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


def county_key(lang: str):
    """Alphabetical order of county names as a reader of the language expects it:
    Swedish puts å, ä, ö after z; English reads them as a and o."""
    after_z = str.maketrans({"å": "{", "ä": "|", "ö": "}"})

    def key(name: str) -> str:
        if lang == "sv":
            return name.casefold().translate(after_z)
        return unicodedata.normalize("NFKD", name.casefold()).encode("ascii", "ignore").decode()
    return key


def _group_by_county(section: Section, county_of, lang: str) -> None:
    """The project pages of ``section`` move into one subsection per county; its other
    items (the catalogue as the section's index) stay first. A project without a county
    stays where it was (the schema check has already named it)."""
    groups: dict[str, list] = {}
    kept = []
    for item in section.children:
        county = county_of(item)
        if county:
            groups.setdefault(county, []).append(item)
        else:
            kept.append(item)
    if not groups:
        return
    for county in sorted(groups, key=county_key(lang)):
        # Material writes a section's title into the page as HTML: the county is text
        group = Section(html.escape(county, quote=True), groups[county])
        group.parent = section
        for page in groups[county]:
            page.parent = group
        kept.append(group)
    section.children = kept


@event_priority(-200)   # after mkdocs-static-i18n has translated the navigation
def on_nav(nav, config, files):
    order = config.extra.get("nav_order") or []
    rank = {name: i for i, name in enumerate(order)}
    nav.items.sort(key=lambda item: rank.get(_name(item), len(order)))

    lang = glue.language(config)
    index = state.get(lang).index

    def county_of(item):
        record = index.page(item.file.src_uri) if getattr(item, "is_page", False) else None
        county = record.meta.get("county") if record is not None and record.is_project else None
        return county.strip() if isinstance(county, str) and county.strip() else None

    for item in nav.items:
        if isinstance(item, Section):
            _group_by_county(item, county_of, lang)

    nav.pages = list(_pages(nav.items))
    for before, page, after in zip([None, *nav.pages[:-1]], nav.pages, [*nav.pages[1:], None]):
        page.previous_page, page.next_page = before, after
    return nav
