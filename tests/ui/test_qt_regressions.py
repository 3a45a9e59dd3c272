"""PySide6 6.12.0 on Python 3.11 corrupts the refcount of None when many ExtraSelections are made.

We pin below it (see ../shared/docs/SETUP.md); this test crashes the run if a release with the bug slips in.
"""

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

pytestmark = pytest.mark.gui


def test_many_extra_selections_do_not_crash(qapp) -> None:  # type: ignore[no-untyped-def]
    document = QTextDocument("x" * 100)
    selections = []
    for _ in range(20_000):
        selection = QTextEdit.ExtraSelection()
        selection.cursor = QTextCursor(document)
        selection.format = QTextCharFormat()
        selections.append(selection)
    assert len(selections) == 20_000
