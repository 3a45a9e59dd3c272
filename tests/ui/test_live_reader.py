"""A team project's window shows another coder's edit as it is committed (issue 21): the bridge's socket
notifier on the server's change notifications, the reader and the Annotations panel patched as for one's own
edit. Real window, real server (the tests' cluster); the wait says only that the edit arrived."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings

TEXT = "Comrades, the kulak saboteurs have been routed. The harvest is saved.\n"
WAIT_MS = 30_000  # generous, for a loaded machine


@pytest.fixture
def team_window(qtbot, server_url: str, settings: AppSettings) -> Iterator[tuple[MainWindow, Project]]:  # type: ignore[no-untyped-def]
    mine = Project.open(server_url)
    source = mine.sources.import_bytes("s.txt", TEXT.encode(), {"title": "Speech"}).source_id
    window = MainWindow(mine, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.open_source(source)
    with Project.open(server_url) as theirs:
        yield window, theirs
    window.close()
    mine.close()


def test_another_coders_edit_appears_in_my_reader(qtbot, team_window) -> None:  # type: ignore[no-untyped-def]
    window, theirs = team_window
    source = window.current_source_id
    made = theirs.annotations.create(source, 14, 29, ["bias/loaded-language"], note="theirs")
    qtbot.waitUntil(lambda: made.id in {a.id for a in window.reader.annotations()}, timeout=WAIT_MS)
    shown = next(a for a in window.reader.annotations() if a.id == made.id)
    assert shown.note == "theirs" and [t.path for t in shown.tags] == ["bias/loaded-language"]

    theirs.annotations.update(made.id, note="theirs, edited")
    qtbot.waitUntil(
        lambda: [a.note for a in window.reader.annotations() if a.id == made.id] == ["theirs, edited"],
        timeout=WAIT_MS,
    )
    theirs.annotations.delete(made.id)
    qtbot.waitUntil(lambda: made.id not in {a.id for a in window.reader.annotations()}, timeout=WAIT_MS)
