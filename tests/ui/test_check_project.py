"""File › Check project… and the backup timer on a project whose texts were changed behind its back
(issue 13, item 4): the damaged sources are named and the backup holding them intact is offered."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from annotator.services.project import Project, list_backups
from annotator.storage import backups
from annotator.ui import opening
from annotator.ui.controllers import files as files_controller
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from tests.helpers.damage import VICTIMS, build, change_a_letter, text

pytestmark = pytest.mark.gui


def _window(qtbot, path: Path, settings: AppSettings) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Project.open(path), settings)
    qtbot.addWidget(window)
    return window


def test_a_sound_project_says_so(qtbot, tmp_path: Path, settings: AppSettings, shown_messages) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registers.annotator"
    build(path)
    window = _window(qtbot, path, settings)
    window.check_action.trigger()
    assert len(shown_messages) == 1 and "is sound" in shown_messages[0]
    assert "40 stored texts and 40 original files match their checksums" in shown_messages[0]
    window.close()
    window.project.close()


def test_a_changed_text_is_named_and_the_intact_backup_restored(
    qtbot, tmp_path: Path, settings: AppSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registers.annotator"
    ids = list(build(path))
    change_a_letter(path, VICTIMS[0])
    asked: list[str] = []

    def answer(_parent, _title, message, choices):  # type: ignore[no-untyped-def]
        asked.append(message)
        assert choices == ["Restore that backup"]
        return "Restore that backup"

    monkeypatch.setattr(files_controller, "ask", answer)
    window = _window(qtbot, path, settings)
    window.check_action.trigger()
    assert len(asked) == 1
    assert f"Source {ids[VICTIMS[0]]} “Register {VICTIMS[0]}”: the stored text no longer matches" in asked[0]
    assert "The newest backup in which they are intact was taken" in asked[0]
    # Restored: the text reads as imported, and the damaged file was kept aside, not as a backup.
    assert window.project.sources.text(ids[VICTIMS[0]]) == text(VICTIMS[0])
    assert window.project.path == path and not window.project.read_only
    assert len(backups.list_damaged_copies(path)) == 1
    window.close()
    window.project.close()


def test_the_backup_timer_says_when_the_project_fails_its_check(
    qtbot, tmp_path: Path, settings: AppSettings, shown_messages
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "registers.annotator"
    build(path)
    (good,) = list_backups(path)
    older = datetime.now(UTC) - timedelta(minutes=30)  # the backup is due again
    good.path.rename(good.path.with_name(f"registers-{older:%Y%m%dT%H%M%S%fZ}.annotator"))
    change_a_letter(path, VICTIMS[1])
    window = _window(qtbot, path, settings)
    window.project.rename("Registers")  # a change since the backup
    window._periodic_backup()
    assert len(shown_messages) == 1 and "failed its check" in shown_messages[0]
    assert f"“Register {VICTIMS[1]}”" in shown_messages[0]
    assert [b.taken_at for b in list_backups(path)] == [older]  # the good backup is still the newest
    window.close()
    window.project.close()


def test_an_empty_project_file_offers_its_latest_backup(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Issue 13, item 3, in the app: an emptied file is damage, and its backup is offered and restored."""
    path = tmp_path / "registers.annotator"
    ids = list(build(path))
    path.write_bytes(b"")
    offered: list[list[str]] = []

    def answer(_parent, _title, _message, choices):  # type: ignore[no-untyped-def]
        offered.append(choices)
        return "Restore the latest backup"

    monkeypatch.setattr(opening, "ask", answer)
    monkeypatch.setattr(opening, "show_error", lambda *args, **kwargs: None)
    project = opening.open_project(None, path)
    assert offered == [["Restore the latest backup", "Open read-only"]]
    assert project is not None and not project.read_only
    assert project.sources.text(ids[0]) == text(0)
    project.close()
