"""Benchmark: re-anchoring the annotations of a 1 MB source onto a new version (issue 13).

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/bench_reanchor.py            # a table
    python tests/benchmarks/bench_reanchor.py --json     # only a JSON list of records on stdout

The old version is generated prose, hard-wrapped at 72 columns with a running head every 40 lines; the new
version is the same prose reflowed (lines joined) with the running heads gone, the change every source
goes through when it is imported again with reflow and clean-up. The prose repeats its phrases a lot, so
many quotes occur hundreds of times, and 50 of the annotations are the single word "the".

- ``reanchor_1mb``: ``domain.reanchor.reanchor`` alone for 500 annotations; the baseline is the floor of
  any context search, one ``str.find`` of each quote with its context in the new text.
- ``reanchor_<method>`` / ``reanchor_orphans``: how many annotations each method placed, how many are left
  as orphans (not a time: what the timed run did).
- ``new_version_1mb``: ``SourceService.import_file(..., new_version_of=...)`` of the file with its 500
  annotations, reflow on; the baseline is the same import as a new source without annotations, so the
  ratio is what carrying the annotations costs on top of the import.

Not part of the pytest run; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import textwrap
import time
from collections import Counter
from pathlib import Path

from run import Record, prose, report  # the shared prose, record and table of tests/benchmarks/run.py

from annotator.domain.anchors import quote_for
from annotator.domain.importing import ImportOptions
from annotator.domain.reanchor import Anchor, Orphan, reanchor
from annotator.services.project import Project

SIZE = 1_000_000
ANNOTATIONS = 500
COMMON = 50  # annotations of the single word "the"
REPEATS = 3
_WORD = re.compile(r"\w+")
_THE = re.compile(r"(?<=\s)the(?=\s)")


def versions(seed: int = 13) -> tuple[str, str]:
    """(old, new): the prose hard-wrapped with running heads, and reflowed without them."""
    paragraphs = prose(seed, SIZE).decode("utf-8").strip().split("\n\n")
    lines_out: list[str] = []
    count = 0
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 72):
            lines_out.append(line)
            count += 1
            if count % 40 == 0:
                lines_out.append(f"HISTORY OF THE FAMINE   {count // 40}")
        lines_out.append("")
    return "\n".join(lines_out), "\n\n".join(paragraphs) + "\n"


def spans(text: str, rng: random.Random) -> list[tuple[int, int]]:
    """Annotation spans of 1–12 whole words at random places, and COMMON occurrences of "the"."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text) if not m.group().isupper()]
    chosen = []
    for _ in range(ANNOTATIONS - COMMON):
        i = rng.randrange(len(words) - 12)
        chosen.append((words[i][0], words[i + rng.randint(0, 11)][1]))
    the = [m.start() for m in _THE.finditer(text)]
    chosen += [(s, s + 3) for s in rng.sample(the, COMMON)]
    return sorted(chosen)


def bench_domain(old: str, new: str, chosen: list[tuple[int, int]]) -> list[Record]:
    anchors = [Anchor(s, e, quote_for(old, s, e)) for s, e in chosen]
    times, floors = [], []
    results = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for a in anchors:
            new.find(a.quote.prefix + a.quote.exact + a.quote.suffix)
        floors.append(time.perf_counter() - start)
        start = time.perf_counter()
        results = reanchor(new, anchors, len(old))
        times.append(time.perf_counter() - start)
    methods = Counter(r.method.value for r in results if not isinstance(r, Orphan))
    orphans = Counter(r.reason.value for r in results if isinstance(r, Orphan))
    records = [Record("reanchor_1mb", statistics.median(times), "s", statistics.median(floors))]
    records += [Record(f"reanchor_{m}", n, "annotations") for m, n in sorted(methods.items())]
    records += [
        Record(f"reanchor_orphans_{reason.replace(' ', '_')}", n, "annotations")
        for reason, n in sorted(orphans.items())
    ]
    return records


def bench_service(old: str, chosen: list[tuple[int, int]]) -> list[Record]:
    ours, floor = [], []
    with tempfile.TemporaryDirectory(prefix="annotator-bench-reanchor-") as tmp:
        for i in range(REPEATS):
            path = Path(tmp) / f"wrapped-{i}.txt"
            path.write_text(f"Copy {i}.\n" + old, encoding="utf-8")
            shift = len(f"Copy {i}.\n")
            with Project.open(Path(tmp) / f"p{i}.annotator") as project:
                first = project.sources.import_file(path, options=ImportOptions(reflow=False))
                for s, e in chosen:
                    project.annotations.create(first.source_id, s + shift, e + shift)
                start = time.perf_counter()
                project.sources.import_file(
                    path, options=ImportOptions(reflow=True), new_version_of=first.source_id
                )
                ours.append(time.perf_counter() - start)
            with Project.open(Path(tmp) / f"q{i}.annotator") as project:
                start = time.perf_counter()
                project.sources.import_file(path, options=ImportOptions(reflow=True))
                floor.append(time.perf_counter() - start)
    return [Record("new_version_1mb", statistics.median(ours), "s", statistics.median(floor))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print only a JSON list of records")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    old, new = versions()
    chosen = spans(old, random.Random(13))
    records = bench_domain(old, new, chosen) + bench_service(old, chosen)
    report(records, args.json, time.perf_counter() - began, "one str.find per quote / the import alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
