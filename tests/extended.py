"""Two modified copies of the project that several test modules read, each built once a run.

A build costs seconds, so the changes that several modules make, each to pages or data of its
own and none touching what another looks at, go into one copy, built with --strict:

- ``extended_site`` (conftest.py): the pages and registry entry of test_laws, test_checklists
  and test_browser, on the project's pages as they are;
- ``broken_site``: every kind of mistake at once, each on pages of its own: test_input_build's
  pages and registry entry, test_checklists' bad checklists, test_site's markers,
  test_laws' unknown citations and test_preview's broken fixture project; built without --strict, so that the whole site is written;
- ``changed_site``: the fixture project with test_vocabulary's new words, a project scaffolded
  by scripts/new_project.py as test_catalogue's editor does it, and test_stack's hook that
  records the Markdown handed to MkDocs.

What each module checks is in that module; what it changed is here, under its name.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from samverkan.mdtext import EDITOR_MARKERS
from sitebuild import FIXTURES, Built, add_fixture_project, build_site, build_with_pages, copy_project, write

# test_laws: citations in every Markdown construct, a bare name on a page with a date ...
LAW_PAGE_SV = """---
title: Provsida
description: En sida för test.
---
# Provsida

Kommunen ska enligt 2 kap. 7 § socialtjänstlagen (2001:453) upprätta en plan. Se också LVM.

## Om 2 kap. 7 § socialtjänstlagen

Rubriken ovan länkas inte, men `6 § förvaltningslagen` i kod inte heller.

Se 2 kap. 7 §, 2 a kap. 5 § och 3 f § socialtjänstlagen.

| Regel | Innehåll |
|---|---|
| 25 kap. 1 § OSL | Sekretess i vården. |

!!! note "Om 6 § FL"
    Myndigheter ska enligt 6 § förvaltningslagen (1986:223) hjälpa varandra.

Plan
:   En plan enligt 16 kap. 4 § HSL (2017:30).

<div markdown="1">
Enligt 11 kap. 1 § *fängelselagen* får den intagne vistas utanför anstalten.
</div>

En fotnot.[^1]

[^1]: Se 4:1 SoL om bistånd.
"""
LAW_PAGE_EN = """---
title: Test page
description: A page for tests.
---
# Test page

Under Chapter 2, Section 7 of the Social Services Act (2001:453) the municipality draws up a plan.
"""
DATED_PAGE = """---
title: Ett projekt 2026
description: Sidan talar om 2026.
law_date: 2026
---
# Ett projekt 2026

Enligt 2 kap. 3 § SoL ska kommunen planera, och förvaltningslagen gäller handläggningen.
"""
# ... and a registry entry that gets its pages with no other change than a sentence citing it
REGISTRY_ENTRY = """
- id: SFS 2099:1
  type: lag
  sv: Lag (2099:1) om provning
  en: Testing Act (2099:1)
  short: [PrL]
  names: [provningslagen]
  names_en: [Testing Act]
  status: in-force
"""
REGISTRY_CITED_ON = "docs/kunskap/samverkan.sv.md"
REGISTRY_SENTENCE = "\nSe också 4 § provningslagen.\n"

# test_checklists: a checklist block in both languages
CHECKLIST_SV = """---
title: Planering
description: Test.
---
# Planering

!!! checklist "Att tänka på när ni upprättar en gemensam plan"
    topics: planning, collaboration

    - Bestäm vem som har det *övergripande* ansvaret för planen.
    - Börja planeringen redan under anstaltstiden, se 2 kap. 7 § socialtjänstlagen (2001:453).
"""
CHECKLIST_EN = """---
title: Planning
description: Test.
---
# Planning

!!! checklist "Points to consider when drawing up a joint plan"
    topics: planning

    - Decide who has overall responsibility for the plan.
