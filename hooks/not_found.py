"""A 404 page per language: site/404.html (Swedish) and site/en/404.html.

Every language pass of mkdocs-static-i18n renders the theme's 404.html to the
same place, so the last language would win. The default language's pass keeps
its page; each later pass moves its own to <lang>/404.html and puts it back.
This runs before the plugin starts the other languages (priority -100).
"""
import os
from urllib.parse import urlsplit

from samverkan import mkdocs_glue as glue
from samverkan import state


def on_post_build(config):
    lang = glue.language(config)
    default = glue.default_language(config)
    page = os.path.join(config.site_dir, "404.html")
    if not os.path.exists(page):
        return
    with open(page, encoding="utf-8") as f:
        html = f.read()
    if lang == default:
        state.get(lang).extra["404"] = html
        return
    os.makedirs(os.path.join(config.site_dir, lang), exist_ok=True)
    with open(os.path.join(config.site_dir, lang, "404.html"), "w", encoding="utf-8") as f:
        f.write(html)
    with open(page, "w", encoding="utf-8") as f:
        f.write(state.get(default).extra["404"])


def on_template_context(context, template_name, config):
    """The 404 page's language switcher leads to each language's home page.

    mkdocs-static-i18n sets the switcher per page and leaves on the config the one of the
    last page it rendered, which the 404 page (a theme template) would otherwise show: a
    switcher to some law page, and a different one after a preview rebuild.
    """
    if template_name == "404.html":
        i18n = config.plugins["i18n"]
        base = urlsplit(config.site_url or "").path.rstrip("/")
        homes = [{"name": language.name, "link": language.fixed_link or f"{base}{language.link}", "lang": locale}
                 for locale in i18n.all_languages if (language := i18n.get_language_config(locale)).build]
        # the plugin sets it as an attribute, which Jinja reads before the key
        config.extra.alternate = config.extra["alternate"] = homes
    return context
