"""Sweden's 21 counties (län), as an example page's `county` names them in each language.

`county` stays free text: a fork may group its projects otherwise ("Flera län", a region of
its own). A name one or two letters from a county's ("Upsala län", "stockholms län") is a
typo, though, and would make a group of its own in the menu and the catalogue's filter; the
check says which county was meant. The names are the official ones (Swedish) and the forms
the Government Offices use in English.
"""
from __future__ import annotations

from difflib import SequenceMatcher

COUNTIES = (
    ("Stockholms län", "Stockholm County"), ("Uppsala län", "Uppsala County"),
    ("Södermanlands län", "Södermanland County"), ("Östergötlands län", "Östergötland County"),
    ("Jönköpings län", "Jönköping County"), ("Kronobergs län", "Kronoberg County"),
    ("Kalmar län", "Kalmar County"), ("Gotlands län", "Gotland County"), ("Blekinge län", "Blekinge County"),
    ("Skåne län", "Skåne County"), ("Hallands län", "Halland County"),
    ("Västra Götalands län", "Västra Götaland County"), ("Värmlands län", "Värmland County"),
    ("Örebro län", "Örebro County"), ("Västmanlands län", "Västmanland County"),
    ("Dalarnas län", "Dalarna County"), ("Gävleborgs län", "Gävleborg County"),
    ("Västernorrlands län", "Västernorrland County"), ("Jämtlands län", "Jämtland County"),
    ("Västerbottens län", "Västerbotten County"), ("Norrbottens län", "Norrbotten County"),
)
NAMES = {name for pair in COUNTIES for name in pair}


def county_problem(value) -> str | None:
    """A message when ``value`` is a county's name misspelt, else None."""
    if not isinstance(value, str) or value in NAMES:
        return None
    written = " ".join(value.split())
    best = max(NAMES, key=lambda name: SequenceMatcher(None, written.lower(), name.lower()).ratio())
    if written.lower() == best.lower() or SequenceMatcher(None, written.lower(), best.lower()).ratio() >= 0.88:
        return (f"'county' is '{value}': did you mean '{best}'? A county spelt two ways is two groups "
                f"in the menu and in the catalogue's filter")
    return None


def same_county(value) -> int | None:
    """The county's number (the same in both languages), or None for a name of the fork's own."""
    for i, pair in enumerate(COUNTIES):
        if value in pair:
            return i
    return None
