"""`make serve` (mkdocs serve --dirty, hooks/quick_rebuild.py): after a save, the preview's site
is the same as a full build of the same sources, whether the edit stays inside a page
or changes what other pages show (a title)."""
import re
import sys

from mkdocs.commands.build import build
from mkdocs.config import load_config

from sitebuild import build_site, copy_project
from test_reproducible import differing, digest

EDITED = "docs/kunskap/samverkan.sv.md"


def serve_builds(root, site, edits, monkeypatch):
    """As mkdocs serve --dirty: on_startup once, then a fresh config and a dirty build per save."""
    monkeypatch.setattr(sys, "argv", ["mkdocs", "serve", "--dirty"])    # mkdocs-static-i18n reads it
    first = None
    for n, edit in enumerate([None, *edits]):
        if edit:
            edit(root)
        config = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(site))
        if first is None:
            first = config
            config.plugins.on_startup(command="serve", dirty=True)
        build(config, serve_url="http://127.0.0.1:8000/", dirty=True)
        yield n
    first.plugins.on_shutdown()


def append_line(root):
    with open(root / EDITED, "a", encoding="utf-8") as f:
        f.write("\nEn rad till, om samverkan enligt socialtjänstlagen.\n")


def retitle(root):
    page = root / EDITED
    page.write_text(re.sub(r"^title: .*$", "title: Samverkan i praktiken", page.read_text(encoding="utf-8"),
                           count=1, flags=re.M), encoding="utf-8")


def test_a_preview_rebuild_equals_a_full_build(tmp_path, monkeypatch):
    root = copy_project(tmp_path / "project")
    preview = tmp_path / "preview"
    for n in serve_builds(root, preview, [append_line, retitle], monkeypatch):
        if n:
            monkeypatch.setattr(sys, "argv", ["mkdocs", "build"])
            full = build_site(root, tmp_path / f"full{n}", strict=False)
            monkeypatch.setattr(sys, "argv", ["mkdocs", "serve", "--dirty"])
            assert differing(digest(preview), digest(full.site)) == [], f"after edit {n}"
    assert "Samverkan i praktiken" in (preview / "kunskap/regelverket/index.html").read_text(encoding="utf-8")
