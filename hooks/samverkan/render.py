"""Templates for generated Markdown, SVG and HTML; text from data is always escaped."""
from __future__ import annotations

import html
import json
import re
from functools import lru_cache
from pathlib import Path

import jinja2

from .mdtext import no_html

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#|!])")


def md_text(value) -> str:
    """Any text, safe to put in Markdown: HTML-escaped and Markdown-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(value), quote=True))


def yaml_text(value) -> str:
    """A value for generated front matter: a JSON string is valid YAML, colons and all."""
    return json.dumps(str(value), ensure_ascii=False)


def attr(value) -> str:
    """Text for an HTML attribute value or a Markdown link title."""
    return html.escape(str(value), quote=True)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=False,   # the output is Markdown; every template escapes with |md or |attr
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # "{#" starts Markdown attribute lists ({#K2P7}), so Jinja comments are {## ##}
        comment_start_string="{##",
        comment_end_string="##}",
    )
    env.filters["md"] = md_text
    env.filters["attr"] = attr
    env.filters["yaml"] = yaml_text
    env.filters["no_html"] = no_html
    return env


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context)


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
