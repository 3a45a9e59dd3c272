"""Benchmark: the references of 5,000 sources exported as BibTeX and CSL-JSON (issue 19: "a few seconds at
most"; the first version took 19.6 s for BibTeX).

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/bench_bibliography.py            # a table
    python tests/benchmarks/bench_bibliography.py --json     # only a JSON list of records on stdout
    python tests/benchmarks/bench_bibliography.py --sources 1000

Records have the shape of ``run.py``'s: ``{"name", "value", "unit"}`` plus ``"baseline"`` and ``"ratio"``.
``bibliography_<format>_<n>`` is ``SourceService.export_bibliography`` writing the file, as the CLI does; its
baseline is the way the first version read the sources (``Project.sources.list()`` and then
``Project.sources.get`` per source, each a read of its own with the source's file row loaded lazily),
followed by the same key-making and writing, measured in the same run: the ratio is after / before.
``bibliography_read_<n>`` is reading the metadata now (``sources_repo.metadata_many``), against the SQL
floor: bare ``sqlite3`` fetching the same columns as tuples. Each number is the median of three runs,
the before and after alternating so that the shared machine's load weighs on both alike. The check that
the work was done is that both ways write the same text, with every source in it. The project (sources of
one short paragraph, with the reference fields filled in the ways historians' references have them:
journal articles, chapters with editors, archival documents with shelfmarks, LaTeX specials and braces)
is built once in a temporary folder deleted afterwards; importing 5,000 sources takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from run import Record, report

from annotator.io.bibliography import CiteKeys, write_bibtex, write_csl_json
from annotator.services.project import Project
from annotator.storage import sources_repo

SOURCES = 5_000
REPEATS = 3
FORMATS = ("bibtex", "csl-json")
_FAMILIES = ("Conquest", "Viola", "Graziosi", "Fitzpatrick", "Davies", "Wheatcroft", "Kotkin", "Danilov")
_GIVEN = ("Robert", "Lynne", "Andrea", "Sheila", "R. W.", "Stephen G.", "Viktor", "Oleg")
_JOURNALS = ("Slavic Review", "Europe-Asia Studies", "Kritika", "The Russian Review", "Past & Present")
_ARCHIVES = ("RGASPI", "GARF", "RGAE", "TsDAHOU", "DAKhO")


def reference(i: int, rng: random.Random) -> dict[str, object]:
    """Metadata of source ``i``: a journal article, a chapter in an edited book or an archival document."""
    author = f"{rng.choice(_FAMILIES)}, {rng.choice(_GIVEN)}"
    year = str(1925 + i % 90)
    shape = i % 3
    if shape == 0:
        return {
            "title": f"Grain procurement and the {{USSR}} in {year}: part {i}", "authors": [author],
            "date_text": year, "item_type": "article-journal", "container_title": rng.choice(_JOURNALS),
            "volume": str(10 + i % 60), "issue": str(1 + i % 4), "page": f"{i % 300}–{i % 300 + 25}",
            "doi": f"10.2307/{2500000 + i}", "language": "en",
        }  # fmt: skip
    if shape == 1:
        return {
            "title": f"The village soviet & the kolkhoz, {i}", "authors": [author],
            "editors": [f"{rng.choice(_FAMILIES)}, {rng.choice(_GIVEN)}"], "date_text": year,
            "item_type": "chapter", "container_title": f"Stalinism: New Directions {i % 40}",
            "publisher": "Routledge", "publisher_place": "London", "page": "112–139",
            "isbn": "978-0-415-15233-4",
        }  # fmt: skip
    return {
        "title": f"Spravka on the sowing campaign no. {i}", "date_text": f"{year}-0{1 + i % 9}-1{i % 10}",
        "item_type": "manuscript", "archive": rng.choice(_ARCHIVES),
        "archive_location": f"f. {i % 900}, op. {i % 7}, d. {i}, l. {i % 50}–{i % 50 + 3} ob.",
        "extra": "Typescript copy; 50% of the figures corrected by hand",
    }  # fmt: skip


def build(path: Path, count: int, log: bool) -> Project:
    rng = random.Random(19)
    project = Project.open(path)
    for i in range(count):
        text = f"Source {i}: the district committee reported on the sowing campaign.\n".encode()
        project.sources.import_bytes(f"source-{i:05}.txt", text, reference(i, rng))
        if log and (i + 1) % 1000 == 0:
            print(f"  {i + 1:,} sources", file=sys.stderr, flush=True)
    return project


def first_version(project: Project, format_name: str, out: Path) -> str:
    """What ``export_bibliography`` did before: every source read by itself (issue 19's 19.6 s)."""
    sources = [project.sources.get(s.id) for s in project.sources.list()]
    cite_key = CiteKeys()
    keys = {source.id: cite_key(source.metadata) for source in sources}
    pairs = [(keys[source.id], source.metadata) for source in sources]
    text = write_csl_json(pairs) if format_name == "csl-json" else write_bibtex(pairs)
    out.write_text(text, encoding="utf-8")
    return text


def sql_floor(path: Path) -> None:
    """The sources' reference columns fetched as tuples with bare ``sqlite3``."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT * FROM sources ORDER BY id").fetchall()
        assert rows
    finally:
        connection.close()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def bench(count: int, log: bool) -> list[Record]:
    records = []
    with tempfile.TemporaryDirectory(prefix="annotator-bench-bibliography-") as tmp:
        folder = Path(tmp)
        if log:
            print(f"building a project of {count:,} sources…", file=sys.stderr, flush=True)
        project = build(folder / "bibliography.annotator", count, log)
        try:
            uow = project.sources._uow  # the service's own unit of work, for the read alone

            def read() -> None:
                with uow.read() as session:
                    assert len(sources_repo.metadata_many(session)) == count

            read()  # imports and SQLAlchemy's statement cache
            reads, sqls = [], []
            for _ in range(REPEATS * 3):
                reads.append(timed(read))
                sqls.append(timed(lambda: sql_floor(project.path)))
            records.append(Record(f"bibliography_read_{count}", statistics.median(reads), "s",
                                  statistics.median(sqls)))  # fmt: skip
            for name in FORMATS:
                if log:
                    print(f"exporting {name}…", file=sys.stderr, flush=True)
                before_out, after_out = folder / f"before.{name}", folder / f"after.{name}"
                befores, afters = [], []
                for _ in range(REPEATS):
                    befores.append(timed(lambda: first_version(project, name, before_out)))  # noqa: B023
                    afters.append(timed(lambda: project.sources.export_bibliography(name, after_out)))  # noqa: B023
                written = after_out.read_text(encoding="utf-8")
                if written != before_out.read_text(encoding="utf-8"):
                    raise RuntimeError(f"{name}: the export differs from the first version's")
                if name == "bibtex":
                    entries = sum(line.startswith("@") for line in written.splitlines())
                else:
                    entries = len(json.loads(written))
                if entries != count:
                    raise RuntimeError(f"{name}: {entries} entries written, not {count}")
                records.append(Record(f"bibliography_{name}_{count}", statistics.median(afters), "s",
                                      statistics.median(befores)))  # fmt: skip
                size = after_out.stat().st_size / 1_000_000
                records.append(Record(f"bibliography_{name}_{count}_size", size, "MB"))
        finally:
            project.close()
    return records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time bibliography exports (see the module docstring).")
    parser.add_argument("--sources", type=int, default=SOURCES, help=f"sources (default {SOURCES:,})")
    parser.add_argument("--json", action="store_true", help="print only a JSON list of records")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    records = bench(args.sources, log=not args.json)
    report(records, args.json, time.perf_counter() - started, "the first version's way (see the module)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
