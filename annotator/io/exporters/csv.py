"""CSV: a header row, then one row per excerpt (a column per facet, source fields, location, note, links).

UTF-8 with a byte-order mark, because Excel reads BOM-less CSV in the locale's legacy code page and would
garble every accent; Python, R and LibreOffice all skip the mark. A cell that a spreadsheet would run as a
formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe,
as OWASP recommends: a quote such as "=HYPERLINK(...)" must stay text.
"""

from __future__ import annotations

import csv
import io
from typing import Any, BinaryIO

from annotator.io.exporters.base import ExportDocument, Progress
from annotator.io.exporters.common import table_header, table_rows

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def defuse(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write(document: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="", write_through=True)
    try:
        writer = csv.writer(text, dialect="excel")
        writer.writerow(table_header(document))
        total = len(document.excerpts)
        for done, row in enumerate(table_rows(document), start=1):
            writer.writerow([defuse(cell) for cell in row])
            progress(done, total)
        text.flush()
    finally:
        text.detach()  # the stream belongs to the caller: do not close it
