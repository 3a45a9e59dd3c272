"""Benchmarks of the real services on real files: import, open and list, annotate, the command line.

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/run.py                  # everything, as a table
    python tests/benchmarks/run.py import open      # only those with a name starting "import" or "open"
    python tests/benchmarks/run.py --json           # only a JSON list of records on stdout

A record is ``{"name", "value", "unit"}``, plus ``"baseline"`` and ``"ratio"`` (= value / baseline) when a
cheaper operation on the same data was measured in the same run: reading, hashing and decoding the file for
an import, a bare ``sqlite3`` query for opening and listing (``list_5000_annotations``: one source's 5,000
annotations with their tags, as opening it reads them), plain ``sqlite3`` INSERT+COMMIT for annotating one
at a time, plain ``sqlite3`` executemany in one transaction for ``batch_10000_annotations`` (Tag hits… on
10,000 passages), and for the CLI (``cli_sources_1000``, ``annotator sources --json``) a bare Python process
running the same query with ``sqlite3`` and printing the same JSON. Issue 23's targets: the batch and the
CLI at most 5× their floors. Absolute numbers depend on the machine; the ratio says how much our layers
cost over the floor, so it is the number to compare across machines and commits. For MB/s a ratio below 1
means slower than the baseline; for times, above 1 does.

Selecting a name runs its whole benchmark, so ``run.py list`` also reports ``open_1000_sources``, measured
in the same loop. ``import_corpus`` runs only when ``../shared/corpus`` (beside the checkout) exists; its
files are read where they are.

Not part of the pytest run, and nothing here asserts a time: timings vary between machines and runs too
much to fail a build on. The checks that are here (row counts, exit codes) only make sure that what was
timed did the work. Each benchmark works in its own temporary directory, which is deleted afterwards.
Sizes are decimal: 1 MB = 1,000,000 bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path

from annotator.services.project import Project

MB = 1_000_000
REPEATS = 5  # for the short measurements (open, list); the median is reported
CLI_REPEATS = 9  # processes started for the CLI and for its floor, alternately
IMPORT_REPEATS = 3  # distinct files per size: a project refuses identical bytes twice
LIBRARY_SIZE = 1_000
ANNOTATIONS = 10_000
REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS_DIR = REPO_ROOT.parent / "shared" / "corpus"  # real sources, when the checkout sits beside them


@dataclass(frozen=True, slots=True)
class Record:
    """One measurement; ``baseline`` is the same work done without our layers, measured in the same run."""

    name: str
    value: float
    unit: str
    baseline: float | None = None

    @property
    def ratio(self) -> float | None:
        return self.value / self.baseline if self.baseline else None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {k: v for k, v in asdict(self).items() if v is not None}
        if self.ratio is not None:
            data["ratio"] = self.ratio
        return data


# --- Generated prose ------------------------------------------------------------------------------------
# Varied enough that language detection, NFC normalization and the UTF-8 decoder see realistic text
# (curly quotes, dashes, numbers), and seeded so that every run imports the same bytes.

_PLACES = ("Dnipro", "Kharkiv", "Kyiv", "Poltava", "Odesa", "Tambov", "the Kuban", "the Volga", "Vinnytsia")
_PEOPLE = ("Stalin", "Bukharin", "Molotov", "Kaganovich", "Postyshev", "Conquest", "Viola", "Graziosi")
_TERMS = (
    "the ‘kulak’",
    "the kolkhoz",
    "grain procurement",
    "collectivization",
    "dekulakization",
    "the NEP",
    "the Five-Year Plan",
    "the OGPU",
    "the village soviet",
    "the ‘wrecker’ campaign",
)
_YEARS = ("1921", "1928", "1929–30", "1932–33", "1934", "1937–38")
_VERBS = ("reported", "denied", "recorded", "estimated", "disputed", "ordered", "concealed", "exaggerated")
_ADJECTIVES = ("local", "official", "contested", "severe", "unreliable", "detailed", "partial", "secret")
_NOUNS = ("report", "memoir", "decree", "quota", "harvest", "census", "letter", "survey", "resolution")
_FILLER = (
    *("the", "of", "and", "in", "that", "was", "for", "with", "by", "from", "as", "which", "but", "had"),
    *("peasants", "officials", "households", "villages", "figures", "rumours", "orders", "historians"),
)
_SENTENCES = (
    "In {y}, the {a} {n} from {place} {v} that {t} had failed.",
    "{p} {v} the {n} of {y}, but {t} in {place} remained {a}.",
    "According to a {a} {n}, {t} near {place} was {v} in {y}.",
    "As {p} put it, “the {n} was {a}” — a claim later historians {v}.",
    "The {a} figures for {place} ({y}) were {v} by {p}; {filler}.",
    "Some {k} households around {place} were affected by {t} during {y}.",
    "Was the {n} {v} in {place}? {p} thought so, and {filler}.",
)


def _sentence(rng: random.Random) -> str:
    return rng.choice(_SENTENCES).format(
        y=rng.choice(_YEARS),
        a=rng.choice(_ADJECTIVES),
        n=rng.choice(_NOUNS),
        place=rng.choice(_PLACES),
        v=rng.choice(_VERBS),
        t=rng.choice(_TERMS),
        p=rng.choice(_PEOPLE),
        k=f"{rng.randint(2, 900) * 10:,}",
        filler=" ".join(rng.choices(_FILLER, k=rng.randint(4, 14))),
    )


def prose(seed: int, size: int) -> bytes:
    """At least ``size`` bytes of UTF-8 paragraphs; the seed is in the title, so no two seeds' bytes match."""
    rng = random.Random(seed)
    paragraphs = [f"Source {seed}: notes on {rng.choice(_TERMS)} in {rng.choice(_PLACES)}"]
    total = len(paragraphs[0])
    while total < size:
        paragraph = " ".join(_sentence(rng) for _ in range(rng.randint(3, 8)))
        paragraphs.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(paragraphs).encode("utf-8") + b"\n"


