"""Citations at scale: the parser is linear, and a page with thousands of citations builds
in time proportional to its citations.

Prints, each against a baseline measured in the same run (CPU seconds, so a busy machine
disturbs the figures less):

1. parser: time per sentence for 20,000 sentences against 2,000 (target <= 1.25)
2. long page: a 10,000-line page with about 3,300 citations against the same page with the
   citations written so that none is recognised (target <= 1.5), and the law page it feeds
3. the citation linker's share of a build of the site itself (target < 0.10)

Run: .venv/bin/python benchmarks/citations.py  (or `make bench`)
"""
from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "hooks"), str(ROOT / "tests")]

from samverkan.citations import CitationParser  # noqa: E402
from samverkan.registry import load_registry  # noqa: E402
from sitebuild import copy_project  # noqa: E402

SENTENCES = [
    "Enligt 2 kap. 7 § socialtjänstlagen (2001:453) ska en plan upprättas när den behövs.",
    "Se också 4:1 SoL och 6 § förvaltningslagen (1986:223) om samverkan mellan myndigheter.",
    "Vården kan ges enligt LVM när frivilliga insatser inte räcker för den enskilde.",
    "Här står vanlig text utan hänvisning som fyller ut stycket med vanliga ord.",
    "Nämnden och myndigheterna planerar tillsammans och följer upp vad som har gjorts.",
    "Den enskilde deltar i planeringen och får veta vem som gör vad och när.",
    "Varje insats bygger på en bedömning av behoven och följs upp efter en tid.",
    "Samverkan kräver att parterna känner till varandras uppdrag och regler.",
]
# the same words with nothing a reader would call a citation
PLAIN = [s.replace("§", "st").replace("SoL", "sol").replace("LVM", "lvm").replace(":", ".") for s in SENTENCES]


def cpu(fn):
    start = time.process_time()
    result = fn()
    return time.process_time() - start, result


def parser_ratio() -> float:
    parser = CitationParser(load_registry(ROOT / "data" / "lagar.yml"))
    text = " ".join(SENTENCES)
    small, _ = cpu(lambda: parser.find(text * 500))
    large, _ = cpu(lambda: parser.find(text * 5000))
    return (large / 5000) / (small / 500)


def long_page(lines: list[str], seed=1, n=10_000) -> str:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        out.append(rng.choice(lines))
        if i % 3 == 2:
            out.append("")
    return "\n".join(out)


def build_cpu(pages: dict[str, str]) -> float:
    """CPU seconds of one `mkdocs build` of a copy of the project with ``pages`` added."""
    with tempfile.TemporaryDirectory() as tmp:
        project = copy_project(Path(tmp) / "project")      # mkdocs.yml and the base it INHERITs
        for name, text in pages.items():
            (project / name).write_text(text, encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(Path(tmp) / "site")],
                       cwd=project, env=env, check=True)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def page(body: str, title: str) -> str:
    return f"---\ntitle: {title}\n---\n# {title}\n\n{body}\n"


def linker_share() -> float:
    """CPU share of the citation treeprocessor (parsing and linking) in one build of the site."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    from samverkan import citation_links

    spent = [0.0]
    original = citation_links.CitationTreeprocessor.run

    def timed(self, root):
        start = time.process_time()
        try:
            return original(self, root)
        finally:
            spent[0] += time.process_time() - start

    citation_links.CitationTreeprocessor.run = timed
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["NO_MKDOCS_2_WARNING"] = "1"
            config = load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(Path(tmp) / "site"))
            total, _ = cpu(lambda: build(config))
    finally:
        citation_links.CitationTreeprocessor.run = original
    return spent[0] / total


def main():
    ratio = parser_ratio()
    print(f"parser, time per sentence at 20,000 against 2,000 sentences: {ratio:.2f} (target <= 1.25)")
    cited = long_page(SENTENCES)
    plain = long_page(PLAIN)
    count = len(CitationParser(load_registry(ROOT / "data" / "lagar.yml")).find(cited))
    with_citations = build_cpu({"docs/kunskap/lang.sv.md": page(cited, "Lång sida"),
                                "docs/kunskap/lang.en.md": page(cited, "Long page")})
    without = build_cpu({"docs/kunskap/lang.sv.md": page(plain, "Lång sida"),
                         "docs/kunskap/lang.en.md": page(plain, "Long page")})
    print(f"10,000-line page with about {count} citations per language: {with_citations:.1f} s CPU, "
          f"without citations {without:.1f} s: {with_citations / without:.2f} (target <= 1.5)")
    print(f"citation linker's share of a build of the site: {linker_share():.1%} (target < 10%)")


if __name__ == "__main__":
    main()
