"""Damaged and locked projects in the app: a backup or a read-only view, never a crash."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from annotator.services.project import Project, list_backups
from annotator.ui import opening
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings

pytestmark = pytest.mark.gui


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))


@pytest.fixture
def backed_up(tmp_path: Path, write_file) -> Path:  # type: ignore[no-untyped-def]
    path = tmp_path / "thesis.annotator"
    with Project.open(path) as project:
        for i in range(30):
            project.sources.import_file(write_file(f"s{i}.txt", f"Source number {i}. " * 200))
    Project.open(path).close()  # the second open takes a backup
    assert list_backups(path)
    return path


def test_damaged_project_offers_its_latest_backup(qapp, backed_up: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _damage(backed_up)
    monkeypatch.setattr(opening, "ask", lambda *args: "Restore the latest backup")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    project = opening.open_project(None, backed_up)
    assert project is not None
    assert len(project.sources.list()) == 30
    project.close()


def test_damaged_project_can_be_opened_read_only(qapp, backed_up: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _damage(backed_up)
    monkeypatch.setattr(opening, "ask", lambda *args: "Open read-only")
    project = opening.open_project(None, backed_up)
    assert project is not None and project.read_only  # the damage lies in pages opening does not need
    project.close()


def test_project_held_by_another_process_opens_read_only(qapp, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "shared.annotator"
    Project.open(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from annotator.services.project import Project; p = Project.open(sys.argv[1]);"
            "print('ready', flush=True); time.sleep(30)",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        monkeypatch.setattr(opening, "ask", lambda *args: "Open read-only")
        project = opening.open_project(None, path)
        assert project is not None and project.read_only
        project.close()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()


def test_restore_backup_from_the_file_menu(
    qtbot, backed_up: Path, settings: AppSettings, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    project = Project.open(backed_up)
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    source = window.project.sources.list()[0].id
    window.project.sources.delete(source)
    assert len(window.project.sources.list()) == 29
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args, **kwargs: (args[3][0], True))
    window.restore_action.trigger()
    assert len(window.project.sources.list()) == 30
    assert window.project.path == backed_up
    window.close()
    window.project.close()


def test_the_backup_on_opening_is_taken_after_the_window_is_shown(
    qtbot, tmp_path: Path, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    from annotator.ui.app import open_window

    path = tmp_path / "book.annotator"
    with Project.open(path) as project:  # made now: nothing to back up yet
        project.sources.import_file(write_file("chapter.txt", "The harvest of 1932. " * 500))
    assert not list_backups(path)
    window = open_window(path, settings)  # changed since its (absent) last backup: one is due
    assert window is not None
    qtbot.addWidget(window)
    qtbot.wait(50)
    assert not list_backups(path)  # not before the window is shown
    window.show()
    qtbot.waitUntil(lambda: len(list_backups(path)) == 1, timeout=20_000)
    window.close()  # waits for the copy before the project is closed
    window.project.close()
    assert len(list_backups(path)) == 1


def test_the_backup_thread_tells_the_window_through_the_relay(
    qtbot, tmp_path: Path, settings: AppSettings, write_file
) -> None:  # type: ignore[no-untyped-def]
    """The backup thread never emits on the controller (which a closed window may be deleting meanwhile):
    its end arrives through annotator.ui.threads, delivered in the window's thread."""
    from annotator.ui.app import open_window
    from annotator.ui.threads import deliver_pending

    path = tmp_path / "book.annotator"
    with Project.open(path) as project:
        project.sources.import_file(write_file("chapter.txt", "The harvest of 1932. " * 500))
    window = open_window(path, settings)
    assert window is not None
    qtbot.addWidget(window)
    window.show()

    def started() -> bool:  # (the window completes itself with its project after its first paint)
        backups = getattr(window, "backups", None)
        return backups is not None and backups._opening_backup is not None

    qtbot.waitUntil(started, timeout=20_000)
    thread = window.backups._opening_backup
    assert thread is not None
    thread.join(60)
    assert window.backups._opening_backup is thread  # not told yet: the event loop has not run
    deliver_pending()
    assert window.backups._opening_backup is None
    assert len(list_backups(path)) == 1
    window.close()
    window.project.close()