# --- Measuring ------------------------------------------------------------------------------------------


def median_seconds(action: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median wall time of ``action``: robust against one run disturbed by the rest of the machine."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def raw_read(path: Path) -> None:
    """The floor under any import: read the bytes, hash them, decode them."""
    data = path.read_bytes()
    hashlib.sha256(data).hexdigest()
    data.decode("utf-8")


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy (the backup API includes what is still in the WAL)."""
    src, dest = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dest)
    finally:
        dest.close()
        src.close()


@contextmanager
def work_dir(name: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=f"annotator-bench-{name}-") as tmp:
        yield Path(tmp)


class Library:
    """A project holding 1,000 small sources, built once per run and copied into each benchmark using it."""

    def __init__(self) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        self._path: Path | None = None

    def copy_to(self, directory: Path) -> Path:
        if self._path is None:
            self._path = self._build()
        target = directory / "library.annotator"
        copy_sqlite(self._path, target)
        return target

    def _build(self) -> Path:
        self._tmp = tempfile.TemporaryDirectory(prefix="annotator-bench-library-")
        path = Path(self._tmp.name) / "library.annotator"
        rng = random.Random(1000)
        with Project.open(path) as project:
            for i in range(LIBRARY_SIZE):
                project.sources.import_bytes(f"source-{i:04}.txt", prose(10_000 + i, rng.randint(2000, 5000)))
        return path

    def cleanup(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()


# --- Benchmarks -----------------------------------------------------------------------------------------


def _import_throughput(name: str, size: int, seed: int) -> list[Record]:
    """Median MB/s of importing distinct generated files from disk, as a user's import does."""
    with work_dir(name) as tmp:
        files = []
        for i in range(IMPORT_REPEATS):
            path = tmp / f"{name}-{i}.txt"
            path.write_bytes(prose(seed + i, size))
            files.append(path)
        ours, floor = [], []
        with Project.open(tmp / "import.annotator") as project:
            # Warm-up: the language detector loads its models on first use, once per process.
            project.sources.import_bytes("warm-up.txt", prose(seed - 1, 4000))
            for path in files:
                mb = path.stat().st_size / MB
                floor.append(mb / median_seconds(partial(raw_read, path)))
                start = time.perf_counter()
                project.sources.import_file(path)
                ours.append(mb / (time.perf_counter() - start))
    return [Record(name, statistics.median(ours), "MB/s", statistics.median(floor))]


def bench_import_1mb(_library: Library) -> list[Record]:
    return _import_throughput("import_1mb", 1 * MB, seed=1)


def bench_import_10mb(_library: Library) -> list[Record]:
    return _import_throughput("import_10mb", 10 * MB, seed=10)


def bench_open_1000_sources(library: Library) -> list[Record]:
    """Opening is paid at every start and every CLI command, listing at every refresh of the source list."""
    with work_dir("open") as tmp:
        path = library.copy_to(tmp)
        open_times, list_times = [], []
        for _ in range(REPEATS):
            start = time.perf_counter()
            project = Project.open(path)
            opened = time.perf_counter()
            sources = project.sources.list()
            listed = time.perf_counter()
            project.close()
            if len(sources) != LIBRARY_SIZE:
                raise RuntimeError(f"listed {len(sources)} sources, expected {LIBRARY_SIZE}")
            open_times.append(opened - start)
            list_times.append(listed - opened)

        def raw_open() -> None:
            connection = sqlite3.connect(path)
            connection.execute("SELECT count(*) FROM sources").fetchone()
            connection.close()

        connection = sqlite3.connect(path)
        raw_list = median_seconds(
            lambda: connection.execute(
                "SELECT s.id, s.uuid, s.title, s.authors, s.date_text, s.language, s.length, f.name, f.sha256"
                " FROM sources s JOIN source_files f ON f.source_id = s.id ORDER BY s.id"
            ).fetchall()
        )
        connection.close()
        return [
            Record(
                "open_1000_sources",
                statistics.median(open_times) * 1000,
                "ms",
                median_seconds(raw_open) * 1000,
            ),
            Record("list_1000_sources", statistics.median(list_times) * 1000, "ms", raw_list * 1000),
        ]


_TAG_CHOICES = (
    "bias/loaded-language",
    "bias/polemical",
    "provenance/eyewitness",
    "provenance/archival",
    "claim-type/statistical",
    "claim-type/interpretive",
)


def bench_insert_10000_annotations(_library: Library) -> list[Record]:
    """Each create is its own transaction, as a user's edits are, so per-commit costs count in full."""
    rng = random.Random(7)
    with work_dir("annotate") as tmp:
        source_file = tmp / "source.txt"
        source_file.write_bytes(prose(77, 1 * MB))
        text = source_file.read_text(encoding="utf-8")
        edits = []
        for i in range(ANNOTATIONS):
            start = rng.randrange(0, len(text) - 300)
            tags = rng.sample(_TAG_CHOICES, rng.randint(1, 2))
            edits.append(
                (start, start + rng.randint(20, 200), tags, f"Note {i}: compare with {rng.choice(_PEOPLE)}.")
            )

        with Project.open(tmp / "annotate.annotator") as project:
            source_id = project.sources.import_file(source_file).source_id
            start_time = time.perf_counter()
            for start, end, tags, note in edits:
                project.annotations.create(source_id, start, end, tags=tags, note=note)
            ours = time.perf_counter() - start_time
            if project.sources.list()[0].annotation_count != ANNOTATIONS:
                raise RuntimeError("not every annotation was stored")

        floor = _raw_inserts(tmp / "scratch.sqlite", text, edits)
    return [
        Record("insert_10000_annotations", ours, "s", floor),
        Record("annotation_create", ours / ANNOTATIONS * 1000, "ms", floor / ANNOTATIONS * 1000),
    ]


def _raw_inserts(path: Path, text: str, edits: Sequence[tuple[int, int, list[str], str]]) -> float:
    """Seconds for one INSERT+COMMIT per row with the project's journal settings: what SQLite itself costs."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(
        "CREATE TABLE scratch (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE NOT NULL, source_id INTEGER NOT NULL,"
        " start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, exact TEXT NOT NULL, prefix TEXT NOT NULL,"
        " suffix TEXT NOT NULL, note TEXT NOT NULL, tags TEXT NOT NULL, created_at TEXT NOT NULL)"
    )
    rows = [
        (
            str(uuid.uuid4()),
            1,
            s,
            e,
            text[s:e],
            text[max(0, s - 32) : s],
            text[e : e + 32],
            note,
            ",".join(tags),
        )
        for s, e, tags, note in edits
    ]
    start = time.perf_counter()
    for row in rows:
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO scratch (uuid, source_id, start_pos, end_pos, exact, prefix, suffix, note, tags,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, datetime('now'))",
            row,
        )
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


# The floor of `annotator sources --json`: a bare Python process running the same query with sqlite3 and
# printing the same records as JSON (issue 23: the command must cost at most 5× this).
_PLAIN_SQL_SOURCES = """
import json, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
rows = connection.execute(
    "SELECT s.id, s.title, s.authors, s.date_text, s.date_start, s.date_end, s.kind, s.genre, s.language,"
    " f.name, f.sha256, s.length, coalesce(c.n, 0), s.uuid FROM sources s"
    " JOIN source_files f ON f.source_id = s.id"
    " LEFT JOIN (SELECT source_id, count(*) AS n FROM annotations GROUP BY source_id) c ON c.source_id = s.id"
    " ORDER BY s.id"
).fetchall()
keys = ("id", "title", "authors", "date", "date_start", "date_end", "kind", "genre", "language", "file_name",
        "sha256", "length", "annotations", "uuid")
records = [dict(zip(keys, row)) for row in rows]
for r in records:
    r["authors"] = json.loads(r["authors"])
    r["date_range"] = [r.pop("date_start"), r.pop("date_end")] if r["date_start"] else None
json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
"""


BATCH = 10_000
LISTED = 5_000


def bench_batch_10000_annotations(_library: Library) -> list[Record]:
    """Tag hits… on 10,000 passages: one ``tag_passages`` call (one transaction), against plain ``sqlite3``
    inserting the same annotation and tag rows with executemany in one transaction."""
    rng = random.Random(8)
    with work_dir("batch") as tmp:
        source_file = tmp / "source.txt"
        source_file.write_bytes(prose(78, 1 * MB))
        text = source_file.read_text(encoding="utf-8")
        starts = rng.sample(range(len(text) - 300), BATCH)
        ranges = [(s, s + rng.randint(20, 200)) for s in starts]
        with Project.open(tmp / "batch.annotator") as project:
            from annotator.services.annotations import Passage

            source_id = project.sources.import_file(source_file).source_id
            passages = [Passage(source_id, s, e) for s, e in ranges]
            start_time = time.perf_counter()
            tagging = project.annotations.tag_passages("bias/polemical", passages)
            ours = time.perf_counter() - start_time
            if len(tagging.created) != BATCH:
                raise RuntimeError(f"made {len(tagging.created)} annotations, expected {BATCH}")
        floor = _raw_batch(tmp / "scratch.sqlite", text, ranges)
    return [Record("batch_10000_annotations", ours, "s", floor)]


def _raw_batch(path: Path, text: str, ranges: Sequence[tuple[int, int]]) -> float:
    """Seconds for the same rows (annotation and tag) by executemany in ONE transaction."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(
        "CREATE TABLE scratch (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE NOT NULL, source_id INTEGER NOT NULL,"
        " start_pos INTEGER NOT NULL, end_pos INTEGER NOT NULL, exact TEXT NOT NULL, prefix TEXT NOT NULL,"
        " suffix TEXT NOT NULL, note TEXT NOT NULL, created_at TEXT NOT NULL, modified_at TEXT NOT NULL)"
    )
    connection.execute("CREATE INDEX scratch_source ON scratch (source_id, start_pos)")
    connection.execute(
        "CREATE TABLE scratch_tags (annotation_id INTEGER, tag_id INTEGER,"
        " PRIMARY KEY (annotation_id, tag_id))"
    )
    start = time.perf_counter()
    rows = [
        (str(uuid.uuid4()), 1, s, e, text[s:e], text[max(0, s - 32) : s], text[e : e + 32], "")
        for s, e in ranges
    ]
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO scratch (uuid, source_id, start_pos, end_pos, exact, prefix, suffix, note, created_at,"
        " modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, datetime('now'), datetime('now'))",
        rows,
    )
    ids = [r[0] for r in connection.execute("SELECT id FROM scratch ORDER BY id")]
    connection.executemany("INSERT INTO scratch_tags VALUES (?, 2)", [(i,) for i in ids])
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def bench_list_5000_annotations(_library: Library) -> list[Record]:
    """What opening a source reads: its 5,000 annotations with their tags (``annotations.list``), against
    plain ``sqlite3`` fetching the same columns and tag rows."""
    rng = random.Random(9)
    with work_dir("list") as tmp:
        source_file = tmp / "source.txt"
        source_file.write_bytes(prose(79, 1 * MB))
        text = source_file.read_text(encoding="utf-8")
        path = tmp / "list.annotator"
        with Project.open(path) as project:
            from annotator.services.annotations import Passage

            source_id = project.sources.import_file(source_file).source_id
            starts = rng.sample(range(len(text) - 300), LISTED)
            passages = [Passage(source_id, s, s + 40 + s % 90) for s in starts]
            for tag, share in zip(_TAG_CHOICES[:3], (1, 2, 3), strict=True):  # one to three tags each
                project.annotations.tag_passages(tag, passages[:: share])
            count = len(project.annotations.list(source_id))
            ours = median_seconds(lambda: project.annotations.list(source_id))
        connection = sqlite3.connect(path)

        def raw() -> None:
            connection.execute(
                "SELECT id, uuid, source_id, start_pos, end_pos, exact, prefix, suffix, note, confidence,"
                " evidence_ref, created_at, modified_at FROM annotations WHERE source_id = ?"
                " ORDER BY source_id, start_pos, end_pos, id",
                (source_id,),
            ).fetchall()
            connection.execute(
                "SELECT t.annotation_id, t.tag_id FROM annotation_tags t"
                " JOIN annotations a ON a.id = t.annotation_id WHERE a.source_id = ?",
                (source_id,),
            ).fetchall()

        floor = median_seconds(raw)
        connection.close()
    return [Record(f"list_{count}_annotations", ours * 1000, "ms", floor * 1000)]


