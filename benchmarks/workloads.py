"""The projects the benchmark builds: copies of this one, a plain-Material control,
synthetic examples and a page with thousands of citations."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]
PY = sys.executable


def child(mode: str, root: Path, *args: str, site: str | None = None):
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run([PY, str(HERE / "child.py"), mode, str(root), site or tmp, *args],
                             capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"benchmark build failed ({mode} {root}):\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def copy(dest: Path) -> Path:
    from sitebuild import copy_project
    return copy_project(dest)


def control(root: Path) -> Path:
    """The same final pages as a plain Material site with Material's own search: every page
    (the generated law and checklist-topic pages too) written out as the Markdown the hooks
    hand to MkDocs, front matter included; no hooks, Material's header and search box."""
    for src_uri, meta, markdown in child("capture", root):
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) if meta else ""
        page = root / "docs" / src_uri
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text((f"---\n{front}---\n\n" if front else "") + markdown, encoding="utf-8")
    base = root / "mkdocs.base.yml"         # the hooks are in the base that mkdocs.yml inherits
    base.write_text(re.sub(r"^hooks:\n(?:  - .*\n)+", "hooks: []\n", base.read_text(encoding="utf-8"), flags=re.M),
                    encoding="utf-8")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("\nplugins:\n", "\nplugins:\n  - search\n", 1),
                      encoding="utf-8")
    (root / "overrides/partials/header.html").unlink()      # Material's header, with its search box
    return root


SYNTHETIC = (HERE / "synthetic-example.sv.md").read_text(encoding="utf-8")
HEADINGS_EN = {"Vad det är": "What it is", "Målgrupp": "Target group", "Så går arbetet till": "How the work is done",
               "Vem samverkar och hur": "Who collaborates and how", "Resultat": "Results", "Lärdomar": "Lessons",
               "Källor": "Sources"}
FILLER = " ".join(["Arbetet sker i små steg med täta möten mellan myndigheterna."] * 40)
COUNTIES = 21       # Sweden's counties (län)


def with_synthetic(root: Path, count: int) -> Path:
    """``count`` example pages per language, spread over 21 counties, with citations and a checklist."""
    english = SYNTHETIC
    for sv, en in HEADINGS_EN.items():
        english = english.replace(f"## {sv}\n", f"## {en}\n")
    for n in range(count):
        for lang, text in (("sv", SYNTHETIC), ("en", english)):
            (root / "docs/exempel" / f"synt-{n:04d}.{lang}.md").write_text(
                text.format(n=n, county=n % COUNTIES, filler=FILLER), encoding="utf-8")
    return root


CITING = "Stycke {n}: enligt 2 kap. 7 § socialtjänstlagen (2001:453) ska planen upprättas, och 6 § förvaltningslagen (1986:223) gäller.\n\n"
PLAIN = "Stycke {n}: planen ska upprättas tillsammans med den enskilde, och myndigheterna ska samverka.\n\n"


def with_long_page(root: Path, paragraphs: int, citing: bool) -> Path:
    """A content page of ``paragraphs`` paragraphs, each with two citations (or none), in a site
    that keeps only its section index pages (and the generated pages): the rest of the site
    adds nothing to the difference but its own run-to-run spread."""
    for page in (root / "docs").rglob("*.md"):
        if page.parent != root / "docs" and not page.name.startswith("index."):
            page.unlink()
    line = CITING if citing else PLAIN
    for lang, title in (("sv", "Lång sida"), ("en", "Long page")):
        body = "".join(line.format(n=n) for n in range(paragraphs)) if lang == "sv" else "A page.\n"
        (root / f"docs/kunskap/lang-sida.{lang}.md").write_text(f"---\ntitle: {title}\n---\n# {title}\n\n{body}",
                                                               encoding="utf-8")
    return root
