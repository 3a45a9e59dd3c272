"""Benchmark: importing one web capture into a project that holds 24 captures of its site (issue 14).

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/bench_site_import.py            # a table
    python tests/benchmarks/bench_site_import.py --json     # only a JSON list of records on stdout

The pages are generated here from invented words (a made-up site: a menu, an article of 40 paragraphs, a
column of teasers and a footer; ~200 lines, ~17 KB each). ``site_captures_200_other_sites`` and
``import_lone_with_200_other_sites`` time the import of the same page into a project that holds one capture
of each of 200 other sites (the evidence a lone capture is cleaned with, ``webclean.others``).
``site_captures_24_held`` is what the import reads as siblings before the page is cleaned (the UI's wait
before anything is imported);
``site_captures_24_unstored`` the same in a project whose captures were imported before their lines were
stored (each is read from its original bytes once, and its lines stored);
``import_with_24_held`` is that plus the import itself; its baseline is the same import with no siblings
(what main's single-page clean-up costs). Records follow ``run.py``. Not part of the pytest run; nothing
here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from run import Record, table  # the shared record and table of tests/benchmarks/run.py

from annotator.domain.importing import ImportOptions
from annotator.services.project import Project
from annotator.services.sources import SITE_LINES
from annotator.storage.orm import SourceImportRow

HELD = 24
OTHER_SITES = 200  # captures of other sites, one page each: the evidence a lone capture is cleaned with
REPEATS = 3
CLEAN = ImportOptions(clean_web=True, reflow=False)
_WORDS = [
    *("the", "harbour", "quay", "ferry", "parish", "council", "minutes", "fishermen", "tide", "wall"),
    *("ledger", "rope", "walk", "yard", "mill", "grain", "carter", "toll", "chapel", "vicar", "relief"),
    *("of", "and", "in", "that", "was", "for", "with", "by", "from", "as", "which", "but", "had", "were"),
]


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def site_page(rng: random.Random, n: int, site: int = 7) -> str:
    """One capture of a made-up site (``site`` seeds its chrome: the same on every page of the site) around
    an article of its own."""
    chrome = random.Random(site)  # the site's own lines: the same on every page
    menu = [f"{chrome.choice(_WORDS).title()} {chrome.choice(_WORDS)}" for _ in range(30)]
    appeal = [_sentence(chrome, 18) for _ in range(4)]
    footer = [_sentence(chrome, 12) for _ in range(10)] + [f"Footer link {k}" for k in range(20)]
    title = f"Page {n}: " + _sentence(rng, 7).rstrip(".")
    article = [_sentence(rng, rng.randint(25, 60)) + " " + _sentence(rng, 20) for _ in range(40)]
    teasers = [_sentence(rng, 8).rstrip(".") for _ in range(30)]
    lines = [
        "Estuary Chronicle",
        *menu,
        "",
        title,
        "By A. Writer",
        "Published 4 May 2021",
        "",
        *(p + "\n" for p in article),
        *appeal,
        "",
        "More from the archive",
        *teasers,
        "",
        *footer,
    ]
    return "\n".join(lines) + "\n"


def bench(tmp: Path) -> list[Record]:
    rng = random.Random(1)
    held_files = []
    for n in range(HELD):
        path = tmp / f"held{n}.txt"
        path.write_text(site_page(rng, n), encoding="utf-8")
        held_files.append(path)
    new_pages = []
    for n in range(REPEATS):
        path = tmp / f"new{n}.txt"
        path.write_text(site_page(rng, 100 + n), encoding="utf-8")
        new_pages.append(path)
    reading, importing, alone = [], [], []
    with Project.open(tmp / "site.annotator") as project:
        held = [
            project.sources.import_file(path, options=CLEAN, siblings=()).source_id for path in held_files
        ]
        # A project imported before the captures' lines were stored: the first import reads them (and
        # stores them), as round 1 did on every import.
        with project._uow.write() as session:
            for source_id in held:
                row = session.get(SourceImportRow, source_id)
                row.report = {k: v for k, v in row.report.items() if k != SITE_LINES}
        start = time.perf_counter()
        project.sources.site_captures([new_pages[0]])
        unstored = time.perf_counter() - start
        for path in new_pages:
            start = time.perf_counter()
            siblings = project.sources.site_captures([path])
            reading.append(time.perf_counter() - start)
            report = project.sources.import_file(path, options=CLEAN, siblings=siblings)
            importing.append(time.perf_counter() - start)
            project.sources.delete(report.source_id)
    with Project.open(tmp / "alone.annotator") as project:
        for path in new_pages:
            start = time.perf_counter()
            project.sources.import_file(path, options=CLEAN, siblings=())
            alone.append(time.perf_counter() - start)
    lone_reading, lone_importing = bench_other_sites(tmp, rng, new_pages)
    return [
        Record("site_captures_200_other_sites", lone_reading, "s"),
        Record("import_lone_with_200_other_sites", lone_importing, "s", statistics.median(alone)),
        Record("site_captures_24_unstored", unstored, "s"),
        Record("site_captures_24_held", statistics.median(reading), "s"),
        Record("import_with_24_held", statistics.median(importing), "s", statistics.median(alone)),
        Record("site_page_size", len(new_pages[0].read_bytes()) / 1000, "KB"),
    ]


def bench_other_sites(tmp: Path, rng: random.Random, new_pages: list[Path]) -> tuple[float, float]:
    """A project holding one capture of each of ``OTHER_SITES`` other sites: the medians of what the import
    of a lone capture (a site the project holds no page of) reads as evidence, and of the whole import."""
    reading, importing = [], []
    with Project.open(tmp / "others.annotator") as project:
        for k in range(OTHER_SITES):
            path = tmp / f"other{k}.txt"
            path.write_text(site_page(rng, 200 + k, site=1000 + k), encoding="utf-8")
            project.sources.import_file(path, {"url": f"https://site{k}.example.org/a"}, options=CLEAN)
        for path in new_pages:
            start = time.perf_counter()
            siblings = project.sources.site_captures([path])
            reading.append(time.perf_counter() - start)
            report = project.sources.import_file(path, options=CLEAN, siblings=siblings)
            importing.append(time.perf_counter() - start)
            project.sources.delete(report.source_id)
    return statistics.median(reading), statistics.median(importing)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--json", action="store_true", help="only a JSON list of records on stdout")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        records = bench(Path(tmp))
    if args.json:
        print(json.dumps([asdict(r) for r in records]))
    else:
        print(table(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
