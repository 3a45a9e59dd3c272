"""File › Publish to team server…, Open team project… and Clone team project…, driven through the real
dialog on a real PostgreSQL server (the tests' throwaway cluster)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotator.ui.dialogs.team_project import TeamProjectDialog, server_url
from annotator.ui.main_window import MainWindow


def test_the_fields_make_a_libpq_url_and_a_socket_folder_goes_in_the_query() -> None:
    assert server_url("db.example.org", 5432, "seminar", "ada") == "postgresql://ada@db.example.org:5432/seminar"
    assert server_url("/run/postgresql", 5433, "my db", "ada") == (
        "postgresql://ada@/my%20db?host=/run/postgresql&port=5433"
    )
    assert server_url("::1", 5432, "d", "u") == "postgresql://u@[::1]:5432/d"


def test_a_missing_field_is_named_and_the_dialog_stays_open(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = TeamProjectDialog(None, "Clone team project", "Clone", local=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisible()
    assert dialog.problem.text() == "Give the database, the new file."


def test_publish_open_and_clone_through_the_file_menu(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, shown_messages: list[str], postgres_server, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = postgres_server.new_database(template=None)

    def fill_and_accept(dialog: TeamProjectDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        for field, value in (
            (dialog.host, str(postgres_server.socket_folder)),
            (dialog.database, database),
            (dialog.user, postgres_server.superuser),
        ):
            field.clear()
            qtbot.keyClicks(field, value)
        if dialog.local is not None:
            qtbot.keyClicks(dialog.local, str(tmp_path / "copy"))
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(TeamProjectDialog, "exec", fill_and_accept)
    titles = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert {"Open &team project…", "&Publish to team server…", "C&lone team project…"} <= set(titles)
    local_sources = window.project.sources.list()

    url = window.files.publish_dialog()
    socket = postgres_server.socket_folder
    assert url == f"postgresql://{postgres_server.superuser}@/{database}?host={socket}&port=5432"
    assert "Copied" in shown_messages[-1]

    window.files.open_team_project_dialog()
    assert window.project.on_server and window.project.location == url
    assert [s.uuid for s in window.project.sources.list()] == [s.uuid for s in local_sources]
    assert window.settings.recent_projects()[0] == url  # remembered as a URL, not a folded path
    # A team project has no file to check or back up: the menu says what does that instead.
    window.files.check_project_dialog()
    assert "pg_amcheck" in shown_messages[-1]

    copy = window.files.clone_dialog()
    assert copy == tmp_path / "copy.annotator" and copy.is_file()


def test_the_app_opens_on_a_team_project_given_on_the_command_line(  # type: ignore[no-untyped-def]
    qtbot, server_url: str, settings
) -> None:
    from annotator.ui.app import open_window

    window = open_window(server_url, settings)
    assert window is not None
    qtbot.addWidget(window)
    assert window.project.on_server and window.project.location == server_url
    window.close()
    window.project.close()  # the window does not own its project: the app closes it after the window
    assert window.settings.last_project() is None  # the app never starts by waiting for a server
    assert window.settings.recent_projects()[0] == server_url


def test_a_window_closed_at_once_leaves_no_connection_to_the_server(  # type: ignore[no-untyped-def]
    qtbot, postgres_server, server_url: str, settings
) -> None:
    """The window's deferred work (the upgrade offer, the tagging rehearsal) and a second close must not
    reach a project closed before: on a server each opened a new connection that nobody closed (found as the
    connections left to the garbage collector by the test above)."""
    import psycopg
    from PySide6.QtWidgets import QApplication

    from annotator.storage.server import ServerAddress
    from annotator.ui.app import open_window

    window = open_window(server_url, settings)
    assert window is not None
    qtbot.addWidget(window)
    window.close()
    window.project.close()
    window.close()  # again, as pytest-qt does at the end of a test: nothing of the closed project is read
    for _ in range(3):  # the zero-delay timers the window set when it opened
        QApplication.processEvents()
    database = ServerAddress.parse(server_url).database

    def connections() -> int:
        with psycopg.connect(postgres_server.url("postgres")) as c:
            row = c.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                (database,),
            ).fetchone()
        return int(row[0]) if row else 0

    # A closed connection's server process ends a moment after: wait for it (not for a leaked one).
    qtbot.waitUntil(lambda: connections() == 0, timeout=20_000)
