"""The Markdown/HTML of the catalogue cards, the comparison table and the charts."""
from __future__ import annotations

import re

from .charts import bar_chart, groups, shown
from .project_status import period_text, status_key, status_text
from .render import md_text, render, rendered


def evidence_badge(key, t) -> str:
    """The evidence level's badge (shape and words) as one line of HTML."""
    label = t["evidence"].get(key, key or t["comparison"]["none"])
    return rendered(render("evidence_badge.html.j2", key=str(key or ""), label=label).replace("\n", ""))


def _strength(key, t) -> int:
    """The evidence levels in strings.yml run from strongest to weakest: 0 is strongest."""
    levels = list(t["evidence"])
    return levels.index(key) if key in levels else len(levels)


def _years(meta) -> list[int]:
    years = []
    for source in meta.get("sources") or []:
        year = str(source.get("year", "")) if isinstance(source, dict) else ""
        years += [int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", year)]
    return sorted(set(years))


def source_years(meta, t) -> str:
    """"Källor från 2014" / "Källor från 2005–2006": how old the knowledge is."""
    years = _years(meta)
    if not years:
        return t["catalogue"]["sources_unknown"]
    span = str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    return t["catalogue"]["sources_year"].format(years=span)


def _projects(build):
    return sorted(build.index.projects, key=lambda p: p.title.lower())


def cards(build, here: str) -> str:
    t = build.strings
    projects = _projects(build)
    counties = sorted({str(p.meta.get("county", "")) for p in projects if p.meta.get("county")})
    return render("catalogue.md.j2", projects=projects, t=t, counties=counties, here=here, period=lambda m: period_text(m, t),
                  status=lambda m: status_text(m, t), status_key=status_key, as_list=_as_list,
                  badge=lambda m: evidence_badge(m.get("evidence"), t), years=lambda m: source_years(m, t),
                  start=lambda m: str((m.get("period") or {}).get("start") or ""),
                  strength=lambda m: _strength(m.get("evidence"), t))


def comparison(build, here: str) -> str:
    t = build.strings
    c = t["comparison"]
    projects = _projects(build)

    def joined(values):
        values = _as_list(values)
        return "<br>".join(_cell(v) for v in values) if values else c["none"]

    def results(meta):
        rows = [f"{r.get('label') or ''}: {shown(r.get('value'), r.get('unit'), build.lang)}"
                + (f" ({r['year']})" if r.get("year") else "") for r in meta.get("results") or []
                if isinstance(r, dict)]
        return "<br>".join(_cell(x) for x in rows[:6]) if rows else c["none"]

    def money(meta):
        rows = [f"{r.get('label') or ''}: {shown(r.get('value'), r.get('unit'), build.lang)}"
                + (f" ({r['year']})" if r.get("year") else "") for r in meta.get("funding") or []
                if isinstance(r, dict)]
        return "<br>".join(_cell(x) for x in rows) if rows else c["none"]

    rows = [
        (c["place"], lambda m: _cell(f"{m.get('place', '')}, {m.get('county', '')}")),
        (c["organisations"], lambda m: joined(m.get("organisations"))),
        (c["partners"], lambda m: joined(m.get("partners"))),
        (c["target_group"], lambda m: _cell(m.get("target_group", c["none"]))),
        (c["focus"], lambda m: joined([t["focus"].get(f, f) for f in _as_list(m.get("focus"))])),
        (c["status"], lambda m: _cell(status_text(m, t))),
        (c["period"], lambda m: _cell(period_text(m, t))),
        (c["staff"], lambda m: joined(m.get("staff"))),
        (c["funding"], money),
        (c["evidence"], lambda m: evidence_badge(m.get("evidence"), t)),
        (c["results"], results),
    ]
    # each cell is escaped piece by piece (_cell), joined with <br>
    table = [[label] + [rendered(fn(p.meta)) for p in projects] for label, fn in rows]
    return render("comparison.md.j2", projects=projects, rows=table, t=t, here=here)


def insert_charts(markdown: str, record, build) -> str:
    """Charts and their figures as a table, at the end of the results section."""
    charts = groups(record.meta.get("results") or [])
    if not charts:
        return markdown
    blocks = []
    for name, results in charts.items():
        svg = bar_chart(name, results, build.lang, build.strings, f"{record.src_uri}-{name}")
        blocks.append(render("chart_block.md.j2", svg=rendered(svg), group=name, results=results, t=build.strings,
                             shown=lambda r: shown(r.get("value"), r.get("unit"), build.lang),
                             years=any(r.get("year") for r in results)))
    html = "\n".join(blocks)
    heading = re.search(r"^##\s+(Resultat|Results)\s*$", markdown, re.MULTILINE)
    if not heading:
        return markdown.rstrip("\n") + "\n\n" + html + "\n"
    following = re.compile(r"^##\s", re.MULTILINE).search(markdown, heading.end())
    cut = following.start() if following else len(markdown)
    return markdown[:cut].rstrip("\n") + "\n\n" + html + "\n\n" + markdown[cut:]


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _cell(value) -> str:
    return md_text(value).replace("\n", " ")
