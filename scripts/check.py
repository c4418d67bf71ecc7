#!/usr/bin/env python3
"""Check every page without building the site: `make check` (a few seconds).

Front matter of the examples against the schema, checklist blocks and topics,
statute citations and missing translations, with the same messages as the build.
Exit status 1 when there is anything to fix.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from samverkan.checks import citation_problems, schema_problems  # noqa: E402
from samverkan.citations import CitationParser  # noqa: E402
from samverkan.data_checks import TEXT_FIELDS, data_file_warnings  # noqa: E402
from samverkan.registry import load_registry  # noqa: E402
from samverkan.render import load_strings, strings_for  # noqa: E402
from samverkan.site_index import build_index  # noqa: E402
from samverkan.text_rules import page_problems, template_texts  # noqa: E402
from samverkan.translations import facts_differ, missing_translations, unknown_languages  # noqa: E402
from samverkan.yamlfile import DataError, Problem, decode  # noqa: E402


class _Config(yaml.SafeLoader):
    """mkdocs.yml as YAML, its !ENV tags read as MkDocs reads them (the variable, else the default)."""


def _env(loader, node):
    names = loader.construct_sequence(node) if isinstance(node, yaml.SequenceNode) else [loader.construct_scalar(node)]
    return next((os.environ[n] for n in names[:-1] if n in os.environ), names[-1] if len(names) > 1 else None)


_Config.add_constructor("!ENV", _env)


def languages(root: Path) -> list[str]:
    """The languages of mkdocs.yml (or of the file it INHERITs), default first. Read as plain
    YAML: loading MkDocs' whole configuration would take longer than the check itself."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Config) or {}
    if "plugins" not in config and config.get("INHERIT"):
        config = yaml.load((root / config["INHERIT"]).read_text(encoding="utf-8"), Loader=_Config) or {}
    i18n = next((p["i18n"] for p in config.get("plugins") or [] if isinstance(p, dict) and "i18n" in p), {})
    langs = [lang for lang in i18n.get("languages") or [] if lang.get("build", True)]
    return [lang["locale"] for lang in sorted(langs, key=lambda lang: not lang.get("default"))] or ["sv", "en"]


def sources(root: Path, lang: str, problems: list[Problem]):
    """The language's pages as the build reads them (hooks/input_checks.py): a page not saved as
    UTF-8 is read anyway and named; each page's input problems go to ``problems``."""
    docs = root / "docs"
    templates = template_texts(str(root / "scripts" / "templates"))
    for path in sorted(docs.rglob(f"*.{lang}.md")):
        rel = path.relative_to(docs).as_posix()
        text, problem = decode(path.read_bytes(), f"docs/{rel}")
        problems += [problem] if problem else []
        problems += page_problems(text, f"docs/{rel}", templates)
        yield rel, "/" + rel.replace(f".{lang}.md", ".md"), f"docs/{rel}", "", "", text


def check(root: Path = ROOT) -> list[str]:
    langs = languages(root)
    try:
        registry = load_registry(root / "data" / "lagar.yml")
    except DataError as err:
        return [str(p) for p in err.problems]
    parser, strings = CitationParser(registry), load_strings(root)
    problems: list[Problem] = (list(missing_translations(root / "docs", langs)) + facts_differ(root / "docs", langs)
                               + unknown_languages(root / "docs", langs))
    for display in TEXT_FIELDS:
        problems += data_file_warnings(root, display)
    for lang in langs:
        words = strings_for(strings, lang)[0]
        read: list[Problem] = []
        pages = list(sources(root, lang, read))
        index = build_index(lang, pages, words["checklist_default_title"], tuple(words["topics"]))
        problems += read + index.problems + schema_problems(index.projects, root) + citation_problems(index, parser)
    seen, out = set(), []
    for message in map(str, problems):
        if message not in seen:
            seen.add(message)
            out.append(message)
    return out


# The upstream project's name and its placeholder address (mkdocs.yml's site_url default).
UPSTREAM_NAME, UPSTREAM_URL = "Samverkan mot återfall", "https://samverkan-mot-aterfall.example.org/"


def address_note(root: Path = ROOT) -> str | None:
    """A renamed site (a fork) that still has the upstream placeholder address: its printed pages,
    checklist downloads, open data and sitemap would all give that address. A note, not a fault:
    the publish workflow for GitHub Pages sets SITE_URL itself."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=_Config) or {}
    if config.get("site_name") in (None, UPSTREAM_NAME) or str(config.get("site_url") or "") != UPSTREAM_URL:
        return None
    line = next((n for n, row in enumerate(text.splitlines(), 1) if row.startswith("site_url:")), 1)
    return (f"mkdocs.yml:{line}: note: site_url is still the sample address {UPSTREAM_URL}: printed pages, checklist "
            "downloads, the open data and the sitemap give it. Set site_url to your site's address (on GitHub "
            "Pages the publish workflow sets SITE_URL for you)")


def main() -> int:
    start = time.perf_counter()
    found = check()
    for message in found:
        print(message)
    if (note := address_note()):
        print(note)
    took = time.perf_counter() - start
    if found:
        print(f"make check: {len(found)} to fix ({took:.1f} s)", file=sys.stderr)
        return 1
    print(f"make check: every page is fine ({took:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
