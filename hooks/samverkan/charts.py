"""Bar charts of an example's key figures, drawn at build time (HTML and CSS, no script)."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .mdtext import slugify
from .render import render


@dataclass
class Bar:
    label: str
    value: float
    shown: str
    width: float = 0


def number(value) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)) and math.isfinite(value):
        return float(value)
    return None   # text, or .inf/.nan: not drawn (catalogue reports it at its line)


def shown(value, unit=None, lang="sv") -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,}".replace(",", "\u00a0") if isinstance(value, int) else str(value)
    if lang == "sv" and isinstance(value, float):
        text = text.replace(".", ",")
    return f"{text}\u00a0{unit}" if unit else text


def groups(results: list[dict]) -> dict[str, list[dict]]:
    """Figures with a ``group`` and a numeric value, by group, in page order."""
    out: dict[str, list[dict]] = {}
    for result in results or []:
        if isinstance(result, dict) and result.get("group") and number(result.get("value")) is not None:
            out.setdefault(result["group"], []).append(result)
    return out


def bar_chart(group: str, results: list[dict], lang: str, strings: dict, ident: str) -> str:
    """Bars as a share of the largest figure; the page's own text, so nothing is cut or shrunk."""
    values = [number(r["value"]) for r in results]
    biggest = max([v for v in values if v is not None] + [1])
    bars = []
    for result, value in zip(results, values):
        bar = Bar(str(result.get("label") or ""), value, shown(result["value"], result.get("unit"), lang))
        bar.width = max(0.0, 100 * value / biggest) if biggest > 0 else 0
        bars.append(bar)
    desc = strings["chart"]["desc"].format(items="; ".join(f"{b.label}: {b.shown}" for b in bars))
    return render("chart.html.j2", ident=f"diagram-{slugify(ident, 10)}", title=group, desc=desc,
                  bars=bars).strip()
