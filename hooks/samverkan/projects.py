"""Example pages' front matter: checked against data/exempel.schema.json, whose
enums come from data/vocabulary.yml beside it.

Every message says in words what is expected and what was found; none shows a
Python value or the schema's own description.
"""
from __future__ import annotations

import datetime
import difflib
import json
import math
import re
from functools import lru_cache
from pathlib import Path

import jsonschema

from . import vocabulary
from .yamlfile import found

_DATE = "a year, a year and month or a date (2014, 2014-08 or 2014-08-01)"
_WORDS = {"string": "text", "array": "a list", "object": "a mapping (key: value lines)", "number": "a number",
          "integer": "a whole number", "boolean": "yes or no (true or false)", "null": "empty"}


def _validator(schema_path: Path):
    words = schema_path.parent / "vocabulary.yml"
    # keyed on both files' change times, so a `mkdocs serve` rebuild sees an edit
    return _compiled(str(schema_path), schema_path.stat().st_mtime_ns, str(words), words.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _compiled(path: str, _mtime: int, words: str, _words_mtime: int):
    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(vocabulary.with_enums(schema, vocabulary.load(Path(words))))


def _where(parts) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _message(error) -> str:
    where = _where(error.absolute_path)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "required":
        key = re.match(r"'([^']+)'", error.message).group(1)
        return f"missing required key '{(where + '.') if where else ''}{key}'"
    if error.validator == "additionalProperties":
        keys = ", ".join(sorted(map(str, set(error.instance) - set(schema.get("properties", {})))))
        return f"unknown key '{keys}'" + (f" in '{where}'" if where else "") + " (see data/exempel.schema.json)"
    if error.validator == "enum":
        return f"'{where}' must be one of {', '.join(map(str, error.validator_value))}; got {_quoted(error.instance)}"
    if error.validator == "type" and schema.get("x-wrong-type"):
        return f"'{where}' {schema['x-wrong-type']}; got {found(error.instance)}"
    if error.validator == "type":
        kinds = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return f"'{where}' must be {' or '.join(_WORDS.get(k, k) for k in kinds)}; got {found(error.instance)}"
    if error.validator == "pattern":
        expected = _DATE if where.startswith("period.") else "in the form data/exempel.schema.json gives"
        return f"'{where}' must be {expected}; got {found(error.instance)}"
    if error.validator in ("minItems", "minLength"):
        return f"'{where}' must not be empty"
    if error.validator in ("minimum", "maximum"):
        return f"'{where}' must be between {schema.get('minimum')} and {schema.get('maximum')}; got {found(error.instance)}"
    if error.validator == "uniqueItems":
        return f"'{where}' lists the same value twice: keep one"
    return f"'{where}' does not match data/exempel.schema.json"


def _guesses(error) -> dict[str, str | None]:
    """{unknown key: the path of the known key it is a misspelling of, or None}."""
    path = _where(error.absolute_path)
    known = [str(k) for k in error.schema.get("properties", {})]
    out = {}
    for key in sorted(map(str, set(error.instance) - set(known))):
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.75)
        out[key] = (f"{path}.{close[0]}" if path else close[0]) if close else None
    return out


def _required_key(error, path: str) -> str:
    """The path of the key a "required" error misses: "status", "results[0].label"."""
    key = re.match(r"'([^']+)'", error.message).group(1)
    return f"{path}.{key}" if path else key


def _quoted(value) -> str:
    return f"'{value}'" if isinstance(value, str) else found(value)


def normalise(meta: dict) -> dict:
    """Years and dates as YAML gives them: ``start: 2026`` (a number) is the text "2026";
    a year written in quotes under results or funding is the number."""
    period = meta.get("period")
    if isinstance(period, dict):
        for key in ("start", "end"):
            if isinstance(period.get(key), int) and not isinstance(period.get(key), bool):
                period[key] = str(period[key])
    status = meta.get("status")
    if isinstance(status, dict) and isinstance(status.get("as_of"), str) and status["as_of"].strip().isdigit():
        status["as_of"] = int(status["as_of"])
    for key in ("results", "funding"):
        for row in meta.get(key) or []:
            if isinstance(row, dict) and isinstance(row.get("year"), str) and row["year"].strip().isdigit():
                row["year"] = int(row["year"])
    return meta


