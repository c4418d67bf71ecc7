#!/usr/bin/env python3
"""Build benchmark: prints ratios against baselines measured in the same run.

    make bench        (or: .venv/bin/python benchmarks/build_benchmark.py)

1. The full strict build against a control build of the same pages with the
   project's hooks switched off (target: hooks add under 15 %).
2. Builds with 50, 200 and 800 synthetic example pages per language, with citations
   and checklists: time per page (target: at 800 within 10 % of that at 200).
3. The rebuild after a one-line edit, as `mkdocs serve` does it (a full rebuild in
   the same process).
4. Bytes a browser transfers to show the home page and an example page, and the
   search index per language.
Each build runs in a fresh process; the median of a few runs is taken.
"""
from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "hooks")]
PY = sys.executable
RUNS = int(os.environ.get("BENCH_RUNS", "3"))

CHILD = r"""
import json, os, resource, sys, time
os.environ["NO_MKDOCS_2_WARNING"] = "1"
from mkdocs.commands.build import build
from mkdocs.config import load_config
root, site, edits = sys.argv[1], sys.argv[2], int(sys.argv[3])
in_hooks = [0.0, 0.0]      # the project's hook handlers; of which Pagefind (hooks/search.py)

def timed_hooks(config):
    # wrap the project's hook handlers (not MkDocs', not the plugins') in a timer
    def wrap(method):
        search = method.__code__.co_filename.endswith("search.py")
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                in_hooks[0] += time.perf_counter() - start
                if search:
                    in_hooks[1] += time.perf_counter() - start
        return run
    def ours(method):
        code = getattr(method, "__code__", None)
        return code is not None and "/hooks/" in code.co_filename
    for name, methods in config.plugins.events.items():
        config.plugins.events[name] = [wrap(m) if ours(m) else m for m in methods]
times = []
for n in range(1 + edits):
    if n:   # what mkdocs serve does after a save: one line changed, the whole site rebuilt
        page = os.path.join(root, "docs/kunskap/samverkan.sv.md")
        with open(page, "a", encoding="utf-8") as f:
            f.write(f"\nEn rad till ({n}).\n")
    config = load_config(config_file=os.path.join(root, "mkdocs.yml"), site_dir=site, strict=False)
    timed_hooks(config)
    start = time.perf_counter()
    build(config)
    times.append(time.perf_counter() - start)
print(json.dumps({"times": times, "in_hooks": in_hooks[0], "in_search": in_hooks[1],
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def copy(dest: Path) -> Path:
    from sitebuild import copy_project
    return copy_project(dest)


def timed(root: Path, edits: int = 0) -> dict:
    with tempfile.TemporaryDirectory() as site:
        out = subprocess.run([PY, "-c", CHILD, str(root), site, str(edits)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def median_build(root: Path) -> tuple[float, float, float]:
    runs = [timed(root) for _ in range(RUNS)]
    return (statistics.median(r["times"][0] for r in runs), max(r["maxrss_mb"] for r in runs),
            statistics.median(r["in_hooks"] - r["in_search"] for r in runs),
            statistics.median(r["in_search"] for r in runs))


def without_hooks(root: Path) -> Path:
    """The same pages without the project's hooks: the pages the hooks would generate
    (law and checklist-topic pages) are written out as ordinary files first."""
    materialise_generated(root)
    config = root / "mkdocs.base.yml"     # hooks and scripts are in the base that mkdocs.yml inherits
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"^hooks:\n(?:  - .*\n)+", "hooks: []\n", text, flags=re.M)
    text = re.sub(r"^extra_javascript:\n(?:  - .*\n)+", "", text, flags=re.M)
    config.write_text(text, encoding="utf-8")
    return root


def materialise_generated(root: Path) -> None:
    out = subprocess.run([PY, "-c", GENERATED, str(root)], capture_output=True, text=True, check=True)
    for line in out.stdout.splitlines():
        path, text = json.loads(line)
        (root / "docs" / path).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / path).write_text(text, encoding="utf-8")


GENERATED = r"""
import json, os, sys, tempfile
os.environ["NO_MKDOCS_2_WARNING"] = "1"
from mkdocs.commands.build import build
from mkdocs.config import load_config
root = sys.argv[1]
with tempfile.TemporaryDirectory() as site:
    build(load_config(config_file=os.path.join(root, "mkdocs.yml"), site_dir=site, strict=False))
from samverkan import state
for lang, run in state.all_builds().items():
    for stem, write in run.generators.items():
        print(json.dumps([f"{stem}.{lang}.md", write(run)]))
"""


SYNTHETIC = {
    "sv": """---
title: Syntetiskt exempel {n}
description: Ett genererat exempel för mätning.
summary: Ett genererat exempel.
place: Ort {n}
county: Län {county}
organisations: [Kommun {n}]
partners: []
target_group: Personer som friges.
focus: [coordination]
status: {{value: project, as_of: 2020, source: "Rapport 2020"}}
period: {{start: "2020"}}
evidence: not-evaluated
results: [{{label: Deltagare, value: {n}, group: Deltagare}}]
sources: [{{title: Rapport {n}, publisher: Kommun {n}, year: 2020}}]
---

## Vad det är

Exempel {n} följer 2 kap. 7 § socialtjänstlagen (2001:453) och 6 § förvaltningslagen (1986:223).

## Målgrupp

Personer som placeras enligt § 34 KvL eller vårdas enligt LVM.

## Så går arbetet till

