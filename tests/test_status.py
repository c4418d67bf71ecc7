"""A status as of its source: the sources end in 2006–2014, so no card, table cell, data file or
page shows a status without the year it rests on and its source, or a period as still running."""
import csv
import io
import json

import pytest

from content_rules import status_is_dated, undated_claims
from htmlq import parse, words
from sitebuild import FIXTURES, ROOT

SLUGS = sorted(p.name.rsplit(".", 2)[0] for p in (ROOT / "docs/exempel").glob("*.sv.md") if not p.name.startswith("index."))
def test_cards_show_status_with_its_year_and_source_and_no_ongoing_period(site):
    expected = {
        "": {"boendetrappan-eslov": ("Permanent verksamhet 2012, enligt Brå 2014", "Start och slut okända"),
             "godsmagasinet-flen": ("Projekt i gång 2013, enligt Flens kommun 2013", "2011-09 – (slut okänt)"),
             "coach-maria-gamla-stan": ("Förslag 2006, enligt Maria–Gamla stans stadsdelsförvaltning 2006",
                                        "2006-09-01 – 2007-12-31")},
        "en/": {"boendetrappan-eslov": ("Permanent service in 2012, according to Brå 2014", "Start and end not known"),
                "godsmagasinet-flen": ("Running as a project in 2013, according to Flens kommun 2013",
                                       "2011-09 – (end not known)")},
    }
    for prefix, shown in expected.items():
        cards = {c.find("a").get("href").strip("/").rsplit("/", 1)[-1]: c
                 for c in parse(site.html(prefix + "exempel/")).find_all("li", class_="card")}
        for slug, card in cards.items():
            status = words(card.find("span", class_="tag--status").text)
            place = words(card.find("p", class_="card__place").text)
            assert status_is_dated(status), (prefix, slug, status)
            assert undated_claims(place) == [], (prefix, slug, place)
            if slug in shown:
                assert (status, place.rsplit(" · ", 1)[1]) == shown[slug]


def test_comparison_states_every_status_with_year_and_source(site):
    for prefix, status_row, period_row in (("", "Status enligt källan", "Period"),
                                           ("en/", "Status according to the source", "Period")):
        table = parse(site.html(prefix + "jamforelse/")).find("table")
        rows = {words(tr.find("td").text): [words(td.text) for td in tr.find_all("td")[1:]]
                for tr in table.find_all("tr")[1:]}
        assert len(rows[status_row]) == len(SLUGS)
        assert [s for s in rows[status_row] if not status_is_dated(s)] == []
        assert [p for p in rows[period_row] if undated_claims(p)] == []
        assert undated_claims(words(table.text)) == []


def test_open_data_states_every_status_with_year_and_source(site):
    data = json.loads((site.site / "api/exempel.json").read_text(encoding="utf-8"))
    for project in data["projects"]:
        for lang in ("sv", "en"):
            facts = project[lang]
            assert set(facts["status"]) == {"value", "as_of", "source"}, project["slug"]
            assert status_is_dated(facts["status_text"]), facts["status_text"]
            assert undated_claims(facts["period_text"]) == []
    krami = next((p for p in data["projects"] if p["slug"] == "krami"), None)     # a fork may remove the samples
    if krami:
        assert krami["sv"]["status_text"] == "Permanent verksamhet 2012, enligt Brå 2014"
        assert krami["en"]["period_text"] == "1980 – (end not known)"
    rows = list(csv.DictReader(io.StringIO((site.site / "api/exempel.csv").read_text(encoding="utf-8"))))
    for row in rows:
        assert row["status_as_of"] and row["status_source"], row["slug"]
        assert status_is_dated(row["status_text"]) and undated_claims(row["period_text"]) == []
    flen = next((r for r in rows if r["slug"] == "godsmagasinet-flen" and r["lang"] == "sv"), None)
    assert flen is None or (flen["status"], flen["status_as_of"], flen["status_source"], flen["period_start"], flen["period_end"]) == (
        "project", "2013", "Flens kommun 2013", "2011-09", "")


