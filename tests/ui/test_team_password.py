"""Opening a team project whose server wants a password (issue 21): the window asks for it (echo off, naming
user@host/database), tries once more with it, and keeps it nowhere; Cancel changes nothing.

A cluster of its own (the ``password_server`` fixture, tests/conftest.py): on 127.0.0.1 every login must
give its password (scram-sha-256), as on a real server. No password file or keyring is found (PGPASSFILE
points to a file that does not exist), so only the answer to the question can open it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QLineEdit

from annotator.ui.main_window import MainWindow
from tests.helpers.postgres import PASSWORD


class Asker:
    """Stands in for the password question (a modal dialog): records what it asked, gives ``reply``."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, str, object]] = []
        self.reply: tuple[str, bool] = ("", False)

    def get_text(self, parent, title, label, echo=QLineEdit.EchoMode.Normal, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.asked.append((title, label, echo))
        return self.reply


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Asker:
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    asker = Asker()
    monkeypatch.setattr(QInputDialog, "getText", asker.get_text)
    return asker


def test_the_window_asks_for_the_password_and_keeps_it_nowhere(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, shown_messages: list[str], password_server, answers: Asker, tmp_path: Path
) -> None:
    _cluster, url = password_server
    answers.reply = (PASSWORD, True)
    assert window.switch_project(url)
    assert window.project.on_server and window.project.location == url
    [(_title, label, echo)] = answers.asked  # asked once
    assert echo == QLineEdit.EchoMode.Password
    user = url.split("//", 1)[1].split("@", 1)[0]
    assert f"{user}@127.0.0.1" in label and "seminar" in label, label
    # Never stored: not in the settings file, not in what the window shows as the project.
    window.settings.sync()
    assert PASSWORD not in (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert PASSWORD not in window.windowTitle() + window.project.location
    assert window.settings.recent_projects()[0] == url
    assert not shown_messages


def test_cancel_or_a_wrong_password_leaves_the_window_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, shown_messages: list[str], password_server, answers: Asker
) -> None:
    _cluster, url = password_server
    before = window.project
    answers.reply = ("", False)  # Cancel
    assert not window.switch_project(url)
    assert window.project is before and not before.closed and len(answers.asked) == 1
    assert not shown_messages  # cancelling needs no message

    answers.reply = ("not the password", True)  # tried once, then told why
    assert not window.switch_project(url)
    assert window.project is before and not before.closed and len(answers.asked) == 2
    assert len(shown_messages) == 1 and "password authentication failed" in shown_messages[0]
    assert "not the password" not in shown_messages[0]