{filler}

## Vem samverkar och hur

Samverkan sker enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser.

## Resultat

Inga resultat.

## Lärdomar

!!! checklist "Lärdomar från exempel {n}"
    topics: planning, collaboration

    - Börja planeringen tidigt i exempel {n}.
    - Bestäm vem som äger planen enligt 2 kap. 7 § socialtjänstlagen.
    - Följ upp efter sex månader.

## Källor

- Rapport {n}, Kommun {n}, 2020.
""",
}
SYNTHETIC["en"] = (SYNTHETIC["sv"].replace("## Vad det är", "## What it is").replace("## Målgrupp", "## Target group")
                   .replace("## Så går arbetet till", "## How the work is done").replace("## Vem samverkar och hur", "## Who collaborates and how")
                   .replace("## Resultat", "## Results").replace("## Lärdomar", "## Lessons").replace("## Källor", "## Sources"))
FILLER = " ".join(["Arbetet sker i små steg med täta möten mellan myndigheterna."] * 40)


def with_synthetic(root: Path, count: int) -> Path:
    for n in range(count):
        for lang, text in SYNTHETIC.items():
            (root / "docs/exempel" / f"synt-{n:04d}.{lang}.md").write_text(
                text.format(n=n, county=n % 21, filler=FILLER), encoding="utf-8")
    return root


def transferred(site: Path) -> dict:
    """Bytes fetched by Chromium to show a page (each file counted once)."""
    from conftest import CHROMIUM_ARGS, serve
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    out = {}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"), args=CHROMIUM_ARGS)
        for name, path in (("home page", ""), ("example page", "exempel/itok/")):
            page = browser.new_page()
            sizes = {}
            page.on("response", lambda r: sizes.__setitem__(r.url, len(r.body())) if r.ok else None)
            page.goto(base + path, wait_until="networkidle")
            out[name] = (sum(sizes.values()), len(sizes))
            page.close()
        browser.close()
    server.shutdown()
    return out


def index_size(site: Path) -> dict:
    sizes: dict[str, int] = {}
    for f in (site / "pagefind").rglob("*"):
        m = re.match(r"(?:pagefind\.|wasm\.)?([a-z]{2})[_.]", f.name)
        if f.is_file() and m:
            sizes[m.group(1)] = sizes.get(m.group(1), 0) + f.stat().st_size
    return sizes


def main() -> int:
    print(f"Build benchmark, {RUNS} runs per figure (median), each build in a fresh process\n")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        full, full_mem, hooks, search = median_build(copy(tmp / "full"))
        control, control_mem, _, _ = median_build(without_hooks(copy(tmp / "control")))
        sources = len(list((ROOT / "docs").rglob("*.md")))
        print("1. Hooks against a control build of the same pages (generated ones written out) without the hooks")
        print(f"   control {control:.2f} s ({control_mem:.0f} MB), full {full:.2f} s ({full_mem:.0f} MB): "
              f"ratio {full / control:.2f} (hooks add {100 * (full / control - 1):.0f} %; target under 15 %)")
        print(f"   of the full build, {hooks:.2f} s ({100 * hooks / full:.0f} %) is spent in the project's hook handlers "
              f"(scan, links, generated Markdown, markers) and {search:.2f} s ({100 * search / full:.0f} %) in Pagefind;")
        print(f"   ({sources} source files; the control also has the law and checklist-topic pages as ordinary files)")

        print("\n2. Synthetic example pages per language (citations and a checklist on each)")
        per_page, hooks_per_page, search_per_page = {}, {}, {}
        for count in (50, 200, 800):
            seconds, mem, in_hooks, in_search = median_build(with_synthetic(copy(tmp / f"s{count}"), count))
            per_page[count], hooks_per_page[count] = seconds / count, in_hooks / count
            search_per_page[count] = in_search / count
            print(f"   {count:4d} pages/language: {seconds:6.2f} s, {1000 * per_page[count]:.1f} ms per page "
                  f"({1000 * hooks_per_page[count]:.1f} ms in the hooks, {1000 * search_per_page[count]:.1f} ms in Pagefind), {mem:.0f} MB")
        print(f"   time per page, 800 against 200: ratio {per_page[800] / per_page[200]:.2f} (target within 1.10)")
        print(f"   time per page, 200 against 50:  ratio {per_page[200] / per_page[50]:.2f}")
        print(f"   hook time per page, 800 against 200: ratio {hooks_per_page[800] / hooks_per_page[200]:.2f}; "
              f"Pagefind per page: ratio {search_per_page[800] / search_per_page[200]:.2f}")

        print("\n3. Rebuild after a one-line edit, in the same process (as mkdocs serve)")
        result = timed(copy(tmp / "serve"), edits=3)
        first, again = result["times"][0], statistics.median(result["times"][1:])
        print(f"   first build {first:.2f} s, rebuild {again:.2f} s: ratio {again / first:.2f}")

        print("\n4. Bytes transferred and the search index")
        site = tmp / "site"
        subprocess.run([PY, "-m", "mkdocs", "build", "-q", "-d", str(site)], cwd=ROOT, check=True,
                       env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
        pages = transferred(site)
        home = pages["home page"][0]
        for name, (size, count) in pages.items():
            print(f"   {name}: {size / 1024:.0f} KiB in {count} requests (ratio to home page {size / home:.2f})")
        for lang, size in sorted(index_size(site).items()):
            print(f"   search index, {lang}: {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
