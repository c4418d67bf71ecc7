"""hooks/templates/strings.yml: both languages have the same keys, and every key is used."""
import re

import pytest
import yaml

from sitebuild import ROOT

STRINGS = yaml.safe_load((ROOT / "hooks/templates/strings.yml").read_text(encoding="utf-8"))
CODE_FILES = sorted([*(ROOT / "hooks").rglob("*.py"), *(ROOT / "hooks/templates").glob("*.j2"),
                     *(ROOT / "overrides").rglob("*.html")])
CODE = "\n".join(p.read_text(encoding="utf-8") for p in CODE_FILES)


def leaves(tree: dict, path=()):
    for key, value in tree.items():
        if isinstance(value, dict):
            yield from leaves(value, (*path, key))
        else:
            yield (*path, key)


def subscripts(path) -> str:
    return "".join(f'["{part}"]' for part in path)


def is_used(path: tuple, code: str) -> bool:
    """Whether the code or a template reads this string.

    Templates read ``t.law.number``, Python ``t["law"]["number"]`` or, through a
    name for the section, ``c = t["comparison"]`` … ``c["place"]``. A section that
    is looked up with a key from the data (``t.law.types[statute.type]``) counts
    as a whole.
    """
    dotted = ".".join(path)
    if re.search(rf"\bt\.{re.escape(dotted)}(?![\w-])", code) or subscripts(path) in code:
        return True
    parent, leaf = path[:-1], path[-1]
    if not parent:
        return False
    for alias in re.findall(rf"(\w+) = \w+(?:\.\w+)?{re.escape(subscripts(parent))}", code):
        if f'{alias}["{leaf}"]' in code:
            return True
    looked_up = (rf"\bt\.{re.escape('.'.join(parent))}\[(?!['\"])", re.escape(subscripts(parent)) + r"\[(?!['\"])")
    return any(re.search(pattern, code) for pattern in looked_up)


def test_swedish_and_english_have_the_same_keys():
    assert set(leaves(STRINGS["sv"])) == set(leaves(STRINGS["en"]))
    assert set(STRINGS) == {"sv", "en"}


@pytest.mark.parametrize("path", sorted(leaves(STRINGS["sv"])), ids=".".join)
def test_every_string_is_used(path):
    assert is_used(path, CODE), f"{'.'.join(path)} in hooks/templates/strings.yml is not used: remove it"


@pytest.mark.parametrize("path,code,used", [
    (("law", "number"), "{{ t.law.number }}", True),
    (("law", "number"), "{{ t.law.numbers }}", False),
    (("law", "cited_by"), "{{ t.law.cited }}", False),
    (("checklist_clear",), 't["checklist_clear"]', True),
    (("comparison", "place"), 'c = t["comparison"]\nrow = c["place"]', True),
    (("comparison", "place"), 'c = t["comparison"]\nrow = c["period"]', False),
    (("law", "types", "lag"), "{{ t.law.types[statute.type] }}", True),
    (("law", "types", "lag"), "{{ t.law.types['x'] }}", False),
    (("period", "closed"), 'strings["period"][shape]', True),
])
def test_what_counts_as_used(path, code, used):
    assert is_used(path, code) is used
