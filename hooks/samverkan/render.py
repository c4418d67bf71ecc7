"""Templates for generated Markdown, SVG and HTML; text from data is always escaped.

Escaping happens here and only here: the templates autoescape every value, so a
value that reaches a page unescaped must have passed through one of the filters
below (md, attr, yaml, no_html) or be Markdown this build wrote itself
(``rendered``). A new template or field is safe without anyone remembering to escape.
"""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from .bytecode import CACHE
from .mdtext import md_link, no_html

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!])")


def md_text(value) -> Markup:
    """Any text, safe to put in Markdown: HTML-escaped and Markdown-escaped."""
    return Markup(_MD_SPECIAL.sub(r"\\\1", html.escape(str(value), quote=True)))


def yaml_text(value) -> Markup:
    """A value for generated front matter: a JSON string is valid YAML, colons and all."""
    return Markup(json.dumps(str(value), ensure_ascii=False))


def attr(value) -> Markup:
    """Text for an HTML attribute value or a Markdown link title."""
    return Markup(html.escape(str(value), quote=True))


def shown_as_text(markdown) -> Markup:
    """Markdown from data whose raw HTML shows as text: "<script>" stays words on the page."""
    return Markup(no_html(str(markdown)))


def rendered(text) -> Markup:
    """Markdown or HTML this build wrote itself (another template's output, escaped
    there): put into a template as it is."""
    return Markup(text)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        bytecode_cache=CACHE,   # compiled once, kept for the next process (bytecode.py)
        autoescape=True,    # every value is escaped unless a filter below or ``rendered`` says otherwise
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # "{#" starts Markdown attribute lists ({#K2P7}), so Jinja comments are {## ##}
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters["md"] = md_text
    env.filters["rel"] = md_link          # {{ "/om/x.md" | rel(here) }}: relative to the page written
    env.filters["attr"] = attr
    env.filters["yaml"] = yaml_text
    env.filters["no_html"] = shown_as_text
    return env


def render(name: str, **context) -> str:
    # plain str: joining it with other text must not escape that text
    return str(environment().get_template(name).render(**context))


def load_strings(root: Path | None = None) -> dict:
    """{lang: strings}: hooks/templates/strings.yml, with the labels of data/vocabulary.yml merged in."""
    from . import vocabulary
    from .yamlfile import DataError, Problem, load_with_lines

    strings = _without_lines(load_with_lines(TEMPLATES / "strings.yml", "hooks/templates/strings.yml"))
    words = vocabulary.load(root / "data" / "vocabulary.yml") if root else vocabulary.load()
    for lang in vocabulary.LANGS:
        labels = words.strings(lang)
        twice = sorted(set(labels) & set(strings.get(lang) or {}))
        if twice:
            raise DataError([Problem("hooks/templates/strings.yml", None, f"{lang}.{twice[0]} comes from "
                                     f"{vocabulary.DISPLAY}; remove it from strings.yml")])
        strings[lang] = {**strings.get(lang, {}), **labels}
    return strings


def _without_lines(value):
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k != "__line__"}
    return value


FALLBACK = "en"     # a language without its own wording in strings.yml shows the English


def strings_for(strings: dict, lang: str) -> tuple[dict, list[str]]:
    """The wording of ``lang``, and the keys it lacks (filled in from English, so a third
    language builds; the caller says which are missing)."""
    fallback = strings.get(FALLBACK) or {}
    own = strings.get(lang) or {}
    missing = sorted(k for k in fallback if k not in own)
    return {**fallback, **own}, missing
