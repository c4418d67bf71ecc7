#!/usr/bin/env python3
"""Remove the six sample projects, for a fork that starts with its own projects only.

    make remove-samples
    python3 scripts/remove_samples.py

Deletes docs/exempel/<sample>.sv.md and .en.md and turns every link to them on the
other pages into plain text (the strict build would otherwise stop on each broken
link). The knowledge pages still mention the samples by name: the script lists each
file and line that does, to rewrite in your own way. Run it again and it changes nothing.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The projects the upstream site was written with (from the public sources it names).
SAMPLES = ("itok", "boendetrappan-eslov", "krami", "vf-teamet-vantor", "godsmagasinet-flen", "coach-maria-gamla-stan")

# How the other pages name them in their text, once the links are gone.
NAMES = ("ITOK", "Boendetrappan", "Krami", "VF-teamet", "Godsmagasinet", "Maria–Gamla stan", "Maria-Gamla stan")
_NAMED = re.compile(r"(?<![\w-])(%s)(?::?s)?(?![\w-])" % "|".join(map(re.escape, NAMES)))     # "Kramis", "ITOK:s" too

# [text](../exempel/itok.md) or [text](itok.md#resultat "title"): the link goes, the text stays.
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^()\s]*/)?(?:%s)\.md(?:#[^)\s]*)?(?:\s+\"[^\"]*\")?\)" % "|".join(map(re.escape, SAMPLES)))


def unlink(text: str) -> str:
    return _LINK.sub(r"\1", text)


def remove(root: Path = ROOT) -> list[str]:
    """What was done, one line per file, for the editor to read."""
    done = []
    for slug in SAMPLES:
        for path in sorted((root / "docs" / "exempel").glob(f"{slug}.*.md")):
            path.unlink()
            done.append(f"removed {path.relative_to(root).as_posix()}")
    for path in sorted((root / "docs").rglob("*.md")):
        text = path.read_text(encoding="utf-8")
        changed = unlink(text)
        if changed != text:
            path.write_text(changed, encoding="utf-8")
            done.append(f"unlinked the samples in {path.relative_to(root).as_posix()}")
    return done


def mentions(root: Path = ROOT) -> list[str]:
    """The lines of the pages that still name a sample in their text, one line per file:
    "docs/kunskap/samverkan.sv.md: lines 12 (Krami), 40 (ITOK, Krami)"."""
    out = []
    for path in sorted((root / "docs").rglob("*.md")):
        found = []
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            names = sorted(set(_NAMED.findall(line)))
            if names:
                found.append(f"{number} ({', '.join(names)})")
        if found:
            out.append(f"{path.relative_to(root).as_posix()}: line{'s' * (len(found) > 1)} {', '.join(found)}")
    return out


def main() -> int:
    done = remove()
    print("\n".join(done) if done else "remove-samples: no sample project is left; nothing to do")
    left = mentions()
    if left:
        print("\nThese pages still name the samples in their text; rewrite or remove those sentences:")
        print("\n".join(f"  {line}" for line in left))
    if done:
        print("\nNow add your own project (make new-project TITLE=\"...\") and run make check.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
