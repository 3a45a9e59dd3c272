"""Benchmark: inter-coder agreement (services/agreement.py) on three coders' annotations of long sources,
against the reference path, the ``krippendorff`` package given one value per character built directly.

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/bench_agreement.py

Three invented sources of 50,000 characters each; three coders, each with 300 annotations per source of
one of the five tags of a facet (random spans of 5-200 characters; the coders' spans drawn around the same
places, so they overlap often). Timed: ``compute`` for the facet (the facet and its five tags: six alphas),
median of 3, and the reference for the same figures (per-character lists, then ``krippendorff.alpha`` six
times), median of 3; the figures are checked equal. Nothing here asserts a time.

One run on the shared 2-core machine (load about 8): ``compute`` 832 ms (six alphas and 647 disagreed
passages listed), the reference 45,265 ms; the figures equal. The process peaked at 3.6 GB, all of it the
reference's (the package builds a units × values × values array; the facet has up to 32 values here).
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT))

import krippendorff  # noqa: E402
import numpy as np  # noqa: E402

from annotator.services.project import Project  # noqa: E402

LENGTH, SOURCES, CODERS, PER_SOURCE, TAGS = 50_000, 3, ("ann", "ben", "cy"), 300, 5


def build(path: Path) -> tuple[list[int], list[tuple[str, int, int, int, int]]]:
    rng = random.Random(21)
    words = ["the", "committee", "declared", "grain", "plan", "kulak", "village", "report", "said", "party"]
    coded: list[tuple[str, int, int, int, int]] = []  # coder, source, start, end, tag index
    with Project.open(path) as project:
        project.taxonomy.add_facet("Tone")
        for i in range(TAGS):
            project.taxonomy.add_tag("tone", f"T{i}")
        sources = []
        for n in range(SOURCES):
            text = " ".join(rng.choice(words) for _ in range(LENGTH // 5))[:LENGTH].ljust(LENGTH, ".")
            sources.append(
                project.sources.import_bytes(f"s{n}.txt", text.encode(), {"title": f"S{n}"}).source_id
            )
        places = [
            (s, rng.randrange(0, LENGTH - 300), rng.randrange(TAGS))
            for s in sources
            for _ in range(PER_SOURCE)
        ]
        for coder in CODERS:
            project.coders.act_as(coder)
            for source, at, tag in places:
                start = max(0, at + rng.randint(-20, 20))
                end = start + rng.randint(5, 200)
                tag = tag if rng.random() < 0.8 else rng.randrange(TAGS)
                project.annotations.create(source, start, end, [f"tone/t{tag}"])
                coded.append((coder, source, start, end, tag))
    return sources, coded


def reference(sources: list[int], coded: list[tuple[str, int, int, int, int]]) -> dict[str | None, float]:
    """Each coder's tags on each character as a bit mask (one array per coder), then the package."""
    offset = {s: i * LENGTH for i, s in enumerate(sources)}
    masks = {c: np.zeros(LENGTH * len(sources), dtype=np.int64) for c in CODERS}
    for coder, source, start, end, tag in coded:
        masks[coder][offset[source] + start : offset[source] + end] |= 1 << tag
    data = np.array([masks[c] for c in CODERS])
    figures: dict[str | None, float] = {
        None: krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    }
    for t in range(TAGS):
        bits = (data >> t) & 1
        figures[f"tone/t{t}"] = krippendorff.alpha(reliability_data=bits, level_of_measurement="nominal")
    return figures


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        sources, coded = build(Path(tmp) / "b.annotator")
        with Project.open(Path(tmp) / "b.annotator") as project:
            times = []
            for _ in range(3):
                started = time.perf_counter()
                report = project.agreement.compute(list(CODERS), facets=["tone"])
                times.append(time.perf_counter() - started)
        ref_times = []
        for _ in range(3):
            started = time.perf_counter()
            expected = reference(sources, coded)
            ref_times.append(time.perf_counter() - started)
    got = {f.tag: f.alpha for f in report.figures}
    assert all(abs((got[k] or 0) - v) < 1e-9 for k, v in expected.items()), (got, expected)
    print(
        f"units {report.figures[0].units:,} characters, {len(coded):,} annotations, "
        f"{len(report.figures)} figures"
    )
    print(f"agreement.compute  median {statistics.median(times) * 1000:,.0f} ms")
    print(f"reference per character  median {statistics.median(ref_times) * 1000:,.0f} ms")
    print(f"disagreements listed: {len(report.disagreements):,}; figures equal to the reference")


if __name__ == "__main__":
    main()