"""

# test_browser: a page whose words appear nowhere else, in one form only, and the fixture project
SEARCH_SV = ("---\ntitle: Sökprov\nreviewed: 2025-05-01\n---\n# Sökprov\n\nOm snöskottarlag i kvarteret.\n\n"
            "## Efter anstalten\n\nHär bor bara de villkorligt frigivna.\n")
SEARCH_EN = "---\ntitle: Search test\n---\n# Search test\n\nAbout the snow-shovelling brigades of the block.\n"
FIXTURE_PAGES = {f"docs/exempel/{p.name}": p.read_text(encoding="utf-8") for p in (FIXTURES / "exempel").glob("*.md")}

# test_site: every marker an editor may use, on an ordinary page (each must be filled)
MARKER_PAGE = "---\ntitle: Markörer\n---\n# Markörer\n\n" + "\n\n".join(
    f"<!-- samverkan:{name} -->" for name in sorted(EDITOR_MARKERS)) + "\n"

PAGES = {
    "docs/kunskap/alla-markorer.sv.md": MARKER_PAGE, "docs/kunskap/alla-markorer.en.md": MARKER_PAGE,
    "docs/kunskap/provsida.sv.md": LAW_PAGE_SV, "docs/kunskap/provsida.en.md": LAW_PAGE_EN,
    "docs/kunskap/nytt.sv.md": DATED_PAGE, "docs/kunskap/nytt.en.md": DATED_PAGE.replace("Ett projekt", "A project"),
    "docs/kunskap/planering.sv.md": CHECKLIST_SV, "docs/kunskap/planering.en.md": CHECKLIST_EN,
    "docs/kunskap/sokprov.sv.md": SEARCH_SV, "docs/kunskap/sokprov.en.md": SEARCH_EN,
    **FIXTURE_PAGES,
}


def build(folder: Path) -> Built:
    """The copy with every page above and the registry entry, built with --strict (it must pass)."""
    def change(root: Path):
        with open(root / "data/lagar.yml", "a", encoding="utf-8") as registry:
            registry.write(REGISTRY_ENTRY)
        cited = root / REGISTRY_CITED_ON
        write(cited, cited.read_text(encoding="utf-8") + REGISTRY_SENTENCE)

    return build_with_pages(folder, PAGES, change)


# test_vocabulary: a new topic, focus area, status and evidence level, and the fixture project using them
NEW_WORDS = [
    ("  governance: {slug: styrning, sv: Styrning, en: Governance}\n",
     "  education: {slug: utbildning, sv: Utbildning, en: Education}\n"),
    ("  coordination: {sv: Samordning, en: Coordination}\n", "  schooling: {sv: Skolgång, en: Schooling}\n"),
    ("# What an example's results rest on",
     'paused: {sv: Vilande, en: Paused, stated: {sv: "Vilande {year}, enligt {source}", '
     'en: "Paused in {year}, according to {source}"}}\n'),
    ("  proposal: {sv: Förslag – inga resultat, en: Proposal – no results}\n",
     "  peer-review: {sv: Granskad av kollegor, en: Peer review}\n"),
]


def add_words(data_dir):
    """The vocabulary with a new topic, focus area, status and evidence level, each after its kind's last word."""
    path = data_dir / "vocabulary.yml"
    text = path.read_text(encoding="utf-8")
    for after, new in NEW_WORDS:
        assert after in text
        if after.startswith("#"):       # a status entry goes before the next kind's comment
            text = text.replace(after, "  " + new + "\n" + after, 1)
        else:
            text = text.replace(after, after + new, 1)
    path.write_text(text, encoding="utf-8")
    return path


def use_new_words(root: Path):
    """The fixture project (added to ``root``) set to the new focus, status, evidence and topic."""
    for lang in ("sv", "en"):
        page = root / f"docs/exempel/provprojekt.{lang}.md"
        text = page.read_text(encoding="utf-8")
        for old, new in (("focus: [housing, coordination]", "focus: [housing, schooling]"),
                         ("  value: project\n", "  value: paused\n"),
                         ("evidence: internal-follow-up", "evidence: peer-review"),
                         ("    topics: housing\n", "    topics: housing, education\n")):
            assert old in text, (page, old)
            text = text.replace(old, new, 1)
        page.write_text(text, encoding="utf-8")


# test_catalogue: a project scaffolded with `make new-project`, filled in as an editor does it
SCAFFOLDED = "nattkafe"
SCAFFOLD_CITES = {"sv": "Se också 34 § KvL.", "en": "See also Section 34 KvL."}


