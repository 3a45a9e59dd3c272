"""One writer per project: a second process gets a clear refusal or a read-only view, never a conflict."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain.errors import ProjectError, ProjectLocked, ReadOnlyProject
from annotator.services.project import Project, restore_backup
from annotator.storage.lock import lock_path_for

REPO = Path(__file__).parent.parent.parent
# Another Annotator: opens the project, says so, and keeps it open until told to close (or killed).
HOLDER = """
import sys
from annotator.services.project import Project, restore_backup
project = Project.open(sys.argv[1])
print("open", flush=True)
sys.stdin.readline()
project.close()
print("closed", flush=True)
"""


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO))


@pytest.fixture
def holder(project_path: Path) -> Iterator[subprocess.Popen[str]]:
    with Project.open(project_path) as project:
        project.sources.import_bytes("minutes.txt", b"Minutes of the town council, 3 May 1871.")
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    assert process.stdout is not None and process.stdout.readline() == "open\n"
    yield process
    if process.poll() is None:
        process.kill()
    process.communicate()


def test_second_process_is_refused_with_a_clear_message(
    holder: subprocess.Popen[str], project_path: Path
) -> None:
    with pytest.raises(ProjectLocked) as caught:
        Project.open(project_path)
    assert str(caught.value) == (
        f"{project_path} is open in another Annotator window (process {holder.pid}); "
        "open it read-only or close the other one"
    )


def test_the_cli_in_another_process_is_refused_and_exits_2(
    holder: subprocess.Popen[str], project_path: Path
) -> None:
    before = project_path.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "annotator", "tag-add", "bias", "Rumour", "--project", str(project_path)],
        capture_output=True,
        text=True,
        env=_env(),
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"annotator: {project_path} is open in another Annotator window (process {holder.pid}); "
        "close it first (commands that only read, such as `sources`, `search` and `export`, work meanwhile)"
    ]
    assert project_path.read_bytes() == before


def test_read_only_view_while_another_process_writes(
    holder: subprocess.Popen[str], project_path: Path
) -> None:
    with Project.open(project_path, read_only=True) as project:
        (source,) = project.sources.list()
        assert project.sources.text(source.id).startswith("Minutes of the town council")
        with pytest.raises(ReadOnlyProject, match="read-only"):
            project.annotations.create(source.id, 0, 7, tags=["bias/polemical"])
        assert project.annotations.list() == []
    assert lock_path_for(project_path).read_text().split()[0] == str(holder.pid)  # untouched


def test_lock_is_released_on_close_and_taken_over_after_a_crash(
    holder: subprocess.Popen[str], project_path: Path
) -> None:
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("close\n")
    holder.stdin.flush()
    assert holder.stdout.readline() == "closed\n"
    assert not lock_path_for(project_path).exists()
    holder.wait()

    crashed = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=_env(),
    )
    assert crashed.stdout is not None and crashed.stdout.readline() == b"open\n"
    crashed.send_signal(signal.SIGKILL)
    crashed.communicate()
    assert lock_path_for(project_path).read_text().split()[0] == str(crashed.pid)  # stale, left behind
    with Project.open(project_path) as project:  # the dead process's lock is taken over
        assert lock_path_for(project_path).read_text().split()[0] == str(os.getpid())
        assert len(project.sources.list()) == 1


def test_lock_is_reentrant_within_one_process(project_path: Path) -> None:
    first = Project.open(project_path)
    second = Project.open(project_path)
    lock = lock_path_for(project_path)
    first.close()
    first.close()  # closing twice releases once
    assert lock.exists()
    second.close()
    assert not lock.exists()


def test_read_only_needs_an_existing_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="no such project"):
        Project.open(tmp_path / "absent.annotator", read_only=True)
    assert not (tmp_path / "absent.annotator").exists()


def test_no_restore_over_a_project_another_process_holds(
    holder: subprocess.Popen[str], project_path: Path, tmp_path: Path
) -> None:
    spare = tmp_path / "spare.annotator"
    with Project.open(spare):
        pass
    before = project_path.read_bytes()
    with pytest.raises(ProjectLocked, match=f"process {holder.pid}"):
        restore_backup(project_path, spare)
    assert project_path.read_bytes() == before


# One of several processes racing for a project whose last holder crashed: each is told on stdin a moment
# shortly ahead (the same for all, so that they really race), tries to open the project for writing then,
# says "open" or "locked", and keeps what it got until killed.
RACER = """
import sys, time
from annotator.domain.errors import ProjectLocked
from annotator.services.project import Project
print("ready", flush=True)
while line := sys.stdin.readline():
    time.sleep(max(0.0, float(line) - time.time()))
    try:
        project = Project.open(sys.argv[1])
    except ProjectLocked:
        print("locked", flush=True)
        continue
    print("open", flush=True)
    sys.stdin.readline()
"""
RACERS, TRIALS = 6, 25


@pytest.mark.slow
def test_after_a_crash_six_racing_processes_give_exactly_one_writer(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.sources.import_bytes("minutes.txt", b"Minutes of the town council, 3 May 1871.")
    lock = lock_path_for(project_path)

    def racer() -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, "-c", RACER, str(project_path)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_env(),
        )
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
        return process

    racers = [racer() for _ in range(RACERS)]
    holders_per_trial = []
    try:
        # The first trial's crash: a holder killed outright, as every trial's winner is after it.
        crashed = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(project_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            env=_env(),
        )
        assert crashed.stdout is not None and crashed.stdout.readline() == b"open\n"
        crashed.kill()
        crashed.communicate()
        dead = {crashed.pid}
        for _trial in range(TRIALS):
            assert int(lock.read_text().split()[0]) in dead  # left behind by a process that is gone
            start = time.time() + 0.2  # when all of them have been told
            for process in racers:
                assert process.stdin is not None
                process.stdin.write(f"{start}\n")
                process.stdin.flush()
            answers = [process.stdout.readline().strip() for process in racers if process.stdout]
            holders_per_trial.append(answers.count("open"))
            for process, answer in zip(racers, answers, strict=True):
                if answer == "open":  # the winner crashes, leaving its lock file for the next trial
                    process.kill()
                    process.communicate()
                    dead.add(process.pid)
            racers = [p if p.poll() is None else racer() for p in racers]
    finally:
        for process in racers:
            process.kill()
            process.communicate()
    assert holders_per_trial == [1] * TRIALS


def test_a_lock_naming_a_process_id_now_used_by_another_program_does_not_block(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.sources.import_bytes("minutes.txt", b"Minutes of the town council, 3 May 1871.")
    # The app crashed, and its process id went to an unrelated program that is still running.
    other_program = subprocess.Popen(["sleep", "60"])
    try:
        lock_path_for(project_path).write_text(f"{other_program.pid}\n{socket.gethostname()}\n")
        with Project.open(project_path) as project:
            assert not project.read_only
            assert len(project.sources.list()) == 1
            assert lock_path_for(project_path).read_text().split()[0] == str(os.getpid())
    finally:
        other_program.kill()
        other_program.wait()
