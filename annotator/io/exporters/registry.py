"""Export formats by name: what ``annotator export --format`` and the export dialog offer."""

from __future__ import annotations

from annotator.domain.errors import InvalidInput
from annotator.io.exporters.base import ExportFormat

_PACKAGE = "annotator.io.exporters"
_FORMATS: dict[str, ExportFormat] = {}
_ALIASES = {"markdown": "md", "json": "w3c", "htm": "html", "jsonld": "w3c"}


def register(export_format: ExportFormat) -> None:
    _FORMATS[export_format.name] = export_format


for _format in (
    ExportFormat("md", "Markdown", ".md", "text/markdown", f"{_PACKAGE}.markdown"),
    ExportFormat("html", "HTML (self-contained, printable)", ".html", "text/html", f"{_PACKAGE}.html"),
    ExportFormat(
        "docx",
        "Word document",
        ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        f"{_PACKAGE}.docx",
    ),
    ExportFormat("csv", "CSV table", ".csv", "text/csv", f"{_PACKAGE}.csv"),
    ExportFormat(
        "xlsx",
        "Excel workbook",
        ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        f"{_PACKAGE}.xlsx",
    ),
    ExportFormat("w3c", "W3C Web Annotation (JSON-LD)", ".json", "application/ld+json", f"{_PACKAGE}.w3c"),
    ExportFormat(
        "qdpx",
        "REFI-QDA project (QualCoder, MAXQDA, ATLAS.ti, NVivo)",
        ".qdpx",
        "application/zip",
        f"{_PACKAGE}.refi_qda",
        "write_project",
        needs_texts=True,
    ),
    ExportFormat(
        "qdc",
        "REFI-QDA codebook",
        ".qdc",
        "application/xml",
        f"{_PACKAGE}.refi_qda",
        "write_codebook",
        needs_excerpts=False,
    ),
):
    register(_format)


def formats() -> tuple[ExportFormat, ...]:
    """Every format, in the order a menu shows them."""
    return tuple(_FORMATS.values())


def format_names() -> tuple[str, ...]:
    return tuple(_FORMATS)


def exporter_for(name: str) -> ExportFormat:
    key = name.strip().lower().lstrip(".")
    key = _ALIASES.get(key, key)
    if key not in _FORMATS:
        raise InvalidInput(f"{name!r} is not an export format; choose one of {', '.join(_FORMATS)}")
    return _FORMATS[key]
