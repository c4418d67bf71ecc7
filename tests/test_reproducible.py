"""Same sources, same site: across processes, and across rebuilds in one process (mkdocs serve)."""
import hashlib
import os
import subprocess
import sys

from samverkan import state
from sitebuild import ROOT, build_site


def digest(folder):
    """Every file's path and content hash, so a difference names its files."""
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def differing(a, b):
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


def test_two_clean_builds_are_byte_identical(tmp_path):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SOURCE_DATE_EPOCH", None)      # the project sets it from git itself
    sites = []
    for name in ("one", "two"):
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / name)],
                       cwd=ROOT, env=env, check=True, capture_output=True)
        sites.append(digest(tmp_path / name))
    assert differing(*sites) == []


def test_three_builds_in_one_process_are_identical_and_keep_no_growing_state(tmp_path):
    """As mkdocs serve rebuilds: state that grows per build shows by the third build as
    surely as by the twentieth (each build adds the same amount), at a seventh of the time."""
    first = None
    sizes = set()
    for n in range(3):
        built = build_site(ROOT, tmp_path / f"site{n}", strict=True)
        assert built.ok, built.warnings
        now = digest(built.site)
        if first is None:
            first = now
        assert differing(first, now) == [], f"build {n + 1} differs"
        builds = state.all_builds()
        sizes.add((tuple(sorted(builds)), tuple(len(b.generators) for b in builds.values()),
                   tuple(len(b.index.pages) for b in builds.values())))
    assert len(sizes) == 1, sizes


def test_no_theme_template_is_compiled_twice_in_a_build(tmp_path, monkeypatch):
    """hooks/template_cache.py: the second language pass reuses the first one's templates.
    (A copy of the project, so its hooks, and their cache, are new to this process.)"""
    import jinja2

    from sitebuild import copy_project

    compiled = []
    original = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):
        if filename:
            compiled.append(filename)
        return original(self, source, name, filename, *args, **kwargs)
    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    built = build_site(copy_project(tmp_path / "project"), tmp_path / "site", strict=True)
    assert built.ok, built.warnings
    assert any(name.endswith("main.html") for name in compiled)
    assert sorted(set(compiled)) == sorted(compiled)
