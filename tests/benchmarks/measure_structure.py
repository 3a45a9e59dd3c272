"""Measure the structure detectors (issue 14): precision and recall of note calls, notes resolved, time.

Usage, from the repository root::

    python tests/benchmarks/measure_structure.py [TEXT.txt ...]

Printed for each hand-labelled text of tests/domain/structure_gold.py: calls labelled, found, precision,
recall, the ones missed or mistaken, and how many calls were linked to a note; for each TEXT given (the
article in ../shared/corpus, a book's stored text): the calls found with their labels in order, how many
resolved, the headings; and the time detect() takes on 850,000 characters of the gold chapter repeated.
Not a test: nothing here asserts.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
from annotator.domain.structure import MarkKind
from annotator.domain.structure.detect import detect
from tests.domain.structure_gold import CALL_FORMS, CHAPTER, CHAPTER_FOUR, ENCYCLOPEDIA, gold

CALLS = (MarkKind.NOTE_CALL, MarkKind.REFERENCE_MARK)


def measure_gold() -> None:
    sets = (("chapter", CHAPTER), ("chapter four", CHAPTER_FOUR), ("call forms", CALL_FORMS))
    for name, template in (*sets, ("encyclopedia", ENCYCLOPEDIA)):
        text, labelled = gold(template)
        calls = [m for m in detect(text) if m.kind in CALLS]
        found = {(m.start, m.end) for m in calls}
        wanted = {(s, e) for s, e, _ in labelled}
        right = found & wanted
        resolved = sum(m.target_start is not None for m in calls)
        print(
            f"{name:14} labelled {len(wanted):3}  found {len(found):3}  "
            f"precision {len(right) / max(1, len(found)):.3f}  "
            f"recall {len(right) / max(1, len(wanted)):.3f}  "
            f"resolved {resolved}"
        )
        for s, e in sorted(found - wanted):
            print("   mistaken:", repr(text[max(0, s - 30) : e + 5]))
        for s, e in sorted(wanted - found):
            print("   missed:  ", repr(text[max(0, s - 30) : e + 5]))


def measure_file(path: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    start = time.perf_counter()
    marks = detect(text)
    took = time.perf_counter() - start
    calls = [m for m in marks if m.kind in CALLS]
    resolved = sum(m.target_start is not None for m in calls)
    print(f"{Path(path).name}: {len(text):,} characters, {took:.3f} s")
    print(f"   calls {len(calls)}, resolved {resolved}: {' '.join(m.label for m in calls)[:600]}")
    for m in marks:
        if m.kind == MarkKind.HEADING:
            print(f"   heading {m.label}: {text[m.start : m.end][:70]!r}")


def measure_time() -> None:
    text, _ = gold(CHAPTER)
    big = (text * (850_000 // len(text) + 1))[:850_000]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        detect(big)
        times.append(time.perf_counter() - start)
    print(f"850,000 characters of the chapter repeated: best of 3 {min(times):.3f} s")


if __name__ == "__main__":
    measure_gold()
    for argument in sys.argv[1:]:
        measure_file(argument)
    measure_time()
