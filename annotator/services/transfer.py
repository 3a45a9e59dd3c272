"""Moving a project between one's own file and a team's server: ``publish`` and ``clone``.

``publish(LOCAL.annotator, URL)`` copies a local project into an empty PostgreSQL database; ``clone(URL,
LOCAL.annotator)`` makes a new local file from a team project. Both copy every table whole — sources with
their original bytes, texts, annotations, links, taxonomy, people, coders, derived data, the project's uuid —
in one transaction on the target: a failure leaves nothing half-copied (an empty database stays empty; a new
file is removed). The source is only read. Neither writes over a project: the database must hold no
project yet (a new database, or one whose tables are still empty), the local file must not exist.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from annotator.domain.errors import ProjectError
from annotator.storage import lock, meta_repo, server, transfer
from annotator.storage.database import PROJECT_SUFFIX, check_location, open_engine
from annotator.storage.orm import ProjectMeta

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TransferReport:
    """What was copied: from and to where (a URL without its password), the project's uuid, rows per table."""

    source: str
    target: str
    uuid: str
    rows: dict[str, int]

    def summary(self) -> str:
        counts = ", ".join(f"{self.rows.get(t, 0)} {t}" for t in ("sources", "annotations", "links", "tags"))
        return f"copied {self.source} to {self.target} (project {self.uuid}: {counts})"


def publish(local: Path | str, url: str, progress: Progress | None = None) -> TransferReport:
    """Copy the local project file into the empty database at ``url`` (its tables made if missing)."""
    path = Path(local).expanduser().absolute()
    address = server.ServerAddress.parse(url)
    if not path.is_file():
        raise ProjectError(f"cannot publish {path}: there is no such project file")
    with _local_engine(path) as source_engine:
        target_engine, _ = server.open_server_engine(address)
        try:
            rows = _copy(source_engine, target_engine, address.display, progress)
        finally:
            target_engine.dispose()
    return TransferReport(str(path), address.display, _uuid(rows), _counts(rows))


def clone(url: str, local: Path | str, progress: Progress | None = None) -> TransferReport:
    """Make the new project file ``local`` a copy of the team project at ``url``."""
    address = server.ServerAddress.parse(url)
    path = Path(local).expanduser().absolute()
    check_location(path)
    if path.suffix != PROJECT_SUFFIX:
        raise ProjectError(f"cannot clone into {path}: a project file's name ends in {PROJECT_SUFFIX}")
    if path.exists():
        raise ProjectError(f"cannot clone into {path}: it exists already; give the name of a new file")
    source_engine, _ = server.open_server_engine(address, read_only=True)
    try:
        lock.acquire(path)
        try:
            target_engine, _ = open_engine(path)
            try:
                rows = _copy(source_engine, target_engine, str(path), progress)
            except BaseException:
                target_engine.dispose()
                for suffix in ("", "-wal", "-shm", "-journal"):
                    path.with_name(path.name + suffix).unlink(missing_ok=True)
                raise
            target_engine.dispose()
        finally:
            lock.release(path)
    finally:
        source_engine.dispose()
    return TransferReport(address.display, str(path), _uuid(rows), _counts(rows))


@contextlib.contextmanager
def _local_engine(path: Path):  # type: ignore[no-untyped-def]
    """The local project's engine for reading: read-only (not locked) when another window holds it."""
    try:
        lock.acquire(path)
    except lock.HeldElsewhere:
        engine, _ = open_engine(path, read_only=True)
        held = False
    else:
        held = True
        try:
            engine, _ = open_engine(path)
        except BaseException:
            lock.release(path)
            raise
    try:
        yield engine
    finally:
        engine.dispose()
        if held:
            lock.release(path)


def _copy(source: Engine, target: Engine, target_name: str, progress: Progress | None) -> dict[str, object]:
    from sqlalchemy import select

    with source.connect() as reading:
        if reading.dialect.name == "postgresql":  # one snapshot, while other clients go on writing
            reading = reading.execution_options(isolation_level="REPEATABLE READ")
        with reading.begin():
            identity = reading.execute(
                select(ProjectMeta.value).where(ProjectMeta.key == meta_repo.PROJECT_UUID)
            ).scalar_one_or_none()
            if identity is None:
                raise ProjectError("there is no project to copy there yet (it was never opened for writing)")
            try:
                with target.begin() as writing:
                    server.serialize_setup(writing)  # no client initializes the database meanwhile
                    if transfer.holds_project(writing):
                        raise ProjectError(
                            f"{target_name} holds a project already; publishing needs an empty database "
                            "(make a new one with createdb)"
                        )
                    copied = transfer.copy_project(reading, writing, progress)
            except DBAPIError as e:
                why = _first_line(e)
                raise ProjectError(f"the copy to {target_name} failed, nothing was kept: {why}") from None
    return {"uuid": identity, **copied}


def _first_line(error: DBAPIError) -> str:
    lines = str(error.orig).strip().splitlines()
    return lines[0] if lines else type(error.orig).__name__


def _uuid(rows: dict[str, object]) -> str:
    return str(rows["uuid"])


def _counts(rows: dict[str, object]) -> dict[str, int]:
    return {k: int(v) for k, v in rows.items() if k != "uuid"}  # type: ignore[call-overload]
