"""Time of ``EvidenceService.items`` on an 850,000-character source (issue 16): the first call detects and
stores, later ones read what was stored; then the decisions: accepting one proposal (what Enter does, 20
times, each its own transaction), accepting every proposed citation at once (the Evidence panel's Accept
all), and undoing and redoing that.

Usage, from the repository root::

    python tests/benchmarks/bench_evidence.py [--chars 850000] [--repeats 3]

The text is the held-out texts of evidence_heldout.py (essay, notes, a blog with comments) repeated, imported
as .txt into a new project file; the source is imported without timing, so "first" is detection plus storing
only. Printed: the median over --repeats new projects of the first call, of a second call, and the items
found, and the median and 95th percentile of one-by-one acceptances and the accept-all, its undo and redo
in the last project. Not a test.
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
    one: list[float] = []
    kind_times: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="annotator-bench-evidence-") as tmp:
        for i in range(args.repeats):
            with Project.open(Path(tmp) / f"p{i}.annotator", backup=False) as project:
                source = project.sources.import_bytes(f"book-{i}.txt", text.encode("utf-8")).source_id
                project.structure.marks(source)  # stored at import's first read, as the reader does
                began = time.perf_counter()
                found = len(project.evidence.items(source))
                first.append(time.perf_counter() - began)
                began = time.perf_counter()
                listed = project.evidence.items(source)
                again.append(time.perf_counter() - began)
                if i < args.repeats - 1:
                    continue
                proposed = [item.id for item in listed if item.state == "proposed" and item.proposal.tags]
                for item_id in proposed[len(proposed) // 2 : len(proposed) // 2 + 20]:
                    began = time.perf_counter()
                    project.evidence.accept(source, [item_id])
                    one.append(time.perf_counter() - began)
                began = time.perf_counter()
                decided = project.evidence.accept_kind(source, "citation")
                kind_times["accept all citations"] = time.perf_counter() - began
                began = time.perf_counter()
                project.evidence.unaccept(decided)
                kind_times["undo it"] = time.perf_counter() - began
                began = time.perf_counter()
                project.evidence.redo(decided)
                kind_times["redo it"] = time.perf_counter() - began
                accepted_all = decided.count
    print(f"{len(text):,} characters, {found} items")
    print(f"items() first call (detect and store): median {statistics.median(first):.3f} s  {first}")
    print(f"items() later call (stored):           median {statistics.median(again):.3f} s  {again}")
    p95 = statistics.quantiles(one, n=20)[-1]
    print(f"accept one (20 calls): median {statistics.median(one) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")
    print(f"{accepted_all:,} citations: " + ", ".join(f"{k} {v:.2f} s" for k, v in kind_times.items()))


if __name__ == "__main__":
    main()