def bench_cli_sources_1000(library: Library) -> list[Record]:
    """What a script calling the CLI waits for: start-up and imports included, unlike in-process numbers."""
    with work_dir("cli") as tmp:
        path = library.copy_to(tmp)
        command = [sys.executable, "-m", "annotator", "sources", "--project", str(path), "--json"]
        bare = [sys.executable, "-c", _PLAIN_SQL_SOURCES, str(path)]

        def run(args: list[str]) -> subprocess.CompletedProcess[bytes]:
            # From the temporary directory, so `-m annotator` finds the installed package, not a checkout.
            done = subprocess.run(args, cwd=tmp, capture_output=True, check=False)
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(args[1:])} failed: {done.stderr.decode(errors='replace')}")
            return done

        # Warm-up (and a check that both do list every source).
        if len(json.loads(run(command).stdout)) != LIBRARY_SIZE:
            raise RuntimeError("the CLI did not list every source")
        if len(json.loads(run(bare).stdout)) != LIBRARY_SIZE:
            raise RuntimeError("the plain-SQL process did not list every source")
        # Alternated, so that a neighbour's load on this shared machine weighs on both alike.
        ours, floor = [], []
        for _ in range(CLI_REPEATS):
            for args, times in ((command, ours), (bare, floor)):
                start = time.perf_counter()
                run(args)
                times.append(time.perf_counter() - start)
    return [Record("cli_sources_1000", statistics.median(ours) * 1000, "ms", statistics.median(floor) * 1000)]


