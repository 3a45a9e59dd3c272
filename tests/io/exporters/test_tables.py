"""CSV and XLSX: the same table, opened back with the csv module and with openpyxl."""

from __future__ import annotations

import csv
import io

import openpyxl

from tests.helpers.excerpts import FORMULA_QUOTE, NOTE, SCRIPT_QUOTE
from tests.io.exporters.conftest import MakeDocument, render


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_a_header_and_one_row_per_excerpt_with_a_column_per_facet(
    make_document: MakeDocument,
) -> None:
    rows = _csv_rows(render("csv", make_document()))
    assert len(rows) == 6
    assert list(rows[0])[:14] == [
        "Excerpt", "Source id", "Title", "Authors", "Date", "Kind", "Genre", "Publisher", "URL", "Page",
        "Paragraph", "Start", "End", "Quote",
    ]  # fmt: skip
    columns = set(rows[0])
    assert {"Bias", "Provenance", "Claim type", "Theme", "Note", "Linked excerpts", "Citation"} <= columns
    first = rows[0]
    assert first["Quote"] == SCRIPT_QUOTE
    assert (first["Bias"], first["Claim type"], first["Provenance"]) == ("Polemical", "Factual", "")
    assert first["Tags"] == "bias/polemical; claim-type/factual"
    assert first["Note"] == NOTE
    assert (first["Page"], first["Paragraph"], first["Start"], first["End"]) == ("1", "2", "74", "117")
    assert first["Authors"] == "Ivan Petrov" and first["Kind"] == "primary"
    assert first["Citation"] == "Petrov, Report on the harvest (1932), p. 1, ¶ 2"
    assert first["Linked excerpts"].startswith("#5 contradicts “full granaries in 1932”")
    across = next(r for r in rows if r["Quote"].startswith("begins here"))
    assert across["Paragraph"] == "4–5"


def test_csv_defuses_cells_a_spreadsheet_would_run_as_formulas(make_document: MakeDocument) -> None:
    rows = _csv_rows(render("csv", make_document()))
    assert [r["Quote"] for r in rows if "HYPERLINK" in r["Quote"]] == ["'" + FORMULA_QUOTE]


def test_xlsx_holds_the_same_table_with_text_never_turned_into_formulas(make_document: MakeDocument) -> None:
    book = openpyxl.load_workbook(io.BytesIO(render("xlsx", make_document())))
    assert book.sheetnames == ["Excerpts", "About"]
    sheet = book["Excerpts"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) == 6
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    assert rows[0]["Quote"] == SCRIPT_QUOTE and rows[0]["Start"] == 74 and rows[0]["Paragraph"] == 2
    assert rows[0]["Confidence"] == 4 and rows[0]["Evidence"] == "Minutes, f. 3"
    formula = next(row for row in sheet.iter_rows(min_row=2) if "HYPERLINK" in str(row[13].value))[13]
    assert formula.value == FORMULA_QUOTE and formula.data_type == "s"
    across = next(r for r in rows if str(r["Quote"]).startswith("begins here"))
    assert across["Quote"] == "begins here with a form feed.\nA letter 𝔊"  # XML forbids the form feed
    about = {r[0].value: r[1].value for r in book["About"].iter_rows()}
    assert "Unicode code points" in about["Offsets"] and about["Excerpts"] == 6


def test_xlsx_cells_share_two_named_styles_with_the_formats_they_had_cell_by_cell(
    make_document: MakeDocument,
) -> None:
    # One style per cell was hashed and compared for every cell written (40 % of a 5,000-row export).
    book = openpyxl.load_workbook(io.BytesIO(render("xlsx", make_document())))
    sheet = book["Excerpts"]
    header = [c.value for c in sheet[1]]
    assert {c.style for c in sheet[1]} == {"Column header"} and all(c.font.bold for c in sheet[1])
    quote = sheet.cell(row=2, column=header.index("Quote") + 1)
    assert quote.style == "Wrapped text"
    assert (quote.alignment.wrap_text, quote.alignment.vertical, quote.font.bold) == (True, "top", False)
    assert quote.font.name == "Calibri" and quote.font.sz == 11  # the workbook's default font, as before
    assert sheet.cell(row=2, column=header.index("Title") + 1).style == "Normal"


def test_csv_leaves_prose_that_starts_with_a_sign_alone() -> None:
    from annotator.io.exporters.csv import defuse

    for prose in ("-40 % per Zemskov", "- see the minutes", "+3 villages", "-1932", "1932-33"):
        assert defuse(prose) == prose
    for formula in ("=1+1", "@SUM(A1)", "+HYPERLINK(\"x\")", "-2+3", "-cmd|' /C calc'!A0", "\t=1", "+1;2"):
        assert defuse(formula) == "'" + formula
