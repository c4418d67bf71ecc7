"""A fork's path: a new project, removing the samples, its own settings apart from upstream's,
the publish workflow, and one walk through the guide ending in Chromium on a sub-path."""
import re
import subprocess
import sys

import pytest
import yaml

import new_project
import remove_samples
from sitebuild import ROOT, copy_project


def run(project, *args):
    return subprocess.run([sys.executable, *args], cwd=project, capture_output=True, text=True, timeout=120)


def test_new_project_keeps_the_title_and_cites_todays_social_services_act(tmp_path):
    copy_project(tmp_path)
    made = new_project.create("Testkommunens stödboende", root=tmp_path, year=2026)
    assert [p.name for p in made] == ["testkommunens-stodboende.sv.md", "testkommunens-stodboende.en.md"]
    for page in made:
        text = page.read_text(encoding="utf-8")
        assert 'title: "Testkommunens stödboende"' in text
        assert "(2025:400)" in text and "2001:453" not in text
        assert "yaml-language-server" not in text        # VS Code does not read it in front matter
    assert new_project.create("Nattkafé", root=tmp_path, slug="natt")[0].name == "natt.sv.md"


def test_remove_samples_deletes_them_unlinks_them_and_can_run_twice(tmp_path):
    copy_project(tmp_path)
    first = remove_samples.remove(tmp_path)
    assert {f"removed docs/exempel/{s}.{lang}.md" for s in remove_samples.SAMPLES for lang in ("sv", "en")
            if (ROOT / f"docs/exempel/{s}.{lang}.md").exists()} <= set(first)
    left = [p.name for p in (tmp_path / "docs/exempel").glob("*.md")]
    assert sorted(left) == ["index.en.md", "index.sv.md"]
    pattern = re.compile(r"\]\([^)]*(%s)\.md" % "|".join(remove_samples.SAMPLES))
    assert [p for p in (tmp_path / "docs").rglob("*.md") if pattern.search(p.read_text(encoding="utf-8"))] == []
    assert remove_samples.unlink("Se [ITOK](../exempel/itok.md#resultat) och [X](x.md).") == "Se ITOK och [X](x.md)."
    assert remove_samples.remove(tmp_path) == []
    # what is left for the editor to rewrite: every line that still names a sample, by file
    for entry in remove_samples.mentions(tmp_path):
        path, lines = entry.split(": line", 1)
        text = (tmp_path / path).read_text(encoding="utf-8").splitlines()
        for number, names in re.findall(r"(\d+) \(([^)]*)\)", lines):
            assert all(name in text[int(number) - 1] for name in names.split(", ")), (path, number)


def test_remove_samples_lists_the_lines_that_still_name_them(tmp_path):
    (tmp_path / "docs" / "kunskap").mkdir(parents=True)
    (tmp_path / "docs" / "kunskap" / "x.sv.md").write_text(
        "Se Krami.\nInget här om kramar.\nITOK:s och Kramis arbete.\nMaria–Gamla stan.\n", encoding="utf-8")
    (tmp_path / "docs" / "y.sv.md").write_text("Inget.\n", encoding="utf-8")
    assert remove_samples.mentions(tmp_path) == [
        "docs/kunskap/x.sv.md: lines 1 (Krami), 3 (ITOK, Krami), 4 (Maria–Gamla stan)"]


def git(folder, *args):
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, text=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@x.invalid", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@x.invalid", "HOME": str(folder), "PATH": "/usr/bin:/bin"})


def test_an_upstream_change_to_the_machinery_merges_into_a_renamed_fork(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in ("mkdocs.yml", "mkdocs.base.yml"):
        (repo / name).write_text((ROOT / name).read_text(encoding="utf-8"), encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "upstream")
    git(repo, "checkout", "-qb", "fork")
    fork = repo / "mkdocs.yml"
    fork.write_text(re.sub(r"^site_name: .*$", "site_name: Vår bank", fork.read_text(encoding="utf-8"), count=1, flags=re.M),
                    encoding="utf-8")
    git(repo, "commit", "-qam", "the fork's name")
    git(repo, "checkout", "-q", "main")
    base = repo / "mkdocs.base.yml"
    base.write_text(base.read_text(encoding="utf-8").replace("  - hooks/search.py\n", "  - hooks/search.py\n  - hooks/ny.py\n"), encoding="utf-8")
    git(repo, "commit", "-qam", "upstream adds a hook")
    git(repo, "checkout", "-q", "fork")
    git(repo, "merge", "-q", "--no-edit", "main")          # check=True: a conflict fails the test
    assert "site_name: Vår bank" in fork.read_text(encoding="utf-8")
    assert "hooks/ny.py" in base.read_text(encoding="utf-8")


def test_the_publish_workflow_tests_first_and_takes_the_address_from_pages():
    flow = yaml.safe_load((ROOT / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    steps = flow["jobs"]["build"]["steps"]
    runs = [s.get("run") for s in steps]
    assert runs.index("make test") < runs.index("make build")
    build = steps[runs.index("make build")]
    assert build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    uses = {s["uses"].split("@")[0]: s["uses"].split("@")[1] for j in flow["jobs"].values() for s in j["steps"] if "uses" in s}
    assert uses == {"actions/checkout": "v6", "actions/setup-python": "v6", "actions/configure-pages": "v6",
                    "actions/upload-pages-artifact": "v5", "actions/deploy-pages": "v5"}
    assert next(s for s in steps if s.get("uses", "").startswith("actions/setup-python"))["with"]["cache"] == "pip"
    assert next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages"))["id"] == "pages"


def test_the_guides_claim_what_works_for_checking_front_matter():
    for path in ("docs/om/lagg-till-projekt.sv.md", "docs/om/lagg-till-projekt.en.md", "docs/om/redaktorsguide.sv.md",
                 "docs/om/redaktorsguide.en.md", "scripts/templates/exempel.sv.md", "scripts/templates/exempel.en.md"):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert "yaml-language-server" not in text and "make check" in text, path
        assert "make new-project SLUG=" not in text, path     # new-project takes the title now


def test_the_licences_are_given_in_the_licence_file_the_readme_and_the_about_page():
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in licence and "SPDX-License-Identifier: CC-BY-4.0" in licence
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert readme.count("EUPL-1.2") >= 2 and readme.count("CC BY 4.0") >= 2      # both languages
    for lang in ("sv", "en"):
        about = (ROOT / f"docs/om/index.{lang}.md").read_text(encoding="utf-8")
        assert "CC BY 4.0" in about and "EUPL-1.2" in about and "`LICENSE`" in about, lang
