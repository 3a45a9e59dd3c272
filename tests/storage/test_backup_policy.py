"""Backups keep recovery points (issue 13, item 2): a backup only when the project changed since the newest
one, and a spread over time kept, so that an idle window never rotates the state before a mistake away.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from annotator.services.project import Project, list_backups
from annotator.storage import backups
from annotator.storage.backups import retained

NOW = datetime(2026, 12, 6, 18, 0, tzinfo=UTC)


def _titles(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in connection.execute("SELECT title FROM sources"))
    finally:
        connection.close()


def test_an_idle_window_keeps_the_state_before_an_accidental_deletion(project_path: Path) -> None:
    """The issue's case: a backup every 10 minutes, changed or not, kept only the last 10, so 100 idle
    minutes after a deletion every backup held the deletion. Idle ticks now take no backup at all."""
    with Project.open(project_path) as project:
        for title in ("Register", "Chronicle"):
            data = f"The {title} of the parish.".encode()
            project.sources.import_bytes(f"{title}.txt", data, {"title": title})
    before = backups.take_backup(project_path)
    with Project.open(project_path) as project:
        chronicle = next(s for s in project.sources.list() if s.title == "Chronicle")
        project.sources.delete(chronicle.id)  # the mistake
    after = backups.backup_if_due(project_path, interval=timedelta(0))
    assert after is not None and _titles(after) == ["Register"]
    for _tick in range(15):  # 150 idle minutes of the window's timer
        assert backups.backup_if_due(project_path, interval=timedelta(0)) is None
    assert [b.path for b in list_backups(project_path)] == [after, before]
    assert _titles(before) == ["Chronicle", "Register"]


def test_opening_an_unchanged_project_takes_no_new_backup(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.sources.import_bytes("r.txt", b"The register.", {})
    first = backups.take_backup(project_path)
    for _ in range(3):
        with Project.open(project_path):
            pass
        assert backups.backup_if_due(project_path, interval=timedelta(0)) is None
    assert [b.path for b in list_backups(project_path)] == [first]


def test_retention_keeps_the_newest_ten_then_one_a_day_for_a_week_then_one_a_week_for_a_month() -> None:
    # A backup every 10 minutes of a working day (9:00-17:00) for 60 days.
    stamps = [
        NOW.replace(hour=9) - timedelta(days=day) + timedelta(minutes=10 * slot)
        for day in range(60)
        for slot in range(48)
    ]
    kept = sorted(retained(stamps), reverse=True)
    newest = sorted(stamps, reverse=True)
    assert kept[:10] == newest[:10]
    older = kept[10:]
    # The newest of each of the 6 earlier days of the last week (today's newest is among the ten) ...
    days = [NOW.date() - timedelta(days=d) for d in range(1, 7)]
    for day in days:
        assert max(s for s in stamps if s.date() == day) in older
    # ... and of each of the 4 most recent ISO weeks; nothing older than that.
    weeks = sorted({s.isocalendar()[:2] for s in stamps}, reverse=True)[:4]
    for week in weeks:
        assert max(s for s in stamps if s.isocalendar()[:2] == week) in kept
    assert min(kept) >= NOW - timedelta(days=28)
    assert len(kept) <= 10 + 7 + 4


def test_retention_counts_days_with_backups_so_a_month_away_keeps_the_old_points() -> None:
    # Worked on for 3 days, away for 5 weeks, back for an afternoon.
    early = [NOW - timedelta(days=40 + d, minutes=10 * m) for d in range(3) for m in range(20)]
    late = [NOW - timedelta(minutes=10 * m) for m in range(20)]
    kept = retained(early + late)
    for d in range(3):  # the newest of each early day is still a recovery point
        assert max(s for s in early if s.date() == (NOW - timedelta(days=40 + d)).date()) in kept


def test_retention_always_keeps_the_newest_and_is_stable() -> None:
    stamps = [NOW - timedelta(hours=7 * i) for i in range(200)]
    kept = retained(stamps, keep=0)
    assert max(stamps) in kept
    assert retained(kept) == kept  # a second pass drops nothing more
    later = retained([*kept, NOW + timedelta(minutes=10)])
    assert kept - later <= set(sorted(kept, reverse=True)[:10])  # only the newest-ten window moves


def test_rotation_on_disk_keeps_the_spread(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.sources.import_bytes("r.txt", b"The register.", {})
    template = backups.take_backup(project_path)
    folder = backups.backup_folder(project_path)
    now = datetime.now(UTC)
    old = [now - timedelta(days=d, minutes=m) for d in range(1, 40) for m in (0, 30)]
    for moment in old:  # backups of earlier days, as the app would have left them
        shutil.copyfile(template, folder / f"test-{moment.strftime('%Y%m%dT%H%M%S%fZ')}.annotator")
    with Project.open(project_path) as project:
        project.rename("Parish register")
    assert backups.backup_if_due(project_path, interval=timedelta(0)) is not None
    on_disk = {b.taken_at for b in list_backups(project_path)}
    assert on_disk == retained(on_disk)  # rotation applied the policy
    assert len(on_disk) <= 10 + 7 + 4
    # Every one of the last 7 days has a backup left, and so do the last 4 weeks.
    assert {t.date() for t in on_disk} >= {(now - timedelta(days=d)).date() for d in range(7)}
    assert len({t.isocalendar()[:2] for t in on_disk}) >= 4
