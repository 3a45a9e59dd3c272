"""Full-text search over a project's sources, notes and metadata, and the index that serves it.

The index is a derived cache in the user's cache folder (``<cache>/index/<project uuid>``), never part of
the project file. It is kept in step incrementally: this service listens to the project's change events
and, after each commit, re-indexes what changed. Each index carries the project generation it is in step
with; updates are applied only when they follow on from the index's generation without a gap, so any
change the service did not see (another process, a crash, a write without an event) leaves the index
behind the project's generation, and the next search rebuilds it.

The updates run off the caller's thread: an event only queues the commit's generation and what changed
(a key press that tags a passage must not wait ~15 ms for Whoosh), and a worker thread applies the queue
in one batch once edits have paused for ``UPDATE_DELAY``. Nothing is lost or seen out of step: whatever is
queued is applied first, in the caller's thread, by ``search``, ``status``/``needs_rebuild``, ``reindex``,
``flush`` and ``close`` (so the command line, the exports and tests that search right after an edit find
it), and a queue the worker never got to (the process killed) leaves the index behind its generation,
to be rebuilt. Likewise a missing, damaged or
outdated index is rebuilt when a search needs it. An index failure never undoes or blocks an edit: the
edit is already committed, and the index is only marked out of step.

For a UI: ``search()`` returns SearchResults (hits with exact code-point match ranges, grouped by source
with ``by_source()``); ``needs_rebuild()`` says whether the next search would first rebuild (to show a
progress bar), and ``reindex(progress, cancel_check)`` rebuilds with progress and can be cancelled.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.searching import Searcher
from whoosh.writing import IndexWriter

from annotator.domain.errors import AnnotatorError, InvalidInput, NotFound
from annotator.domain.model import SourceSummary
from annotator.domain.paragraphs import paragraphs
from annotator.domain.taxonomy import Taxonomy
from annotator.search.compile import compile_query
from annotator.search.documents import (
    layout_of,
    metadata_document,
    metadata_key,
    metadata_text,
    note_document,
    note_key,
    text_documents,
)
from annotator.search.index import (
    INDEX_NAME,
    IndexFolder,
    IndexUnusable,
    Rebuild,
    SegmentBuild,
    Stamp,
    abandon,
)
from annotator.search.index import writer as index_writer
from annotator.search.query import parse
from annotator.search.schema import Kind
from annotator.search.searching import RawHit, run
from annotator.search.snippets import Snippet
from annotator.services.events import AnnotationsChanged, Change, Event, EventBus, SourcesChanged
from annotator.services.search_results import (
    HitBuilder,
    ProjectCatalog,
    SearchHit,
    SearchResults,
    SourceHits,
)
from annotator.storage import annotations_repo, meta_repo, sources_repo, taxonomy_repo
from annotator.storage.unit_of_work import UnitOfWork, read_generation

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]  # (characters indexed, characters in all)
CancelCheck = Callable[[], bool]
PROGRESS_EVERY = 500  # paragraphs between progress reports and cancel checks
UPDATE_DELAY = 0.25  # seconds without an edit before the worker updates the index (a burst is one batch)
DEFAULT_LIMIT = 20
# A rebuild of this much text or more runs in worker processes (starting them costs about a second).
PARALLEL_CHARS = 8_000_000
# The same for a build in the background, which the window starts for a project of 2 MB or more: on a thread
# in the window's process it holds the interpreter for frames of 130-190 ms (tests/benchmarks/
# bench_search_ui.py, 5 MB); in worker processes the window's longest frame stays under 40 ms.
BACKGROUND_PARALLEL_CHARS = 1_000_000
WORKERS = min(2, os.cpu_count() or 1)

__all__ = [
    "IndexBusy",
    "IndexRebuildCancelled",
    "IndexStatus",
    "IndexUnavailable",
    "Kind",
    "ReindexReport",
    "SearchHit",
    "SearchResults",
    "SearchService",
    "Snippet",
    "SourceHits",
]


class IndexRebuildCancelled(AnnotatorError):
    """A search needed the index rebuilt, and the rebuild was cancelled."""


class IndexBusy(IndexRebuildCancelled):
    """A search or rebuild was asked for while this thread is rebuilding the index (from its progress
    callback, say, when that lets the UI run events)."""


class IndexUnavailable(AnnotatorError):
    """The index could not be written or read back where it is kept: its cache folder is a file, cannot be
    written to, is full, or was deleted while the index was being rebuilt. The message names the folder."""


@dataclass(frozen=True, slots=True)
class ReindexReport:
    """What a rebuild did; a cancelled one wrote nothing (the previous index stays)."""

    sources: int
    documents: int
    characters: int
    seconds: float
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class IndexStatus:
    """Whether the index can answer a search now, or must be rebuilt first (and why)."""

    in_step: bool
    reason: str  # why not, when not
    path: Path


class SearchService:
    def __init__(
        self,
        uow: UnitOfWork,
        events: EventBus,
        index_root: Path,
        project_file: Path | None = None,
        lock_timeout: float = 2.0,
    ) -> None:
        """``index_root`` holds one index folder per project uuid; ``project_file`` is the project's file
        (an index built for a copy elsewhere is not used); ``lock_timeout`` is how long an update waits for
        another process's index writer before giving up (and leaving the index out of step)."""
        self._uow = uow
        self._root = index_root
        self._project_file = os.path.realpath(project_file) if project_file else ""
        self.lock_timeout = lock_timeout
        self._lock = threading.RLock()  # the index and the searcher: held while reading or writing them
        self._folder_: IndexFolder | None = None
        self._rebuilding = False  # under _queued
        self._building: Rebuild | None = None  # the rebuild running, for searching what it has written
        self._background: threading.Thread | None = None  # under _queued, as are the two below
        self._stop_background = False
        self._progress = (0, 0)
        self._background_report: ReindexReport | None = None
        self._cached: tuple[Stamp | None, Searcher] | None = None  # no stamp: a build's partial index
        # Edits not yet in the index: (generation after the commit, event), in commit order.
        self._queue: list[tuple[int, Event]] = []
        self._queued = threading.Condition()  # guards _queue, _last_queued and _worker
        self._last_queued = 0.0
        self._worker: threading.Thread | None = None
        self.update_delay = UPDATE_DELAY
        events.subscribe(self._on_event)

    def queue_earlier(self, pending: Sequence[tuple[int, Event]]) -> None:
        """Take edits committed before this service subscribed, as ``(generation after the commit, event)``
        in commit order (the project records them until it first needs search, to spare the command line
        importing Whoosh). They go before those queued since; one seen twice is applied once (see _apply)."""
        if not pending:
            return
        with self._queued:
            self._queue[:0] = pending

    # --- public API -------------------------------------------------------------------------------------

    @property
    def index_path(self) -> Path:
        return self._folder.path

    def status(self) -> IndexStatus:
        """Cheap (a few file stats and one database read, after applying any edits still queued): fine to
        call before every search."""
        self.flush()
        try:
            stamp = self._folder.check()
        except IndexUnusable as e:
            return IndexStatus(False, str(e), self._folder.path)
        if stamp.generation != self._generation():
            return IndexStatus(False, "the project changed since the index was written", self._folder.path)
        return IndexStatus(True, "", self._folder.path)

    def needs_rebuild(self) -> bool:
        """Whether the next search will rebuild the index first (and so take a while)."""
        return not self.status().in_step

    def search(
        self,
        query: str,
        limit: int | None = DEFAULT_LIMIT,
        progress: Progress | None = None,
        cancel_check: CancelCheck | None = None,
    ) -> SearchResults:
        """The best ``limit`` hits for ``query`` (all when ``limit`` is None or 0), best first.

        Raises InvalidInput for a malformed query (before touching the index). Rebuilds the index first
        when it is missing, damaged or out of step, reporting to ``progress``; if ``cancel_check`` stops
        that rebuild, raises IndexRebuildCancelled.
        """
        if limit is not None and limit < 0:
            raise InvalidInput(f"the limit {limit} is negative; give a number of hits, or 0 for all")
        node = parse(query)
        with self._lock:  # searches share one cached searcher, which a rebuild replaces
            self.flush()
            for attempt in (1, 2):
                behind = self._background is not None  # the index searched may lag behind the project
                searcher = self._searcher(progress, cancel_check)
                try:
                    with self._uow.read() as session:
                        catalog = ProjectCatalog(session)
                        compiled = compile_query(node, catalog, searcher)
                        raw = run(searcher, compiled, limit or None, _ProjectTexts(session, catalog))
                        found = _still_there(session, catalog, raw.hits) if behind else raw.hits
                        hits = HitBuilder(session, searcher, catalog).make(found)
                        return SearchResults(query, tuple(hits), raw.more)
                except AnnotatorError:
                    raise
                except Exception:
                    # Whoosh failed reading files the checks passed: damaged in a way only reading shows.
                    if attempt == 2:
                        raise
                    log.info("the search index could not be read; rebuilding it", exc_info=True)
                    self._forget_searcher()
                    self._folder.invalidate()
        raise AssertionError("unreachable")

    def reindex(
        self, progress_callback: Progress | None = None, cancel_check: CancelCheck | None = None
    ) -> ReindexReport:
        """Rebuild the index from the project. The old index stays in place until the new one is complete,
        and stays if the rebuild is cancelled (``cancel_check()`` returning True; the report says so).

        While a build runs in the background (start_indexing), this waits for it instead, reporting its
        progress; a cancel then stops the waiting, not that build."""
        waited = self._wait_for_background(progress_callback, cancel_check)
        if waited is not None:
            return waited
        with self._lock:
            return self._rebuild(progress_callback, cancel_check)

    def _wait_for_background(
        self, progress: Progress | None, cancel_check: CancelCheck | None
    ) -> ReindexReport | None:
        """The report of the background build once it ends (None when none runs)."""
        started = time.perf_counter()
        with self._queued:
            thread = self._background
        if thread is None or thread is threading.current_thread():
            return None
        while thread.is_alive():
            with self._queued:
                done, total = self._progress
            if cancel_check is not None and cancel_check():
                return ReindexReport(0, 0, total, time.perf_counter() - started, cancelled=True)
            if progress is not None:
                progress(done, total)
            thread.join(0.1)
        report = self._background_report
        if report is None:  # it failed (logged): the caller gets the failure of its own attempt
            return None
        return report

    # --- the index --------------------------------------------------------------------------------------

    @property
    def _folder(self) -> IndexFolder:
        if self._folder_ is None:
            with self._uow.read() as session:
                project_uuid = meta_repo.get(session, meta_repo.PROJECT_UUID) or "unknown"
            self._folder_ = IndexFolder(self._root / project_uuid, project_uuid, self._project_file)
        return self._folder_

    def _generation(self) -> int:
        with self._uow.read() as session:
            return read_generation(session)

    def _searcher(self, progress: Progress | None, cancel_check: CancelCheck | None) -> Searcher:
        """A searcher on an index in step with the project, rebuilding it first if need be (under _lock).

        The searcher is kept between searches while the index's stamp stays the same: opening one reads
        every segment's term table, which costs more than many a query.
        """
        generation = self._generation()
        if self._background is not None:
            # Being built in the background: search what it has written, or else the old index as it is.
            searcher = self._partial_searcher()
            if searcher is not None:
                return searcher
            try:
                return self._remember(*reversed(self._folder.open()))
            except IndexUnusable:
                done = f"{self.indexing() or 0.0:.0%}"
                message = f"the search index is being built ({done}); search again in a moment"
                raise IndexBusy(message) from None
        try:
            stamp = self._folder.check()
            if self._cached is not None and self._cached[0] == stamp and stamp.generation == generation:
                return self._cached[1]
            ix, stamp = self._folder.open()
            if stamp.generation == generation:
                return self._remember(stamp, ix)
        except IndexUnusable as e:
            log.info("rebuilding the search index: %s", e)
        report = self._rebuild(progress, cancel_check)
        if report.cancelled:
            raise IndexRebuildCancelled("the search index was not rebuilt (cancelled); search again")
        try:
            return self._remember(*reversed(self._folder.open()))
        except IndexUnusable as e:  # only if something removed or changed it since the rebuild just now
            raise IndexUnavailable(
                f"the search index in {self._folder.path} could not be opened after rebuilding it ({e}); "
                "search again"
            ) from None

    def _remember(self, stamp: Stamp, ix: Index) -> Searcher:
        self._forget_searcher()
        searcher = ix.searcher()
        self._cached = (stamp, searcher)
        return searcher

    def _forget_searcher(self) -> None:
        if self._cached is not None:
            self._cached[1].close()
            self._cached = None

    def close(self) -> None:
        """Apply the edits still queued and release the index files (the project calls this when it
        closes, before its database). A build in the background stops, to be resumed next time."""
        self.stop_indexing()
        self.flush()
        with self._queued:
            worker = self._worker
            self._queued.notify_all()
        if worker is not None and worker is not threading.current_thread():
            worker.join()  # it finds the queue empty and ends
        with self._lock:
            self._forget_searcher()

    # --- building in the background ---------------------------------------------------------------------

    def start_indexing(self, progress: Progress | None = None) -> bool:
        """Build the index in a background thread if it is not in step (or finish a build a quit or a crash
        left, see Rebuild); False when there is nothing to do. Searches meanwhile look in what is indexed
        so far (``indexing()`` says how far), edits wait in the queue and go on top when it is done; a
        search never starts a build of its own while this one runs. ``progress`` is called in the build's
        thread."""
        with self._queued:
            if self._background is not None:
                return True
        if not self.needs_rebuild():
            return False
        with self._queued:
            if self._background is not None:
                return True
            self._stop_background = False
            self._progress = (0, 0)
            self._background_report = None
            self._background = threading.Thread(
                target=self._build_in_background, args=(progress,), name="search-index-build"
            )
            self._background.daemon = True
            self._background.start()
        return True

    def indexing(self) -> float | None:
        """How much of a background build is done (0.0 to 1.0), or None when none runs."""
        with self._queued:
            if self._background is None:
                return None
            done, total = self._progress
        return done / total if total else 0.0

    def wait_for_indexing(self, timeout: float | None = None) -> bool:
        """Wait for a background build to end; False if it still runs after ``timeout`` seconds."""
        with self._queued:
            thread = self._background
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def stop_indexing(self) -> None:
        """Stop a background build, keeping what it wrote to be resumed by the next one."""
        with self._queued:
            thread = self._background
            self._stop_background = True
        if thread is not None and thread is not threading.current_thread():
            thread.join()

    def _build_in_background(self, report: Progress | None) -> None:
        def progress(done: int, total: int) -> None:
            with self._queued:
                self._progress = (done, total)
            if report is not None:
                report(done, total)

        try:
            self._background_report = self._rebuild(progress, lambda: self._stop_background, background=True)
        except Exception:
            log.info("the search index could not be built in the background", exc_info=True)
        finally:
            with self._queued:
                self._background = None
                self._queued.notify_all()
        self.flush()  # the edits made meanwhile

    def _partial_searcher(self) -> Searcher | None:
        """A searcher on what a background build has written so far (None before its first segment)."""
        rebuild = self._building
        if rebuild is None:
            return None
        try:
            ix = FileStorage(str(rebuild.path)).open_index(INDEX_NAME)
            if not ix.doc_count_all():
                return None
            self._forget_searcher()
            searcher = ix.searcher()
            self._cached = (None, searcher)
            return searcher
        except Exception:  # the folder was just swapped in or is being written: nothing to show yet
            log.info("the partial search index could not be read", exc_info=True)
            return None

    # --- rebuilding ---------------------------------------------------------------------------------------

    def _rebuild(
        self, progress: Progress | None, cancel_check: CancelCheck | None, background: bool = False
    ) -> ReindexReport:
        """Rebuild the index (under _lock, unless ``background``: then only its last step is). A
        ``cancel_check`` that returns True cancels a rebuild asked for (its folder is deleted) and stops a
        background one (its folder is kept, to be resumed)."""
        with self._queued:
            if self._rebuilding:  # re-entered through a progress callback, or a build in the background
                raise IndexBusy("the search index is being rebuilt; search again when that is done")
            self._rebuilding = True
        started = time.perf_counter()
        try:
            # One read transaction: the index is built from one consistent snapshot of the project.
            with self._uow.read() as session:
                generation = read_generation(session)
                summaries = sources_repo.list_summaries(session)
                report = _Reporter(progress, cancel_check, sum(s.length for s in summaries))
                rebuild = self._folder.start_rebuild()
                self._building = rebuild
                try:
                    documents = self._add_sources(rebuild, session, summaries, report, background)
                    if background:
                        with self._lock:
                            self._forget_searcher()  # it may be on the folder being swapped in
                            rebuild.commit(generation)
                    else:
                        rebuild.commit(generation)
                except _Cancelled:
                    if background:
                        rebuild.suspend()
                    else:
                        rebuild.abort()
                    raise
                except BaseException:
                    rebuild.abort()
                    raise
                finally:
                    self._building = None
            with self._queued:  # edits up to the snapshot are in the new index: applying them again is waste
                self._queue = [(g, event) for g, event in self._queue if g > generation]
        except _Cancelled:
            return ReindexReport(len(summaries), 0, report.total, time.perf_counter() - started, True)
        except OSError as e:
            # The cache folder is a file, read-only or full, or was deleted under the rebuild: the project
            # is untouched, and the user can fix the folder (or it clears itself) and search again.
            folder = self._folder.path.parent
            raise IndexUnavailable(
                f"the search index could not be built in {folder}: {_os_problem(e, folder)}; "
                "check that folder and search again"
            ) from e
        finally:
            with self._queued:
                self._rebuilding = False
        if not background:
            self.flush()  # edits queued before or during the rebuild: those after its snapshot go on top
        return ReindexReport(len(summaries), documents, report.total, time.perf_counter() - started)

    def _add_sources(
        self,
        rebuild: Rebuild,
        session: Session,
        summaries: Sequence[SourceSummary],
        report: _Reporter,
        background: bool = False,
    ) -> int:
        taxonomy = taxonomy_repo.load(session)
        documents = done = 0
        todo = summaries
        if rebuild.resumed:
            todo = self._resume(rebuild, session, summaries, taxonomy)
            done = sum(s.length for s in summaries) - sum(s.length for s in todo)
            report(done)
        parallel_from = BACKGROUND_PARALLEL_CHARS if background else PARALLEL_CHARS
        if self._project_file and WORKERS > 1 and sum(s.length for s in todo) >= parallel_from:
            try:
                return self._add_in_workers(rebuild, todo, report, done)
            except BrokenProcessPool:  # no worker could start or one died: go on here
                log.warning("the search index workers failed; indexing in this process", exc_info=True)
                todo = [s for s in todo if str(s.id) not in rebuild.done]
                done = sum(s.length for s in summaries) - sum(s.length for s in todo)
        for summary in todo:
            for n, doc in enumerate(_source_documents(session, taxonomy, summary.id)):
                rebuild.add(doc, doc.get("end", 0) - doc.get("start", 0))
                documents += 1
                if n % PROGRESS_EVERY == 0:
                    report(done + doc.get("start", 0))
            rebuild.source_added(summary.id, _signature(summary))
            done += summary.length
            report(done)
        return documents

    def _add_in_workers(
        self, rebuild: Rebuild, todo: Sequence[SourceSummary], report: _Reporter, done: int
    ) -> int:
        """Index the sources in WORKERS processes, a segment's worth of sources at a time (_index_batch).

        They read the project themselves (read-only), so they may see edits made after this rebuild's
        snapshot; that is harmless, since those edits' events are applied on top afterwards, and applying
        an edit again changes nothing. This process only moves their segments in, and stays free (the
        window keeps drawing). A cancel check stops them at their next source.
        """
        # Segments of SEGMENT_CHARS, but at least two per worker, so that none of them waits for the last.
        size = min(Rebuild.SEGMENT_CHARS, max(1, sum(s.length for s in todo) // (2 * WORKERS)))
        batches: list[tuple[list[int], int]] = []
        for summary in todo:
            if not batches or batches[-1][1] >= size:
                batches.append(([], 0))
            ids, chars = batches[-1]
            batches[-1] = ([*ids, summary.id], chars + summary.length)
        documents = 0
        context = multiprocessing.get_context("spawn")  # never fork a process that runs threads (Qt)
        with ProcessPoolExecutor(WORKERS, mp_context=context) as pool:
            pending = {
                pool.submit(_index_batch, self._project_file, str(rebuild.path), ids): chars
                for ids, chars in batches
            }
            try:
                while pending:
                    finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                    for future in finished:
                        chars = pending.pop(future)
                        result = future.result()
                        if result is not None:
                            folder, sources, count = result
                            rebuild.take(Path(folder), sources)
                            documents += count
                            done += chars
                    report(done)  # checks for a cancel too
            except BaseException:
                rebuild.stop_workers()
                for future in pending:
                    future.cancel()
                raise
        return documents

    def _resume(
        self, rebuild: Rebuild, session: Session, summaries: Sequence[SourceSummary], taxonomy: Taxonomy
    ) -> list[SourceSummary]:
        """Bring a resumed rebuild's sources up to date; the sources still to add.

        A source whose summary (text checksum, length, language) is as it was indexed keeps its
        paragraphs; its metadata and notes are indexed again, since edits since then are not known (they
        are few). A source changed or deleted since then loses all its documents, and is added again if
        it is still there.
        """
        current = {str(s.id): _signature(s) for s in summaries}
        kept = {sid for sid, signature in rebuild.done.items() if current.get(sid) == signature}
        updater = rebuild.updater()
        try:
            with updater.searcher() as searcher:
                layouts = {sid: layout_of(searcher, int(sid)) for sid in kept}
            kept = {sid for sid in kept if layouts[sid] is not None}
            for sid in rebuild.done:
                if sid in kept:
                    others = wq.Or([wq.Term("kind", Kind.NOTE.value), wq.Term("kind", Kind.METADATA.value)])
                    updater.delete_by_query(wq.And([wq.Term("source_id", sid), others]))
                else:
                    updater.delete_by_term("source_id", sid)
            for sid in sorted(kept, key=int):
                doc = metadata_document(sources_repo.get(session, int(sid)), [])
                doc["paragraph_starts"], doc["paragraph_ends"] = layouts[sid]  # type: ignore[misc]
                updater.add_document(**doc)
                for note in _note_documents(session, taxonomy, int(sid)):
                    updater.add_document(**note)
            updater.commit(merge=False)
        except BaseException:
            abandon(updater)
            raise
        rebuild.keep_only(kept)
        return [s for s in summaries if str(s.id) not in kept]

    # --- keeping in step --------------------------------------------------------------------------------

    def _on_event(self, event: Event) -> None:
        """After each commit: queue it for the worker. Never raises: the edit stands whatever happens."""
        try:
            generation = self._generation()
        except Exception:
            log.info("the search index could not be updated; it will be rebuilt", exc_info=True)
            self._invalidate()
            return
        with self._queued:
            self._queue.append((generation, event))
            self._last_queued = time.monotonic()
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="search-index-updates", daemon=True)
                self._worker.start()
            self._queued.notify_all()

    def _work(self) -> None:
        """The worker: once edits pause for ``update_delay``, apply the queue; end when it is empty."""
        while True:
            with self._queued:
                while self._queue:
                    wait = self._last_queued + self.update_delay - time.monotonic()
                    if wait <= 0:
                        break
                    self._queued.wait(wait)  # close() wakes it early: the queue is then empty
                if not self._queue:
                    self._worker = None
                    return
                if self._rebuilding:  # the build applies the queue when it is done; flush() would not
                    self._queued.wait(0.5)
                    continue
            self.flush()

    def flush(self) -> None:
        """Apply the edits still queued, now, in this thread (a no-op when there are none). Never raises:
        an update that fails leaves the index out of step, to be rebuilt by the next search."""
        with self._lock:
            if self._rebuilding:  # re-entered from this thread's rebuild, or one in the background: it
                return  # applies the queue when done
            with self._queued:
                pending, self._queue = self._queue, []
            if not pending:
                return
            try:
                self._apply(pending)
            except Exception:
                log.info("the search index could not be updated; it will be rebuilt", exc_info=True)
                self._invalidate()

    def _invalidate(self) -> None:
        """Mark the index out of step (it already is, by its generation; this makes sure)."""
        try:
            self._folder.invalidate()
        except Exception:
            log.info("the search index could not be marked out of step", exc_info=True)

    def _apply(self, pending: Sequence[tuple[int, Event]]) -> None:
        """Apply the queued edits on top of the index if they follow on from its generation without a gap
        (else leave it behind, to be rebuilt); stamp it with the newest one's generation.

        An event of the index's own generation is applied again (one commit can publish several events,
        and the worker may have taken the first alone); older ones are in it already. Applying re-reads
        what an event names, so applying one twice changes nothing.
        """
        try:
            ix, stamp = self._folder.open()
        except IndexUnusable:
            return  # nothing to keep in step; the next search builds it
        events = [(g, e) for g, e in pending if g >= stamp.generation]
        if not events:
            return
        last = max(g for g, _ in events)
        if not {g for g, _ in events} | {stamp.generation} >= set(range(stamp.generation, last + 1)):
            return  # it missed a change: leave it behind, to be rebuilt
        content = [e for _, e in events if isinstance(e, SourcesChanged | AnnotationsChanged)]
        if not content:
            self._folder.write_stamp(last)  # taxonomy and link changes leave the index as it is
            return
        writer = index_writer(ix, timeout=self.lock_timeout, compound=Rebuild.COMPOUND)
        try:
            with self._uow.read() as session:
                self._apply_changes(writer, session, content)
            writer.commit()
        except BaseException:
            abandon(writer)  # a failed commit too: it leaves the writer's files open
            raise
        self._folder.write_stamp(last)

    def _apply_changes(self, writer: IndexWriter, session: Session, events: Sequence[Event]) -> None:
        """Re-index what ``events`` name, each source and annotation once however often it is named: a
        writer's deletions do not see the documents it added itself, so indexing one twice in a batch (a
        passage tagged, then its note written) would leave two copies."""
        full: set[int] = set()  # sources added, removed or replaced (their text's documents again)
        metadata: set[int] = set()  # sources whose metadata alone changed
        annotation_ids: dict[int, None] = {}  # in order, once each
        for event in events:
            if isinstance(event, SourcesChanged):
                (metadata if event.change is Change.UPDATED else full).update(event.source_ids)
            elif isinstance(event, AnnotationsChanged):
                annotation_ids.update(dict.fromkeys(event.annotation_ids))
        taxonomy = taxonomy_repo.load(session)
        for source_id in sorted(metadata - full):
            if not self._update_metadata(writer, session, source_id):
                full.add(source_id)
        for source_id in sorted(full):
            writer.delete_by_term("source_id", str(source_id))
            if _source_exists(session, source_id):
                for doc in _source_documents(session, taxonomy, source_id):  # its notes included
                    writer.add_document(**doc)
        for annotation_id in annotation_ids:
            writer.delete_by_term("key", note_key(annotation_id))
            if annotations_repo.exists(session, annotation_id):
                annotation = annotations_repo.get(session, annotation_id, taxonomy)
                if annotation.source_id not in full and (doc := note_document(annotation)) is not None:
                    writer.add_document(**doc)
        # Taxonomy and link changes leave the index as it is: tags are resolved when a query runs.

    def _update_metadata(self, writer: IndexWriter, session: Session, source_id: int) -> bool:
        """Re-index only a source's metadata document, if its language (and so its text's) did not change."""
        with writer.searcher() as searcher:
            old = searcher.document(key=metadata_key(source_id))
        if old is None:
            return False
        source = sources_repo.get(session, source_id)
        new = metadata_document(source, [])
        if new["language"] != old["language"]:
            return False
        new["paragraph_starts"], new["paragraph_ends"] = old["paragraph_starts"], old["paragraph_ends"]
        writer.update_document(**new)
        return True


class _ProjectTexts:
    """The texts of index documents, from the project (searching.Texts): what match ranges are found in."""

    def __init__(self, session: Session, catalog: ProjectCatalog) -> None:
        self._session = session
        self._catalog = catalog
        self._uuids: dict[int, str] | None = None
        self._metadata: dict[int, str] = {}

    # While the index is built in the background, what is searched may hold a source or a note deleted
    # since: it has no text (no matches), and _still_there drops its hits.

    def paragraph(self, source_id: int, start: int, end: int) -> str:
        if self._uuids is None:
            self._uuids = {s.id: s.uuid for s in self._catalog.sources()}
        if source_id not in self._uuids:
            return ""
        return sources_repo.text_slice(self._session, source_id, self._uuids[source_id], start, end)

    def note(self, annotation_id: int) -> str:
        try:
            return annotations_repo.get(self._session, annotation_id, self._catalog.taxonomy()).note
        except NotFound:
            return ""

    def metadata(self, source_id: int) -> str:
        found = self._metadata.get(source_id)
        if found is None:
            try:
                source = sources_repo.get(self._session, source_id)
            except NotFound:
                return ""
            found = self._metadata[source_id] = metadata_text(source.metadata)[0]
        return found


def _still_there(session: Session, catalog: ProjectCatalog, hits: Sequence[RawHit]) -> tuple[RawHit, ...]:
    """The hits whose source (and annotation, for a note) the project still has."""
    sources = {s.id for s in catalog.sources()}
    return tuple(
        hit
        for hit in hits
        if hit.source_id in sources
        and (hit.annotation_id is None or annotations_repo.exists(session, hit.annotation_id))
    )


class _Cancelled(Exception):
    pass


def _os_problem(error: OSError, folder: Path) -> str:
    """What stopped writing in ``folder``, on one line: a file in the way of one of its folders, else the
    system's words and the file they are about."""
    for place in (folder, *folder.parents):
        if place.exists():
            if not place.is_dir():
                return f"{place} is a file, not a folder"
            break
    if error.strerror is None:
        return str(error)
    return f"{error.strerror}: {error.filename}" if error.filename else error.strerror


class _Reporter:
    """Progress and cancellation during a rebuild: reports characters done, raises _Cancelled when asked."""

    def __init__(self, progress: Progress | None, cancel_check: CancelCheck | None, total: int) -> None:
        self.progress, self.cancel_check, self.total = progress, cancel_check, total

    def __call__(self, done: int) -> None:
        if self.cancel_check is not None and self.cancel_check():
            raise _Cancelled
        if self.progress is not None:
            self.progress(min(done, self.total), self.total)


def _source_documents(session: Session, taxonomy: Taxonomy, source_id: int) -> Iterator[dict[str, Any]]:
    """Every index document of one source: metadata, paragraphs and the notes of its annotations."""
    source = sources_repo.get(session, source_id)
    text = sources_repo.text_of(session, source_id)
    layout = paragraphs(text)
    yield metadata_document(source, layout)
    yield from text_documents(source.id, source.metadata.language, text, layout)
    yield from _note_documents(session, taxonomy, source_id)


def _note_documents(session: Session, taxonomy: Taxonomy, source_id: int) -> Iterator[dict[str, Any]]:
    rows = annotations_repo.list_rows(session, source_id=source_id)
    for annotation in annotations_repo.to_domain(session, rows, taxonomy):
        if (doc := note_document(annotation)) is not None:
            yield doc


def _index_batch(
    project_file: str, rebuild: str, source_ids: list[int]
) -> tuple[str, dict[str, Any], int] | None:
    """In a worker process: index these sources into a segment (SegmentBuild); None if told to stop."""
    from annotator.storage.database import open_engine

    engine, _ = open_engine(Path(project_file), read_only=True)
    build = SegmentBuild(Path(rebuild))
    try:
        with UnitOfWork(engine, read_only_reason="indexing").read() as session:
            taxonomy = taxonomy_repo.load(session)
            summaries = {s.id: s for s in sources_repo.list_summaries(session)}
            for source_id in source_ids:
                if build.stopped():
                    build.discard()
                    return None
                if source_id not in summaries:
                    continue  # deleted since: its event is applied after the rebuild
                for doc in _source_documents(session, taxonomy, source_id):
                    build.add(doc)
                build.source_added(source_id, _signature(summaries[source_id]))
        return build.finish(), build.sources, build.documents
    except BaseException:
        build.discard()
        raise
    finally:
        engine.dispose()


def _signature(summary: SourceSummary) -> list[object]:
    """What says a source's paragraphs are indexed as they are now (JSON, for Rebuild's record)."""
    return [summary.uuid, summary.sha256, summary.length, summary.language]


def _source_exists(session: Session, source_id: int) -> bool:
    try:
        sources_repo.get_row(session, source_id)
    except NotFound:
        return False
    return True
