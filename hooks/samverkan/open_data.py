"""The files of /api/: exempel.json, exempel.csv and citeringar.json."""
from __future__ import annotations

import csv
import io
import json
import os

from .project_status import period_text, status_key, status_text

FIELDS = ("title", "summary", "place", "county", "organisations", "partners", "target_group", "focus",
          "status", "period", "evidence", "results", "sources", "funding", "staff")


def _url(site_url: str, link: str, lang: str, default: str = "sv") -> str:
    path = link.lstrip("/").rsplit(".", 1)[0]
    path = "" if path == "index" else (path[:-len("/index")] + "/" if path.endswith("/index") else path + "/")
    prefix = "" if lang == default else f"{lang}/"
    return site_url.rstrip("/") + "/" + prefix + path


def _clean(value):
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def projects(builds: dict, site_url: str) -> list[dict]:
    by_slug: dict[str, dict] = {}
    for lang in sorted(builds):
        for page in builds[lang].index.projects:
            slug = page.link.rsplit("/", 1)[1].rsplit(".", 1)[0]
            entry = by_slug.setdefault(slug, {"slug": slug})
            facts = {k: _clean(page.meta.get(k)) for k in FIELDS if k in page.meta}
            # the status and period as the site words them: always dated and sourced
            facts["status_text"] = status_text(page.meta, builds[lang].strings)
            facts["period_text"] = period_text(page.meta, builds[lang].strings)
            facts["url"] = _url(site_url, page.link, lang)
            entry[lang] = facts
    return [by_slug[k] for k in sorted(by_slug)]


def citations(builds: dict, site_url: str) -> dict:
    statutes, edges = {}, []
    for lang in sorted(builds):
        build = builds[lang]
        for statute in build.registry:
            statutes[statute.id] = {"id": statute.id, "sv": statute.name_sv, "en": statute.name_en,
                                    "status": statute.status, "replaced_by": statute.replaced_by}
        for statute_id, uses in sorted(build.index.uses.items()):
            for use in uses:
                edges.append({"lang": lang, "page": _url(site_url, use.page.link, lang) + "#" + use.anchor,
                              "source": use.page.display, "line": use.line, "statute": statute_id,
                              "provision": use.citation.anchor, "text": use.citation.text})
    return {"statutes": [statutes[k] for k in sorted(statutes)], "citations": edges}


def projects_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["slug", "lang", "title", "place", "county", "status", "status_as_of", "status_source",
                     "status_text", "evidence", "focus", "period_start", "period_end", "period_text",
                     "organisations", "url"])
    for row in rows:
        for lang in [key for key in row if key != "slug"]:     # every language built, a third one too
            p = row.get(lang)
            if not p:
                continue
            period = p.get("period") if isinstance(p.get("period"), dict) else {}
            status = p.get("status") if isinstance(p.get("status"), dict) else {}
            writer.writerow([row["slug"], lang, p.get("title"), p.get("place"), p.get("county"), status_key(p),
                             status.get("as_of", ""), status.get("source", ""), p.get("status_text"),
                             p.get("evidence"), "; ".join(p.get("focus") or []), period.get("start", ""),
                             period.get("end", ""), p.get("period_text"), "; ".join(p.get("organisations") or []),
                             p.get("url")])
    return out.getvalue()


def write_open_data(folder: str, builds: dict, site_url: str) -> None:
    if not builds:
        return
    os.makedirs(folder, exist_ok=True)
    rows = projects(builds, site_url)
    files = {
        "exempel.json": json.dumps({"projects": rows}, ensure_ascii=False, indent=2, sort_keys=True),
        "exempel.csv": projects_csv(rows),
        "citeringar.json": json.dumps(citations(builds, site_url), ensure_ascii=False, indent=2, sort_keys=True),
    }
    for name, text in files.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="") as out:
            out.write(text + ("" if text.endswith("\n") else "\n"))
