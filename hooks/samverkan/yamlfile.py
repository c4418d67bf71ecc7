"""Reading YAML (data files and front matter) with the line of every key, for messages.

One parser for every YAML the build reads, so that a syntax error, a key given
twice, a file not saved as UTF-8 or a date written without quotes gets the same
treatment and the same wording wherever it happens.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .yaml_messages import explain


@dataclass(frozen=True)
class Problem:
    """Something wrong in an input file, said so an editor can find and fix it."""

    path: str
    line: int | None
    message: str
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}" + (f":{self.column}" if self.column else "")
        return f"{where}: {self.message}"


class DataError(Exception):
    """A data file the build cannot use at all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # libyaml's parser when the wheel has it


class _TextDates(_Base):
    """Safe YAML where a date stays the text it was written as (2026-02-01, unquoted),
    so that a date needs no quotes and no message ever shows a Python date object."""


_TextDates.add_constructor("tag:yaml.org,2002:timestamp", _Base.construct_yaml_str)


class _LineLoader(_TextDates):
    """The same, and every mapping remembers its line as ``__line__``."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


@dataclass
class Parsed:
    data: object
    lines: dict[str, int] = field(default_factory=dict)    # "period.start", "[3].short" -> line
    warnings: list[Problem] = field(default_factory=list)  # the file can be used, but says so


def found(value) -> str:
    """What YAML read, in words for a message: never a Python repr."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f'the text "{value}"' if value else "empty text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    return "something else"


def decode(raw: bytes, display: str) -> tuple[str, Problem | None]:
    """Text of a file; a file not saved as UTF-8 is read anyway and named, never a traceback."""
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        return raw.decode("utf-8", errors="replace"), Problem(
            display, line, f"the file is not saved as UTF-8 (byte 0x{raw[err.start]:02x} on this line): "
                           "save the file as UTF-8 (in most editors: Save with encoding, UTF-8)")


def parse(text: str, display: str, first_line: int = 1, with_lines: bool = False) -> Parsed:
    """YAML text to data; ``first_line`` is the file line the text starts on. A syntax
    error raises DataError with one message (line, column, what to do)."""
    loader = (_LineLoader if with_lines else _TextDates)(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as err:
        line, column, message = explain(err, text)
        raise DataError([Problem(display, line + first_line - 1 if line else None, message, column)]) from None
    finally:
        loader.dispose()
    parsed = Parsed(data)
    if node is not None:
        _walk(node, "", parsed, display, first_line - 1, set())
    if with_lines and first_line != 1:
        _shift(parsed.data, first_line - 1)
    return parsed


def _walk(node, path: str, parsed: Parsed, display: str, offset: int, seen_nodes: set) -> None:
    # An alias points to a node already walked: walking it again could take
    # exponential time (the "billion laughs" file).
    if id(node) in seen_nodes:
        return
    seen_nodes.add(id(node))
    if isinstance(node, MappingNode):
        keys: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                continue
            key, line = key_node.value, key_node.start_mark.line + 1 + offset
            sub = f"{path}.{key}" if path else key
            if key in keys:
                parsed.warnings.append(Problem(display, line, f"'{sub.lstrip('.')}' is given twice (also on line "
                                                              f"{keys[key]}); only this one is used: remove one of them"))
            keys[key] = line
            parsed.lines[sub] = line
            _walk(value_node, sub, parsed, display, offset, seen_nodes)
    elif isinstance(node, SequenceNode):
        for i, item in enumerate(node.value):
            sub = f"{path}[{i}]"
            parsed.lines[sub] = item.start_mark.line + 1 + offset
            _walk(item, sub, parsed, display, offset, seen_nodes)


def _shift(value, offset: int) -> None:
    if isinstance(value, dict):
        if "__line__" in value:
            value["__line__"] += offset
        for v in value.values():
            _shift(v, offset)
    elif isinstance(value, list):
        for v in value:
            _shift(v, offset)


def load_checked(path: Path, display: str) -> Parsed:
    """A data file: mappings carry ``__line__``; syntax errors and a file not saved
    as UTF-8 raise DataError naming the file and line.

    Each language pass reads the same files: the parse is reused while the file's
    size and modification time stay the same (a bounded cache, so it cannot grow).
    """
    stat = path.stat()
    return copy.deepcopy(_load(str(path), stat.st_mtime_ns, stat.st_size, display))


def load_with_lines(path: Path, display: str):
    """The data of a data file (see load_checked)."""
    return load_checked(path, display).data


def load_text(text: str):
    """Safe YAML from a string, dates as text."""
    return yaml.load(text, Loader=_TextDates)


@lru_cache(maxsize=16)
def _load(path: str, mtime_ns: int, size: int, display: str) -> Parsed:
    text, problem = decode(Path(path).read_bytes(), display)
    if problem:
        raise DataError([problem])
    return parse(text, display, with_lines=True)
