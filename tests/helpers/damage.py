"""Projects damaged the way disks and copies damage them: bytes changed where a text is stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotator.services.project import Project
from annotator.storage import backups

SOURCES = 40
VICTIMS = (7, 23)  # indexes of the sources whose stored text is changed


def text(i: int) -> str:
    """About 15 kB: a chain of overflow pages, as real sources have."""
    return "\n".join(
        f"Source {i}, line {j}: the commission counted {i * 37 + j} households." for j in range(220)
    )


def build(path: Path) -> dict[int, str]:
    """A closed project (no WAL) of 40 sources, backed up once; their ids and texts.

    The files have CRLF line ends, so the original bytes (also stored) never contain the text's LF lines.
    """
    texts = {}
    with Project.open(path) as project:
        for i in range(SOURCES):
            report = project.sources.import_bytes(
                f"s{i}.txt", text(i).replace("\n", "\r\n").encode(), {"title": f"Register {i}"}
            )
            texts[report.source_id] = text(i)
    backups.take_backup(path)
    assert not path.with_name(path.name + "-wal").exists()
    return texts


def change_a_letter(path: Path, source: int) -> None:
    """One letter of the stored text of source number ``source`` changed; the file's structure is sound."""
    data = bytearray(path.read_bytes())
    marker = f"households.\nSource {source}, line 150: the commission".encode()  # LF: not the CRLF original
    assert data.count(marker) == 1
    at = data.index(marker) + len(marker) - 3  # the "i" of "commission"
    data[at] = ord("a")
    path.write_bytes(bytes(data))
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    connection.close()


