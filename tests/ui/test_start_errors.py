"""Started from the menu there is no console: a start that fails says so in a dialog and the log file;
the window's icon and the fonts the installed app ships (issue 22)."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import pytest

from annotator.services.log_file import LOGGER, log_path
from annotator.ui import app as app_module

pytestmark = pytest.mark.gui


def test_a_failure_before_the_window_exists_reaches_a_dialog_and_the_log(
    qapp, monkeypatch: pytest.MonkeyPatch, shown_messages: list[str]
) -> None:
    def broken(project_path: Path | None) -> None:
        raise RuntimeError("the settings could not be read")

    monkeypatch.setattr(app_module, "open_window", broken)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own: put it back after
    handlers = list(logging.getLogger(LOGGER).handlers)
    try:
        assert app_module.run_gui(None) == 2
    finally:
        for handler in set(logging.getLogger(LOGGER).handlers) - set(handlers):
            logging.getLogger(LOGGER).removeHandler(handler)
            handler.close()
    assert len(shown_messages) == 1
    assert shown_messages[0].startswith("Annotator could not start")
    assert "RuntimeError: the settings could not be read" in shown_messages[0]
    assert str(log_path()) in shown_messages[0]
    logged = log_path().read_text(encoding="utf-8")
    assert "the window could not be opened" in logged and "Traceback" in logged


def test_the_app_has_its_icon_in_every_size(qapp) -> None:
    icon = app_module.app_icon()
    assert sorted(size.width() for size in icon.availableSizes()) == [16, 32, 48, 64, 128, 256]


def test_fonts_shipped_with_the_app_are_loaded(qapp, tmp_path: Path) -> None:
    system_font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")  # fonts-dejavu-core, a Qt need
    if not system_font.exists():
        pytest.skip("fonts-dejavu-core is not installed")
    shutil.copy(system_font, tmp_path / "DejaVuSerif.ttf")
    (tmp_path / "OFL.txt").write_text("a licence, not a font", encoding="utf-8")
    assert app_module.load_bundled_fonts(tmp_path) == ["DejaVu Serif"]
    assert app_module.load_bundled_fonts(tmp_path / "none") == []
