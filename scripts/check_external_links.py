#!/usr/bin/env python3
"""External links of the built site: a report, and (with --check) whether they answer.

    python3 scripts/check_external_links.py site            # the report only, no network
    python3 scripts/check_external_links.py --check site    # also asks every address (needs network)

The tests use the report only and never fetch anything; `make check-external-links`
builds the site and checks the addresses, for maintainers with network access.
"""
from __future__ import annotations

import argparse
import os
import re
import sys
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlparse


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def external_links(site: Path, own_host: str | None = None) -> dict[str, list[str]]:
    """{address: [pages that link to it]} for links that leave the site."""
    found: dict[str, list[str]] = {}
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for href in parser.hrefs:
            url = urlparse(urljoin("https://site.invalid/" + rel, href))
            if url.scheme in ("http", "https") and url.netloc not in ("site.invalid", own_host):
                address = url._replace(fragment="").geturl()
                pages = found.setdefault(address, [])
                if rel not in pages:
                    pages.append(rel)
    return dict(sorted(found.items()))


def status(address: str) -> str:
    request = urllib.request.Request(address, method="HEAD", headers={"User-Agent": "samverkan-link-check"})
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return str(response.status)
    except Exception as err:  # noqa: BLE001 - every failure is reported, none stops the run
        return f"FAIL {err}"


ROOT = Path(__file__).resolve().parent.parent


def own_host(root: Path = ROOT) -> str | None:
    """The host the site is published at, as the build takes it: SITE_URL, else mkdocs.yml's
    site_url (a fork's own address), so its links to itself are not listed as external."""
    url = os.environ.get("SITE_URL")
    if not url:
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        found = re.search(r'^site_url:\s*(?:!ENV\s*\[\s*\w+\s*,\s*)?["\']?([^"\'\]\s]+)', config, re.M)
        url = found.group(1) if found else ""
    return urlparse(url).netloc or None


def main(argv=None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("site", nargs="?", default="site", type=Path)
    args.add_argument("--check", action="store_true", help="ask every address (needs network)")
    args.add_argument("--own-host", default=None, help="the site's own host (default: from SITE_URL or mkdocs.yml)")
    opts = args.parse_args(argv)
    links = external_links(opts.site, opts.own_host or own_host())
    failed = 0
    for address, pages in links.items():
        result = status(address) if opts.check else ""
        failed += result.startswith("FAIL") or result[:1] in ("4", "5")
        print(f"{address}  {result}".rstrip())
        print(f"    linked from {len(pages)} page(s): {', '.join(pages[:4])}{' …' if len(pages) > 4 else ''}")
    print(f"{len(links)} external addresses" + (f", {failed} failing" if opts.check else " (not checked)"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
