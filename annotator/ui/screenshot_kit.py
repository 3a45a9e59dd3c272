"""What every screenshot script needs: letting the window settle before a grab, and settings of its own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer

from annotator.ui.settings import AppSettings


def settle(ms: int = 300) -> None:
    """Run the event loop for ``ms``: layouts, workers' results and deferred paints land before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def private_settings(folder: Path) -> AppSettings:
    """Settings in ``folder``, so a screenshot run never reads or changes the user's own."""
    return AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
