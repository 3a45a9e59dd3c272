"""The menu bar's accelerators: within a menu each &-letter is used once, so Alt+letter reaches one entry."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu

from annotator.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _accelerators(menu: QMenu) -> list[str]:
    """The &-letters of the menu's entries (its submenus' titles included), lower-cased."""
    found = []
    for action in menu.actions():
        if match := re.search(r"&([^&])", action.text().replace("&&", "")):
            found.append(match.group(1).lower())
    return found


def test_the_view_menus_accelerators_are_unique(window: MainWindow) -> None:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    letters = _accelerators(view)
    assert len(letters) >= 8  # the menu's entries were read, not an empty menu
    assert [letter for letter, n in Counter(letters).items() if n > 1] == []
