"""Silent content damage (issue 13, item 4): a letter changed inside a stored text passes SQLite's checks,
so every text has a checksum, verified when it is read whole and by the full check; a damaged project is
never backed up over a good backup.

Real projects of 40 sources; the damage is done to the file's bytes where the text is stored.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command

from annotator.domain.errors import ProjectDamaged
from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project, list_backups
from annotator.services.project_check import check_project
from annotator.storage import backups, migrate
from annotator.storage.database import create_project_engine
from tests.helpers.damage import SOURCES, VICTIMS, build, change_a_letter
from tests.helpers.damage import text as _text


def test_a_changed_letter_passes_sqlites_check_and_is_caught_when_the_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "registers.annotator"
    texts = build(path)
    ids = list(texts)
    for victim in VICTIMS:
        change_a_letter(path, victim)
    with Project.open(path) as project:  # structurally sound: it opens
        for index, source_id in enumerate(ids):
            if index in VICTIMS:
                with pytest.raises(ProjectDamaged) as caught:
                    project.sources.text(source_id)
                message = str(caught.value)
                assert str(path) in message and f"source {source_id} “Register {index}”" in message
                assert "checksum" in message and "Restore backup" in message and "\n" not in message
            else:
                assert project.sources.text(source_id) == texts[source_id]
        # Annotating the damaged text would quote the changed letters: refused the same way.
        with pytest.raises(ProjectDamaged):
            project.annotations.create(ids[VICTIMS[0]], 0, 6)


def test_the_full_check_names_the_sources_and_the_newest_backup_holding_them_intact(tmp_path: Path) -> None:
    path = tmp_path / "registers.annotator"
    texts = build(path)
    ids = list(texts)
    good = list_backups(path)[0]
    change_a_letter(path, VICTIMS[0])
    result = check_project(path)
    assert not result.ok and result.problems == ()
    assert [(d.id, d.title) for d in result.damaged] == [(ids[VICTIMS[0]], f"Register {VICTIMS[0]}")]
    assert result.texts_checked == result.originals_checked == SOURCES
    assert result.intact_backup == good
    summary = result.summary()
    assert f"{ids[VICTIMS[0]]} “Register {VICTIMS[0]}”" in summary and str(good.path) in summary


def test_changed_original_bytes_are_caught_when_read_and_by_the_check(tmp_path: Path) -> None:
    path = tmp_path / "registers.annotator"
    ids = list(build(path))
    data = bytearray(path.read_bytes())
    marker = b"\r\nSource 11, line 150: the commission"
    at = data.index(marker) + len(marker) - 3
    data[at] = ord("a")
    path.write_bytes(bytes(data))
    with Project.open(path) as project:
        with pytest.raises(ProjectDamaged, match="original file"):
            project.sources.original_bytes(ids[11])
        assert project.sources.text(ids[11]) == _text(11)  # the stored text is intact
    result = check_project(path)
    assert [(d.id, d.problem) for d in result.damaged] == [
        (ids[11], "the original file's bytes no longer match their checksum")
    ]


def test_random_byte_flips_never_leave_a_source_silently_different(tmp_path: Path) -> None:
    """The issue's own experiment: 50 random flips in a 40-source project. Whatever SQLite's check says,
    every source whose stored text or original file now differs is named by the full check."""
    path = tmp_path / "registers.annotator"
    texts = build(path)
    originals = {source_id: text.replace("\n", "\r\n").encode() for source_id, text in texts.items()}
    data = bytearray(path.read_bytes())
    rng = random.Random(13)
    for _ in range(50):
        at = rng.randrange(100, len(data))  # past the 100-byte database header
        data[at] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))

    different = set()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        for source_id in texts:
            try:
                (text,) = connection.execute(
                    "SELECT CAST(text AS BLOB) FROM source_texts WHERE source_id = ?", (source_id,)
                ).fetchone()
                (original,) = connection.execute(
                    "SELECT data FROM source_files WHERE source_id = ?", (source_id,)
                ).fetchone()
            except (sqlite3.DatabaseError, TypeError):
                different.add(source_id)
                continue
            if text != texts[source_id].encode() or original != originals[source_id]:
                different.add(source_id)
    connection.close()
    assert len(different) >= 5, "the flips should have hit several texts"

    result = check_project(path)
    assert not result.ok
    named = {d.id for d in result.damaged}
    assert different <= named or result.problems, (different, named, result.problems)
    assert different <= named


def test_a_project_that_fails_its_check_never_replaces_a_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "registers.annotator"
    build(path)
    (good,) = list_backups(path)
    change_a_letter(path, VICTIMS[0])
    with Project.open(path) as project:
        project.rename("Registers, damaged")  # a change since the backup: one is due
    with pytest.raises(ProjectDamaged, match="failed its check") as caught:
        backups.backup_if_due(path, interval=timedelta(0), keep=1)
    assert f"“Register {VICTIMS[0]}”" in str(caught.value) and "no backup was made" in str(caught.value)
    # Nothing changed since the copy kept aside: said once, not copied again.
    assert backups.backup_if_due(path, interval=timedelta(0), keep=1) is None
    assert list_backups(path) == [good]  # still the only backup, though keep=1
    aside = backups.list_damaged_copies(path)
    assert len(aside) == 1
    assert aside[0].path.name.endswith(".damaged.annotator")
    # Opening for work still opens (the failing backup is logged), and takes no backup of the damage.
    with Project.open(path) as project:
        project.rename("Registers, damaged again")
    with Project.open(path):
        pass
    assert list_backups(path) == [good]


def test_the_upgrade_computes_the_checksums_of_texts_already_stored(tmp_path: Path) -> None:
    path = tmp_path / "registers.annotator"
    with Project.open(path) as project:
        ids = [project.sources.import_bytes(f"s{i}.txt", _text(i).encode(), {}).source_id for i in range(3)]
    engine = create_project_engine(path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), "0003")
    engine.dispose()
    with Project.open(path) as project:  # upgraded again by the app
        assert [project.sources.text(i) for i in ids] == [_text(i) for i in range(3)]
    with sqlite3.connect(path) as connection:
        stored = dict(connection.execute("SELECT source_id, text_sha256 FROM source_texts"))
    connection.close()
    assert stored == {i: hashlib.sha256(_text(n).encode()).hexdigest() for n, i in enumerate(ids)}


def test_only_the_newest_three_damaged_copies_are_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "registers.annotator"
    build(path)
    (good,) = list_backups(path)
    change_a_letter(path, VICTIMS[0])
    for round_ in range(5):  # changed each time, so each time a copy is due, and fails
        with Project.open(path) as project:
            project.rename(f"Registers {round_}")
        with pytest.raises(ProjectDamaged):
            backups.backup_if_due(path, interval=timedelta(0))
    assert len(backups.list_damaged_copies(path)) == backups.KEEP_DAMAGED == 3
    assert list_backups(path) == [good]


def test_an_export_refuses_to_quote_a_changed_text(tmp_path: Path) -> None:
    path = tmp_path / "registers.annotator"
    ids = list(build(path))
    with Project.open(path) as project:
        project.annotations.create(ids[VICTIMS[0]], 0, 40, ["bias/polemical"])
        project.annotations.create(ids[0], 0, 40, ["bias/polemical"])
    change_a_letter(path, VICTIMS[0])
    with Project.open(path) as project, pytest.raises(ProjectDamaged, match=f"“Register {VICTIMS[0]}”"):
        project.exports.export(ExcerptFilter(), "csv", tmp_path / "excerpts.csv")
