"""Time of extracting the figures and dates of an 850,000-character book (issue 17: under 5 s).

Usage, from the repository root::

    python tests/benchmarks/bench_figures.py [--chars 850000] [--repeats 3] [--corpus DIR]

The book is figure-dense prose: the paragraphs of the three corpus sources (../shared/corpus, when there)
and the sentences of figures_gold.MADE, repeated, typeset as a PDF book by pdf_book.make_book (running
heads, hyphenation, note calls) and copied out with PDFium, then imported as .txt into a new project. Timed:
``find_figures`` + ``find_dates`` on the stored text (the domain alone), and the service's first
``figures()`` + ``dates()`` call (reading the text and marks, detecting, storing) and a later one (stored).
Printed: medians over --repeats, and how many records. Not a test.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=850_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parents[3] / "shared" / "corpus")
    args = parser.parse_args()
    book, _, _ = make_book(prose(int(args.chars * 1.05), args.corpus))
    text = book[: args.chars]
    domain: list[float] = []
    first: list[float] = []
    again: list[float] = []
    figures = dates = 0
    with tempfile.TemporaryDirectory(prefix="annotator-bench-figures-") as tmp:
        for i in range(args.repeats):
            began = time.perf_counter()
            figures, dates = len(find_figures(text)), len(find_dates(text))
            domain.append(time.perf_counter() - began)
            with Project.open(Path(tmp) / f"p{i}.annotator", backup=False) as project:
                source = project.sources.import_bytes(f"book-{i}.txt", text.encode("utf-8")).source_id
                project.structure.marks(source)  # stored at the source's first reading, as the reader does
                began = time.perf_counter()
                project.figures.figures(source)
                project.figures.dates(source)
                first.append(time.perf_counter() - began)
                began = time.perf_counter()
                project.figures.figures(source)
                project.figures.dates(source)
                again.append(time.perf_counter() - began)
    print(f"{len(text):,} characters: {figures} figures, {dates} dated statements")
    print(f"find_figures + find_dates:            median {statistics.median(domain):.3f} s  {domain}")
    print(f"service first call (detect, store):   median {statistics.median(first):.3f} s  {first}")
    print(f"service later call (stored):          median {statistics.median(again):.3f} s  {again}")


if __name__ == "__main__":
    main()
