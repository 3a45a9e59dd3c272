"""The on-disk index: a derived cache in its own folder, with a stamp saying what it is in step with.

The stamp (``annotator-index.json``) records the schema version, the project's uuid and file, the project
generation the index was last brought up to, and the size and modification time of every index file. An
index is used only when all of them agree with the project and with the folder; anything else — no
folder, a folder from an older schema, files that were truncated, garbled or replaced, a stamp behind the
project — makes it "unusable", and the caller rebuilds. (The file is there because a copied project keeps
its uuid: two copies that both reached generation 40 by different edits must not share an index.)

Rebuilds go to a sibling folder that replaces the old one only when complete, so a cancelled or crashed
rebuild leaves the previous index (and its stale stamp) in place.
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import logging
import os
import shutil
import time
import uuid
from array import array
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.codec.whoosh3 import W3Codec
from whoosh.filedb.filestore import FileStorage
from whoosh.index import Index
from whoosh.system import pack_uint, pack_ushort
from whoosh.writing import IndexWriter, SegmentWriter

from annotator.search.schema import SCHEMA_VERSION, Counts, build_schema

log = logging.getLogger(__name__)

INDEX_NAME = "MAIN"
STAMP_FILE = "annotator-index.json"
PARTIAL_FILE = "annotator-partial.json"  # in a rebuild's folder: what it holds so far
STOP_FILE = ".stop"  # in a rebuild's folder: tells its worker processes to stop
WORKER_PREFIX = ".worker-"  # a worker process's folder inside a rebuild's
NOT_IN_STEP = -1
LEFTOVER_SECONDS = 24 * 3600
# An index whose project file is gone is deleted once unused this long: the file may only be on a drive
# that is not plugged in, and then the index is just rebuilt when the project is next opened.
ORPHAN_SECONDS = 30 * 24 * 3600


class _TrackingStorage(FileStorage):
    """Whoosh leaves a file open when reading a damaged index fails half-way; this closes them."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.opened: list[Any] | None = []  # None once the index opened fine

    def open_file(self, name: str, **kwargs: Any) -> Any:
        f = super().open_file(name, **kwargs)
        if self.opened is not None:
            self.opened.append(f)
        return f

    def close_opened(self) -> None:
        for f in self.opened or ():
            with contextlib.suppress(Exception):
                f.close()
        self.opened = None


class _RebuildStorage(FileStorage):
    """The storage of a rebuild: every file it (or its temporary storage) opens is kept, so that a rebuild
    that fails half-way — its folder deleted, the disk full — can close what Whoosh left open."""

    def __init__(self, path: str, files: list[Any] | None = None) -> None:
        super().__init__(path)
        self.files: list[Any] = files if files is not None else []

    def create_file(self, name: str, *args: Any, **kwargs: Any) -> Any:
        f = super().create_file(name, *args, **kwargs)
        self.files.append(f)
        return f

    def open_file(self, name: str, **kwargs: Any) -> Any:
        f = super().open_file(name, **kwargs)
        self.files.append(f)
        return f

    def temp_storage(self, name: str | None = None) -> FileStorage:
        temporary = _RebuildStorage(os.path.join(self.folder, name or f"{uuid.uuid4().hex}.tmp"), self.files)
        return temporary.create()

    def close_all(self) -> None:
        for f in self.files:
            with contextlib.suppress(Exception):
                f.close()
        self.files.clear()


class Codec(W3Codec):
    """Whoosh's file format, without the per-posting length statistics.

    For every posting the writer reads the document's field length back from disk to keep each block's
    shortest and longest document, which only Whoosh's block-quality skipping uses; our ranking scores
    every match (search/ranking.py) and never skips. That was a fifth of the time of building an index.
    The length of each document's fields is still stored: BM25 needs it. Segments record their codec by
    this class's import path: should it move, older indexes fail to open and are rebuilt, as any other.

    """

    length_stats = False


def writer(index: Index, **options: Any) -> IndexWriter:
    """A writer that writes new segments with our codec."""
    return index.writer(codec=Codec(), **options)


