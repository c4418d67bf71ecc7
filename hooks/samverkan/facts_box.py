"""The "I korthet / At a glance" box at the top of every example page, from its front matter.

Status and period come from project_status, so the box says them exactly as the
cards and the comparison do.
"""
from __future__ import annotations

from .catalogue_pages import _as_list, evidence_badge, source_years
from .charts import shown
from .project_status import period_text, status_text
from .render import render


def facts_box(meta: dict, build, here: str) -> str:
    t = build.strings
    c = t["comparison"]

    def figures(rows):
        return [f"{r.get('label')}: {shown(r.get('value'), r.get('unit'), build.lang)}"
                + (f" ({r['year']})" if r.get("year") else "") for r in rows or [] if isinstance(r, dict)]

    lists = [(c["organisations"], _as_list(meta.get("organisations"))),
             (c["partners"], _as_list(meta.get("partners"))),
             (c["target_group"], _as_list(meta.get("target_group"))),
             (c["funding"], figures(meta.get("funding"))),
             (c["staff"], _as_list(meta.get("staff")))]
    sources = [f"{s.get('title')} ({s.get('publisher')}, {s.get('year')})"
               for s in meta.get("sources") or [] if isinstance(s, dict)]
    evidence = meta.get("evidence") if meta.get("evidence") in t["evidence_anchor"] else "not-evaluated"
    html = render("facts.md.j2", t=t, here=here, badge=evidence_badge(meta.get("evidence"), t), evidence=evidence,
                  status=status_text(meta, t), period=period_text(meta, t),
                  place=", ".join(str(x) for x in (meta.get("place"), meta.get("county")) if x),
                  lists=lists, sources=sources or [c["none"]], years=source_years(meta, t))
    return html.strip() + "\n"


def insert_facts(markdown: str, meta: dict, build, here: str) -> str:
    """The box goes first, before the page's own first section."""
    return facts_box(meta, build, here) + "\n" + markdown
