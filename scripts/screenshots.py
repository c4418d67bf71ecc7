"""Screenshots of the real site for the README, taken in headless Chromium.

    python scripts/screenshots.py            # builds the site, writes screenshots/*.png
    python scripts/screenshots.py --site site   # uses a site already built there

Run it again when the site changes (`make screenshots`); the README shows the files.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 390, "height": 844}
# name, address, viewport, what to do before the picture
SHOTS = [
    ("home", "", DESKTOP, None),
    ("example", "exempel/boendetrappan-eslov/", DESKTOP, None),
    ("catalogue-phone", "exempel/", PHONE, None),
    ("law", "lagar/sfs-2001-453/", DESKTOP, None),
    ("search", "kunskap/", DESKTOP, "search"),
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def build(dest: Path) -> Path:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(dest)],
                   cwd=ROOT, env=env, check=True)
    return dest


def search(page, query="boende"):
    page.locator("[data-samverkan-search-input]").click()
    page.keyboard.type(query)
    page.wait_for_function("() => /\\d/.test(document.querySelector('[data-samverkan-search-meta]').textContent)")
    page.wait_for_timeout(300)


def take(site: Path, out: Path, chromium: str, browser=None, only=None) -> list[Path]:
    """Photographs the site; with a running Playwright browser (the tests'), uses that one.
    ``only``: the names of the shots to take (default: all of SHOTS)."""
    if browser is None:
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            launched = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox"])
            try:
                return take(site, out, chromium, launched, only)
            finally:
                launched.close()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    out.mkdir(exist_ok=True)
    written = []
    try:
        for name, path, viewport, action in SHOTS:
            if only is not None and name not in only:
                continue
            context = browser.new_context(viewport=viewport, color_scheme="light")
            page = context.new_page()
            page.goto(base + path)
            if action == "search":
                search(page)
            target = out / f"{name}.png"
            page.screenshot(path=str(target))
            written.append(target)
            context.close()
    finally:
        server.shutdown()
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site to photograph (default: build one)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    if not Path(chromium).exists():
        print(f"Chromium not found at {chromium}: install Debian's chromium or set CHROMIUM", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        site = args.site or build(Path(tmp) / "site")
        for path in take(site, args.out, chromium):
            print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
