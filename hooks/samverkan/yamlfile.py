"""Reading the project's YAML data files with line numbers for messages."""
from __future__ import annotations

import copy
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Problem:
    """Something wrong in an input file, said so an editor can find and fix it."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class DataError(Exception):
    """A data file the build cannot use at all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml's parser when the wheel has it


class _LineLoader(_Base):
    """A safe loader that remembers the line of every mapping as ``__line__``."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def load_with_lines(path: Path, display: str):
    """Load a YAML file; mappings carry ``__line__``. Syntax errors name the line.

    Each language pass reads the same files: the parse is reused while the file's
    size and modification time stay the same (a bounded cache, so it cannot grow).
    """
    stat = path.stat()
    return copy.deepcopy(_load(str(path), stat.st_mtime_ns, stat.st_size, display))


def load_text(text: str):
    """Safe YAML from a string (front matter), with the fast parser."""
    return yaml.load(text, Loader=_Base)


@lru_cache(maxsize=16)
def _load(path: str, mtime_ns: int, size: int, display: str):
    try:
        return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark
        line = mark.line + 1 if mark else None
        raise DataError([Problem(display, line, f"invalid YAML: {err.problem}")]) from None