def abandon(writer: IndexWriter) -> None:
    """Release what ``writer`` holds after a failure, its commit's included (the folder swapped away under
    it, a full disk): Whoosh leaves the segment's files, its searcher's and its lock open then, and the
    collector's warning about them comes later, in whatever runs. Best effort: the index is left behind,
    to be rebuilt."""
    try:
        writer.cancel()
    except Exception:  # cancel stops at the first file it cannot close (one in the folder gone, say)
        log.info("a failed index writer could not be cancelled; closing its files", exc_info=True)
        _close_files_held(writer)
        lock = getattr(writer, "writelock", None)
        if lock is not None:
            with contextlib.suppress(Exception):
                lock.release()
        with contextlib.suppress(Exception):
            writer._tempstorage.destroy()  # type: ignore[attr-defined]


def _close_files_held(root: object) -> None:
    """Close every file reachable from ``root`` through Whoosh's objects and plain containers (its segment
    writers, column writers, pool and searcher each hold some; no public call closes them all)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        held = stack.pop()
        if id(held) in seen:
            continue
        seen.add(id(held))
        if isinstance(held, io.IOBase):
            with contextlib.suppress(Exception):
                held.close()
        elif isinstance(held, list | tuple | set | frozenset | dict) or type(held).__module__.startswith(
            ("whoosh.", "annotator.search.")
        ):
            stack.extend(gc.get_referents(held))


class BuildWriter(SegmentWriter):
    """Whoosh's segment writer, with the postings of a new segment gathered in per-term arrays.

    Whoosh puts every posting as a tuple (field, term bytes, document, weight, value bytes) into a pool
    that it sorts when the segment is written: those tuples, their encoding and the sort were most of
    the time of building an index after the analysis. Here a document's terms are counted
    (``Counts``), each term's postings are appended to arrays (documents come in order, so they stay
    sorted), and only the distinct terms are sorted when the segment is written; what is written is what
    Whoosh's own writer would write. Only for adding documents to a new index (no deletions, no
    updates), which is what a rebuild does.
    """

    def __init__(self, index: Index, **options: Any) -> None:
        super().__init__(index, **options)
        # field -> term (str for our counted fields, bytes for the others) -> document, count, document, …
        self._terms: dict[str, dict[Any, array]] = {}
        # field -> document -> its weight per occurrence, where that is not 1 (notes and metadata)
        self._boosts: dict[str, dict[int, float]] = {}

    def add_document(self, **fields: Any) -> None:
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted(name for name in fields if not name.startswith("_"))
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    boost = self._field_boost(fields, fieldname, docboost)
                    terms = self._terms.get(fieldname)
                    if terms is None:
                        terms = self._terms[fieldname] = {}
                        self._boosts[fieldname] = {}
                    if type(field.format) is Counts:
                        boost *= field.format.field_boost
                        counted = Counter(field.analyzer.terms(value))
                        length = sum(counted.values())
                        items: Any = counted.items()
                    else:
                        items = [(t, n) for t, n, _, _ in field.index(value)]
                        length = sum(n for _, n in items)
                    if boost != 1.0:
                        self._boosts[fieldname][docnum] = boost
                    for term, n in items:
                        postings = terms.get(term)
                        if postings is None:
                            postings = terms[term] = array("I")
                        postings.append(docnum)
                        postings.append(n)
                    if not field.scorable:
                        length = 0
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self) -> None:
        """Write the segment's postings, a block at a time (see _fill_block)."""
        self.perdocwriter.close()
        writer = self.fieldwriter
        counts: dict[int, bytes] = {}
        for fieldname in sorted(self._terms):
            field = self.schema[fieldname]
            # Only a frequency is kept with each posting; other formats (IDs) keep no value.
            counted = type(field.format) is Counts
            terms = self._terms[fieldname]
            boosts = self._boosts[fieldname]
            writer.start_field(fieldname, field)
            postings = writer._postwriter
            limit = postings._blocklimit
            for term in sorted(terms):
                pairs = terms[term]
                docnums, freqs = pairs[0::2], pairs[1::2]
                weights = array("d", freqs)
                if boosts:
                    for i, docnum in enumerate(docnums):
                        weights[i] *= boosts.get(docnum, 1.0)
                writer.start_term(term.encode("utf-8") if isinstance(term, str) else term)
                if counted:
                    for n in set(freqs) - counts.keys():
                        counts[n] = pack_uint(n)
                for i in range(0, len(docnums), limit):
                    if i:
                        postings._write_block()
                    block = slice(i, i + limit)
                    values = counts if counted else None
                    _fill_block(postings, docnums[block], weights[block], freqs[block], values)
                if len(docnums) < INLINE:
                    _finish_inlined(writer)
                else:
                    writer.finish_term()
            writer.finish_field()
        writer.close()
        self._terms = {}
        self._boosts = {}