def validate(meta: dict, schema_path: Path) -> list[tuple[str, str]]:
    """[(key path, message)] for every way ``meta`` breaks the schema, then the charts' rules."""
    errors = sorted(_validator(Path(schema_path)).iter_errors(meta), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    meant = {at for error in errors if error.validator == "additionalProperties"
             for key, at in _guesses(error).items() if at}
    for error in errors:
        path = _where(error.absolute_path)
        if error.validator == "additionalProperties":
            extra = sorted(map(str, set(error.instance) - set(error.schema.get("properties", {}))))
            guesses = _guesses(error)
            if any(guesses.values()):
                # "stauts": one message a key, at its line, naming the key meant
                for key in extra:
                    at = f"{path}.{key}" if path else key
                    if guesses[key]:
                        out.append((at, f"unknown key '{key}'" + (f" in '{path}'" if path else "")
                                    + f": did you mean '{guesses[key].rsplit('.', 1)[-1]}'?"))
                    else:
                        out.append((at, f"unknown key '{key}'" + (f" in '{path}'" if path else "")
                                    + " (see data/exempel.schema.json)"))
                continue
            path = f"{path}.{extra[0]}" if path else extra[0]
        elif error.validator == "required" and _required_key(error, path) in meant:
            continue        # a required key written misspelt: its one message is the misspelling's
        out.append((path, _message(error)))
    return out + date_problems(meta, {path for path, _ in out}) + chart_problems(meta)


_DATE_SHAPE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_problems(meta: dict, reported: set) -> list[tuple[str, str]]:
    """A date of the right shape that no calendar has: "2026-13", "2026-00", "2026-02-30"; the
    schema's pattern checks the shape only. A start after the end is reported too."""
    out = []
    period = meta.get("period") if isinstance(meta.get("period"), dict) else {}
    dates = [(f"period.{k}", period.get(k)) for k in ("start", "end")] + [("reviewed", meta.get("reviewed"))]
    for where, value in dates:
        shape = _DATE_SHAPE.match(value) if isinstance(value, str) and where not in reported else None
        if not shape:
            continue
        year, month, day = (int(x) if x else None for x in shape.groups())
        try:
            datetime.date(year, 1 if month is None else month, 1 if day is None else day)
        except ValueError:
            what = _DATE if where.startswith("period.") else "a date (2014-08-01)"
            out.append((where, f"'{where}' is {value!r}, which is not in the calendar: it must be {what}"))
    start, end = period.get("start"), period.get("end")
    if (isinstance(start, str) and isinstance(end, str) and _DATE_SHAPE.match(start) and _DATE_SHAPE.match(end)
            and not {"period.start", "period.end"} & ({w for w, _ in out} | reported) and start[:len(end)] > end[:len(start)]):
        out.append(("period.end", f"'period.end' ({end}) is before 'period.start' ({start}): correct one of them"))
    return out


def chart_problems(meta: dict) -> list[tuple[str, str]]:
    """A figure with a group is drawn as a bar: its value must be a number of zero or more."""
    out = []
    for i, row in enumerate(meta.get("results") or []):
        if not isinstance(row, dict) or not row.get("group"):
            continue
        value, where = row.get("value"), f"results[{i}].value"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            out.append((where, f"'{where}' is drawn in the chart \"{row['group']}\" but is {found(value)}: "
                               "write the number without quotes (the unit goes under unit), or remove group"))
        elif not math.isfinite(value):
            out.append((where, f"'{where}' is not a finite number: write the figure from the source"))
        elif value < 0:
            out.append((where, f"'{where}' is negative ({value}): a bar chart shows amounts of zero or more; "
                               "write the figure as a positive amount, or remove group to show it as text only"))
    return out
