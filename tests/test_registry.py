"""The law registry: what a broken entry says."""
import pytest

from samverkan.registry import load_registry
from samverkan.yamlfile import DataError


def registry_text(tmp_path, text):
    path = tmp_path / "lagar.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_project_registry_loads_with_unique_slugs(tmp_path):
    from sitebuild import ROOT

    import yaml

    registry = load_registry(ROOT / "data" / "lagar.yml")
    slugs = [s.slug for s in registry]
    entries = yaml.safe_load((ROOT / "data" / "lagar.yml").read_text(encoding="utf-8"))
    assert [s.id for s in registry] == [e["id"] for e in entries]    # every entry, in order
    assert len(slugs) == len(set(slugs))
    assert registry.get("SFS 2001:453").replaced_by == "SFS 2025:400"
    assert registry.bare["socialtjänstlagen"].id == "SFS 2001:453"


@pytest.mark.parametrize("entry,message", [
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n", "data/lagar.yml:1: statute entry lacks required key 'en'"),
    ("- id: 2001:1\n  type: lag\n  sv: A\n  en: B\n", "data/lagar.yml:1: id must look like \"SFS 2001:453\" or \"SOSFS 2009:27\"; YAML read it as the number 120061"),
    ("- id: LAG 2001\n  type: lag\n  sv: A\n  en: B\n", 'data/lagar.yml:1: id "LAG 2001" must look like "SFS 2001:453"'),
    ("- id: SFS 2001:1\n  type: code\n  sv: A\n  en: B\n", "data/lagar.yml:2: SFS 2001:1: 'type' must be one of lag, förordning, föreskrift; got 'code'"),
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n  en: B\n  status: repealed\n", "a repealed statute needs 'repealed' (the date)"),
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n  en: B\n  replaced_by: SFS 2002:2\n", 'replaced_by "SFS 2002:2" is not in the registry'),
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n  en: B\n  names: [lagen]\n"
     "- id: SFS 2002:2\n  type: lag\n  sv: C\n  en: D\n  names: [lagen]\n", 'the name "lagen" belongs to SFS 2001:1, SFS 2002:2'),
    ("- id: SFS 2001:1\n  type: lag\n   sv: A\n", "data/lagar.yml:3:6: the YAML cannot be read: this key is indented "
                                               "under a key that already has a value"),
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n  en: B\n- just a name\n",
     'data/lagar.yml:5: each statute must be a mapping (id:, type:, sv:, en: ...); this one is the text "just a name"'),
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n  en: B\n  status: repealed\n  repealed: <img src=x onerror=alert(1)>\n",
     'data/lagar.yml:6: \'repealed\' must be a date written YYYY-MM-DD (2025-07-01); got the text "<img src=x onerror=alert(1)>"'),
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n  en: B\n  in_force: 2025-13-01\n",
     'data/lagar.yml:5: \'in_force\' must be a date written YYYY-MM-DD (2025-07-01); got the text "2025-13-01"'),
    ("- id: SFS 2001:1\n  type: lag\n  sv: [A]\n  en: B\n", "data/lagar.yml:3: 'sv' must be text; got a list"),
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n  en: B\n  short: {SoL: 1}\n",
     "data/lagar.yml:5: 'short' must be a list of names ([SoL, ...]); got a mapping (key: value lines)"),
    ("- id: SFS 2001:1\n  type: lag\n  sv: A\n  en: B\n  status_note: a note\n",
     "data/lagar.yml:5: 'status_note' must be a mapping (key: value lines); got the text \"a note\""),
    ("- id: SOSFS 2009:27\n  type: föreskrift\n  sv: A\n  en: B\n  url: javascript:alert(1)\n",
     "data/lagar.yml:5: 'url' must be a web address starting with https://; got the text \"javascript:alert(1)\""),
])
def test_a_broken_entry_names_file_line_and_what_is_expected(tmp_path, entry, message):
    with pytest.raises(DataError) as err:
        load_registry(registry_text(tmp_path, entry))
    assert message in str(err.value)


def test_a_name_written_without_brackets_is_one_name_and_dates_need_no_quotes(tmp_path):
    registry = load_registry(registry_text(tmp_path, "- id: SFS 2009:400\n  type: lag\n  sv: A\n  en: B\n"
                                                     "  short: OSL\n  names: offentlighets- och sekretesslagen\n"
                                                     "  status: in-force\n  in_force: 2009-06-30\n"))
    statute = registry.get("SFS 2009:400")
    assert statute.short == ("OSL",) and statute.names == ("offentlighets- och sekretesslagen",)
    assert statute.in_force == "2009-06-30"
    assert registry.bare["osl"] is statute and "o" not in registry.bare
