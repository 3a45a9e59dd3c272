"""Benchmark: importing a 300-page text PDF (issue 7's target: under 10 s), and the other importers.

Usage, from the repository root after ``pip install -e .``::

    python tests/benchmarks/bench_import.py            # a table
    python tests/benchmarks/bench_import.py --json     # only a JSON list of records on stdout

Records follow ``run.py``: ``{"name", "value", "unit"}`` plus ``"baseline"`` and ``"ratio"``. The baseline
of the PDF import is PDFium alone reading every page's text (what any PDF importer must pay); the ratio
says what our reading order, furniture removal, paragraph joining, page map and storage cost on top.
The book is generated here with reportlab: running heads, page numbers, page labels, hyphenated words.
``import_extracted_book_850k`` (issue 14) imports an 850,000-character book copied out of a PDF as .txt
with the structure pass (reflow from the document's statistics, running heads to page anchors); its
baseline is the same import with reflow off. Not part of the pytest run; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium
from pdf_book import make_book  # a PDF-extracted book with a known answer (issue 14)
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from run import Record, table  # the shared record and table of tests/benchmarks/run.py

from annotator.domain.importing import ImportOptions
from annotator.services.project import Project

PAGES = 300
REPEATS = 3
FONT, SIZE, LEADING, LEFT, MEASURE, TOP, BOTTOM = "Times-Roman", 11, 13.5, 72, 430, 770, 80

_WORDS = [
    *("the", "committee", "district", "grain", "procurement", "collectivization", "households", "village"),
    *("report", "secretary", "peasants", "harvest", "requisitioned", "international", "instructions"),
    *("quota", "brigade", "teacher", "deported", "famine", "of", "and", "in", "that", "was", "for", "with"),
    *("by", "from", "as", "which", "but", "had", "were", "their", "this"),
]


def _lines(rng: random.Random) -> list[tuple[bool, str]]:
    """Greedily wrapped lines of one paragraph; long words that do not fit are hyphenated."""
    words = [rng.choice(_WORDS) for _ in range(rng.randint(60, 160))]
    words[0] = words[0].capitalize()
    lines, current = [], ""
    for word in words:
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, FONT, SIZE) <= MEASURE:
            current = candidate
            continue
        if len(word) > 8 and stringWidth(f"{current} {word[:5]}-", FONT, SIZE) <= MEASURE:
            lines.append(f"{current} {word[:5]}-")
            current = word[5:]
        else:
            lines.append(current)
            current = word
    lines.append(current + ".")
    return [(i == 0, line) for i, line in enumerate(lines)]


def make_pdf(pages: int = PAGES, seed: int = 300) -> bytes:
    rng = random.Random(seed)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.addPageLabel(0, style="ROMAN_LOWER")
    canvas.addPageLabel(2, style="ARABIC", start=1)
    pending: list[tuple[bool, str]] = []
    for page in range(pages):
        canvas.setFont(FONT, 9)
        canvas.drawString(LEFT, 805, "THE GRAIN QUESTION" if page % 2 else "Chapter One: The Village")
        canvas.drawCentredString(LEFT + MEASURE / 2, 45, str(page + 1))
        canvas.setFont(FONT, SIZE)
        y = TOP
        while y > BOTTOM:
            if not pending:
                pending = _lines(rng)
            first, line = pending.pop(0)
            canvas.drawString(LEFT + (18 if first else 0), y, line)
            y -= LEADING
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _bare_extraction(data: bytes) -> None:
    pdf = pdfium.PdfDocument(data)
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        textpage.get_text_range()
        textpage.close()
        page.close()
    pdf.close()


def bench_pdf_300_pages() -> list[Record]:
    data = make_pdf()
    ours, floor, per_page = [], [], []
    with tempfile.TemporaryDirectory(prefix="annotator-bench-import-") as tmp:
        for i in range(REPEATS):
            path = Path(tmp) / f"book-{i}.pdf"
            path.write_bytes(data)
            start = time.perf_counter()
            _bare_extraction(data)
            floor.append(time.perf_counter() - start)
            with Project.open(Path(tmp) / f"p{i}.annotator") as project:
                project.sources.import_bytes(
                    "warm-up.txt", b"Warm-up text, so the language models are loaded."
                )
                start = time.perf_counter()
                report = project.sources.import_file(path)
                ours.append(time.perf_counter() - start)
                if report.pages_mapped != PAGES:
                    raise RuntimeError(f"mapped {report.pages_mapped} pages of {PAGES}")
                per_page.append(ours[-1] / PAGES * 1000)
    return [
        Record("import_pdf_300_pages", statistics.median(ours), "s", statistics.median(floor)),
        Record("import_pdf_per_page", statistics.median(per_page), "ms"),
        Record("pdf_size", len(data) / 1_000_000, "MB"),
    ]


def _prose(chars: int, seed: int = 14) -> str:
    """Paragraphs of sentences of the words above, blank lines between them, about ``chars`` long."""
    rng = random.Random(seed)
    paragraphs, size = [], 0
    while size < chars:
        sentences = [
            " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 24))).capitalize() + "."
            for _ in range(rng.randint(2, 9))
        ]
        paragraphs.append(" ".join(sentences))
        size += len(paragraphs[-1]) + 2
    return "\n\n".join(paragraphs)


def bench_extracted_book(chars: int = 850_000) -> list[Record]:
    """Issue 14: a book copied out of a PDF (pdf_book.py: typeset, running heads, extracted with PDFium)
    imported as .txt with the structure pass (reflow, running heads to pages) against without it."""
    text, _, _ = make_book(_prose(int(chars * 1.02)))
    data = text[:chars].encode("utf-8")
    timed: dict[bool | None, list[float]] = {None: [], False: []}
    with tempfile.TemporaryDirectory(prefix="annotator-bench-extracted-") as tmp:
        for i in range(REPEATS):
            for reflow in (None, False):
                path = Path(tmp) / f"book-{i}-{reflow}.txt"
                path.write_bytes(data + f"\n{i} {reflow}\n".encode())  # not a duplicate of the last
                with Project.open(Path(tmp) / f"p{i}-{reflow}.annotator") as project:
                    project.sources.import_bytes("warm-up.txt", b"Warm-up text, so the models are loaded.")
                    start = time.perf_counter()
                    report = project.sources.import_file(path, options=ImportOptions(reflow=reflow))
                    timed[reflow].append(time.perf_counter() - start)
                if reflow is None and not report.running_heads_removed:
                    raise RuntimeError("the structure pass found no running heads")
    return [
        Record(
            "import_extracted_book_850k",
            statistics.median(timed[None]),
            "s",
            statistics.median(timed[False]),
        ),
        Record("extracted_book_chars", len(data) / 1000, "k"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print only a JSON list of records")
    args = parser.parse_args(argv)
    records = bench_pdf_300_pages() + bench_extracted_book()
    if args.json:
        json.dump([r.to_json() for r in records], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    print(table(records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
