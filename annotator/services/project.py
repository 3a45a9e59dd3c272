"""An open project: one SQLite file, or a PostgreSQL database (a team project), and the services on it.

Both go through the same services, repositories and migrations. What only a file has — the one-writer lock,
SQLite's quick check, the automatic backups beside it, ``owns`` — is left out on a server, whose own means
(transactions between many clients, ``pg_dump``) do that work. ``Project.path`` is the file, None on a
server; ``location`` names either (a server's URL without its password).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from platformdirs import user_cache_dir
from sqlalchemy.orm import Session

from annotator.domain.errors import ProjectError
from annotator.services.agreement import AgreementService
from annotator.services.annotations import AnnotationService
from annotator.services.coders import CoderService
from annotator.services.events import Event, EventBus
from annotator.services.evidence import EvidenceService
from annotator.services.figures import FiguresService
from annotator.services.links import LinkService
from annotator.services.paths import APP_NAME, default_project_path
from annotator.services.people import PeopleService
from annotator.services.sources import SourceService
from annotator.services.structure import StructureService
from annotator.services.taxonomy import TaxonomyService, seed_default
from annotator.services.team import TeamService
from annotator.services.upgrade import SourceUpgrades
from annotator.storage import backups, lock, meta_repo, server
from annotator.storage.backups import BackupInfo
from annotator.storage.database import check_location, open_engine
from annotator.storage.unit_of_work import UnitOfWork, read_generation

if TYPE_CHECKING:
    from annotator.services.compare import CompareService
    from annotator.services.exchange import ExchangeService
    from annotator.services.export import ExportService
    from annotator.services.live import LiveUpdates
    from annotator.services.overview import OverviewService
    from annotator.services.search import SearchService

log = logging.getLogger(__name__)

# Raised by ``Project.open`` when another process holds the project; names that process (``pid``).
HeldElsewhere = lock.HeldElsewhere
DEFAULT_PROJECT_NAME = "My sources"


class Project:
    """The services over one project. Open with ``Project.open(path or URL)``; close when done."""

    def __init__(
        self,
        path: Path | None,
        uow: UnitOfWork,
        engine_dispose: object,
        created: bool,
        read_only: bool = False,
        address: server.ServerAddress | None = None,
    ) -> None:
        self.path = path
        self.address = address
        self.created = created
        self.read_only = read_only
        self._closed = False
        self.events = EventBus()
        self._uow = uow
        self._dispose = engine_dispose
        self.sources = SourceService(uow, self.events)
        self.structure = StructureService(uow)
        # On a server, taking a backup before an upgrade is pg_dump's business (see the README).
        self.upgrades = SourceUpgrades(uow, self.sources, lambda: path and backups.take_backup(path))
        self.annotations = AnnotationService(uow, self.events)
        self.evidence = EvidenceService(uow, self.events, self.structure)
        self.people = PeopleService(uow, self.events, self.evidence)
        self.figures = FiguresService(uow, self.structure, self.evidence)
        self.links = LinkService(uow, self.events)
        self.taxonomy = TaxonomyService(uow, self.events)
        self.coders = CoderService(uow, self.events)
        self.agreement = AgreementService(uow)
        self.team = TeamService(uow, on_server=address is not None)
        # The search index is a cache outside the project file, kept in step by listening to self.events.
        # The service (and Whoosh) is made at first use; until then the edits are recorded for it.
        self._search: SearchService | None = None
        self._search_lock = threading.Lock()
        self._early_edits = _EarlyEdits(self.events, self.generation)
        self._live: LiveUpdates | None = None

    # The services below are made at first use: their modules (exporters and search hits, the similarity
    # index, REFI-QDA, Whoosh) are ~0.1 s of imports that a command listing sources never needs.

    @property
    def search(self) -> SearchService:
        with self._search_lock:  # one service, even when two threads ask first at once
            if self._search is None:
                from annotator.services.search import SearchService

                index_root = Path(user_cache_dir(APP_NAME, appauthor=False)) / "index"
                if self.address is not None:
                    # Each client's own derived cache, per server and database (then per project uuid).
                    index_root = index_root / "servers" / self.address.cache_key
                search = SearchService(self._uow, self.events, index_root, project_file=self.path)
                # Stopped after the service subscribed: an edit in between reaches both (applied once).
                search.queue_earlier(self._early_edits.stop())
                self._search = search
            return self._search

    def live(self) -> LiveUpdates | None:
        """Other coders' edits of a team project, published on ``events`` as they are committed (made at
        first call; ``start()`` it, or ``poll()`` it when its ``fileno()`` is readable); None for a file."""
        if self.address is None:
            return None
        if self._live is None:
            from annotator.services.live import LiveUpdates

            self._live = LiveUpdates(self.address, server.client_id(self._uow.engine), self.events)
        return self._live

    @cached_property
    def compare(self) -> CompareService:
        from annotator.services.compare import CompareService

        return CompareService(self._uow)

    @cached_property
    def exports(self) -> ExportService:
        from annotator.services.export import ExportService

        # A query filter needs `exports.search`: query -> hits.
        exports = ExportService(
            self._uow, lambda query: self.search.search(query, limit=None).hits, self.figures.figures
        )
        # An HTML export with charts draws the Overview's (Matplotlib is imported only then).
        exports.charts = lambda f: self.overview.inline_charts(f, project_name=self.name)
        return exports

    @cached_property
    def overview(self) -> OverviewService:
        from annotator.services.overview import OverviewService

        # The passages behind a chart's mark are the export service's excerpts, cited the same way.
        return OverviewService(
            self._uow, lambda f: self.exports.excerpts(f), lambda f: self.exports.passage_ids(f), self.figures
        )

    @cached_property
    def exchange(self) -> ExchangeService:
        from annotator.services.exchange import ExchangeService

        return ExchangeService(self._uow, self.events)

    @property
    def on_server(self) -> bool:
        """Whether this is a team project on a PostgreSQL server (no file, lock or automatic backups)."""
        return self.address is not None

    @property
    def location(self) -> str:
        """The project's file, or its server's URL without the password: for titles, messages, settings."""
        return self.address.display if self.address is not None else str(self.path)

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        *,
        read_only: bool = False,
        backup: bool = True,
        password: str | None = None,
    ) -> Project:
        """Open the project at ``path`` (the default project if None), creating and upgrading as needed.

        ``path`` may be a PostgreSQL URL (``postgresql://USER@HOST/DB``, any libpq form): the team project
        in that database, its tables created in an empty one. No lock, check or backup is taken there; the
        server refuses every change when ``read_only``. ``password`` (one the window asked for, after a
        PasswordRequired) goes to libpq with the address, and nowhere else.

        For writing, the project is locked against other processes (ProjectLocked if another Annotator
        has it; re-entrant within this process), must pass SQLite's quick check (ProjectDamaged if not), and
        is backed up into ``NAME.annotator-backups/`` if it changed since the newest backup and that one is
        at least 10 minutes old (a copy that fails its check is kept aside, logged, and the project opens).
        ``backup=False`` leaves that backup to the caller: a window takes it with ``backup_if_due`` once it
        is shown, in the background (copying a large project takes a second or more).
        ``read_only`` takes no lock, skips the check and the backup, and refuses every change
        (ReadOnlyProject): for a file another window holds, or to salvage a damaged one. A project whose
        folder cannot be written to (a read-only share, a CD) or whose disk is full opens that way too,
        even for writing: ``read_only_reason`` then says why.
        """
        if server.is_server_url(path):
            address = server.ServerAddress.parse(str(path))
            if password:  # the window asked for it: kept in memory for this session's connections only
                address = address.with_password(password)
            return cls._open_server(address, read_only)
        if path is None:
            path = default_project_path()
            path.parent.mkdir(parents=True, exist_ok=True)
        path = Path(path).expanduser().absolute()
        if read_only:
            return cls._open_read_only(path, f"{path} is open read-only; changes are not saved")
        check_location(path)
        try:
            lock.acquire(path)
        except (lock.FolderNotWritable, lock.NoSpace) as e:
            if not (path.is_file() and path.stat().st_size > 0):
                raise  # nothing to show: a new project cannot be made there
            log.info("%s; opened read-only instead", e)
            why = (
                "its folder cannot be written to"
                if isinstance(e, lock.FolderNotWritable)
                else "its disk is full (there is no space for its lock file)"
            )
            return cls._open_read_only(path, f"{path} is open read-only: {why}; changes are not saved")
        try:
            engine, created = open_engine(path)
        except BaseException:
            lock.release(path)
            raise
        try:
            uow = UnitOfWork(engine)
            with uow.read() as session:
                initialized = meta_repo.get(session, meta_repo.PROJECT_UUID) is not None
            if not initialized:
                with uow.write() as session:
                    _initialize(session, DEFAULT_PROJECT_NAME if path.stem == "default" else path.stem)
            if backup and not created:
                try:
                    backups.backup_if_due(path)
                except ProjectError:  # a full disk or read-only folder must not keep the project shut
                    log.warning("no automatic backup of %s", path, exc_info=True)
        except BaseException:
            engine.dispose()
            lock.release(path)
            raise
        return cls(path, uow, engine.dispose, created)

    @classmethod
    def _open_server(cls, address: server.ServerAddress, read_only: bool) -> Project:
        from sqlalchemy.exc import DBAPIError

        from annotator.storage import team

        engine, created = server.open_server_engine(address, read_only)
        reason = f"{address.display} is open read-only; changes are not saved" if read_only else None
        uow = UnitOfWork(engine, read_only_reason=reason, location=address.display)
        try:
            if not read_only:
                with uow.read() as session:
                    if not team.may_write(session.connection()):  # a reader: the server refuses changes
                        read_only = True
                        uow.read_only_reason = (
                            f"{address.display}: you are a reader of this team project (the server lets "
                            "you read, not change it)"
                        )
            if not read_only:
                with uow.write() as session:
                    # Two clients opening a new database at once: one initializes, the other then sees it.
                    server.serialize_setup(session.connection())
                    if meta_repo.get(session, meta_repo.PROJECT_UUID) is None:
                        _initialize(session, address.database)
        except DBAPIError as e:
            engine.dispose()
            raise server.connection_problem(address, e) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(None, uow, engine.dispose, created, read_only=read_only, address=address)

    @classmethod
    def _open_read_only(cls, path: Path, reason: str) -> Project:
        engine, created = open_engine(path, read_only=True)
        return cls(path, UnitOfWork(engine, read_only_reason=reason), engine.dispose, created, read_only=True)

    @property
    def read_only_reason(self) -> str | None:
        """Why changes are refused (the message every change raises), or None when the project is writable."""
        return self._uow.read_only_reason

    def list_backups(self) -> list[BackupInfo]:
        """The automatic backups of this project, newest first (``.path``, ``.taken_at`` UTC, ``.size``);
        none on a server."""
        return [] if self.path is None else backups.list_backups(self.path)

    def backup_if_due(self) -> Path | None:
        """Take a backup if the project changed since the newest and that one is 10 minutes old or more (for
        a periodic timer in the UI). ProjectDamaged when the copy fails its check (see storage.backups)."""
        return None if self.read_only or self.path is None else backups.backup_if_due(self.path)

    def owns(self, path: Path | str) -> bool:
        """Whether writing a file at ``path`` would write over this project: its file (by any name or link to
        it), SQLite's journals beside it, or its lock. An export's output must be none of them. A project on
        a server owns no file."""
        if self.path is None:
            return False
        target = Path(path).expanduser().absolute()
        companions = [lock.lock_path_for(self.path)]
        companions += [self.path.with_name(self.path.name + s) for s in ("-wal", "-shm", "-journal")]
        if any(target.resolve() == p.resolve() for p in (self.path, *companions)):
            return True
        try:
            return target.samefile(self.path)  # a hard link
        except OSError:
            return False  # not there yet: a new file is no link to the project

    @property
    def name(self) -> str:
        with self._uow.read() as session:
            return meta_repo.get(session, meta_repo.PROJECT_NAME) or self._default_name

    def rename(self, name: str) -> None:
        with self._uow.write() as session:
            meta_repo.put(session, meta_repo.PROJECT_NAME, " ".join(name.split()) or self._default_name)

    @property
    def _default_name(self) -> str:
        return self.address.database if self.address is not None else self.path.stem  # type: ignore[union-attr]

    @property
    def uuid(self) -> str:
        with self._uow.read() as session:
            return meta_repo.get(session, meta_repo.PROJECT_UUID) or ""

    def generation(self) -> int:
        """A counter advanced by every committed change; derived caches compare it with their own."""
        with self._uow.read() as session:
            return read_generation(session)

    @property
    def closed(self) -> bool:
        """Whether ``close`` was called: work queued before (a window's deferred calls) must then not run, as
        the engine would open a new connection on its next use, which nobody would close."""
        return self._closed

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            if self._live is not None:
                self._live.close()
            if self._search is not None:
                self._search.close()
            self._dispose()  # type: ignore[operator]
        finally:
            if not self.read_only and self.path is not None:
                lock.release(self.path)

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _EarlyEdits:
    """The edits committed before the search service exists, as it would have queued them: (generation
    after the commit, event). One whose generation cannot be read is left out, so the index is found behind
    the project's generation at the next search and rebuilt, as the service does when it cannot queue one."""

    def __init__(self, events: EventBus, generation: Callable[[], int]) -> None:
        self._generation = generation
        self._pending: list[tuple[int, Event]] = []
        self._unsubscribe = events.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        try:
            self._pending.append((self._generation(), event))
        except Exception:  # never raises: the edit stands whatever happens
            log.info("an edit could not be recorded for the search index; it will be rebuilt", exc_info=True)

    def stop(self) -> list[tuple[int, Event]]:
        self._unsubscribe()
        pending, self._pending = self._pending, []
        return pending


def list_backups(project_path: Path | str) -> list[BackupInfo]:
    """The automatic backups of a project, newest first, without opening it (e.g. when it is damaged)."""
    return backups.list_backups(Path(project_path).expanduser().absolute())


def restore_backup(project_path: Path | str, backup_path: Path | str) -> Path | None:
    """Replace the project file by one of its backups; close the project first.

    The current file is kept as another backup (its path is returned). ProjectError if the project is open
    here or in another window, or the backup is itself damaged.
    """
    return backups.restore_backup(Path(project_path).expanduser().absolute(), Path(backup_path))


def _initialize(session: Session, name: str) -> None:
    """First open of a new project: identity, name, and the default taxonomy."""
    meta_repo.put(session, meta_repo.PROJECT_UUID, str(uuid.uuid4()))
    meta_repo.put(session, meta_repo.PROJECT_NAME, name)
    meta_repo.put(session, meta_repo.CREATED_AT, datetime.now(UTC).isoformat(timespec="seconds"))
    seed_default(session)
