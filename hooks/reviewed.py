"""Every page says when it was last reviewed (front matter `reviewed:`, or the
file's last commit); samverkan/reviewed.py has the rules.

- on_page_context: `reviewed` (YYYY-MM-DD) for overrides/main.html
A generated page takes the date of what it is made from: a law page the law
registry's, a checklist topic sheet the newest of the pages.
"""
from samverkan import mkdocs_glue as glue
from samverkan import state
from samverkan.reviewed import commit_dates, newest, stated


def on_page_context(context, page, config, nav):
    build = state.get(glue.language(config))
    if build.commit_dates is None:
        build.commit_dates = commit_dates(build.root)
    dates = build.commit_dates
    if "reviewed" in page.meta:
        date = stated(page.meta["reviewed"])
        if date is None:
            glue.log.warning(f"{glue.display_path(config, page.file)}: 'reviewed' must be a date "
                             f"written YYYY-MM-DD; got '{page.meta['reviewed']}'")
    elif glue.is_generated(page.file):
        date = dates.get("data/lagar.yml") if glue.stem_of(page.file).startswith("lagar/") else newest(dates, "docs/")
    else:
        date = dates.get(glue.display_path(config, page.file))
    context["reviewed"] = date
    return context
