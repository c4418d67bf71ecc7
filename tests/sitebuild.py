"""Building the real site, or a modified copy of it, in a temporary folder."""
from __future__ import annotations

import logging
import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

ROOT = Path(__file__).resolve().parent.parent
COPIED = ("docs", "data", "hooks", "overrides", "mkdocs.yml", "mkdocs.base.yml", "scripts", "templates")
FIXTURES = Path(__file__).resolve().parent / "fixtures"
FIXTURE_PROJECT = "exempel/provprojekt"    # tests/fixtures/exempel/provprojekt.{sv,en}.md

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


@dataclass
class Built:
    site: Path
    warnings: list[str]
    ok: bool            # False when the strict build aborted

    def html(self, path: str) -> str:
        """The HTML of a page by its address: "exempel/itok/" or "en/lagar/sfs-2001-453/"."""
        target = self.site / path
        if path.endswith("/") or path == "":
            target = target / "index.html"
        return target.read_text(encoding="utf-8")

    def pages(self) -> list[Path]:
        return sorted(self.site.rglob("*.html"))


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


@contextmanager
def collecting():
    handler = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    try:
        yield handler.messages
    finally:
        logger.removeHandler(handler)


def build_site(root: Path, site_dir: Path, strict: bool = True) -> Built:
    """One build as `mkdocs build` does it (a fresh config, as `mkdocs serve` makes per rebuild)."""
    with collecting() as messages:
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site_dir), strict=strict)
        ok = True
        try:
            build(config)
        except Abort:
            ok = False
    return Built(site_dir, [m for m in messages if "Material for MkDocs" not in m], ok)


def copy_project(dest: Path) -> Path:
    """A copy of the project (content, data, hooks, theme) that a test may change."""
    for name in COPIED:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest


def build_with_pages(folder: Path, pages: dict[str, str], change=None) -> Built:
    """A copy of the project with extra pages ({"docs/x.sv.md": text}), and whatever else
    ``change(root)`` does to it, built with --strict."""
    root = copy_project(folder / "project")
    for name, text in pages.items():
        write(root / name, text)
    if change is not None:
        change(root)
    built = build_site(root, root / "site")
    assert built.ok, built.warnings
    return built


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def add_fixture_project(root: Path) -> str:
    """The invented example tests/fixtures/exempel/provprojekt in both languages, copied into
    ``root``'s docs/ (tests never rely on the sample projects a fork may remove)."""
    for page in (FIXTURES / "exempel").glob("*.md"):
        shutil.copy2(page, root / "docs" / "exempel" / page.name)
    return FIXTURE_PROJECT


@dataclass
class Configured:
    """What mkdocs.yml says, so tests follow a fork's own settings."""
    site_url: str
    names: dict[str, str]       # the site's name per language: {"sv": ..., "en": ...}
    languages: list[str]        # default first


def configured(root: Path = ROOT) -> Configured:
    config = load_config(config_file=str(root / "mkdocs.yml"))
    langs = [lang for lang in config.plugins["i18n"].config.languages if lang.build]
    langs.sort(key=lambda lang: not lang.default)
    names = {lang.locale: lang.site_name or config.site_name for lang in langs}
    return Configured(config.site_url, names, [lang.locale for lang in langs])
