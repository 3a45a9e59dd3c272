import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from annotator.storage.database import backup_file, backup_path_for, open_engine


def test_backup_name_is_timestamped_beside_the_file_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "thesis.annotator"
    moment = datetime(2026, 11, 27, 9, 30, 5, tzinfo=UTC)
    first = backup_path_for(path, moment)
    assert first == tmp_path / "thesis.before-upgrade-20261127T093005.annotator"
    first.write_bytes(b"taken")
    assert backup_path_for(path, moment) == tmp_path / "thesis.before-upgrade-20261127T093005-2.annotator"


def test_backup_copies_committed_data_still_in_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    engine, _ = open_engine(path)
    with engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO project_meta (key, value) VALUES ('probe', 'in the wal')")
    target = tmp_path / "copy.annotator"
    backup_file(path, target)  # while the engine still holds the WAL open
    engine.dispose()
    connection = sqlite3.connect(target)
    assert connection.execute("SELECT value FROM project_meta WHERE key = 'probe'").fetchone() == (
        "in the wal",
    )
    connection.close()
