"""An open project: one SQLite file and the services that work on it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from platformdirs import user_cache_dir, user_data_dir
from sqlalchemy.orm import Session

from annotator.services.annotations import AnnotationService
from annotator.services.compare import CompareService
from annotator.services.events import EventBus
from annotator.services.exchange import ExchangeService
from annotator.services.export import ExportService
from annotator.services.links import LinkService
from annotator.services.search import SearchService
from annotator.services.sources import SourceService
from annotator.services.taxonomy import TaxonomyService, seed_default
from annotator.storage import meta_repo
from annotator.storage.database import PROJECT_SUFFIX, open_engine
from annotator.storage.unit_of_work import UnitOfWork, read_generation

APP_NAME = "Annotator"
DEFAULT_PROJECT_NAME = "My sources"


def default_project_path() -> Path:
    """The project used when none is named: in the user's data directory (created on first use)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / f"default{PROJECT_SUFFIX}"


class Project:
    """The services over one project file. Open with ``Project.open(path)``; close when done."""

    def __init__(self, path: Path, uow: UnitOfWork, engine_dispose: object, created: bool) -> None:
        self.path = path
        self.created = created
        self.events = EventBus()
        self._uow = uow
        self._dispose = engine_dispose
        self.sources = SourceService(uow, self.events)
        self.annotations = AnnotationService(uow, self.events)
        self.links = LinkService(uow, self.events)
        self.taxonomy = TaxonomyService(uow, self.events)
        self.compare = CompareService(uow)
        self.exports = ExportService(uow)  # a query filter needs `exports.search`: query -> hits
        self.exchange = ExchangeService(uow, self.events)
        # The search index is a cache outside the project file, kept in step by listening to self.events.
        index_root = Path(user_cache_dir(APP_NAME, appauthor=False)) / "index"
        self.search = SearchService(uow, self.events, index_root, project_file=path)
        self.exports.search = lambda query: self.search.search(query, limit=None).hits

    @classmethod
    def open(cls, path: Path | str | None = None) -> Project:
        """Open the project at ``path`` (the default project if None), creating and upgrading as needed."""
        if path is None:
            path = default_project_path()
            path.parent.mkdir(parents=True, exist_ok=True)
        path = Path(path).expanduser().absolute()
        engine, created = open_engine(path)
        uow = UnitOfWork(engine)
        with uow.read() as session:
            initialized = meta_repo.get(session, meta_repo.PROJECT_UUID) is not None
        if not initialized:
            with uow.write() as session:
                _initialize(session, path)
        return cls(path, uow, engine.dispose, created)

    @property
    def name(self) -> str:
        with self._uow.read() as session:
            return meta_repo.get(session, meta_repo.PROJECT_NAME) or self.path.stem

    def rename(self, name: str) -> None:
        with self._uow.write() as session:
            meta_repo.put(session, meta_repo.PROJECT_NAME, " ".join(name.split()) or self.path.stem)

    @property
    def uuid(self) -> str:
        with self._uow.read() as session:
            return meta_repo.get(session, meta_repo.PROJECT_UUID) or ""

    def generation(self) -> int:
        """A counter advanced by every committed change; derived caches compare it with their own."""
        with self._uow.read() as session:
            return read_generation(session)

    def close(self) -> None:
        self.search.close()
        self._dispose()  # type: ignore[operator]

    def __enter__(self) -> Project:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _initialize(session: Session, path: Path) -> None:
    """First open of a new file: identity, name, and the default taxonomy."""
    meta_repo.put(session, meta_repo.PROJECT_UUID, str(uuid.uuid4()))
    name = DEFAULT_PROJECT_NAME if path.stem == "default" else path.stem
    meta_repo.put(session, meta_repo.PROJECT_NAME, name)
    meta_repo.put(session, meta_repo.CREATED_AT, datetime.now(UTC).isoformat(timespec="seconds"))
    seed_default(session)
