from __future__ import annotations

import subprocess
import sys

import pytest

from annotator.domain.errors import InvalidInput
from annotator.io.exporters.registry import exporter_for, format_names, formats


def test_every_format_of_the_issue_is_registered_with_a_writer() -> None:
    assert format_names() == ("md", "html", "docx", "csv", "xlsx", "w3c", "qdpx", "qdc")
    for export_format in formats():
        assert export_format.extension.startswith(".")
        assert callable(export_format.writer())


def test_names_are_forgiving_and_unknown_ones_are_refused_in_one_line() -> None:
    assert exporter_for("Markdown").name == "md"
    assert exporter_for(".json").name == "w3c"
    with pytest.raises(InvalidInput, match="'pdf' is not an export format; choose one of md, html"):
        exporter_for("pdf")


def test_listing_formats_loads_no_heavy_library() -> None:
    code = (
        "import sys\n"
        "from annotator.io.exporters.registry import formats\n"
        "formats()\n"
        "print(sorted(m for m in ('docx', 'openpyxl', 'lxml') if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
