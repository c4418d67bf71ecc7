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
