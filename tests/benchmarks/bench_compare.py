"""Benchmarks of comparing sources: find similar passages and the overview, on two 1 MB sources.

Usage, from the repository root::

    python tests/benchmarks/bench_compare.py [--json]

- ``similar_first``: the first find-similar call (it builds both sources' passage indexes).
- ``similar``: later calls, median over 30 passages (target < 200 ms); baseline: scanning every passage of
  the other source for the query's words with Python's ``in`` (no ranking, no stemming).
- ``overview``: every paragraph of one source against the other (target < 5 s).
- ``corpus_*``: where ``../shared/corpus`` is beside the checkout, the rank of the passage about the same
  event for a few hand-picked passages of the real sources.

Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from annotator.services.project import Project

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
EVENTS = [
    "Kirov",
    "Stalin",
    "Bukharin",
    "collective",
    "famine",
    "grain",
    "Trotsky",
    "kulak",
    "NKVD",
    "Five-Year",
]
WORDS = [
    "the",
    "of",
    "and",
    "in",
    "a",
    "to",
    "was",
    "were",
    "that",
    "peasants",
    "village",
    "district",
    "committee",
    "report",
    "harvest",
    "quota",
    "plan",
    "brigade",
    "party",
    "workers",
    "factory",
    "town",
    "winter",
    "spring",
    "autumn",
    "households",
    "deported",
    "arrested",
    "trial",
]


def make_text(seed: int, size: int = 1_000_000) -> str:
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        words = [rng.choice(WORDS) for _ in range(rng.randint(40, 140))]
        for _ in range(3):
            words.insert(rng.randrange(len(words)), rng.choice(EVENTS))
        words.insert(rng.randrange(len(words)), str(rng.randint(1917, 1953)))
        paragraph = " ".join(words).capitalize() + "."
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    records = []
    with tempfile.TemporaryDirectory() as tmp, Project.open(Path(tmp) / "b.annotator") as project:
        left_text, right_text = make_text(1), make_text(2)
        left = project.sources.import_bytes("left.txt", left_text.encode(), {"language": "en"}).source_id
        right = project.sources.import_bytes("right.txt", right_text.encode(), {"language": "en"}).source_id
        starts = [i for i in range(len(left_text)) if left_text.startswith("\n\n", i)][:30]
        started = time.perf_counter()
        project.compare.similar(left, starts[0] + 2, starts[1], right)
        records.append(
            {"name": "similar_first", "value": round((time.perf_counter() - started) * 1000), "unit": "ms"}
        )
        times, scans = [], []
        for a, b in itertools.pairwise(starts):
            started = time.perf_counter()
            project.compare.similar(left, a + 2, b, right)
            times.append(time.perf_counter() - started)
            query = set(left_text[a + 2 : b].lower().split())
            started = time.perf_counter()
            for paragraph in right_text.split("\n\n"):
                sum(1 for word in query if word in paragraph)
            scans.append(time.perf_counter() - started)
        value, baseline = statistics.median(times) * 1000, statistics.median(scans) * 1000
        records.append(
            {
                "name": "similar",
                "value": round(value, 1),
                "unit": "ms",
                "baseline": round(baseline, 1),
                "ratio": round(value / baseline, 2),
            }
        )
        started = time.perf_counter()
        pairs = project.compare.overview(left, right)
        records.append(
            {
                "name": "overview",
                "value": round(time.perf_counter() - started, 2),
                "unit": "s",
                "pairs": len(pairs or []),
            }
        )
    if CORPUS.is_dir():
        records += corpus_ranks()
    if args.json:
        print(json.dumps(records))
        return
    for r in records:
        extra = f"  baseline {r['baseline']}  ratio {r['ratio']}" if "baseline" in r else ""
        pairs = f"  ({r['pairs']} pairs)" if "pairs" in r else ""
        print(f"{r['name']:<34} {r['value']:>9} {r['unit']}{extra}{pairs}")


def corpus_ranks() -> list[dict]:  # type: ignore[type-arg]
    """Rank of the passage about the same event, for hand-picked passages of the real sources."""
    probes = [
        ("ussr-nep", "The terror is normally counted to begin", "stalinism-complete", "December 1, 1934"),
        ("stalinism-complete", "In 1934 Stalin ordered a slowing down", "ussr-nep", "assassination of Kirov"),
        ("stalinism-complete", "The trial of the Sixteen was followed", "ussr-nep", "show trials"),
        (
            "ussr-nep",
            "accelerated industrialisation; rapid, compulsory",
            "stalinism-complete",
            "collectivization",
        ),
        (
            "stalinism-complete",
            "By the end of 1927, Joseph Stalin had eliminated",
            "ussr-nep",
            "Left Opposition",
        ),
    ]
    records = []
    with tempfile.TemporaryDirectory() as tmp, Project.open(Path(tmp) / "c.annotator") as project:
        ids = {}
        for path in sorted(CORPUS.glob("*.txt")):
            ids[path.name] = project.sources.import_file(path).source_id
        for source, phrase, other, expected in probes:
            a = next(v for k, v in ids.items() if k.startswith(source))
            b = next(v for k, v in ids.items() if k.startswith(other))
            text = project.sources.text(a)
            i = text.find(phrase)
            if i < 0:
                continue
            start, end = text.rfind("\n", 0, i) + 1, text.find("\n", i)
            other_text = project.sources.text(b)
            results = project.compare.similar(a, start, end if end > 0 else len(text), b, top=5)
            rank = next(
                (
                    n
                    for n, r in enumerate(results, 1)
                    if expected in other_text[r.passage.start : r.passage.end]
                ),
                None,
            )
            records.append(
                {"name": f"corpus: {phrase[:28]}", "value": rank or "not in top 5", "unit": "rank"}
            )
    return records


if __name__ == "__main__":
    sys.exit(main())