# The labels the site showed before statuses were dated; no page may show them again.
OLD_LABELS = ("Pågående projekt", "Ongoing project", "Förslag (ej genomfört)", "Proposal (not carried out)",
              "– (pågår)", "– (ongoing)")


def test_example_pages_show_no_undated_status_and_no_nav_badge(site):
    for slug in SLUGS:
        for prefix in ("", "en/"):
            html = site.html(f"{prefix}exempel/{slug}/")
            text = words(parse(html).text)
            assert [label for label in OLD_LABELS if label in text] == [], (prefix, slug)
            # Material would turn the front matter's status into a navigation badge
            assert "md-status" not in html, (prefix, slug)


@pytest.mark.parametrize("status,messages", [
    ({"value": "permanent", "as_of": 2012, "source": "Brå 2014"}, []),
    ({"value": "unknown", "as_of": 2013, "source": "Flens kommun 2013"}, []),
    ("project", ["'status' must give the year and the source it rests on, for example status: "
                 "{value: permanent, as_of: 2012, source: \"Brå 2014\"}; got the text \"project\""]),
    ({"value": "pågående", "as_of": 2012, "source": "Brå 2014"},
     ["'status.value' must be one of permanent, project, ended, proposal, unknown; got 'pågående'"]),
    ({"value": "permanent"}, ["missing required key 'status.as_of'", "missing required key 'status.source'"]),
    ({"value": "permanent", "as_of": "2012", "source": ""},
     ["'status.as_of' must be a whole number; got the text \"2012\"", "'status.source' must not be empty"]),
    ({"value": "ended", "as_of": 2012, "source": "Brå 2014", "since": 2010},
     ["unknown key 'since' in 'status' (see data/exempel.schema.json)"]),
])
def test_status_schema_messages(status, messages):
    from samverkan.projects import validate
    from samverkan.site_index import split_front_matter

    meta, _, _ = split_front_matter((FIXTURES / "exempel/provprojekt.sv.md").read_text(encoding="utf-8"))
    meta["status"] = status
    found = validate(meta, ROOT / "data/exempel.schema.json")
    assert [m for _, m in found] == messages and all(key.startswith("status") for key, _ in found)


@pytest.mark.parametrize("period,shown", [
    ({"start": "2006-09-01", "end": "2007-12-31"}, ("2006-09-01 – 2007-12-31", "2006-09-01 – 2007-12-31")),
    ({"start": "2011-09"}, ("2011-09 – (slut okänt)", "2011-09 – (end not known)")),
    ({"end": "2013"}, ("(start okänt) – 2013", "(start not known) – 2013")),
    ({}, ("Start och slut okända", "Start and end not known")),
    (None, ("Start och slut okända", "Start and end not known")),
])
def test_period_text(period, shown):
    from samverkan.project_status import period_text
    from samverkan.render import load_strings

    strings = load_strings()
    assert (period_text({"period": period}, strings["sv"]), period_text({"period": period}, strings["en"])) == shown


@pytest.mark.parametrize("status,shown", [
    ({"value": "unknown", "as_of": 2013, "source": "Flens kommun 2013"},
     ("Vad som hände efter 2013 är inte känt (Flens kommun 2013)",
      "What happened after 2013 is not known (Flens kommun 2013)")),
    ({"value": "ended", "as_of": 2007, "source": "slutrapporten 2007"},
     ("Avslutat 2007, enligt slutrapporten 2007", "Ended by 2007, according to slutrapporten 2007")),
    ("permanent", ("Status ej angiven med år och källa", "Status not given with year and source")),
    ({"value": "permanent", "source": "Brå 2014"},
     ("Status ej angiven med år och källa", "Status not given with year and source")),
    ({"value": "vilande", "as_of": 2012, "source": "Brå 2014"},
     ("vilande 2012, enligt Brå 2014", "vilande in 2012, according to Brå 2014")),
])
def test_status_text_never_shows_a_status_without_year_and_source(status, shown):
    from samverkan.project_status import status_text
    from samverkan.render import load_strings

    strings = load_strings()
    assert (status_text({"status": status}, strings["sv"]), status_text({"status": status}, strings["en"])) == shown
