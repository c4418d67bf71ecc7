"""Project front matter: the schema's messages, the catalogue, comparison, charts, open data, scaffold."""
import csv
import io
import json
import re
import subprocess
import sys

import pytest

from htmlq import parse, words
from samverkan import vocabulary
from samverkan.site_index import split_front_matter
from sitebuild import FIXTURES, ROOT, add_fixture_project, build_site

# Every page in docs/exempel/ except the index is a project (a fork's own ones too).
SLUGS = sorted(p.name.rsplit(".", 2)[0] for p in (ROOT / "docs/exempel").glob("*.sv.md") if not p.name.startswith("index."))


def front_matter(slug: str, lang: str = "sv") -> dict:
    return split_front_matter((ROOT / f"docs/exempel/{slug}.{lang}.md").read_text(encoding="utf-8"))[0]


def charted(slug: str) -> bool:
    """A project with a group of figures: its page draws a chart."""
    return any(isinstance(r, dict) and r.get("group") for r in front_matter(slug).get("results") or [])


@pytest.mark.samples
def test_catalogue_has_a_card_per_project_with_status_and_evidence(site):
    for prefix, external in (("", "Extern utvärdering"), ("en/", "External evaluation")):
        doc = parse(site.html(prefix + "exempel/"))
        cards = doc.find_all("li", class_="card")
        assert sorted(c.find("a").get("href").strip("/") for c in cards) == SLUGS
        for card in cards:
            assert card.get("data-status") in vocabulary.load().keys("statuses")
            assert card.get("data-focus")
            badge = card.find("span", class_="evidence")
            assert badge.find("svg").get("aria-hidden") == "true" and words(badge.text)
        krami = next(c for c in cards if "krami" in c.find("a").get("href"))
        assert words(krami.find("span", class_="evidence").text) == external
        form = doc.find("form", class_="catalogue__filters")
        assert form.get("hidden") is not None          # shown by JavaScript only: the full list without it
        assert [s.get("name") for s in form.find_all("select")] == ["focus", "county", "status", "evidence", "sort"]


@pytest.mark.parametrize("slug", [s for s in SLUGS if front_matter(s).get("evidence") == "proposal"])
def test_an_application_is_labelled_as_a_proposal(site, slug):
    doc = parse(site.html("exempel/"))
    card = next(c for c in doc.find_all("li", class_="card") if slug in c.find("a").get("href"))
    assert "Förslag – inga resultat" in words(card.text)


def test_comparison_table_has_projects_as_columns(site):
    for prefix, first in (("", "Uppgift"), ("en/", "Fact")):
        table = parse(site.html(prefix + "jamforelse/")).find("table")
        header = [words(th.text) for th in table.find("tr").find_all("th")]
        assert header[0] == first and len(header) == 1 + len(SLUGS)
        rows = [words(tr.find("td").text) for tr in table.find_all("tr")[1:]]
        assert len(rows) >= 10


@pytest.mark.parametrize("slug", [s for s in SLUGS if charted(s)])
def test_key_results_are_charts_with_text_alternative_and_table(site, slug):
    doc = parse(site.html(f"exempel/{slug}/"))
    blocks = doc.find_all("div", class_="chart-block")
    assert blocks
    for block in blocks:
        chart = block.find("div", class_="chart")
        assert chart.get("role") == "img"
        label = chart.get("aria-label")
        assert "Stapeldiagram:" in label
        for row in chart.find_all("div", class_="chart__row"):      # every figure is in the label
            assert words(row.find("span", class_="chart__label").text) in label
    table = blocks[0].find("table", class_="chart-table")
    assert table.find("caption") is not None and len(table.find_all("tr")) > 2


def test_open_data_holds_every_project_in_both_languages(site):
    data = json.loads((site.site / "api/exempel.json").read_text(encoding="utf-8"))
    assert [p["slug"] for p in data["projects"]] == SLUGS
    for project in data["projects"]:
        assert project["sv"]["title"] and project["en"]["title"]
        assert project["en"]["url"].endswith(f"/en/exempel/{project['slug']}/")
    rows = list(csv.DictReader(io.StringIO((site.site / "api/exempel.csv").read_text(encoding="utf-8"))))
    assert sorted({r["slug"] for r in rows}) == SLUGS and len(rows) == 2 * len(SLUGS)
    graph = json.loads((site.site / "api/citeringar.json").read_text(encoding="utf-8"))
    assert any(c["statute"] == "SFS 1974:203" and c["provision"] == "P34" for c in graph["citations"])
    assert {s["id"] for s in graph["statutes"]} >= {"SFS 2001:453", "SFS 2025:400"}


SCHEMA_CASES = [
    ("status: permanent", "docs/exempel/provprojekt.sv.md:{line}: 'status' must give the year and the source it rests on, "
                          "for example status: {{value: permanent, as_of: 2012, source: \"Brå 2014\"}}; got the text \"permanent\""),
    ("focus: [vård]", "docs/exempel/provprojekt.sv.md:{line}: 'focus[0]' must be one of care, housing, work, meeting-place, coordination; got 'vård'"),
    ("evidence: bra", "docs/exempel/provprojekt.sv.md:{line}: 'evidence' must be one of external-evaluation, internal-follow-up, not-evaluated, proposal; got 'bra'"),
    ("place: 12", "docs/exempel/provprojekt.sv.md:{line}: 'place' must be text; got the number 12"),
    ("summary:", "docs/exempel/provprojekt.sv.md:{line}: 'summary' must be text; got nothing"),
    ("colour: blå", "docs/exempel/provprojekt.sv.md:{line}: unknown key 'colour' (see data/exempel.schema.json)"),
]


