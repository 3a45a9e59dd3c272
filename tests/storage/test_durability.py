"""What the README promises about a power cut (issue 13, item 8): every commit is flushed to the disk.

A power cut cannot be made in a test; what can be checked is the setting that decides it. With the WAL
journal, ``synchronous=NORMAL`` flushes only at checkpoints, so the last commits before a power cut may be
lost; ``FULL`` (2) flushes the WAL at every commit, before the edit is acknowledged.
"""

from __future__ import annotations

from pathlib import Path

from annotator.services.project import Project
from annotator.storage.database import open_engine

FULL = 2


def test_every_connection_of_a_project_flushes_each_commit(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        project.sources.import_bytes("r.txt", b"The register of births.", {})
        with project._uow.write() as session:  # the connection every edit commits on
            assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == FULL
            assert session.connection().exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    engine, _ = open_engine(path)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == FULL
    engine.dispose()