def bench_import_corpus(_library: Library) -> list[Record]:
    """Real, small sources: per-file costs (language detection, one commit each) dominate, not bytes."""
    files = sorted(CORPUS_DIR.glob("*.txt")) if CORPUS_DIR.is_dir() else []
    if not files:
        return []
    mb = sum(f.stat().st_size for f in files) / MB
    ours = []
    with work_dir("corpus") as tmp:
        for i in range(IMPORT_REPEATS):
            with Project.open(tmp / f"corpus-{i}.annotator") as project:
                project.sources.import_bytes("warm-up.txt", prose(-1 - i, 4000))
                start = time.perf_counter()
                for path in files:
                    project.sources.import_file(path)
                ours.append(mb / (time.perf_counter() - start))
    floor = mb / median_seconds(lambda: [raw_read(f) for f in files])
    return [Record("import_corpus", statistics.median(ours), "MB/s", floor)]


Benchmark = Callable[[Library], list[Record]]

# Each benchmark with the names of the records it reports (selection works on these names).
BENCHMARKS: tuple[tuple[Benchmark, tuple[str, ...]], ...] = (
    (bench_import_1mb, ("import_1mb",)),
    (bench_import_10mb, ("import_10mb",)),
    (bench_open_1000_sources, ("open_1000_sources", "list_1000_sources")),
    (bench_insert_10000_annotations, ("insert_10000_annotations", "annotation_create")),
    (bench_batch_10000_annotations, ("batch_10000_annotations",)),
    (bench_list_5000_annotations, ("list_5000_annotations",)),
    (bench_cli_sources_1000, ("cli_sources_1000",)),
    (bench_import_corpus, ("import_corpus",)),
)


