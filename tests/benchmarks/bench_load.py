"""The load benchmark: a project of 500 sources, 100,000 annotations and 10,000 links (issue 8).

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/bench_load.py           # a table
    python tests/benchmarks/bench_load.py --json    # only a JSON list of records on stdout

The project is built in bulk by ``tests/helpers/large_project.py`` (``load_build``, including the start
of its process), then measured in another fresh process, so that the peak memory (``resource.getrusage``'s
maxrss) is the app's alone and not the builder's: ``load_open`` (median of 5 opens),
``load_list_sources``, ``load_list_annotations`` (one source's 200) and ``load_list_links``,
``load_search_first`` (the first search: it builds the index over every paragraph and note),
``load_search`` (median of warm queries), ``load_export_csv`` (20,000 excerpts selected by a tag filter),
and ``load_peak_memory_open`` / ``load_peak_memory`` (after opening and listing, and at the end). Records
are those of ``run.py``; where there is a baseline it is the same read with bare ``sqlite3``. Nothing here
asserts a time; the temporary folder (and index cache) is deleted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(REPO_ROOT))

from run import Record, report  # noqa: E402

REPEATS = 5
QUERIES = ("famine", '"grain quota"', "procure*", "kind:primary harvest", "in:notes granary")


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _median(action: Callable[[], object], repeats: int = REPEATS) -> float:
    return statistics.median(_seconds(action) for _ in range(repeats))


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def _raw_list(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(
            "SELECT id, title, authors, date_text, kind FROM sources ORDER BY title"
        ).fetchall()
    finally:
        connection.close()


def measure(path: Path) -> list[Record]:
    """In the child process: every measurement on the built project."""
    from annotator.domain.excerpts import ExcerptFilter
    from annotator.services.project import Project
    from tests.helpers.large_project import TAGS

    def open_close() -> None:
        Project.open(path).close()

    records = [Record("load_open", _median(open_close), "s")]
    project = Project.open(path)
    try:
        source_ids = [s.id for s in project.sources.list()]
        one = source_ids[len(source_ids) // 2]
        records += [
            Record("load_list_sources", _median(project.sources.list), "s", _median(lambda: _raw_list(path))),
            Record("load_list_annotations", _median(lambda: project.annotations.list(source_id=one)), "s"),
            Record("load_list_links", _median(lambda: project.links.list(source_id=one)), "s"),
            Record("load_peak_memory_open", _peak_mb(), "MB"),
            Record("load_search_first", _seconds(lambda: project.search.search("famine")), "s"),
        ]
        warm = [_seconds(lambda q=q: project.search.search(q)) for q in QUERIES for _ in range(3)]
        records.append(Record("load_search", statistics.median(warm), "s"))
        with tempfile.TemporaryDirectory(prefix="annotator-bench-load-export-") as out:
            export = _seconds(
                lambda: project.exports.export(ExcerptFilter(tags=(TAGS[0],)), "csv", Path(out) / "x.csv")
            )
        records += [Record("load_export_csv", export, "s"), Record("load_peak_memory", _peak_mb(), "MB")]
    finally:
        project.close()
    return records


def _child(*args: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, __file__, *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def run_all() -> list[Record]:
    # Building and measuring each run in a child process of their own: on Linux a process's maxrss carries
    # over from the process it was forked from, so a builder's peak would otherwise show as the app's.
    with tempfile.TemporaryDirectory(prefix="annotator-bench-load-") as tmp:
        env = os.environ | {"XDG_CACHE_HOME": str(Path(tmp) / "cache")}  # the index stays in the temp folder
        path = Path(tmp) / "large.annotator"
        started = time.perf_counter()
        built = json.loads(_child("--build", str(path), env=env))
        records = [Record("load_build", time.perf_counter() - started, "s")]
        records += [Record(**r) for r in json.loads(_child("--measure", str(path), env=env))]
        print(
            f"project: {built['sources']} sources, {built['annotations']:,} annotations, "
            f"{built['links']:,} links, {path.stat().st_size / 1e6:,.0f} MB",
            file=sys.stderr,
        )
    return records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The load benchmark (see the module docstring).")
    parser.add_argument("--json", action="store_true", help="print only a JSON list of records")
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)  # the child processes
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        from tests.helpers.large_project import build_large_project

        built = build_large_project(args.build)
        json.dump(
            {"sources": len(built.source_ids), "annotations": built.annotations, "links": built.links},
            sys.stdout,
        )
        return 0
    if args.measure:
        json.dump(
            [
                {"name": r.name, "value": r.value, "unit": r.unit, "baseline": r.baseline}
                for r in measure(args.measure)
            ],
            sys.stdout,
        )
        return 0
    started = time.perf_counter()
    records = run_all()
    report(records, args.json, time.perf_counter() - started, "bare sqlite3")
    return 0


if __name__ == "__main__":
    sys.exit(main())
