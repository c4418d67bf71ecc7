"""What the content tests check, as plain functions (also usable from a shell)."""
from __future__ import annotations

import re
from pathlib import Path

SOURCES = Path(__file__).resolve().parent.parent.parent / "shared" / "sources"
_WORD = re.compile(r"[a-zåäöéü0-9]+")
RUN = 10     # this many words in a row, shared with a source, count as a copied sentence


# A reference number such as "704-05-046643", "B3.3-0120/2011" or "URN:NBN:SE:BRA-574".
_REFERENCE = re.compile(r"[\w.:/-]*\d[\w.:/-]*")


def have_sources() -> bool:
    return SOURCES.is_dir() and any(SOURCES.glob("*.txt"))


def source_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(SOURCES.glob("*.txt")))


def written_from_sources(meta: dict, text: str) -> bool:
    """An example that names one of the shared source documents by its reference number.

    Those pages' figures are checked against the sources; a fork's own projects, which
    rest on their own documents, are not (whatever their slugs, however many there are).
    """
    for source in meta.get("sources") or []:
        reference = str(source.get("reference") or "") if isinstance(source, dict) else ""
        if any(len(code) >= 6 and code in text for code in _REFERENCE.findall(reference)):
            return True
    return False


def prose(body: str) -> str:
    """The page's own sentences: no sources section, no titles in italics, no quotations, no code."""
    body = re.split(r"^##\s+(Källor|Sources)\s*$", body, flags=re.M)[0]
    body = re.sub(r"```.*?```", " ", body, flags=re.S)
    body = re.sub(r"\*[^*\n]+\*|_[^_\n]+_", " | ", body)           # titles and Swedish terms in italics
    body = re.sub(r"[\"“”„«»][^\"“”„«»\n]{0,300}[\"“”»]", " | ", body)   # short quotations
    return body


def copied_runs(body: str, shingles: set[str]) -> list[str]:
    hits = []
    for part in prose(body).split("|"):
        words = _WORD.findall(part.lower())
        for i in range(len(words) - RUN + 1):
            run = " ".join(words[i:i + RUN])
            if run in shingles:
                hits.append(run)
    return hits


def source_shingles() -> set[str]:
    words = _WORD.findall(source_text().lower())
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def number_forms(value) -> list[str]:
    """How a figure may be written in a Swedish source: 500000, 500 000, 285,9."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value}".rstrip("0")
        return [text.replace(".", ","), text]
    n = int(value)
    spaced = f"{n:,}".replace(",", " ")
    return sorted({str(n), spaced, spaced.replace(" ", "\u00a0"), f"{n:,}".replace(",", ".")})


def figure_in_sources(value, text: str) -> bool:
    flat = re.sub(r"[ \t\u00a0]+", " ", text)
    return any(re.search(rf"(?<![\d,.]){re.escape(form)}(?![\d]|,\d)", flat) for form in number_forms(value))


# A fact from outside shared/sources is marked, in one style, as the site's own addition and
# names a public source the reader can check: "(Webbplatsens tillägg: [source](https://...))".
SITE_ADDITION = {"sv": "Webbplatsens tillägg", "en": "Site's addition"}
_ADDITION_LABEL = re.compile("|".join(re.escape(label) for label in SITE_ADDITION.values()))
_ADDITION = re.compile(r"(?:%s): \[[^\]\n]+\]\((https://[^)\s]+)\)" % _ADDITION_LABEL.pattern)


def site_additions(text: str) -> tuple[list[str], list[str]]:
    """The public sources the marked additions link to, and every marker that links to none
    (as the text around it, for the message)."""
    sources = [m.group(1) for m in _ADDITION.finditer(text)]
    marked = {m.start() for m in _ADDITION.finditer(text)}
    broken = [text[max(0, m.start() - 40):m.end() + 60].replace("\n", " ")
              for m in _ADDITION_LABEL.finditer(text) if m.start() not in marked]
    return sources, broken


# How a figure is written in running text: 8 302 and 8,302 are the same fact, as are 2,0 and 2.0.
_FIGURE = re.compile(r"(?<![\w:/.-])\d{1,3}(?:[ \u00a0,]\d{3})+(?![\d])|(?<![\w:/.-])\d+(?:[.,]\d+)?(?![\w])")


def figures(text: str) -> list[str]:
    """The figures in a text, normalised: thousands separators dropped, decimal comma as point."""
    found = []
    for raw in _FIGURE.findall(text):
        if re.fullmatch(r"\d{1,3}(?:[ \u00a0,]\d{3})+", raw):
            found.append(re.sub(r"[ \u00a0,]", "", raw))
        else:
            found.append(raw.replace(",", "."))
    return sorted(found)


# --- Statuses: always as of a year and a source (the sources end in 2006–2014) ---

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# What the site used to say: a claim about today that no source from 2006–2014 can make.
UNDATED = re.compile(r"\bpågå(?:r|ende)\b|\bongoing\b|\bstill running\b|\b(?:ej|inte) genomfört\b|\bnot carried out\b",
                     re.IGNORECASE)


def undated_claims(text: str) -> list[str]:
    """Words in a status or period that speak of today without a date: "(pågår)", "not carried out"."""
    return [m.group(0) for m in UNDATED.finditer(text)]


def status_is_dated(shown: str) -> bool:
    """A status as shown names the year it rests on and its source's year, and nothing undated."""
    return len(_YEAR.findall(shown)) >= 2 and not undated_claims(shown)


def status_problems(meta: dict) -> list[str]:
    """What is wrong with an example's status: it must give a year and a source, the source's year
    no later than the newest document in ``sources``, and the year no later than the source's."""
    status = meta.get("status")
    if not isinstance(status, dict):
        return [f"status {status!r} is not stated with a year and a source"]
    problems = [f"status has no {k}" for k in ("value", "as_of", "source") if not status.get(k)]
    if problems:
        return problems
    source_years = [int(y) for y in _YEAR.findall(str(status["source"]))]
    if not source_years:
        return [f"status source {status['source']!r} names no year"]
    newest = max((int(m) for s in meta.get("sources") or [] for m in _YEAR.findall(str(s.get("year", "")))),
                 default=None)
    if newest is not None and max(source_years) > newest:
        problems.append(f"status source {status['source']!r} is newer than every document in sources ({newest})")
    if int(status["as_of"]) > max(source_years):
        problems.append(f"status as_of {status['as_of']} is later than its source {status['source']!r}")
    return problems