# --- Running and printing -------------------------------------------------------------------------------


def select(prefixes: Sequence[str]) -> list[Benchmark]:
    """The benchmarks with a record name starting with one of ``prefixes`` (all of them when none)."""
    return [
        bench
        for bench, names in BENCHMARKS
        if not prefixes or any(name.startswith(prefix) for name in names for prefix in prefixes)
    ]


def _number(value: float) -> str:
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 1:
        return f"{value:.2f}"
    return f"{value:.3f}"


def report(records: Sequence[Record], as_json: bool, seconds: float, baseline: str = "") -> None:
    """Print the records: a JSON list alone on stdout, or the table with the run time and what the
    baseline is."""
    if as_json:
        json.dump([r.to_json() for r in records], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    print(table(records))
    what = f"; the baseline is {baseline}" if baseline else ""
    print(f"\ntotal run time: {seconds:.1f} s (ratio = value / baseline{what})")


def table(records: Sequence[Record]) -> str:
    rows = [("name", "value", "unit", "baseline", "ratio")]
    rows += [
        (
            r.name,
            _number(r.value),
            r.unit,
            "" if r.baseline is None else _number(r.baseline),
            "" if r.ratio is None else _number(r.ratio),
        )
        for r in records
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(
            cell.ljust(w) if i in (0, 2) else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(line.rstrip() for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run the Annotator benchmarks (see the module docstring).")
    parser.add_argument(
        "names", nargs="*", metavar="NAME", help="run benchmarks whose names start with these"
    )
    parser.add_argument("--json", action="store_true", help="print only a JSON list of records")
    args = parser.parse_args(argv)

    chosen = select(args.names)
    if not chosen:
        known = ", ".join(name for _, names in BENCHMARKS for name in names)
        parser.error(f"no benchmark matches {' '.join(args.names)!r}; known: {known}")

    library = Library()
    records: list[Record] = []
    started = time.perf_counter()
    try:
        for bench in chosen:
            if not args.json:
                print(f"running {bench.__name__.removeprefix('bench_')}…", file=sys.stderr, flush=True)
            records += bench(library)
    finally:
        library.cleanup()
    report(records, args.json, time.perf_counter() - started)
    return 0


if __name__ == "__main__":
    sys.exit(main())
