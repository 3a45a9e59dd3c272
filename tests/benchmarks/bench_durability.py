"""What data safety costs (issue 13): flushing every commit, verifying texts, checking backups.

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/bench_durability.py           # a table
    python tests/benchmarks/bench_durability.py --json    # only a JSON list of records on stdout

- ``edit_synchronous_full``: one annotation edit (a note changed, committed), median over 200, with the
  project's ``synchronous=FULL`` (the WAL flushed to the disk at each commit); baseline: the same edits in
  the same run with ``synchronous=NORMAL`` (flushed only at checkpoints).
- ``text_read_verified``: reading a 1 MB text whole through ``sources_repo.text_of`` (bytes, SHA-256, decode);
  baseline: the plain ``SELECT text`` the app did before checksums.
- ``check_40_sources``: the full check of a project of 40 one-megabyte sources (``integrity_check`` and every
  text's and original file's checksum), as ``annotator check`` runs it; baseline: reading the file's bytes.
- ``backup_40_sources``: an automatic backup of that project, the copy checked before it counts; baseline:
  the copy alone (SQLite's backup API).

Records are those of ``run.py``. Nothing here asserts a time; the temporary folder is deleted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(REPO_ROOT))

from run import Record, prose, report  # noqa: E402
from sqlalchemy import select  # noqa: E402

from annotator.services.project import Project  # noqa: E402
from annotator.storage import backups, database, sources_repo  # noqa: E402
from annotator.storage.checking import check_file  # noqa: E402
from annotator.storage.orm import SourceTextRow  # noqa: E402

EDITS = 200
SOURCES = 40
SIZE = 1_000_000


def _seconds(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _edits(path: Path, synchronous: str) -> float:
    """Median seconds of one committed annotation edit with the given ``synchronous`` setting."""
    database.SYNCHRONOUS = synchronous  # read by every new connection's pragmas
    try:
        with Project.open(path) as project:
            source = project.sources.list()[0].id
            annotation = project.annotations.create(source, 10, 40).id
            times = [
                _seconds(lambda i=i: project.annotations.update(annotation, note=f"note {i}"))
                for i in range(EDITS)
            ]
    finally:
        database.SYNCHRONOUS = "FULL"
    return statistics.median(times)


def run_all(folder: Path) -> list[Record]:
    path = folder / "safety.annotator"
    with Project.open(path) as project:
        ids = [
            project.sources.import_bytes(f"s{i}.txt", prose(i, SIZE), {"title": f"Source {i}"}).source_id
            for i in range(SOURCES)
        ]
    normal = _edits(path, "NORMAL")
    full = _edits(path, "FULL")
    records = [Record("edit_synchronous_full", full * 1000, "ms", normal * 1000)]

    with Project.open(path) as project, project._uow.read() as session:
        verified = statistics.median(
            _seconds(lambda: sources_repo.text_of(session, ids[0])) for _ in range(20)
        )
        plain = statistics.median(
            _seconds(
                lambda: session.scalar(select(SourceTextRow.text).where(SourceTextRow.source_id == ids[0]))
            )
            for _ in range(20)
        )
    records.append(Record("text_read_verified", verified * 1000, "ms", plain * 1000))

    check = statistics.median(_seconds(lambda: check_file(path, thorough=True)) for _ in range(3))
    raw = statistics.median(_seconds(path.read_bytes) for _ in range(3))
    records.append(Record("check_40_sources", check * 1000, "ms", raw * 1000))

    copy = statistics.median(
        _seconds(lambda: database.backup_file(path, folder / "copy.annotator")) for _ in range(3)
    )
    backup = statistics.median(_seconds(lambda: backups.take_backup(path)) for _ in range(3))
    records.append(Record("backup_40_sources", backup * 1000, "ms", copy * 1000))
    return records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="The data-safety benchmark (see the module docstring).")
    parser.add_argument("--json", action="store_true", help="print only a JSON list of records")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="annotator-bench-") as tmp:
        records = run_all(Path(tmp))
    report(records, args.json, time.perf_counter() - started, "the same work without the safety")
    return 0


if __name__ == "__main__":
    sys.exit(main())