def with_change(text: str, change: str) -> tuple[str, int]:
    """the fixture project's front matter with one key set to ``change`` (added when absent), and its line."""
    key = change.split(":")[0]
    if re.search(rf"^{key}:", text, re.M):     # the key's line and any lines nested under it
        text = re.sub(rf"^{key}:.*\n(?:[ ].*\n)*", change.replace("\\", "\\\\") + "\n", text, count=1, flags=re.M)
    else:
        text = text.replace("\ntitle:", f"\n{change}\ntitle:", 1)
    return text, text[: text.index(change)].count("\n") + 1


@pytest.mark.parametrize("change,message", SCHEMA_CASES)
def test_schema_violations_name_file_key_and_expectation(change, message):
    """A table test of the validator, with the line the build names (samverkan/checks.py);
    the build below shows one row end to end."""
    from samverkan import frontmatter
    from samverkan.projects import normalise, validate

    text, line = with_change((FIXTURES / "exempel/provprojekt.sv.md").read_text(encoding="utf-8"), change)
    found = frontmatter.read(text, "docs/exempel/provprojekt.sv.md")
    said = [f"docs/exempel/provprojekt.sv.md:{found.line_of(path)}: {message}"
            for path, message in validate(normalise(found.meta), ROOT / "data/exempel.schema.json")]
    assert said == [message.format(line=line)]


def test_schema_violations_fail_the_strict_build_and_the_pages_still_build(project):
    """One row of the table end to end, and a missing key, in one build: --strict stops after
    writing the site (MkDocs aborts at the end), so the pages are there to look at."""
    change, message = SCHEMA_CASES[0]
    add_fixture_project(project)
    page = project / "docs/exempel/provprojekt.sv.md"
    text, line = with_change(page.read_text(encoding="utf-8"), change)
    page.write_text(text, encoding="utf-8")
    english = project / "docs/exempel/provprojekt.en.md"
    english.write_text(re.sub(r"^county:.*\n", "", english.read_text(encoding="utf-8"), count=1, flags=re.M),
                       encoding="utf-8")
    strict = build_site(project, project / "strict", strict=True)
    assert not strict.ok
    assert strict.warnings == [message.format(line=line), "docs/exempel/provprojekt.en.md: missing required key 'county'"]
    for address, title in (("exempel/provprojekt/", "Provköpings stödboende"),
                           ("en/exempel/provprojekt/", "Provköping supported housing")):
        assert words(parse(strict.html(address)).find("h1").text) == title


def test_scaffolded_project_appears_everywhere_in_both_languages(changed_site):
    """extended.scaffold runs scripts/new_project.py nattkafe in the copy, fills in every
    placeholder and adds a citation, as an editor does; that copy builds with --strict."""
    built = changed_site
    assert "created docs/exempel/nattkafe.sv.md" in (built.site.parent / "scaffold.txt").read_text(encoding="utf-8")
    assert built.ok, built.warnings
    for prefix in ("", "en/"):
        assert (built.site / prefix / "exempel/nattkafe/index.html").exists()
        nav = parse(built.html(prefix + "exempel/")).find("nav", class_="md-nav--primary")
        assert any((a.get("href") or "").rstrip("/").endswith("nattkafe") for a in nav.find_all("a"))
        cards = parse(built.html(prefix + "exempel/")).find_all("li", class_="card")
        assert any("nattkafe" in c.find("a").get("href") for c in cards)
        table = parse(built.html(prefix + "jamforelse/")).find("table")
        assert "Nattkafe" in words(table.find("tr").text)
        overview = parse(built.html(prefix + "checklistor/"))
        assert any("nattkafe" in (a.get("href") or "") for a in overview.find_all("a"))
        law = parse(built.html(prefix + "lagar/sfs-1974-203/"))
        assert any("exempel/nattkafe/#cite-" in (a.get("href") or "") for a in law.find_all("a"))
    data = json.loads((built.site / "api/exempel.json").read_text(encoding="utf-8"))
    assert "nattkafe" in [p["slug"] for p in data["projects"]]
    assert "/en/exempel/nattkafe/" in (built.site / "sitemap.xml").read_text(encoding="utf-8")
    index = built.site / "pagefind"
    assert any(index.glob("pagefind.sv*.pf_meta")) and any(index.glob("pagefind.en*.pf_meta"))


def test_scaffold_refuses_bad_names_and_existing_pages(project):
    bad = subprocess.run([sys.executable, "scripts/new_project.py", "!!!"], cwd=project, capture_output=True, text=True)
    assert bad.returncode != 0 and "is not a usable name" in bad.stderr
    add_fixture_project(project)
    again = subprocess.run([sys.executable, "scripts/new_project.py", "provprojekt"], cwd=project, capture_output=True, text=True)
    assert again.returncode != 0 and "docs/exempel/provprojekt.sv.md already exists" in again.stderr
