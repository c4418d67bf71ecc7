"""When a page was last reviewed: its front matter's `reviewed:`, or else the date
of the last commit that changed its file.

One `git log` gives every file's last commit, so a build stays fast and two builds
of the same commit are byte-identical. Without git (a downloaded copy) no page has
a commit date, and only pages with `reviewed:` show one.
"""
from __future__ import annotations

import datetime
import re
import subprocess
from pathlib import Path

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def commit_dates(root: Path) -> dict[str, str]:
    """{"docs/exempel/itok.sv.md": "2026-11-23", ...}: each file's newest commit date."""
    try:
        out = subprocess.run(["git", "log", "--format=%x00%cs", "--name-only", "--relative", "--", "docs", "data"],
                             cwd=root, capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    dates: dict[str, str] = {}
    date = ""
    for line in out.splitlines():
        if line.startswith("\x00"):
            date = line[1:].strip()
        elif line.strip() and date:
            dates.setdefault(line.strip(), date)       # git log lists the newest commit first
    return dates


def stated(value) -> str | None:
    """A `reviewed:` value as YYYY-MM-DD, or None when it is not a date."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value).strip() if value is not None else ""
    return text if _DATE.match(text) else None


def newest(dates: dict[str, str], prefix: str) -> str | None:
    found = [d for path, d in dates.items() if path.startswith(prefix)]
    return max(found) if found else None
