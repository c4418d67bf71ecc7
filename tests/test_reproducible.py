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


def test_two_clean_builds_are_byte_identical(site, tmp_path):
    """`mkdocs build` in a process of its own against the session's site, built in another."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    env.pop("SOURCE_DATE_EPOCH", None)      # the project sets it from git itself
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "again")],
                   cwd=ROOT, env=env, check=True, capture_output=True)
    assert differing(digest(site.site), digest(tmp_path / "again")) == []


def test_three_builds_in_one_process_are_identical_and_keep_no_growing_state(tmp_path, monkeypatch):
    """As mkdocs serve rebuilds: state that grows per build shows by the third build as
    surely as by the twentieth (each build adds the same amount), at a seventh of the time.
    And samverkan/bytecode.py: no template is compiled twice in the process, not by the
    second language pass nor by a rebuild."""
    import jinja2

    from samverkan.bytecode import CACHE
    from sitebuild import copy_project

    # an empty cache, in memory and on disk (bytecode.py), as in a new process on a new machine
    monkeypatch.setattr(CACHE, "compiled", {})
    monkeypatch.setattr(CACHE, "disk", jinja2.FileSystemBytecodeCache(str(tmp_path / "compiled")))
    compiled = []
    original = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, *args, **kwargs):
        if filename:
            compiled.append(filename)
        return original(self, source, name, filename, *args, **kwargs)
    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    root = copy_project(tmp_path / "project")
    first = None
    sizes = set()
    for n in range(3):
        built = build_site(root, tmp_path / f"site{n}", strict=True)
        assert built.ok, built.warnings
        now = digest(built.site)
        if first is None:
            first = now
            assert any(name.endswith("main.html") for name in compiled)
        assert differing(first, now) == [], f"build {n + 1} differs"
        assert sorted(set(compiled)) == sorted(compiled), f"build {n + 1} compiled a template again"
        builds = state.all_builds()
        sizes.add((tuple(sorted(builds)), tuple(len(b.generators) for b in builds.values()),
                   tuple(len(b.index.pages) for b in builds.values())))
    assert len(sizes) == 1, sizes
