"""Fixtures: the real site built once per test session, a modifiable copy of the
project, a local web server for the built site and headless Chromium."""
from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

from sitebuild import ROOT, build_site, copy_project

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    """The project's own site, built once with --strict."""
    built = build_site(ROOT, tmp_path_factory.mktemp("site") / "site", strict=True)
    assert built.ok, "the strict build failed:\n" + "\n".join(built.warnings)
    return built


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project in a temporary folder, for tests that change it."""
    return copy_project(tmp_path / "project")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


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


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    yield tab
    context.close()
