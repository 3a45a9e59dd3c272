"""Menu actions as the window and its controllers make them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence


def make_action(
    parent: QObject,
    text: str,
    slot: Callable[..., Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
    action.setCheckable(checkable)
    if checkable:
        action.triggered.connect(slot)  # the slot takes the new checked state
    else:
        # triggered(bool) would hand its `checked` to a slot's first defaulted parameter (Link passages
        # once got False as its relation): plain actions call their slot with no argument.
        action.triggered.connect(lambda _checked=False: slot())
    return action
