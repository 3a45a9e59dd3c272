"""CSV: a header row, then one row per excerpt (a column per facet, source fields, location, note, links).

UTF-8 with a byte-order mark, because Excel reads BOM-less CSV in the locale's legacy code page and would
garble every accent; Python, R and LibreOffice all skip the mark. A cell that a spreadsheet would run as a
formula gets a leading apostrophe, as OWASP recommends: a quote such as "=HYPERLINK(...)" must stay text.
Only those: a cell starting with ``=``, ``@``, a tab or a carriage return, or with ``+`` or ``-`` when what
follows is a formula (a call, a reference to another sheet or program — ``(``, ``!``, ``|``, ``=``, ``@``
or ``;`` — or arithmetic alone, "-2+3"); a note such as "-40 % per Zemskov" or "- see the minutes" is prose
that no spreadsheet runs, and keeps its own first character.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any, BinaryIO

from annotator.io.exporters.base import ExportDocument, Progress
from annotator.io.exporters.common import table_header, table_rows

_ALWAYS = ("=", "@", "\t", "\r")
_SIGNS = ("+", "-")
_CALL = re.compile(r"[(!|=@;]")
_ARITHMETIC = re.compile(r"[+-][\d\s.,]*\d[\d\s.,]*(?:[-+*/^&][\d\s.,]*\d[\d\s.,]*)+%?")


def runs_as_formula(value: str) -> bool:
    """Whether Excel or LibreOffice would take ``value`` for a formula (see the module note)."""
    if value.startswith(_ALWAYS):
        return True
    if value.startswith(_SIGNS):
        return bool(_CALL.search(value)) or _ARITHMETIC.fullmatch(value.strip()) is not None
    return False


def defuse(value: Any) -> Any:
    if isinstance(value, str) and runs_as_formula(value):
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