# A posting list this short is kept in its term's entry of the term table (inlined), not as a block of its
# own in the postings file: most word pairs occur once or twice, and each block cost a pickled, compressed
# block with its header (about 0.1 ms and 60 bytes), which made a book's 50,000 distinct pairs most of its
# build. Whoosh reads inlined postings (W3Codec.postings_reader); its writer means to write them but
# calls a method its term info does not have (whoosh-reloaded 2.7), so its codecs never inline.
INLINE = 4


def _finish_inlined(writer: Any) -> None:
    """``finish_term`` of Whoosh's field writer, with the postings put in the term info (W3FieldWriter)."""
    postings = writer._postwriter
    terminfo = postings._terminfo
    terminfo.add_block(postings)
    # Fields without values (IDs) get empty ones: merging reads inlined postings back value by value, and
    # Whoosh's list matcher gives "" (a str, refused by its writer) where it has none.
    values = postings._values or (b"",) * len(postings._ids)
    terminfo.set_inlined(postings._ids, postings._weights, values)
    postings._terminfo = None
    writer._tindex.add(pack_ushort(writer._fieldid) + writer._btext, terminfo.to_bytes())


def _fill_block(
    postings: Any, docnums: array, weights: array, freqs: array, counts: dict[int, bytes] | None
) -> None:
    """Put one block's postings into Whoosh's postings writer (W3PostingsWriter) at once.

    It is what ``add_posting`` leaves after as many calls (ids, float32 weights, the encoded values and
    the block's highest weight; no length statistics, which our codec does not keep), so the blocks and
    term infos written are byte for byte Whoosh's; the version of whoosh-reloaded is pinned for this.
    """
    postings._ids = docnums
    postings._weights = array("f", weights)
    postings._values = [counts[n] for n in freqs] if counts is not None else []
    postings._maxweight = max(weights)
    postings._minlength = None
    postings._maxlength = 0


class IndexUnusable(Exception):
    """The folder holds no index we can trust (the message says why); it must be rebuilt."""


@dataclass(frozen=True, slots=True)
class Stamp:
    schema: int
    project: str  # uuid
    project_file: str
    generation: int
    files: dict[str, list[int]] = field(default_factory=dict)  # name -> [size, mtime_ns]


def _is_index_file(name: str) -> bool:
    # Lock files come and go while a writer works; they say nothing about the index's content.
    return name != STAMP_FILE and "LOCK" not in name and not name.startswith(".")


def _manifest(folder: Path) -> dict[str, list[int]]:
    files = {}
    for entry in os.scandir(folder):
        if entry.is_file() and _is_index_file(entry.name):
            info = entry.stat()
            files[entry.name] = [info.st_size, info.st_mtime_ns]
    return files


