#!/usr/bin/env python3
"""Create a new example page in both languages: docs/exempel/<slug>.sv.md and .en.md.

    make new-project TITLE="Nattkafé i Malmö"              (address: exempel/nattkafe-i-malmo/)
    make new-project TITLE="Nattkafé i Malmö" SLUG=nattkafe
    .venv/bin/python scripts/new_project.py "Nattkafé i Malmö" [--slug nattkafe]

The title is kept as written (å, ä and ö too); the address is made from it unless
SLUG gives one. The pages come from scripts/templates/, every key explained.
"""
from __future__ import annotations

import argparse
import datetime
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
LANGUAGES = ("sv", "en")     # one template per language in scripts/templates/


def slug_of(title: str) -> str:
    """ "Testkommunens stödboende" -> "testkommunens-stodboende": a–z, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", title.lower()).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


def create(title: str, root: Path = ROOT, year: int | None = None, slug: str | None = None) -> list[Path]:
    title = (title or "").strip()
    if SLUG.match(title) and slug is None:
        # only a slug given (the old way): it is the address, and a title is made from it
        slug, title = title, title.replace("-", " ").capitalize()
    slug = slug if slug is not None else slug_of(title)
    if not title or not SLUG.match(slug or ""):
        raise SystemExit(f"new-project: '{slug or title}' is not a usable name: give the project's title, "
                         'for example TITLE="Nattkafé i Malmö", and, if you like, SLUG= with lower-case '
                         "letters a–z, digits and hyphens, for example SLUG=nattkafe-malmo")
    if '"' in title or "\\" in title:
        raise SystemExit("new-project: write the title without \" or \\ (they would end the title in the page's front matter)")
    targets = [root / "docs" / "exempel" / f"{slug}.{lang}.md" for lang in LANGUAGES]
    existing = [t for t in targets if t.exists()]
    if existing:
        raise SystemExit(f"new-project: {existing[0].relative_to(root)} already exists; choose another name")
    year = year or datetime.date.today().year
    for target in targets:
        lang = target.name.rsplit('.', 2)[1]
        text = (TEMPLATES / f"exempel.{lang}.md").read_text(encoding="utf-8")
        for placeholder, value in {"{title}": title, "{year}": str(year), **allowed_words(root, lang)}.items():
            text = text.replace(placeholder, value)
        target.write_text(text, encoding="utf-8")
    return targets


def allowed_words(root: Path, lang: str) -> dict[str, str]:
    """The template's lists of allowed words, from data/vocabulary.yml: "care (Vård och behandling), …"."""
    sys.path.insert(0, str(root / "hooks"))
    try:
        from samverkan import vocabulary
    except ModuleNotFoundError as missing:      # a Python without the site's packages (PyYAML)
        raise SystemExit(f"new-project: this Python lacks the package '{missing.name}' the site needs. "
                         f"Run `make new-project TITLE=\"...\"`, which installs it, or use the site's own "
                         f"Python: .venv/bin/python scripts/new_project.py \"Title\"")

    words = vocabulary.load(root / "data" / "vocabulary.yml")
    return {f"{{{name}_keys}}": ", ".join(f"{t.key} ({t.labels[lang]})" for t in words.kinds[kind])
            for name, kind in (("focus", "focus"), ("status", "statuses"), ("evidence", "evidence"),
                               ("topic", "topics"))}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="new_project.py", description="A new example page in both languages.",
                                     usage='make new-project TITLE="<the project\'s title>" [SLUG=<address>]')
    parser.add_argument("title", nargs="?", default="")
    parser.add_argument("--slug", default=None)
    args = parser.parse_args(argv)
    if not args.title.strip():
        print('usage: make new-project TITLE="<the project\'s title>" [SLUG=<address>]   '
              '(or: .venv/bin/python scripts/new_project.py "<title>" [--slug <address>])', file=sys.stderr)
        return 2
    for path in create(args.title, slug=args.slug or None):
        print(f"created {path.relative_to(ROOT)}")
    print("Fill in both files, then run `make check` and preview with `make serve`.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
