"""The import preview of a book copied out of a PDF lists every split word reflow joined and every running
head it took out (issue 14), so the historian can check them against the file before importing."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.services.project import Project
from annotator.ui.dialogs.import_options import ImportDialog
from tests.helpers.extracted_books import extracted_book

pytestmark = pytest.mark.gui


def test_the_preview_lists_split_words_joined_and_running_heads(
    qtbot, project: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    book = extracted_book()
    path = tmp_path / "book.txt"
    path.write_text(book.text, encoding="utf-8")
    dialog = ImportDialog(project, [path])
    qtbot.addWidget(dialog)
    pane = dialog.preview
    listed = [pane.changes.item(i).text() for i in range(pane.changes.count())]
    split = [line for line in listed if line.startswith("Split word joined:")]
    assert split and all("-⏎" in line and "→" in line for line in split)
    heads = [line for line in listed if "(running head, page" in line]
    assert heads[:2] == [
        "“184 STALINIST SOCIALISM” removed (running head, page 184)",
        "“THE POLITICS OF STALINISM 185” removed (running head, page 185)",
    ]
    assert len(heads) == len(book.heads)
    assert "STALINIST SOCIALISM" not in pane.after.toPlainText()
