"""A 404 page per language: site/404.html (Swedish) and site/en/404.html.

Every language pass of mkdocs-static-i18n renders the theme's 404.html to the
same place, so the last language would win. The default language's pass keeps
its page; each later pass moves its own to <lang>/404.html and puts it back.
This runs before the plugin starts the other languages (priority -100).

The 404 page is served at any address, so its links are absolute, from site_url's
path (a GitHub Pages fork lives under /<repo>/). Its language switcher would carry
the alternates of the last page rendered; it points to each language's home page.
"""
import os
import re
from urllib.parse import urlparse

from samverkan import mkdocs_glue as glue
from samverkan import state

_SWITCH = re.compile(r'(<a href=")[^"]*(" hreflang="([\w-]+)" class="md-select__link")')


def switch_to_homes(html: str, base: str, default: str) -> str:
    return _SWITCH.sub(lambda m: m.group(1) + base + ("" if m.group(3) == default else m.group(3) + "/") + m.group(2), html)


def on_post_build(config):
    lang = glue.language(config)
    default = glue.default_language(config)
    page = os.path.join(config.site_dir, "404.html")
    if not os.path.exists(page):
        return
    with open(page, encoding="utf-8") as f:
        html = switch_to_homes(f.read(), urlparse(config.site_url or "/").path or "/", default)
    if lang == default:
        state.get(lang).not_found_html = html
        with open(page, "w", encoding="utf-8") as f:
            f.write(html)
        return
    os.makedirs(os.path.join(config.site_dir, lang), exist_ok=True)
    with open(os.path.join(config.site_dir, lang, "404.html"), "w", encoding="utf-8") as f:
        f.write(html)
    with open(page, "w", encoding="utf-8") as f:
        f.write(state.get(default).not_found_html)


def on_template_context(context, template_name, config):
    """The same for the <link rel="alternate" hreflang> in the 404 page's head: each
    language's home page, not the last page rendered (which a preview rebuild changes)."""
    if template_name == "404.html":
        i18n = config.plugins["i18n"]
        base = urlparse(config.site_url or "/").path.rstrip("/")
        homes = [{"name": language.name, "link": language.fixed_link or f"{base}{language.link}", "lang": locale}
                 for locale in i18n.all_languages if (language := i18n.get_language_config(locale)).build]
        # the plugin sets it as an attribute, which Jinja reads before the key
        config.extra.alternate = config.extra["alternate"] = homes
    return context
