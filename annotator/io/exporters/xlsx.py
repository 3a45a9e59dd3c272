"""XLSX (openpyxl): the same table as the CSV export, on a sheet with a bold frozen header and wrapped text.

Written in openpyxl's write-only mode, which streams rows instead of building every cell object first,
with two named styles (the header, wrapped text) shared by their cells: a style built per cell was looked up
by hashing and comparing it, 40 % of writing 5,000 rows.
openpyxl would store a string starting with "=" as a formula; such cells are forced to text. Excel refuses
cells over 32,767 characters, so longer values are cut with an ellipsis.
"""

from __future__ import annotations

from copy import copy
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, NamedStyle
from openpyxl.styles.fonts import DEFAULT_FONT
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from annotator.io.exporters.base import APP_ORIGIN, ExportDocument, Progress
from annotator.io.exporters.common import table_header, table_rows, xml_safe

MAX_CELL = 32_767
_WIDE = {
    "Title": 30, "Quote": 60, "Speaker": 20, "Note": 40, "Linked excerpts": 40, "Citation": 40, "Tags": 30
}
_WRAPPED = {"Quote", "Note", "Linked excerpts", "Citation"}


def _text(value: str) -> str:
    value = xml_safe(value)
    return value if len(value) <= MAX_CELL else value[: MAX_CELL - 1] + "…"


HEADER, WRAPPED = "Column header", "Wrapped text"


def _named_styles(workbook: Workbook) -> None:
    # The same formats the cells had one by one: a bold font alone; the default font, wrapped, at the top.
    workbook.add_named_style(NamedStyle(HEADER, font=Font(bold=True)))
    workbook.add_named_style(
        NamedStyle(WRAPPED, font=copy(DEFAULT_FONT), alignment=Alignment(wrap_text=True, vertical="top"))
    )


def _cell(sheet: WriteOnlyWorksheet, value: Any, wrap: bool) -> Any:
    if not isinstance(value, str):
        return value
    value = _text(value)
    if not wrap and not value.startswith("="):
        return value
    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"  # never a formula
    if wrap:
        cell.style = WRAPPED
    return cell


def write(document: ExportDocument, stream: BinaryIO, progress: Progress) -> None:
    workbook = Workbook(write_only=True)
    workbook.properties.creator = APP_ORIGIN
    workbook.properties.title = xml_safe(document.title)
    _named_styles(workbook)
    sheet = workbook.create_sheet("Excerpts")
    header = table_header(document)
    for index, name in enumerate(header, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDE.get(name, 14)
    sheet.freeze_panes = "A2"
    cells = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=name)
        cell.style = HEADER
        cells.append(cell)
    sheet.append(cells)
    wrapped = [name in _WRAPPED for name in header]
    total = len(document.excerpts)
    for done, row in enumerate(table_rows(document), start=1):
        sheet.append([_cell(sheet, value, wrap) for value, wrap in zip(row, wrapped, strict=True)])
        progress(done, total)

    about = workbook.create_sheet("About")
    about.column_dimensions["A"].width = 18
    about.column_dimensions["B"].width = 80
    for key, value in (
        ("Title", document.title),
        ("Project", document.project_name),
        ("Selection", document.filter_description),
        ("Excerpts", total),
        ("Exported", document.created.strftime("%Y-%m-%d %H:%M UTC")),
        ("Offsets", "Start and End count Unicode code points of the source's text; End is exclusive."),
    ):
        about.append([key, _cell(about, value, False)])
    workbook.save(stream)
