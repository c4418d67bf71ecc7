"""The law registry: every statute the site can cite, read from data/lagar.yml."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .yamlfile import DataError, Problem, found, load_checked

TYPES = ("lag", "förordning", "föreskrift")
STATUSES = ("in-force", "repealed", "unverified")
_ID = re.compile(r"^(?P<series>SFS|[A-ZÅÄÖ]+(?:-[A-ZÅÄÖ]*)?FS) (?P<number>\d{4}:\d{1,4})$")


@dataclass(frozen=True)
class Statute:
    id: str
    type: str
    name_sv: str
    name_en: str
    short: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    names_en: tuple[str, ...] = ()
    title_tail: str | None = None
    provision_terms: tuple[tuple[str, str], ...] = ()
    default_for: tuple[str, ...] = ()
    status: str = "unverified"
    repealed: str | None = None
    in_force: str | None = None
    replaced_by: str | None = None
    status_note: tuple[tuple[str, str], ...] = ()
    url: str | None = None
    chapters: bool | None = None     # divided into chapters? None: not recorded, not checked

    @property
    def forms(self) -> set[str]:
        """Every way the registry writes its name, folded (lower case, single spaces)."""
        return {" ".join(n.lower().split()) for n in (*self.names, *self.names_en, *self.short)}

    def in_force_on(self, date: str) -> bool:
        """In force on ``date`` (YYYY-MM-DD), as far as the registry's dates tell."""
        return (not self.in_force or self.in_force <= date) and (not self.repealed or date < self.repealed)

    @property
    def is_sfs(self) -> bool:
        return self.id.startswith("SFS ")

    @property
    def number(self) -> str:
        """The number alone: ``2001:453`` for SFS, the whole id for a regulation."""
        return self.id[4:] if self.is_sfs else self.id

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.id.lower()).strip("-")

    def name(self, lang: str) -> str:
        return self.name_sv if lang == "sv" else self.name_en

    def note(self, lang: str) -> str | None:
        return dict(self.status_note).get(lang)

    def official_url(self) -> str | None:
        if self.is_sfs:
            return f"https://rkrattsbaser.gov.se/sfst?bet={self.number}"
        return self.url

    def lagen_nu_url(self, anchor: str | None = None) -> str | None:
        if not self.is_sfs:
            return None
        return f"https://lagen.nu/{self.number}" + (f"#{anchor}" if anchor else "")


@dataclass
class Registry:
    statutes: dict[str, Statute]
    # name form (lower case) or short name -> the statute a bare mention means
    bare: dict[str, Statute] = field(default_factory=dict)
    by_number: dict[str, Statute] = field(default_factory=dict)
    # name form -> every statute that has it (two for "socialtjänstlagen": the old act and the new)
    claims: dict[str, list[Statute]] = field(default_factory=dict)

    def resolve(self, form: str, date: str | None = None) -> Statute:
        """The act a name without a number means.

        The rule, from the registry's dates: on a page that speaks of a time
        (``law_date:`` or its ``period``), the act in force then; otherwise the
        entry that lists the form under ``default_for``.
        """
        owners = self.claims.get(form, [])
        if date and len(owners) > 1:
            current = [s for s in owners if s.in_force_on(date)]
            if len(current) == 1:
                return current[0]
        return self.bare[form]

    def get(self, statute_id: str) -> Statute:
        return self.statutes[statute_id]

    def __iter__(self):
        return iter(self.statutes.values())


def load_registry(path: Path, display: str = "data/lagar.yml") -> Registry:
    """Read and check the registry; every problem is reported, then the build stops."""
    parsed = load_checked(path, display)
    raw = parsed.data
    problems: list[Problem] = []
    if not isinstance(raw, list):
        raise DataError([Problem(display, 1, "expected a list of statutes, each starting with '- id: ...'")])
    statutes: dict[str, Statute] = {}
    for i, entry in enumerate(raw):
        line = parsed.lines.get(f"[{i}]")
        if not isinstance(entry, dict):
            problems.append(Problem(display, line, "each statute must be a mapping (id:, type:, sv:, en: ...); "
                                                   f"this one is {found(entry)}"))
            continue
        statute, entry_problems = _statute_from(entry, display, line, parsed.lines, f"[{i}]")
        problems += entry_problems
        if statute is None:
            continue
        if statute.id in statutes:
            problems.append(Problem(display, line, f'"{statute.id}" is listed twice'))
        statutes[statute.id] = statute
    for statute in statutes.values():
        if statute.replaced_by and statute.replaced_by not in statutes:
            problems.append(Problem(display, None, f'{statute.id}: replaced_by "{statute.replaced_by}" is not in the registry'))
    registry = Registry(statutes)
    problems += _index(registry, display)
    if problems:
        raise DataError(problems)
    return registry


