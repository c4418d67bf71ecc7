#!/usr/bin/env python3
"""Create a new example page in both languages: docs/exempel/<slug>.sv.md and .en.md.

    make new-project SLUG=nattkafe
    python3 scripts/new_project.py nattkafe

The pages come from scripts/templates/, with every front-matter key explained.
"""
from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def create(slug: str, root: Path = ROOT, year: int | None = None) -> list[Path]:
    if not SLUG.match(slug or ""):
        raise SystemExit(f"new-project: '{slug}' is not a usable name: use lower-case letters a–z, digits and "
                         "hyphens, for example SLUG=nattkafe-malmo")
    targets = [root / "docs" / "exempel" / f"{slug}.{lang}.md" for lang in ("sv", "en")]
    existing = [t for t in targets if t.exists()]
    if existing:
        raise SystemExit(f"new-project: {existing[0].relative_to(root)} already exists; choose another name")
    title = slug.replace("-", " ").capitalize()
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
    from samverkan import vocabulary

    words = vocabulary.load(root / "data" / "vocabulary.yml")
    return {f"{{{name}_keys}}": ", ".join(f"{t.key} ({t.labels[lang]})" for t in words.kinds[kind])
            for name, kind in (("focus", "focus"), ("status", "statuses"), ("evidence", "evidence"),
                               ("topic", "topics"))}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: make new-project SLUG=<name>   (or: python3 scripts/new_project.py <name>)", file=sys.stderr)
        return 2
    for path in create(argv[0]):
        print(f"created {path.relative_to(ROOT)}")
    print("Fill in both files, then preview with `make serve`.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
