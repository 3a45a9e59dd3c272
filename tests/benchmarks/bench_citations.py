"""Benchmark: citations of distinct passages in each CSL style, with and without what ``io/citations.py``
remembers of a loaded style (whether an element calls a variable, the layout it belongs to, the variables
a substitute prints).

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/bench_citations.py            # a table
    python tests/benchmarks/bench_citations.py --json     # only a JSON list of records on stdout

Three sources (a book, a journal article, an archival document) are each cited on ``PAGES`` different
pages, so no citation is a repeat that ``Citations`` reuses, and the bibliography follows. The baseline is
the same work with nothing remembered (citeproc-py's own methods put back, and the substitute's variables
walked afresh each time, as the previous version did), measured in the same run (three runs each,
alternating, medians); both must write the same text. Nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime

import citeproc.model as model
from run import Record, report

from annotator.domain.excerpts import CitationStyle, Excerpt, Location
from annotator.domain.model import Annotation, OriginalFile, Source, SourceMetadata
from annotator.io import citations

PAGES = 60
REPEATS = 3
NOW = datetime(2025, 1, 15, tzinfo=UTC)


def _source(source_id: int, **fields: object) -> Source:
    metadata = SourceMetadata(**fields)  # type: ignore[arg-type]
    return Source(source_id, f"uuid-{source_id}", metadata, None, OriginalFile("f.txt", "0", 1, "text/plain"),
                  1000, "utf-8", NOW, NOW)  # fmt: skip


SOURCES = (
    _source(1, title="The Harvest of Sorrow", authors=("Robert Conquest",), date_text="1986",
            publisher="Oxford University Press", publisher_place="New York", item_type="book"),
    _source(2, title="Toward Data-Driven History", authors=("Blanchy, Guillaume", "Saneiyan, Sina"),
            container_title="Journal of History", volume="12", issue="3", page="45–67", date_text="2020",
            item_type="article-journal"),
    _source(3, title="Spravka on grain procurement", archive="RGASPI", date_text="1932-11-03",
            archive_location="f. 17, op. 42, d. 80, l. 4–4 ob.", item_type="manuscript"),
)  # fmt: skip


def _excerpt(source: Source, page: int) -> Excerpt:
    annotation = Annotation(page, "a", source.id, 0, 5, None, "", None, "", (), NOW, NOW)  # type: ignore[arg-type]
    return Excerpt(annotation, source, Location(0, 5, page, page, str(page)))


def cite_all(style: CitationStyle) -> list[str]:
    cited = citations.Citations(style, SOURCES)
    texts = [cited.cite(_excerpt(source, page)) for page in range(1, PAGES + 1) for source in SOURCES]
    return texts + cited.bibliography()


def _original(method: Callable[..., object]) -> Callable[..., object]:
    """The method ``citations._remembered`` wraps (the one function in its closure)."""
    cells = [c.cell_contents for c in method.__closure__ or () if callable(c.cell_contents)]
    return cells[0]


def bench() -> list[Record]:
    patched = (
        model.Parent.calls_variable, model.Text.calls_variable, model.CitationStylesElement.get_layout,
        citations._called_variables,
    )  # fmt: skip
    plain = tuple(_original(m) for m in patched)

    def use(methods: Sequence[Callable[..., object]]) -> None:
        parent, text, layout, called = methods
        model.Parent.calls_variable, model.Text.calls_variable = parent, text
        model.CitationStylesElement.get_layout = layout
        citations._called_variables = called  # type: ignore[assignment]

    records = []
    for style in (s for s in CitationStyle if s.is_csl):
        cite_all(style)  # loads the style and the locale
        ours, theirs = [], []
        for _ in range(REPEATS):
            use(plain)
            start = time.perf_counter()
            expected = cite_all(style)
            theirs.append(time.perf_counter() - start)
            use(patched)
            start = time.perf_counter()
            if cite_all(style) != expected:
                raise RuntimeError(f"{style}: the citations differ")
            ours.append(time.perf_counter() - start)
        count = PAGES * len(SOURCES)
        records.append(Record(f"citations_{style}_{count}", statistics.median(ours), "s",
                              statistics.median(theirs)))  # fmt: skip
    return records


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time CSL citations (see the module docstring).")
    parser.add_argument("--json", action="store_true", help="print only a JSON list of records")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    records = bench()
    report(records, args.json, time.perf_counter() - started, "nothing remembered, same run")
    return 0


if __name__ == "__main__":
    sys.exit(main())
