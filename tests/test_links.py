"""After the build, every internal link and anchor in the HTML resolves (hooks' and templates' too)."""
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from htmlq import parse
from sitebuild import configured

SITE_HOST = urlparse(configured().site_url).netloc


def target_file(site: Path, path: str) -> Path:
    target = site / unquote(path).lstrip("/")
    return target / "index.html" if path.endswith("/") or target.is_dir() else target


def ids_of(doc):
    return {el.get("id") for el in doc.iter() if el.get("id")} | \
           {el.get("name") for el in doc.find_all("a") if el.get("name")}


def internal_links(site):
    """(page, href, resolved path, fragment) for every same-site link, script, style and image."""
    for page in site.pages():
        rel = page.relative_to(site.site).as_posix()
        if rel.endswith("404.html"):
            continue        # served at any address; its links are absolute
        base = f"https://{SITE_HOST}/" + rel
        doc = parse(page.read_text(encoding="utf-8"))
        for el in doc.iter():
            href = el.get("href") if el.tag in ("a", "link") else el.get("src") if el.tag in ("script", "img") else None
            if not href or href.startswith(("mailto:", "javascript:", "data:", "tel:")):
                continue
            url = urlparse(urljoin(base, href))
            if url.netloc != SITE_HOST:
                continue
            yield rel, href, url.path, url.fragment


def test_every_internal_link_and_anchor_resolves(site):
    cache, broken, checked = {}, [], set()
    for page, href, path, fragment in internal_links(site):
        checked.add((page, href))
        target = target_file(site.site, path)
        if not target.exists():
            broken.append(f"{page}: {href} (no file {target.relative_to(site.site)})")
            continue
        if fragment and target.suffix == ".html":
            if target not in cache:
                cache[target] = ids_of(parse(target.read_text(encoding="utf-8")))
            if unquote(fragment) not in cache[target]:
                broken.append(f"{page}: {href} (no anchor #{fragment})")
    # The walk reached every page but the 404s, and a citation link and an anchor on them.
    pages = {p.relative_to(site.site).as_posix() for p in site.pages()}
    assert {page for page, _ in checked} == {p for p in pages if not p.endswith("404.html")}
    assert any("lagar/sfs-" in href for page, href in checked if not page.startswith(("lagar/", "en/lagar/")))
    assert any(page.startswith("lagar/") and href.startswith("#") for page, href in checked)
    assert broken == [], "\n".join(broken[:50])


def test_link_checker_reports_a_broken_anchor(site, tmp_path):
    import shutil

    copy = tmp_path / "site"
    shutil.copytree(site.site, copy)
    # any page that links to a law page, whichever projects this site has
    link = 'href="../../lagar/sfs-1988-870/"'
    page = next(p for p in sorted(copy.glob("*/*/index.html")) if link in p.read_text(encoding="utf-8"))
    page.write_text(page.read_text(encoding="utf-8").replace(link, link[:-1] + '#saknas"', 1), encoding="utf-8")

    class Copy:
        site = copy

        def pages(self):
            return sorted(copy.rglob("*.html"))

    found = [(p, h) for p, h, path, frag in internal_links(Copy()) if frag == "saknas"]
    assert found == [(page.relative_to(copy).as_posix(), "../../lagar/sfs-1988-870/#saknas")]
    assert "saknas" not in ids_of(parse(target_file(copy, "/lagar/sfs-1988-870/").read_text(encoding="utf-8")))


def test_external_links_are_listed_not_fetched(site, monkeypatch):
    import urllib.request

    import check_external_links as report

    monkeypatch.setattr(urllib.request, "urlopen", lambda *a, **k: (_ for _ in ()).throw(AssertionError("fetched")))
    links = report.external_links(site.site, SITE_HOST)
    assert "https://rkrattsbaser.gov.se/sfst?bet=2001:453" in links
    assert "lagar/sfs-2001-453/index.html" in links["https://lagen.nu/2001:453"]
    assert not [a for a in links if SITE_HOST in a]


def test_the_link_report_takes_the_sites_own_host_from_its_configuration(tmp_path, monkeypatch):
    import check_external_links as report

    monkeypatch.delenv("SITE_URL", raising=False)
    assert report.own_host() == "samverkan-mot-aterfall.example.org"
    (tmp_path / "mkdocs.yml").write_text('site_name: X\nsite_url: !ENV [SITE_URL, "https://kunskap.exempelstad.se/bank/"]\n',
                                         encoding="utf-8")
    assert report.own_host(tmp_path) == "kunskap.exempelstad.se"
    (tmp_path / "mkdocs.yml").write_text("site_url: https://exempelstad.github.io/samverkan/\n", encoding="utf-8")
    assert report.own_host(tmp_path) == "exempelstad.github.io"
    monkeypatch.setenv("SITE_URL", "https://other.example.se/")
    assert report.own_host(tmp_path) == "other.example.se"
