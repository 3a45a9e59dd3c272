"""Time of ``EvidenceService.items`` on an 850,000-character source (issue 16): the first call detects and
stores, later ones read what was stored.

Usage, from the repository root::

    python tests/benchmarks/bench_evidence.py [--chars 850000] [--repeats 3]

The text is the held-out texts of evidence_heldout.py (essay, notes, a blog with comments) repeated, imported
as .txt into a new project file; the source is imported without timing, so "first" is detection plus storing
only. Printed: the median over --repeats new projects of the first call, of a second call, and the items
found. Not a test.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
import evidence_heldout as heldout

from annotator.services.project import Project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=850_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    unit = "\n\n".join([heldout.strip(heldout.ESSAY)[0], heldout.strip(heldout.NOTES)[0], heldout.BLOG])
    text = (unit * (args.chars // len(unit) + 1))[: args.chars]
    first: list[float] = []
    again: list[float] = []
    found = 0
    with tempfile.TemporaryDirectory(prefix="annotator-bench-evidence-") as tmp:
        for i in range(args.repeats):
            with Project.open(Path(tmp) / f"p{i}.annotator", backup=False) as project:
                source = project.sources.import_bytes(f"book-{i}.txt", text.encode("utf-8")).source_id
                project.structure.marks(source)  # stored at import's first read, as the reader does
                began = time.perf_counter()
                found = len(project.evidence.items(source))
                first.append(time.perf_counter() - began)
                began = time.perf_counter()
                project.evidence.items(source)
                again.append(time.perf_counter() - began)
    print(f"{len(text):,} characters, {found} items")
    print(f"items() first call (detect and store): median {statistics.median(first):.3f} s  {first}")
    print(f"items() later call (stored):           median {statistics.median(again):.3f} s  {again}")


if __name__ == "__main__":
    main()