def _statute_from(entry: dict, display: str, line: int | None, lines: dict | None = None, at: str = ""):
    problems: list[Problem] = []
    lines = lines or {}

    def here(key):
        return lines.get(f"{at}.{key}", line)

    def need(key):
        if not entry.get(key):
            problems.append(Problem(display, line, f"statute entry lacks required key '{key}'"))
        return entry.get(key)

    def text(key):
        value = entry.get(key)
        if value is not None and not isinstance(value, str):
            problems.append(Problem(display, here(key), f"'{key}' must be text; got {found(value)}"))
            return None
        return value

    def names(key):
        """A list of names; one name written without brackets is a list of one, not its letters."""
        value = entry.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            problems.append(Problem(display, here(key), f"'{key}' must be a list of names ([SoL, ...]); got {found(value)}"))
            return ()
        return tuple(value)

    def date(key):
        value = entry.get(key)
        if value is None:
            return None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            try:
                return _dt.date.fromisoformat(str(value)).isoformat()
            except ValueError:
                pass
        problems.append(Problem(display, here(key), f"'{key}' must be a date written YYYY-MM-DD (2025-07-01); got {found(value)}"))
        return None

    sid, kind = need("id"), need("type")
    need("sv"), need("en")
    if problems:
        return None, problems
    if isinstance(sid, int):
        # YAML 1.1 reads 2001:453 as a base-60 number
        problems.append(Problem(display, line, f'id must look like "SFS 2001:453" or "SOSFS 2009:27"; '
                                               f"YAML read it as the number {sid}: write the series before the number"))
    elif not _ID.match(str(sid)):
        problems.append(Problem(display, line, f'id "{sid}" must look like "SFS 2001:453" or "SOSFS 2009:27"'))
    if kind not in TYPES:
        problems.append(Problem(display, here("type"), f"{sid}: 'type' must be one of {', '.join(TYPES)}; got {_said(kind)}"))
    status = entry.get("status", "unverified")
    if status not in STATUSES:
        problems.append(Problem(display, here("status"), f"{sid}: 'status' must be one of {', '.join(STATUSES)}; got {_said(status)}"))
    if status == "repealed" and not entry.get("repealed"):
        problems.append(Problem(display, line, f"{sid}: a repealed statute needs 'repealed' (the date)"))
    sv, en, tail, replaced_by, url = text("sv"), text("en"), text("title_tail"), text("replaced_by"), text("url")
    if url and not re.match(r"https?://[^\s<>\"']+$", url):
        # a link on the law page: only a web address, never javascript: or markup
        problems.append(Problem(display, here("url"), f"'url' must be a web address starting with https://; got {found(url)}"))
        url = None
    terms = _pairs(entry, "provision_terms", here, display, problems)
    note = _pairs(entry, "status_note", here, display, problems)
    statute = Statute(
        id=str(sid), type=str(kind), name_sv=sv or "", name_en=en or "",
        short=names("short"), names=names("names"), names_en=names("names_en"),
        title_tail=tail,
        provision_terms=tuple((str(k), str(v)) for k, v in terms.items()),
        default_for=names("default_for"),
        status=str(status),
        repealed=date("repealed"),
        in_force=date("in_force"),
        replaced_by=replaced_by,
        status_note=tuple((str(k), str(v)) for k, v in note.items()),
        url=url,
        chapters=entry.get("chapters") if isinstance(entry.get("chapters"), bool) else None,
    )
    return statute, problems


def _said(value) -> str:
    return f"'{value}'" if isinstance(value, str) else found(value)


def _pairs(entry: dict, key: str, here, display: str, problems: list) -> dict:
    value = entry.get(key) or {}
    if not isinstance(value, dict):
        problems.append(Problem(display, here(key), f"'{key}' must be a mapping (key: value lines); got {found(value)}"))
        return {}
    return {k: v for k, v in value.items() if k != "__line__"}


def _index(registry: Registry, display: str) -> list[Problem]:
    """Map every bare name to one statute; an ambiguous name needs a default."""
    problems = []
    claims: dict[str, list[Statute]] = {}
    for statute in registry:
        registry.by_number[statute.number] = statute
        for form in (*statute.names, *statute.names_en, *statute.short):
            key = " ".join(form.lower().split())
            if statute not in claims.setdefault(key, []):
                claims[key].append(statute)
    registry.claims = claims
    for form, owners in claims.items():
        if len(owners) == 1:
            registry.bare[form] = owners[0]
            continue
        defaults = [s for s in owners if form in (" ".join(d.lower().split()) for d in s.default_for)]
        if len(defaults) != 1:
            ids = ", ".join(s.id for s in owners)
            problems.append(Problem(display, None, f'the name "{form}" belongs to {ids}: list it under default_for in exactly one of them'))
        else:
            registry.bare[form] = defaults[0]
    return problems
