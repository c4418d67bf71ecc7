"""An example's status and period as a reader sees them, in one language.

The sources end in 2006–2014, so a status is always shown with the year it rests
on and the source that says so ("Permanent verksamhet 2012, enligt Brå 2014"),
and a period without an end says the end is not known instead of "ongoing".
The catalogue cards, the comparison, the facts box and the open data all call
these, so the rule holds everywhere.
"""
from __future__ import annotations


def status_key(meta: dict) -> str:
    """The status word ("permanent") or "" when the front matter gives none."""
    status = meta.get("status")
    return str(status.get("value") or "") if isinstance(status, dict) else ""


def status_text(meta: dict, strings: dict) -> str:
    """'Permanent verksamhet 2012, enligt Brå 2014'; never a status without its year and source."""
    status = meta.get("status")
    if not isinstance(status, dict):
        return strings["project_status"]["unstated"]      # the old, undated form: reported by the schema
    key, year, source = status.get("value"), status.get("as_of"), status.get("source")
    if not key or year in (None, "") or not source:
        return strings["project_status"]["unstated"]
    stated = strings["status_stated"].get(key)
    if stated is None:      # a word the vocabulary lacks: reported by the schema, shown as written
        return strings["project_status"]["other"].format(status=key, year=year, source=source)
    return stated.format(year=year, source=source)


def period_text(meta: dict, strings: dict) -> str:
    """'2006-09-01 – 2007-12-31', '2011-09 – (slut okänt)' or 'Start och slut okända'."""
    period = meta.get("period")
    period = period if isinstance(period, dict) else {}
    start, end = period.get("start"), period.get("end")
    shape = ("closed" if end else "open_end") if start else ("open_start" if end else "unknown")
    return strings["period"][shape].format(start=start, end=end)
