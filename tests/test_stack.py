"""The stack can be replaced: ProperDocs (MkDocs 1.x continued) builds the same site, and a
Material upgrade cannot change the header this project copies without a test failing."""
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys

import material

from sitebuild import FIXTURE_PROJECT, ROOT
from test_reproducible import differing, digest

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
OURS = ROOT / "overrides/partials/header.html"
THEIRS = os.path.join(os.path.dirname(material.__file__), "templates/partials/header.html")


def without_generator(folder) -> dict:
    """digest() of a site with each page's <meta name="generator"> taken out."""
    out = digest(folder)
    for name in out:
        if name.endswith(".html"):
            data = GENERATOR.sub(b"", (folder / name).read_bytes())
            out[name] = hashlib.sha256(data).hexdigest()
    return out


def test_properdocs_builds_the_same_site_as_mkdocs(site, tmp_path):
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    built = subprocess.run([sys.executable, "-m", "properdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
                           cwd=ROOT, env=env, capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    assert differing(without_generator(site.site), without_generator(tmp_path / "site")) == []
    # ... and it was ProperDocs that built it
    ours = f'<meta name="generator" content="mkdocs-ProperDocs 1.6.7, mkdocs-material-{material.__version__}">'
    assert GENERATOR.findall((tmp_path / "site/index.html").read_bytes()) == [ours.encode()]
    assert GENERATOR.findall((site.site / "index.html").read_bytes()) == \
        [f'<meta name="generator" content="mkdocs-1.6.1, mkdocs-material-{material.__version__}">'.encode()]


# The part of Material's header that overrides/partials/header.html replaces: Material's
# search box (its own search plugin) becomes the Pagefind box.
MATERIAL_SEARCH = re.compile(r'\n( *)\{% if "material/search" in config\.plugins %\}.*?\n\1\{% endif %\}', re.S)
OUR_SEARCH = re.compile(r'\n *\{#- Samverkan: search.*?\{% include "partials/pagefind-search\.html" %\}', re.S)
LEADING_COMMENT = re.compile(r"\A\{#-.*?-#\}\n", re.S)


def header_drift(theirs: str, ours: str) -> list[str]:
    """The lines in which the two headers differ outside the search block (a diff)."""
    a = MATERIAL_SEARCH.sub("\n<search>", LEADING_COMMENT.sub("", theirs), count=1)
    b = OUR_SEARCH.sub("\n<search>", LEADING_COMMENT.sub("", ours), count=1)
    assert "<search>" in a and "<search>" in b, "the search block was not found in one of the headers"
    return [line for line in difflib.unified_diff(a.splitlines(), b.splitlines(), "material", "overrides", lineterm="")]


def test_material_header_matches_ours_outside_the_search_block():
    theirs = open(THEIRS, encoding="utf-8").read()
    drift = header_drift(theirs, OURS.read_text(encoding="utf-8"))
    assert drift == [], ("Material's partials/header.html (version " + material.__version__ + ") changed outside "
                         "the search block: copy the change into overrides/partials/header.html\n" + "\n".join(drift))


def test_a_change_to_materials_header_is_caught():
    theirs = open(THEIRS, encoding="utf-8").read()
    changed = theirs.replace('data-md-component="header-title"', 'data-md-component="header-title" hidden', 1)
    assert changed != theirs
    assert [line for line in header_drift(changed, OURS.read_text(encoding="utf-8")) if line.startswith(("-", "+"))
            and not line.startswith(("---", "+++"))] == [
        '-    <div class="md-header__title" data-md-component="header-title" hidden>',
        '+    <div class="md-header__title" data-md-component="header-title">',
    ]


ABSOLUTE = re.compile(r"\]\(\s*<?/(?!/)[^)\s]*|\bhref=\"/(?!/)[^\"]*\"")


def test_the_markdown_handed_to_mkdocs_links_relatively(changed_site):
    """Every link the core writes (catalogue, comparison, checklist pages, facts, law pages and
    their backlinks) is relative, so it resolves without MkDocs' absolute_links setting and the
    same Markdown could feed another generator."""
    assert changed_site.ok       # the copy of extended.build_changed, with its hook CAPTURE
    pages = [json.loads(line) for line in (changed_site.site.parent / "pages.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"checklistor/index.sv.md", "checklistor/boende.sv.md", "exempel/index.en.md", "lagar/index.sv.md",
            "lagar/sfs-2025-400.sv.md", FIXTURE_PROJECT + ".en.md", "jamforelse/index.sv.md"} <= {p[0] for p in pages}
    absolute = [f"{src}: {m.group()}" for src, markdown in pages for m in ABSOLUTE.finditer(markdown)]
    assert absolute == []
