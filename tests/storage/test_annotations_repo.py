"""Annotations read and written in bulk by Core statements (issue 23) are the rows one at a time makes."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

from annotator.services.annotations import Passage
from annotator.services.project import Project
from annotator.storage.annotations_repo import stored_utc

TEXT = "In 1932 the district committee reported the grain quota as met; the teacher's memoir denies it."


def _rows(project: Project) -> list[tuple[object, ...]]:
    with sqlite3.connect(project.path) as connection:
        rows = connection.execute(
            "SELECT start_pos, end_pos, exact, prefix, suffix, note, confidence, evidence_ref,"
            " length(created_at), length(modified_at), typeof(created_at) FROM annotations ORDER BY id"
        ).fetchall()
    connection.close()
    return rows


def test_a_batch_writes_the_rows_and_times_that_one_create_at_a_time_writes(project: Project) -> None:
    source_id = project.sources.import_bytes("a.txt", TEXT.encode()).source_id
    one = project.annotations.create(source_id, 3, 7, ["bias/ideological"])
    tagging = project.annotations.tag_passages(
        "bias/ideological", [Passage(source_id, 12, 20), Passage(source_id, 3, 7), Passage(source_id, 12, 20)]
    )
    (made,) = tagging.created  # the range that exists already is not made again, nor one twice
    first, second = _rows(project)
    assert second[:8] == (12, 20, TEXT[12:20], TEXT[:12], TEXT[20:52], "", None, "")
    assert first[8:] == second[8:] == (26, 26, "text")  # "2026-01-02 03:04:05.678901", as create stores
    listed = {a.id: a for a in project.annotations.list(source_id)}
    assert listed[made.id] == made  # what the batch returned is what is read back, times included
    assert listed[one.id] == one
    assert made.created_at.tzinfo is UTC and made.created_at == made.modified_at


def test_stored_times_read_as_utc_whatever_their_form() -> None:
    expected = datetime(2026, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    assert stored_utc("2026-01-02 03:04:05.678901") == expected
    assert stored_utc("2026-01-02 03:04:05") == expected.replace(microsecond=0)
    assert stored_utc("2026-01-02T05:04:05.678901+02:00") == expected
    two_hours_east = datetime(2026, 1, 2, 5, 4, 5, 678901, tzinfo=timezone(timedelta(hours=2)))
    assert stored_utc(two_hours_east) == expected
    assert stored_utc(two_hours_east).tzinfo is UTC
