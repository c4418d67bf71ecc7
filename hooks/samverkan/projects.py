"""Example pages' front matter: checked against data/exempel.schema.json, whose
enums come from data/vocabulary.yml beside it."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import jsonschema

from . import vocabulary


def _validator(schema_path: Path):
    words = schema_path.parent / "vocabulary.yml"
    # keyed on both files' change times, so a `mkdocs serve` rebuild sees an edit
    return _compiled(str(schema_path), schema_path.stat().st_mtime_ns, str(words), words.stat().st_mtime_ns)


@lru_cache(maxsize=4)
def _compiled(path: str, _mtime: int, words: str, _words_mtime: int):
    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(vocabulary.with_enums(schema, vocabulary.load(Path(words))))


def _where(error) -> str:
    out = ""
    for part in error.absolute_path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _message(error) -> str:
    where = _where(error)
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "required":
        key = re.match(r"'([^']+)'", error.message).group(1)
        return f"missing required key '{(where + '.') if where else ''}{key}'"
    if error.validator == "additionalProperties":
        keys = ", ".join(sorted(set(error.instance) - set(schema.get("properties", {}))))
        return f"unknown key '{keys}'" + (f" in '{where}'" if where else "") + " (see data/exempel.schema.json)"
    if error.validator == "enum":
        return f"'{where}' must be one of {', '.join(map(str, error.validator_value))}; got '{error.instance}'"
    if error.validator == "type" and schema.get("x-wrong-type"):
        return f"'{where}' {schema['x-wrong-type']}; got {error.instance!r}"
    if error.validator == "type":
        kinds = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = {"string": "text", "array": "a list", "object": "a mapping", "number": "a number", "integer": "a whole number"}
        return f"'{where}' must be {' or '.join(words.get(k, k) for k in kinds)}; got {error.instance!r}"
    if error.validator == "pattern":
        hint = schema.get("description") or f"the pattern {error.validator_value}"
        return f"'{where}' must be {hint.rstrip('.')}; got '{error.instance}'"
    if error.validator in ("minItems", "minLength"):
        return f"'{where}' must not be empty"
    return f"'{where}': {error.message}"


def validate(meta: dict, schema_path: Path) -> list[tuple[str, str]]:
    """[(top-level key, message)] for every way ``meta`` breaks the schema."""
    errors = sorted(_validator(Path(schema_path)).iter_errors(meta), key=lambda e: list(map(str, e.absolute_path)))
    out = []
    for error in errors:
        path = list(error.absolute_path)
        if path:
            key = str(path[0])
        elif error.validator == "additionalProperties":
            key = sorted(set(error.instance) - set(error.schema.get("properties", {})))[0]
        else:
            key = ""   # a missing key has no line
        out.append((key, _message(error)))
    return out


def key_line(source: str, key: str) -> int | None:
    """The line of a top-level front-matter key, so a message can point at it."""
    if not key:
        return None
    m = re.search(rf"^{re.escape(key)}\s*:", source, re.MULTILINE)
    return source.count("\n", 0, m.start()) + 1 if m else None