def scaffold(root: Path) -> str:
    """Runs scripts/new_project.py in ``root``, replaces every placeholder and adds a citation;
    returns what the script printed."""
    from samverkan.text_rules import template_texts

    run = subprocess.run([sys.executable, "scripts/new_project.py", SCAFFOLDED], cwd=root, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    placeholders = sorted(template_texts(str(root / "scripts/templates")), key=len, reverse=True)
    for lang, sentence in SCAFFOLD_CITES.items():
        page = root / f"docs/exempel/{SCAFFOLDED}.{lang}.md"
        text = page.read_text(encoding="utf-8")
        assert "make check" in text.splitlines()[1]
        for n, placeholder in enumerate(placeholders):
            text = text.replace(placeholder, f"Egen uppgift {n}")
        page.write_text(text + f"\n{sentence}\n", encoding="utf-8")
    return run.stdout


# test_stack: a hook that records the Markdown every page hands to MkDocs, after the project's own
CAPTURE = '''
import json, os
from mkdocs.plugins import event_priority

@event_priority(-1000)      # after every handler of the project's: the Markdown MkDocs converts
def on_page_markdown(markdown, page, config, files):
    with open(os.environ["CAPTURE_TO"], "a", encoding="utf-8") as out:
        out.write(json.dumps([page.file.src_uri, markdown]) + "\\n")
'''


FORK_REPO = "https://github.com/exempelstad/samverkan"


def build_changed(folder: Path) -> Built:
    """The copy of changed_site: fixture project with the new words, the scaffolded project, the
    capture hook writing to ``folder``/pages.jsonl and the script's output to ``folder``/scaffold.txt."""
    root = copy_project(folder / "project")
    add_words(root / "data")
    add_fixture_project(root)
    use_new_words(root)
    (folder / "scaffold.txt").write_text(scaffold(root), encoding="utf-8")
    (root / "hooks/capture.py").write_text(CAPTURE, encoding="utf-8")
    base = root / "mkdocs.base.yml"
    base.write_text(base.read_text(encoding="utf-8").replace("\nhooks:\n", "\nhooks:\n  - hooks/capture.py\n", 1),
                    encoding="utf-8")
    config = root / "mkdocs.yml"        # a fork that links its repository (test_privacy_security)
    config.write_text(config.read_text(encoding="utf-8").rstrip("\n") + f"\nrepo_url: {FORK_REPO}\n", encoding="utf-8")
    os.environ["CAPTURE_TO"] = str(folder / "pages.jsonl")
    try:
        return build_site(root, folder / "site", strict=True)
    finally:
        del os.environ["CAPTURE_TO"]


# ---- broken_site ----
# test_input_build: front matter, YAML, encodings, HTML and checklists gone wrong
FACTS = """---
title: {title}
summary: Ett kvällskafé för personer som nyss har frigivits.
place: Flen
county: Södermanlands län
organisations: [Socialtjänsten i Flens kommun]
partners: []
target_group: Personer som nyss har lämnat anstalt.
focus: [meeting-place]
status: {{value: project, as_of: 2025, source: "Plan 2025"}}
period:
  start: {start}
evidence: not-evaluated
results:{results}
sources:
  - title: Verksamhetsberättelse 2025
    publisher: Flens kommun
    year: 2025
---

Kaféet följer 3 § PRL.
{body}"""

RESULTS = """
  - just a string
  - label: Besökare
    value: "sju"
    group: Besök
  - label: Skillnad
    value: -3
    group: Besök
  - value: 4
    group: Besök"""

MISTAKES = {
    # an unclosed quote on a page that is not an example
    "docs/kunskap/prov-citat.sv.md": '---\ntitle: "Samverkan\ndescription: Varför samverkan behövs.\n---\n\nBrödtext.\n',
    "docs/kunskap/prov-citat.en.md": "---\ntitle: Quoted\n---\n\nBody text.\n",
    # a stray colon in an example: one message, not thirteen
    "docs/exempel/prov-kolon.sv.md": FACTS.format(title="Kolon", start='"2025"', results=" []", body="").replace(
        "target_group: Personer", "target_group: Vuxna som friges: utan bostad. Personer"),
    "docs/exempel/prov-kolon.en.md": FACTS.format(title="Colon", start='"2025"', results=" []", body=""),
    # dates and years as YAML gives them; a key given twice; a placeholder; chart values
    "docs/exempel/prov-datum.sv.md": FACTS.format(title="Datum", start="2026-02-01", results=RESULTS, body="").replace(
        "place: Flen", "place: Flen\nplace: <kommun>"),
    "docs/exempel/prov-datum.en.md": FACTS.format(title="Dates", start="2026", results=" []", body=""),
    # no front matter at all, and a title another example already has
    "docs/exempel/prov-tom.sv.md": "# Tomt\n\nInget här.\n",
    "docs/exempel/prov-tom.en.md": FACTS.format(title="Dates", start='"2025"', results=" []", body=""),
    # a page saved as Latin-1; a heading that tries to leave <title>; script in the body; checklists
    "docs/kunskap/prov-latin.sv.md": "# Åter i arbete\n\nStöd.\n".encode("latin-1"),
    "docs/kunskap/prov-latin.en.md": ("# &lt;/title&gt;&lt;img src=x onerror=alert(1)&gt;\n\n"
                                      "Text <img src=x onerror=alert(2)>.\n\n"
                                      "Example:\n\n    !!! checklist \"Code\"\n        - only code\n\n"
                                      "!!! checklist \"Empty\"\n\n"
                                      "!!! checklist \"Kept\"\n    topics: planning\n\n    - Call <name> before day 2\n"),
}

STATUTE = """
- id: SFS 2099:1
  type: lag
  sv: Provlag (2099:1)
  en: Test Act (2099:1)
  en: Test Act (2099:1)
  short: PRL
  status: repealed
  repealed: 2099-07-01
"""

# test_checklists: checklist blocks gone wrong
BAD_CHECKLISTS = """---
title: Fel
checklist_topics: [planning]
---
# Fel

!!! checklist "Tom"

!!! checklist "Ingen lista"
    Bara en mening.

!!! checklist "Nästlad"
    topics: planning, okänt

    - Första
        - Andra
"""

# test_site: a marker in code (kept as code) and an unknown one
MARKERS = {
    "docs/kunskap/markorer.sv.md": "---\ntitle: Markörer\n---\n# Markörer\n\n```markdown\n<!-- samverkan:catalogue -->\n```\n\n"
                                   "<!-- samverkan:katalog -->\n",
    "docs/kunskap/markorer.en.md": "---\ntitle: Markers\n---\n# Markers\n",
}

# test_laws: citations of statutes and abbreviations the registry does not have
UNKNOWN_CITATIONS = {
    "docs/kunskap/fel-lag.sv.md": "---\ntitle: Fel\n---\n# Fel\n\nEnligt (SFS 1988:879) och LVM.\n\nSe 4 § KRIS:s stadgar och 9 § LSS.\n",
    "docs/kunskap/fel-lag.en.md": "---\ntitle: Wrong\n---\n# Wrong\n\nUnder LVM.\n\nSee the Secrecy Act (1980:100).\n",
}
# test_preview: the fixture project with a schema error, an unknown statute and an unknown
# checklist topic, and a page in one language (its mkdocs serve test uses a copy of its own)
ONLY_SWEDISH = "---\ntitle: Bara svenska\n---\n# Bara svenska\n\nEn sida utan engelsk fil.\n"


def broken_copy(project: Path) -> Path:
    """The fixture project with a schema error, an unknown statute and an unknown checklist topic,
    and a page in one language."""
    add_fixture_project(project)
    sv = project / "docs/exempel/provprojekt.sv.md"
    sv.write_text(sv.read_text(encoding="utf-8").replace("  value: project", "  value: pågående").replace(
        "Tolv personer bodde", "Enligt 5 kap. 3 § skollagen (2010:800) bodde tolv personer"), encoding="utf-8")
    en = project / "docs/exempel/provprojekt.en.md"
    en.write_text(en.read_text(encoding="utf-8").replace("    topics: housing", "    topics: housng"), encoding="utf-8")
    write(project / "docs/kunskap/bara-svenska.sv.md", ONLY_SWEDISH)
    return project


# The files whose messages those modules check (test_input_build checks all the others)
CHECKED_ELSEWHERE = ("docs/kunskap/fel-checklista.", "docs/kunskap/markorer.", "docs/kunskap/fel-lag.", "docs/lagar/index.",
                     "docs/exempel/provprojekt.", "docs/kunskap/bara-svenska.")
LAW_INDEX_SENTENCE = "Se 26 kap. 6 § brottsbalken."      # the law index counts citations; its own still speak


def build_broken(folder: Path) -> Built:
    """The broken copy, built into ``folder``/site (its sources in ``folder``/project). Without
    --strict: with it, every page is written but the build stops before the open data and the
    search index (the second language's build, inside mkdocs-static-i18n, stops at its end and
    the handlers after it do not run). Every message is a warning, which is what fails --strict."""
    root = broken_copy(copy_project(folder / "project"))
    pages = {**MISTAKES, **MARKERS, **UNKNOWN_CITATIONS,
             "docs/kunskap/fel-checklista.sv.md": BAD_CHECKLISTS,
             "docs/kunskap/fel-checklista.en.md": "---\ntitle: Wrong\n---\n# Wrong\n"}
    for name, text in pages.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    registry = root / "data/lagar.yml"
    registry.write_text(registry.read_text(encoding="utf-8").rstrip("\n") + "\n" + STATUTE, encoding="utf-8")
    index = root / "docs/lagar/index.sv.md"
    index.write_text(index.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + LAW_INDEX_SENTENCE + "\n", encoding="utf-8")
    return build_site(root, folder / "site", strict=False)
