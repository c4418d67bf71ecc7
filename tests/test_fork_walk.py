"""The guide walked as a new fork does: copy the project, add a project with a real title, rename
the site, remove the samples, build strictly, run the checks, and read the site in Chromium
served from a sub-path, as GitHub Pages serves https://<org>.github.io/<repo>/."""
import functools
import http.server
import io
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from htmlq import parse, words
from sitebuild import FIXTURES, ROOT, build_site, copy_project

NAME = {"sv": "Testkommunens kunskapsbank", "en": "Testkommunen knowledge bank"}
TITLE = "Testkommunens stödboende"
SLUG = "testkommunens-stodboende"
# What an editor writes over the template's placeholders: the start of the line, and the value.
FILLED = {
    "sv": {"description: ": "Så driver Testkommunen ett stödboende för personer som friges.",
           "summary: ": "Ett stödboende för personer som friges och saknar bostad.", "place: ": "Testkommunen",
           "county: ": "Testlän", "target_group: ": "Vuxna som friges och saknar bostad.", "  - ": "Testkommunens socialtjänst",
           "  - title: ": "Uppföljning av stödboendet", "    publisher: ": "Testkommunen", "    reference: ": "Dnr TK 2026/3"},
    "en": {"description: ": "How Testkommunen runs supported housing for people leaving prison.",
           "summary: ": "Supported housing for people who leave prison without a home.", "place: ": "Testkommunen",
           "county: ": "Testlän", "target_group: ": "Adults leaving prison without a home.", "  - ": "Testkommunen social services",
           "  - title: ": "Uppföljning av stödboendet", "    publisher: ": "Testkommunen", "    reference: ": "Dnr TK 2026/3"},
}


def fill(page, lang):
    """The template's front matter filled in as an editor does; the body from the fixture project."""
    text = page.read_text(encoding="utf-8")
    front = text[: text.index("\n---\n", 4) + 5]
    for start, value in FILLED[lang].items():
        front = re.sub(rf'^({re.escape(start)})"[^"{{]*"$', lambda m: f'{m.group(1)}"{value}"', front, count=1, flags=re.M)
    body = (FIXTURES / f"exempel/provprojekt.{lang}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    page.write_text(front + body, encoding="utf-8")


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    """/repo/... is the site; anything missing gets the site's 404.html, as GitHub Pages does."""

    def log_message(self, *args):
        pass

    def send_head(self):
        if not self.path.startswith("/repo/"):
            self.send_error(404)
            return None
        self.path = self.path[len("/repo"):]
        target = Path(self.translate_path(self.path))
        if not target.is_file() and not (target / "index.html").is_file():
            body = (Path(self.directory) / "404.html").read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            return io.BytesIO(body)
        return super().send_head()


@pytest.mark.browser
def test_a_new_fork_follows_the_guide_and_publishes_on_a_sub_path(tmp_path, browser, monkeypatch):
    project = copy_project(tmp_path / "fork")
    made = subprocess.run([sys.executable, "scripts/new_project.py", TITLE], cwd=project, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    for lang in ("sv", "en"):
        fill(project / f"docs/exempel/{SLUG}.{lang}.md", lang)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"^site_name: .*$", f"site_name: {NAME['sv']}", text, count=1, flags=re.M)
    config.write_text(re.sub(r"^(\s+)site_name: .*$", rf"\g<1>site_name: {NAME['en']}", text, count=1, flags=re.M), encoding="utf-8")
    removed = subprocess.run([sys.executable, "scripts/remove_samples.py"], cwd=project, capture_output=True, text=True)
    # in a fork that has removed them already, the script has nothing left to do
    had_samples = (ROOT / "docs/exempel/itok.sv.md").exists()
    said = "removed docs/exempel/itok.sv.md" if had_samples else "no sample project is left; nothing to do"
    assert removed.returncode == 0 and said in removed.stdout, removed.stdout

    checked = subprocess.run([sys.executable, "scripts/check.py"], cwd=project, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(PagesHandler, directory=str(project / "site")))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/repo/"
    monkeypatch.setenv("SITE_URL", base)
    built = build_site(project, project / "site", strict=True)
    assert built.ok and built.warnings == [], built.warnings

    home = parse(built.html(""))
    assert (words(home.find("title").text), words(home.find("h1").text).rstrip("¶")) == (NAME["sv"], NAME["sv"])
    assert words(parse(built.html("en/")).find("title").text) == NAME["en"]
    stale = [p.relative_to(built.site).as_posix() for p in built.pages()
             if any(old in p.read_text(encoding="utf-8") for old in ("Samverkan mot återfall", "Working together against reoffending"))]
    assert stale == []
    # the home pages do not count the examples: the fork has one, not the six it started with
    counted = [(lang, n) for lang, path in (("sv", ""), ("en", "en/"))
               for n in re.findall(r"\b(?:sex|six|tre|three|sju|seven)\b", words(parse(built.html(path)).find("article").text), re.I)]
    assert counted == []

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    failed = []
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
    # a request the next navigation cancels (net::ERR_ABORTED) is no broken link
    page.on("requestfailed", lambda r: None if "ERR_ABORTED" in (r.failure or "") else failed.append(f"failed {r.url}"))
    try:
        page.goto(base)
        assert page.title() == NAME["sv"]
        page.locator("a.md-select__link[hreflang=en]").first.dispatch_event("click")
        page.wait_for_url(base + "en/")
        assert page.locator("h1").first.inner_text().strip(" ¶\n") == NAME["en"]

        page.goto(base)
        page.keyboard.press("/")
        page.locator("[data-samverkan-search-input]").fill("stödboendet")
        link = page.locator(f".md-search-result__link[href*='exempel/{SLUG}/']").first
        link.wait_for(timeout=15000)

        page.goto(base + "lagar/sfs-2025-400/")
        assert "2025:400" in page.locator("h1").first.inner_text()
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"

        missing = page.goto(base + "finns-inte/")
        assert missing.status == 404
        assert page.locator("h1").first.inner_text().strip(" ¶\n") == "Sidan finns inte"
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
        failed.remove(f"404 {base}finns-inte/")
        assert failed == []
    finally:
        context.close()
        server.shutdown()