class IndexFolder:
    """One project's index folder (``<cache>/index/<project uuid>``)."""

    def __init__(self, path: Path, project_uuid: str, project_file: str = "") -> None:
        self.path = path
        self.project_uuid = project_uuid
        self.project_file = project_file

    # --- the stamp --------------------------------------------------------------------------------------

    def read_stamp(self) -> Stamp | None:
        try:
            data = json.loads((self.path / STAMP_FILE).read_text(encoding="utf-8"))
            return Stamp(
                int(data["schema"]),
                str(data["project"]),
                str(data["project_file"]),
                int(data["generation"]),
                data["files"],
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def write_stamp(self, generation: int, folder: Path | None = None) -> None:
        """Record that the index in ``folder`` (default: ours) is in step with ``generation``."""
        folder = folder or self.path
        stamp = {
            "schema": SCHEMA_VERSION,
            "project": self.project_uuid,
            "project_file": self.project_file,
            "generation": generation,
            "files": _manifest(folder),
        }
        temporary = folder / f".{STAMP_FILE}.{uuid.uuid4().hex}"
        temporary.write_text(json.dumps(stamp), encoding="utf-8")
        os.replace(temporary, folder / STAMP_FILE)

    def invalidate(self) -> None:
        """Mark the index as out of step, so the next search rebuilds it (best effort)."""
        with contextlib.suppress(OSError):
            (self.path / STAMP_FILE).unlink(missing_ok=True)

    # --- opening ----------------------------------------------------------------------------------------

    def check(self) -> Stamp:
        """The stamp of a usable index; raises IndexUnusable when the folder cannot be trusted."""
        if not self.path.is_dir():
            raise IndexUnusable("there is no index yet")
        stamp = self.read_stamp()
        if stamp is None:
            raise IndexUnusable("the index has no readable stamp")
        if stamp.schema != SCHEMA_VERSION:
            raise IndexUnusable(f"the index has schema version {stamp.schema}, not {SCHEMA_VERSION}")
        if stamp.project != self.project_uuid:
            raise IndexUnusable("the index belongs to another project")
        if stamp.project_file != self.project_file:
            raise IndexUnusable("the index was built for a copy of the project in another file")
        if stamp.generation == NOT_IN_STEP:
            raise IndexUnusable("the index was marked out of step")
        try:
            files = _manifest(self.path)
        except OSError as e:
            raise IndexUnusable(f"the index folder cannot be read: {e}") from None
        if files != stamp.files:
            raise IndexUnusable("the index files changed since the index was written")
        return stamp

    def open(self) -> tuple[Index, Stamp]:
        """Open the index after checking it; any failure of Whoosh to read it makes it unusable."""
        stamp = self.check()
        storage = _TrackingStorage(str(self.path))
        try:
            ix = storage.open_index(INDEX_NAME)
            ix.doc_count_all()  # reads the table of contents and every segment's header
        except Exception as e:  # a damaged cache may fail in any way; it is only ever rebuilt
            storage.close_opened()
            raise IndexUnusable(f"the index cannot be read: {type(e).__name__}: {e}") from None
        storage.opened = None
        return ix, stamp

    # --- writing ----------------------------------------------------------------------------------------

    def start_rebuild(self) -> Rebuild:
        """A rebuild in a sibling folder: one a suspended or killed rebuild left (``Rebuild.resumed``), else
        a new, empty index; ``Rebuild.commit`` puts it in place of ours."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._clean_leftovers()
        self._clean_orphans()
        fresh = self.path.parent / f".{self.path.name}.new-{uuid.uuid4().hex[:8]}"
        for partial in self.path.parent.glob(f".{self.path.name}.new-*"):
            record = self._partial_record(partial)
            if record is None:
                continue
            try:
                os.replace(partial, fresh)  # ours now, should another rebuild look at the same time
                return Rebuild(self, fresh, record)
            except Exception:  # unreadable after all: it is only a cache
                log.info("a partial search index could not be resumed", exc_info=True)
                shutil.rmtree(fresh, ignore_errors=True)
        return Rebuild(self, fresh)

    def _partial_record(self, partial: Path) -> dict[str, Any] | None:
        """The record of a rebuild left in ``partial`` that this folder can take up again, else None."""
        try:
            record = json.loads((partial / PARTIAL_FILE).read_text(encoding="utf-8"))
            usable = (record["schema"], record["project"], record["project_file"]) == (
                SCHEMA_VERSION,
                self.project_uuid,
                self.project_file,
            )
            return record if usable and isinstance(record["sources"], dict) else None
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _clean_leftovers(self) -> None:
        """Folders a crashed rebuild or swap left behind (a rebuild running elsewhere is younger); a rebuild
        that can be resumed is kept for as long as an unused index."""
        now = time.time()
        for leftover in self.path.parent.glob(f".{self.path.name}.*"):
            with contextlib.suppress(OSError):
                age = now - leftover.stat().st_mtime
                resumable = self._partial_record(leftover) is not None
                if ".old-" in leftover.name or age > (ORPHAN_SECONDS if resumable else LEFTOVER_SECONDS):
                    shutil.rmtree(leftover)

    def _clean_orphans(self) -> None:
        """Other projects' indexes whose project file no longer exists and that were not used for a month."""
        now = time.time()
        for entry in self.path.parent.iterdir():
            if entry == self.path or entry.name.startswith(".") or not entry.is_dir():
                continue
            with contextlib.suppress(OSError):
                stamp = IndexFolder(entry, entry.name).read_stamp()
                if stamp is not None and stamp.project_file and Path(stamp.project_file).exists():
                    continue
                used = max((entry / STAMP_FILE).stat().st_mtime if stamp else 0, entry.stat().st_mtime)
                if now - used > ORPHAN_SECONDS:
                    shutil.rmtree(entry)

    def swap_in(self, fresh: Path) -> None:
        old = self.path.parent / f".{self.path.name}.old-{uuid.uuid4().hex[:8]}"
        with contextlib.suppress(FileNotFoundError):
            os.replace(self.path, old)
        os.replace(fresh, self.path)
        shutil.rmtree(old, ignore_errors=True)

    def destroy(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


class Rebuild:
    """A full rebuild in progress: ``add`` documents, ``source_added`` after each source, then ``commit``,
    ``abort`` or ``suspend``.

    The rebuild writes one segment per SEGMENT_CHARS of text (closed at the end of a source), each built
    in memory (BuildWriter), and leaves them unmerged: a project of up to a few books gets one segment,
    100 MB of text ten, which costs queries less than merging them would cost the rebuild.

    After each segment the folder's record (PARTIAL_FILE) lists the sources it holds, with the summary
    each was indexed from. A rebuild that is suspended (the application quits) or killed leaves the
    folder and its record; the next ``IndexFolder.start_rebuild`` takes it up again (``resumed``), and the
    caller re-indexes what changed since (see services/search.py). Until then the old index stays in use.
    """

    SEGMENT_CHARS = 10_000_000  # BuildWriter holds such a segment in about 150 MB
    # Separate files per segment part: opening a compound segment copies its whole term table into
    # memory, which an incremental update does for every segment (130 ms instead of 30 on 20 MB of text).
    COMPOUND = False

    def __init__(self, folder: IndexFolder, fresh: Path, record: dict[str, Any] | None = None) -> None:
        self._folder = folder
        self.path = fresh
        self._chars = 0
        # source id (str) -> the signature it was indexed with: in committed segments, and in the writer
        self.done: dict[str, Any] = dict(record["sources"]) if record else {}
        self._pending: dict[str, Any] = {}
        self.resumed = record is not None
        self._storage = _RebuildStorage(str(fresh))
        self._writer: IndexWriter | None = None
        try:
            if record is None:
                fresh.mkdir()
                self.index = self._storage.create_index(build_schema(), indexname=INDEX_NAME)
                self._write_record()
            else:
                self._clear_workers()
                self.index = self._storage.open_index(INDEX_NAME)
        except BaseException:
            self._discard()
            raise

    def updater(self) -> IndexWriter:
        """A writer that can delete from the segments already written (for resuming); commit it with
        ``merge=False`` before adding documents."""
        return writer(self.index, compound=self.COMPOUND)

    def add(self, document: dict[str, Any], chars: int) -> None:
        """Add one document; ``chars`` is the size of its text, which decides when a segment is full."""
        if self._writer is None:
            self._writer = BuildWriter(self.index, codec=Codec(), compound=self.COMPOUND)
        self._writer.add_document(**document)
        self._chars += chars

    def source_added(self, source_id: int, signature: Any) -> None:
        """Every document of a source was added; closes the segment if it is full."""
        self._pending[str(source_id)] = signature
        if self._chars >= self.SEGMENT_CHARS:
            self._commit_segment()

    def take(self, worker: Path, sources: dict[str, Any]) -> None:
        """Add the segment a worker process wrote (SegmentBuild) holding ``sources``, and record them."""
        self._commit_segment()
        part = FileStorage(str(worker)).open_index(INDEX_NAME)
        segments = part._segments()
        for segment in segments:
            prefix = f"{segment.segment_id()}."
            for name in os.listdir(worker):
                if name.startswith(prefix):
                    os.replace(worker / name, self.path / name)
        adding = writer(self.index, compound=self.COMPOUND)
        adding.segments.extend(segments)
        adding.commit(merge=False)
        self._storage.close_all()
        shutil.rmtree(worker, ignore_errors=True)
        self.done |= sources
        self._write_record()

    def stop_workers(self) -> None:
        """Ask the worker processes to stop (at their next source; what they wrote is dropped)."""
        (self.path / STOP_FILE).touch()

    def keep_only(self, sources: set[str]) -> None:
        """Record that only these of the sources done are in the index now (after resuming)."""
        self.done = {sid: signature for sid, signature in self.done.items() if sid in sources}
        self._write_record()

    def _commit_segment(self) -> None:
        if self._writer is not None:
            self._writer.commit(merge=False)
            self._writer = None
        self._storage.close_all()  # a committed writer closed its files: forget them
        self.done |= self._pending
        self._pending = {}
        self._chars = 0
        self._write_record()

    def _write_record(self) -> None:
        record = {
            "schema": SCHEMA_VERSION,
            "project": self._folder.project_uuid,
            "project_file": self._folder.project_file,
            "sources": self.done,
        }
        temporary = self.path / f".{PARTIAL_FILE}.{uuid.uuid4().hex}"
        temporary.write_text(json.dumps(record), encoding="utf-8")
        os.replace(temporary, self.path / PARTIAL_FILE)

    def commit(self, generation: int) -> None:
        """Write the new index, stamp it with ``generation`` and swap it in for the old one."""
        try:
            self._commit_segment()
            (self.path / PARTIAL_FILE).unlink()
            self._folder.write_stamp(generation, self.path)
            self._folder.swap_in(self.path)
        except BaseException:
            self._discard()
            raise

    def suspend(self) -> None:
        """Stop, keeping the segments written so far to be resumed (what the writer held is dropped)."""
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.cancel()
        self._storage.close_all()
        self._clear_workers()

    def _clear_workers(self) -> None:
        """What worker processes left: their folders (killed, or stopped) and the request to stop."""
        for leftover in self.path.glob(f"{WORKER_PREFIX}*"):
            shutil.rmtree(leftover, ignore_errors=True)
        (self.path / STOP_FILE).unlink(missing_ok=True)

    def abort(self) -> None:
        if self._writer is not None:
            with contextlib.suppress(Exception):
                self._writer.cancel()
        self._discard()

    def _discard(self) -> None:
        self._storage.close_all()
        shutil.rmtree(self.path, ignore_errors=True)


class SegmentBuild:
    """A worker process's share of a rebuild: its sources go into one segment, written with BuildWriter in
    a folder of its own inside the rebuild's (``finish``), which ``Rebuild.take`` then moves in.

    Several workers cannot write into one Whoosh index at once (each commit rewrites its table of
    contents and deletes the files it does not list), hence the private folders.
    """

    def __init__(self, rebuild: Path) -> None:
        self.rebuild = rebuild
        self.path = rebuild / f"{WORKER_PREFIX}{uuid.uuid4().hex[:8]}"
        self.path.mkdir()
        self.documents = 0
        self.sources: dict[str, Any] = {}
        index = FileStorage(str(self.path)).create_index(build_schema(), indexname=INDEX_NAME)
        self._writer = BuildWriter(index, codec=Codec(), compound=Rebuild.COMPOUND)

    def stopped(self) -> bool:
        return (self.rebuild / STOP_FILE).exists()

    def add(self, document: dict[str, Any]) -> None:
        self._writer.add_document(**document)
        self.documents += 1

    def source_added(self, source_id: int, signature: Any) -> None:
        self.sources[str(source_id)] = signature

    def finish(self) -> str:
        """Write the segment; the folder to give ``Rebuild.take``."""
        self._writer.commit(merge=False)
        return str(self.path)

    def discard(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.cancel()
        shutil.rmtree(self.path, ignore_errors=True)
