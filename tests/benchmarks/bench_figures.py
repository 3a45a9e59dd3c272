"""Time of extracting the figures and dates of an 850,000-character book (issue 17: under 5 s).

Usage, from the repository root::

    python tests/benchmarks/bench_figures.py [--chars 850000] [--repeats 3] [--corpus DIR]
    python tests/benchmarks/bench_figures.py --sources 500 [--per-source 102] [--repeats 3]

The book is figure-dense prose: the paragraphs of the three corpus sources (../shared/corpus, when there)
and the sentences of figures_gold.MADE, repeated, typeset as a PDF book by pdf_book.make_book (running
heads, hyphenation, note calls) and copied out with PDFium, then imported as .txt into a new project. Timed:
``find_figures`` + ``find_dates`` on the stored text (the domain alone), and the service's first
``figures()`` + ``dates()`` call (reading the text and marks, detecting, storing) and a later one (stored).
Printed: medians over --repeats, and how many records. Not a test.

With ``--sources N``: the claims table of a project of N sources (issue 17: 500 sources open in under
1 s). The project is built in bulk by tests/helpers/large_project.py; each source's figures (the first
--per-source figures of the MADE sentences and the corpus, repeated: 51,000 for 500 sources) are stored
through the service's ``store`` as a window's worker would. Timed, each a median: ``figures()`` and
``dates()`` (every source's records, as the claims table lists them), ``compare()`` (groups across every
source, with whether each figure is cited) and ``stored()`` (the worker's read).
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
from pdf_book import make_book  # a PDF-extracted book (issue 14)

from annotator.domain.figures.dates import find_dates
from annotator.domain.figures.numbers import find_figures
from annotator.services.project import Project
from tests.benchmarks.figures_gold import CORPUS, MADE


def prose(chars: int, corpus: Path) -> str:
    paragraphs = [text.replace("\n", " ") for text, _ in MADE]
    for name in CORPUS:
        if (corpus / name).exists():
            text = (corpus / name).read_text(encoding="utf-8")
            paragraphs += [" ".join(p.split()) for p in text.split("\n\n") if len(p.split()) > 8]
    unit = "\n\n".join(paragraphs)
    return (unit + "\n\n") * (chars // len(unit) + 1)


def many_sources(sources: int, per_source: int, repeats: int, corpus: Path) -> None:
    from annotator.domain.structure.detect import detect as detect_marks
    from annotator.services.figures import Found
    from tests.helpers.large_project import build_large_project

    unit = prose(120_000, corpus)
    marks = detect_marks(unit)
    figures = find_figures(unit, marks)[:per_source]
    dates = find_dates(unit, marks)[:per_source]
    text = unit[: max(f.end for f in figures) + 1]
    timings: dict[str, list[float]] = {"figures()": [], "dates()": [], "compare()": [], "stored()": []}
    # CPU time beside the wall clock: on a machine shared with other work the wall clock says little.
    cpu_times: dict[str, list[float]] = {name: [] for name in timings}
    with tempfile.TemporaryDirectory(prefix="annotator-bench-figures-") as tmp:
        path = Path(tmp) / "many.annotator"
        built = build_large_project(path, sources=sources, annotations=sources * 2, links=1)
        with Project.open(path, backup=False) as project:
            for sid in built.source_ids:
                project.figures.store(Found(sid, tuple(figures), tuple(dates), text))
            count = groups = 0
            for _ in range(repeats):
                for name, call in (("figures()", project.figures.figures), ("dates()", project.figures.dates),
                                   ("compare()", project.figures.compare),
                                   ("stored()", project.figures.stored)):
                    began, cpu = time.perf_counter(), time.process_time()
                    result = call()
                    timings[name].append(time.perf_counter() - began)
                    cpu_times[name].append(time.process_time() - cpu)
                    if name == "figures()":
                        count = len(result)
                    elif name == "compare()":
                        groups = len(result)
    print(f"{sources} sources, {count:,} figures, {groups} groups across sources")
    for name, times in timings.items():
        print(f"{name:12} median {statistics.median(times):.3f} s  {[round(t, 3) for t in times]}  "
              f"CPU median {statistics.median(cpu_times[name]):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=850_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parents[3] / "shared" / "corpus")
    parser.add_argument("--sources", type=int, default=0, help="time the claims table of this many sources")
    parser.add_argument("--per-source", type=int, default=102)
    args = parser.parse_args()
    if args.sources:
        many_sources(args.sources, args.per_source, args.repeats, args.corpus)
        return
    book, _, _ = make_book(prose(int(args.chars * 1.05), args.corpus))
    text = book[: args.chars]
    domain: list[float] = []
    first: list[float] = []
    cpu_domain: list[float] = []
    cpu_first: list[float] = []
    again: list[float] = []
    figures = dates = 0
    with tempfile.TemporaryDirectory(prefix="annotator-bench-figures-") as tmp:
        for i in range(args.repeats):
            began, cpu = time.perf_counter(), time.process_time()
            figures, dates = len(find_figures(text)), len(find_dates(text))
            domain.append(time.perf_counter() - began)
            cpu_domain.append(time.process_time() - cpu)
            with Project.open(Path(tmp) / f"p{i}.annotator", backup=False) as project:
                source = project.sources.import_bytes(f"book-{i}.txt", text.encode("utf-8")).source_id
                project.structure.marks(source)  # stored at the source's first reading, as the reader does
                began, cpu = time.perf_counter(), time.process_time()
                project.figures.figures(source)
                project.figures.dates(source)
                first.append(time.perf_counter() - began)
                cpu_first.append(time.process_time() - cpu)
                began = time.perf_counter()
                project.figures.figures(source)
                project.figures.dates(source)
                again.append(time.perf_counter() - began)
    print(f"{len(text):,} characters: {figures} figures, {dates} dated statements")
    print(f"find_figures + find_dates:            median {statistics.median(domain):.3f} s  {domain}  "
          f"CPU median {statistics.median(cpu_domain):.3f} s")
    print(f"service first call (detect, cite, store): median {statistics.median(first):.3f} s  {first}  "
          f"CPU median {statistics.median(cpu_first):.3f} s")
    print(f"service later call (stored):          median {statistics.median(again):.3f} s  {again}")


if __name__ == "__main__":
    main()
