"""Fixtures: the real site built once per test session, a modifiable copy of the
project, a local web server for the built site and headless Chromium."""
from __future__ import annotations

import fcntl
import functools
import http.server
import importlib.util
import json
import os
import threading
from pathlib import Path
from typing import Callable

import pytest

from sitebuild import ROOT, Built, build_site, copy_project

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The project's own site, built once with --strict for the whole run."""
    built = shared_build(tmp_path_factory, "site", lambda folder: build_site(ROOT, folder / "site", strict=True))
    assert built.ok, "the strict build failed:\n" + "\n".join(built.warnings)
    return built


@pytest.fixture(scope="session")
def extended_site(tmp_path_factory):
    """The project with the pages and registry entry of tests/extended.py, built once with --strict."""
    import extended

    return shared_build(tmp_path_factory, "extended", extended.build)


@pytest.fixture(scope="session")
def broken_site(tmp_path_factory):
    """Every kind of mistake at once (tests/extended.py's build_broken), built once; the sources
    are in the site's folder, project/. Its warnings are the messages (each one fails --strict)."""
    import extended

    built = shared_build(tmp_path_factory, "broken", extended.build_broken)
    assert built.site.joinpath("index.html").exists(), built.warnings
    return built


@pytest.fixture(scope="session")
def changed_site(tmp_path_factory):
    """The fixture project with new vocabulary, a scaffolded project and a hook recording the
    Markdown (tests/extended.py's build_changed), built once with --strict; its folder also
    holds pages.jsonl and scaffold.txt."""
    import extended

    return shared_build(tmp_path_factory, "changed", extended.build_changed)


def shared_build(tmp_path_factory, name: str, make: Callable[[Path], Built]) -> Built:
    """The site ``make(folder)`` builds into ``folder``, built once for the whole run.

    Under pytest-xdist each worker is its own process with its own session; the first
    worker to get here builds into the run's shared temp folder and the others wait for
    it and read the same site and messages (the pattern pytest-xdist documents, with a
    POSIX lock). Only for builds that depend on nothing but the test's own constants, and
    whose files no test changes.
    """
    if not os.environ.get("PYTEST_XDIST_WORKER"):      # one process (-p no:xdist, -n 0)
        return make(tmp_path_factory.mktemp(name))
    folder = tmp_path_factory.getbasetemp().parent / f"shared-{name}"
    folder.mkdir(exist_ok=True)
    record = folder / "built.json"
    with open(folder / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)        # released when the file closes
        if not record.exists():                 # (a failed build writes none: the next worker tries again)
            built = make(folder)
            record.write_text(json.dumps({"site": str(built.site), "warnings": built.warnings, "ok": built.ok}),
                              encoding="utf-8")
    data = json.loads(record.read_text(encoding="utf-8"))
    return Built(Path(data["site"]), data["warnings"], data["ok"])


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project in a temporary folder, for tests that change it."""
    return copy_project(tmp_path / "project")


# Files of the tests' own that the test server also serves, under /__tests__/ (a path no site
# has): axe-core, loaded by the accessibility test with a script tag, so that Chromium keeps its
# compiled code from page to page (0.03 s a page against evaluating its source on each).
TESTS_PREFIX = "/__tests__/"
TEST_FILES = {"axe.min.js": ("axe_playwright_python", "axe.min.js")}    # name: (package, file in it)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    # Keep-alive, as a real web server: with HTTP/1.0 each of a page's dozen requests opened a
    # connection of its own (a page load cost Chromium and the worker up to a tenth more CPU).
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def translate_path(self, path):
        name = path.split("?", 1)[0].removeprefix(TESTS_PREFIX)
        if path.startswith(TESTS_PREFIX) and name in TEST_FILES:
            package, file = TEST_FILES[name]
            return str(Path(importlib.util.find_spec(package).origin).parent / file)
        return super().translate_path(path)


def serve(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


@pytest.fixture(scope="session")
def site_url(site):
    """The built site on http://127.0.0.1:<port>/ (loopback only)."""
    server = serve(site.site)
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    path = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(path).exists():
        pytest.fail(f"Chromium not found at {path}: run `make test` (it installs Debian's chromium) "
                    "or set CHROMIUM to the browser's path")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class ReaderTab:
    """One browser tab a worker's reader tests take turns in, as a reader's tab: a new context
    and tab for each test cost 1.3 s a page load against 0.4 s here (a new renderer, and no
    cached styles and scripts). Before each test it is made a first visit again: the last page
    unloaded, every cookie and all stored data (local and session storage, IndexedDB, caches)
    of every origin it reached cleared, print emulation off, the pointer in the corner, and
    the window the size the test asks for. tests/test_browser.py checks that nothing carries
    over."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.origins: set[str] = set()
        self.context.on("request", lambda request: self.origins.add(_origin(request.url)))
        self.page = self.context.new_page()

    def fresh(self, width: int = 1280, height: int = 900):
        page = self.page
        if page.url.startswith("http"):     # session storage belongs to the tab: cleared where it is
            page.evaluate("() => { sessionStorage.clear(); localStorage.clear(); }")
        page.goto("about:blank")
        # (a DevTools session of our own, closed at once: while one is open, the tab loses the
        # print emulation a test sets at every page it loads)
        cdp = self.context.new_cdp_session(page)
        for origin in sorted(self.origins - {""}):
            cdp.send("Storage.clearDataForOrigin", {"origin": origin, "storageTypes": "all"})
        cdp.detach()
        self.origins.clear()
        self.context.clear_cookies()
        page.emulate_media(media="null")
        page.mouse.move(0, 0)
        page.set_viewport_size({"width": width, "height": height})
        return page


def _origin(url: str) -> str:
    scheme, _, rest = url.partition("://")
    return f"{scheme}://{rest.split('/', 1)[0]}" if scheme in ("http", "https") else ""


@pytest.fixture(scope="session")
def reader_tab(browser):
    tab = ReaderTab(browser)
    yield tab
    tab.context.close()


@pytest.fixture
def page(reader_tab):
    """The worker's reader tab, as at a first visit, 1280 × 900."""
    return reader_tab.fresh()


def pytest_collection_modifyitems(config, items):
    """A fork that ran `make remove-samples` keeps every test of the site's machinery; the tests
    that read the sample projects' own pages (marked ``samples``) are skipped, and say why."""
    from remove_samples import SAMPLES

    root = Path(__file__).resolve().parent.parent
    gone = [s for s in SAMPLES if not (root / "docs/exempel" / f"{s}.sv.md").exists()]
    if not gone:
        return
    skip = pytest.mark.skip(reason=f"reads the sample projects, and this copy has removed {len(gone)} of the "
                                   f"{len(SAMPLES)} (make remove-samples)")
    for item in items:
        if "samples" in item.keywords:
            item.add_marker(skip)
