"""One benchmark build in a fresh Python process; prints one JSON line.

    child.py time    ROOT SITE           a full build, the time in the project's handlers and in Pagefind
    child.py serve   ROOT SITE EDITS     a first build, then EDITS one-line edits each followed by a
                                         rebuild in the same process, as `mkdocs serve` does them
    child.py capture ROOT SITE           a full build that prints every page's final Markdown
                                         (after all hooks) with its front matter, for the control
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ["NO_MKDOCS_2_WARNING"] = "1"
from mkdocs.commands.build import build      # noqa: E402
from mkdocs.config import load_config        # noqa: E402

SERVE_URL = "http://127.0.0.1:8000/"


def cpu() -> float:
    """CPU seconds of this process and of the processes it waited for (Pagefind): on a
    shared machine they vary far less than the wall clock."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime

EDITED = "docs/kunskap/samverkan.sv.md"      # the content page the preview figure edits
in_hooks = {"handlers": 0.0, "pagefind": 0.0}


def timed_hooks(config):
    """Wrap the project's own handlers (hooks/*.py, not MkDocs' or the plugins') in a timer."""
    def wrap(method):
        kind = "pagefind" if method.__code__.co_filename.endswith("search.py") else "handlers"

        def run(*args, **kwargs):
            start = cpu()
            try:
                return method(*args, **kwargs)
            finally:
                in_hooks[kind] += cpu() - start
        return run

    def ours(method):
        code = getattr(method, "__code__", None)
        return code is not None and f"{os.sep}hooks{os.sep}" in code.co_filename
    for name, methods in config.plugins.events.items():
        config.plugins.events[name] = [wrap(m) if ours(m) else m for m in methods]


def configured(root: str, site: str, strict: bool = False):
    return load_config(config_file=os.path.join(root, "mkdocs.yml"), site_dir=site, strict=strict)


def memory() -> dict:
    """Peak resident memory of the build, and of its largest child process (Pagefind). Linux
    counts into a child's peak the parent's size when it started the child, so the second
    figure is an upper bound of Pagefind's own peak."""
    return {"maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "child_maxrss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def full(root: str, site: str) -> dict:
    config = configured(root, site)
    timed_hooks(config)
    start, wall = cpu(), time.perf_counter()
    build(config)
    return {"seconds": cpu() - start, "wall": time.perf_counter() - wall, **in_hooks, **memory()}


def serve(root: str, site: str, edits: int) -> dict:
    """mkdocs serve: a fresh config per build, serve_url set, the same site folder; with
    --dirty when `make serve` passes it (mkdocs-static-i18n reads sys.argv for it)."""
    dirty = "--dirty" in sys.argv
    times, walls = [], []
    for n in range(1 + edits):
        if n:
            with open(os.path.join(root, EDITED), "a", encoding="utf-8") as f:
                f.write(f"\nEn rad till ({n}).\n")
        config = configured(root, site)
        if not n:       # once per process, as mkdocs serve does
            config.plugins.on_startup(command="serve", dirty=dirty)
        start, wall = cpu(), time.perf_counter()
        build(config, serve_url=SERVE_URL, dirty=dirty)
        times.append(cpu() - start)
        walls.append(time.perf_counter() - wall)
    return {"times": times, "walls": walls, **memory()}


def capture(root: str, site: str) -> list:
    """[(src_uri, front matter, final Markdown)] of every page of every language."""
    pages = []

    def keep(markdown, page, config, files):
        pages.append((page.file.src_uri, dict(page.meta), markdown))
        return markdown
    config = configured(root, site)
    config.plugins.events["page_markdown"].append(keep)     # last: after every hook
    build(config)
    return pages


if __name__ == "__main__":
    mode, root, site = sys.argv[1:4]
    if mode == "time":
        print(json.dumps(full(root, site)))
    elif mode == "serve":
        print(json.dumps(serve(root, site, int(sys.argv[4]))))
    else:
        print(json.dumps(capture(root, site), default=str))
