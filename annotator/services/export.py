"""Exporting excerpts: how many a filter selects, a preview of the first few, and the export itself.

The export dialog asks ``count`` and ``preview`` as the person changes the filter, then runs ``export`` with a
progress callback and a cancel check (both called from the exporting thread). Writing to a path goes through
a part file beside it (io/exporters/part_files.py), renamed into place at the end, so a cancelled or failed
export leaves nothing half-written, and never an empty file where an old export was; part files a killed
export left behind are removed by the next export into that folder.
"""

from __future__ import annotations

import gc
import logging
import sys
import traceback
import uuid
from bisect import bisect_left
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from sqlalchemy.orm import Session

from annotator.domain.anchors import quote_for
from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.excerpts import (
    CitationStyle,
    Excerpt,
    ExcerptFilter,
    ExportCancelled,
    FigureNote,
    LinkedPassage,
    Location,
    Locator,
    coerce,
)
from annotator.domain.historical_dates import years_text
from annotator.domain.model import Annotation, Link, LinkEnd, Source
from annotator.domain.paragraphs import paragraph_starts
from annotator.domain.records import builder
from annotator.domain.taxonomy import Taxonomy
from annotator.domain.wrapping import hard_wrapped
from annotator.io.exporters.base import ExportDocument, ExportFormat, ExportOptions
from annotator.io.exporters.registry import exporter_for, formats
from annotator.search.schema import Kind
from annotator.services.annotations import resolve_person, resolve_tags
from annotator.services.output_files import write_through
from annotator.services.search_results import SearchHit
from annotator.services.structure import citation_sections, stored_or_computed_many
from annotator.storage import coders_repo, excerpts_repo, meta_repo, taxonomy_repo
from annotator.storage.excerpts_repo import Passage
from annotator.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from annotator.services.figures import FigureRecord

log = logging.getLogger(__name__)

# An export builds one of each per excerpt: without the frozen __init__ (see records.builder).
_build_excerpt = builder(Excerpt)
_build_linked = builder(LinkedPassage)

# A search function maps a query to the search service's hits (the project sets it to its index's search).
SearchFunction = Callable[[str], Iterable[SearchHit]]
ProgressCallback = Callable[[int, int], None]
# A source's detected figures (the project sets it to its figures service's ``figures``).
FiguresFunction = Callable[[int], "Sequence[FigureRecord]"]
# The Overview's charts of a selection as (title, inline SVG) (the project sets it to its overview's).
ChartsFunction = Callable[[ExcerptFilter], "Sequence[tuple[str, str]]"]
EVERYTHING = ExcerptFilter()
# The project's default citation style (a CitationStyle value), in the project's meta table.
CITATION_STYLE_KEY = "citation_style"
CHART_FORMAT = "html"  # the one format that can carry the Overview's charts (ExportOptions.charts)
CancelCheck = Callable[[], bool]


@dataclass(frozen=True, slots=True)
class ExportResult:
    format: str
    path: Path | None  # None when written to a stream
    excerpts: int
    size: int  # bytes written


def _hit_spans(hits: Iterable[SearchHit]) -> tuple[dict[int, list[tuple[int, int]]], set[int]]:
    """Text hits as spans per source (their exact matches; the whole paragraph when only filters matched),
    plus the annotations whose notes were hit. Metadata hits locate no passage."""
    spans: dict[int, list[tuple[int, int]]] = {}
    annotation_ids: set[int] = set()
    for hit in hits:
        if hit.kind is Kind.NOTE and hit.annotation_id is not None:
            annotation_ids.add(hit.annotation_id)
        elif hit.kind is Kind.TEXT:
            spans.setdefault(hit.source_id, []).extend(hit.matches or ((hit.start, hit.end),))
    return spans, annotation_ids


def _overlapping(passages: Sequence[Passage], hits: Iterable[SearchHit]) -> list[Passage]:
    """The passages that overlap a hit's span (or whose note was hit)."""
    spans, hit_ids = _hit_spans(hits)
    index: dict[int, tuple[list[int], list[int]]] = {}
    for source_id, items in spans.items():
        items.sort()
        running, max_ends = -1, []
        for _, end in items:
            running = max(running, end)
            max_ends.append(running)
        index[source_id] = ([s for s, _ in items], max_ends)
    kept = []
    for passage in passages:
        annotation_id, source_id, start, end = passage
        if annotation_id in hit_ids:
            kept.append(passage)
            continue
        if source_id not in index:
            continue
        starts, max_ends = index[source_id]
        i = bisect_left(starts, end) - 1  # spans starting before the passage ends
        if i >= 0 and max_ends[i] > start:
            kept.append(passage)
    return kept


def _descendants(taxonomy: Taxonomy, tag_id: int) -> list[int]:
    tag = taxonomy.tag_by_id(tag_id)
    return [tag_id, *(t.id for _, t in taxonomy.walk(tag.facet_id) if tag in taxonomy.ancestors(t))]


class _Ticker:
    """Calls the progress callback now and then (about 200 times in all) and the cancel check every time."""

    def __init__(self, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._last = -1

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled("export cancelled; nothing was written")

    def __call__(self, done: int, total: int) -> None:
        self.check()
        if self._progress is not None and (done >= total or done - self._last >= max(1, total // 200)):
            self._last = done
            self._progress(done, total)


class ExportService:
    def __init__(
        self, uow: UnitOfWork, search: SearchFunction | None = None, figures: FiguresFunction | None = None
    ) -> None:
        self._uow = uow
        # Set (or replaced) by whoever owns the search index; query filters need it.
        self.search = search
        # Set by the project; ExportOptions.figures needs it.
        self.figures = figures
        # Set by the project; ExportOptions.charts needs it.
        self.charts: ChartsFunction | None = None

    @staticmethod
    def formats() -> tuple[ExportFormat, ...]:
        return formats()

    def citation_style(self) -> CitationStyle:
        """The project's default citation style (short until one is chosen)."""
        with self._uow.read() as session:
            stored = meta_repo.get(session, CITATION_STYLE_KEY)
        try:
            return CitationStyle(stored) if stored else CitationStyle.SHORT
        except ValueError:  # a style a later version knew
            return CitationStyle.SHORT

    def set_citation_style(self, style: CitationStyle | str) -> CitationStyle:
        """Make ``style`` the project's default (InvalidInput naming the known ones when it is none)."""
        chosen = coerce(CitationStyle, style, "citation style")
        with self._uow.write() as session:
            meta_repo.put(session, CITATION_STYLE_KEY, chosen.value)
        return chosen

    # --- Selecting ------------------------------------------------------------------------------------

    def count(self, excerpt_filter: ExcerptFilter = EVERYTHING) -> int:
        """How many excerpts the filter selects (cheap: no texts are read)."""
        with self._uow.read() as session:
            return len(self._passages(session, excerpt_filter, taxonomy_repo.load(session)))

    def passage_ids(self, excerpt_filter: ExcerptFilter = EVERYTHING) -> list[int]:
        """The ids of the annotations the filter selects, its search query included, in source and text
        order (the Overview narrows its counts to them when the filter has a query)."""
        with self._uow.read() as session:
            return [p[0] for p in self._passages(session, excerpt_filter, taxonomy_repo.load(session))]

    def preview(self, excerpt_filter: ExcerptFilter = EVERYTHING, limit: int = 5) -> list[Excerpt]:
        """The first ``limit`` excerpts the filter selects, in source and text order."""
        return self.excerpts(excerpt_filter, limit=limit)

    def excerpts(self, excerpt_filter: ExcerptFilter = EVERYTHING, limit: int | None = None) -> list[Excerpt]:
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            with _without_gc_pauses():
                if limit is None:
                    annotations = self._annotations(session, excerpt_filter, taxonomy)
                else:  # a preview: the passages, then only the first few read whole
                    passages = self._passages(session, excerpt_filter, taxonomy)[: max(0, limit)]
                    annotations = excerpts_repo.annotations(session, passages, taxonomy)
                excerpts, _, _, _ = self._build(session, annotations)
            return excerpts

    def _passages(self, session: Session, f: ExcerptFilter, taxonomy: Taxonomy) -> list[Passage]:
        passages = excerpts_repo.select_passages(session, **self._criteria(session, f, taxonomy))
        return self._hit(passages, f.query)

    def _annotations(self, session: Session, f: ExcerptFilter, taxonomy: Taxonomy) -> list[Annotation]:
        """The annotations the filter selects, read whole in one go (``_passages`` then reading them whole
        read the same rows twice)."""
        criteria = self._criteria(session, f, taxonomy)
        annotations = excerpts_repo.select_annotations(session, taxonomy, **criteria)
        if not f.query:
            return annotations
        kept = {p[0] for p in self._hit([(a.id, a.source_id, a.start, a.end) for a in annotations], f.query)}
        return [a for a in annotations if a.id in kept]

    def _hit(self, passages: list[Passage], query: str | None) -> list[Passage]:
        """The passages that overlap a hit of the search ``query`` (all of them without one)."""
        if not query:
            return passages
        if self.search is None:
            raise InvalidInput("search is not available, so excerpts cannot be filtered by a query")
        return _overlapping(passages, self.search(query))

    def _criteria(self, session: Session, f: ExcerptFilter, taxonomy: Taxonomy) -> dict[str, Any]:
        """The filter as ``excerpts_repo.conditions`` takes it (tags with their descendants, the ids of the
        facet and the speaker, the date bounds)."""
        if f.source_ids:
            missing = set(f.source_ids) - set(excerpts_repo.sources(session, f.source_ids))
            if missing:
                raise NotFound(f"no source with id {min(missing)} (see `annotator sources`)")
        tag_groups = [_descendants(taxonomy, t) for t in resolve_tags(taxonomy, f.tags)]
        facet_id = taxonomy.facet(f.facet).id if f.facet else None
        date_first, date_last = f.date_bounds()
        person_ids = [resolve_person(session, f.speaker).id] if f.speaker else []
        return {
            "source_ids": f.source_ids,
            "tag_groups": tag_groups,
            "match_all": f.tag_match == "all",
            "facet_id": facet_id,
            "relation": f.relation,
            "linked": f.linked,
            "kind": f.kind,
            "date_first": date_first,
            "date_last": date_last,
            "person_ids": person_ids,
            "coder_ids": [c.id for c in coders_repo.resolve_many(session, f.coders)],
        }

    def _build(
        self, session: Session, annotations: Sequence[Annotation]
    ) -> tuple[list[Excerpt], list[Link], dict[int, Source], dict[int, str]]:
        """The excerpts of these annotations, the links touching them, and the sources and texts read."""
        ids = [a.id for a in annotations]
        links = excerpts_repo.links_touching(session, ids) if ids else []
        ends = [e.source_id for k in links for e in (k.a, k.b)]
        source_ids = list(dict.fromkeys([a.source_id for a in annotations] + ends))
        sources = excerpts_repo.sources(session, source_ids)
        texts, page_maps = excerpts_repo.texts_and_page_maps(session, source_ids)
        marks = stored_or_computed_many(session, {sid: texts[sid] for sid in source_ids if sid in texts})
        facts = {sid: _text_facts(texts[sid]) for sid in source_ids if sid in texts}
        locators = {
            sid: Locator(texts[sid], page_maps.get(sid), citation_sections(texts[sid], marks[sid]), starts)
            for sid, (starts, _) in facts.items()
        }

        locations = [locators[a.source_id].locate(a.start, a.end) for a in annotations]
        # A linked passage that is an excerpt too shares its location (the same row, read in the same
        # transaction; Location is frozen), rather than being located again.
        located = {a.id: (a.start, a.end, at) for a, at in zip(annotations, locations, strict=True)}

        def location_of(end: LinkEnd) -> Location:
            known = located.get(end.annotation_id)
            if known is not None and known[0] == end.start and known[1] == end.end:
                return known[2]
            return locators[end.source_id].locate(end.start, end.end)

        linked: dict[int, list[LinkedPassage]] = {}
        for link in links:
            for this, other, outgoing in ((link.a, link.b, True), (link.b, link.a, False)):
                # Positional, in the fields' order (see LinkedPassage), as the excerpts below.
                linked.setdefault(this.annotation_id, []).append(
                    _build_linked(
                        link.id,
                        link.uuid,
                        link.relation,
                        outgoing,
                        link.note,
                        other.annotation_id,
                        other.source_id,
                        sources[other.source_id].title,
                        other.quote,
                        location_of(other),
                    )
                )
        # Whether a quote's line breaks are the file's width or paragraph ends (see excerpts.flowed).
        wrapped = {sid: wraps for sid, (_, wraps) in facts.items()}
        no_links: tuple[LinkedPassage, ...] = ()
        # Positional (annotation, source, location, links, hard_wrapped, figure), without the frozen __init__
        # (records.builder): keyword arguments and the frozen __init__ cost more than the reading (issue 23).
        excerpts = [
            _build_excerpt(
                a,
                sources[a.source_id],
                location,
                tuple(linked[a.id]) if a.id in linked else no_links,
                wrapped[a.source_id],
                None,  # figure: the project's annotations are not detected figures
            )
            for a, location in zip(annotations, locations, strict=True)
        ]
        return excerpts, links, sources, texts

    # --- Exporting ------------------------------------------------------------------------------------

    def document(
        self,
        excerpt_filter: ExcerptFilter = EVERYTHING,
        options: ExportOptions | None = None,
        *,
        with_texts: bool = False,
        with_excerpts: bool = True,
    ) -> ExportDocument:
        """Everything an exporter needs, read in one transaction.

        ``with_texts`` adds the full texts of the exported sources: every source when the filter is empty
        (a whole-project exchange), else the sources of the excerpts and those named by the filter.
        Without ``with_excerpts`` (a codebook) only the taxonomy and the project's name are read.
        """
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            with _without_gc_pauses():
                annotations = self._annotations(session, excerpt_filter, taxonomy) if with_excerpts else []
                excerpts, links, sources, texts = self._build(session, annotations)
            exported_texts: dict[int, str] = {}
            page_maps: dict[int, list[tuple[int, str]]] = {}
            if with_texts:
                if excerpt_filter.is_empty:
                    wanted = excerpts_repo.all_source_ids(session)
                else:
                    wanted = list(
                        dict.fromkeys([*(e.source.id for e in excerpts), *excerpt_filter.source_ids])
                    )
                # Read with their page maps (REFI-QDA keeps a PDF's pages in a note); one read for all.
                read, page_maps = excerpts_repo.texts_and_page_maps(session, wanted)
                texts.update({i: read[i] for i in wanted if i not in texts})
                sources.update(excerpts_repo.sources(session, [i for i in wanted if i not in sources]))
                exported_texts = {i: texts[i] for i in wanted}
            name = meta_repo.get(session, meta_repo.PROJECT_NAME) or "Annotator project"
            project_uuid = meta_repo.get(session, meta_repo.PROJECT_UUID) or ""
        if options is not None and options.figures and with_excerpts:
            wanted_ids = None if excerpt_filter.is_empty else [
                *dict.fromkeys([*(e.source.id for e in excerpts), *excerpt_filter.source_ids])
            ]  # fmt: skip
            excerpts = self._with_figures(excerpts, wanted_ids, project_uuid)
        charts: Sequence[tuple[str, str]] = ()
        if options is not None and options.charts and with_excerpts:
            if self.charts is None:
                raise InvalidInput("charts cannot be exported here: the project's overview is not available")
            charts = self.charts(excerpt_filter)
        return ExportDocument(
            project_name=name,
            project_uuid=project_uuid,
            excerpts=excerpts,
            taxonomy=taxonomy,
            sources=sources,
            links=links,
            filter_description=excerpt_filter.describe(),
            options=options or ExportOptions(style=self.citation_style()),
            texts=exported_texts,
            page_maps=page_maps,
            charts=charts,
        )

    def _with_figures(
        self, excerpts: list[Excerpt], source_ids: list[int] | None, project_uuid: str
    ) -> list[Excerpt]:
        """The excerpts with the detected figures of these sources (default: every source) among them, each
        an excerpt of its own (``Excerpt.figure``), in source and text order."""
        if self.figures is None:
            raise InvalidInput("figures cannot be exported here: the project's figures are not available")
        with self._uow.read() as session:
            ids = excerpts_repo.all_source_ids(session) if source_ids is None else source_ids
        # Outside a read: a source's figures are detected (and stored) the first time they are asked for.
        records = [r for sid in ids for r in self.figures(sid)]
        if not records:
            return excerpts
        wanted = list(dict.fromkeys(r.source_id for r in records))
        with self._uow.read() as session:
            sources = excerpts_repo.sources(session, wanted)
            texts, page_maps = excerpts_repo.texts_and_page_maps(session, wanted)
            marks = stored_or_computed_many(session, texts)
        locators = {
            sid: Locator(texts[sid], page_maps.get(sid), citation_sections(texts[sid], marks[sid]))
            for sid in wanted
        }
        wrapped = {sid: hard_wrapped(texts[sid]) for sid in wanted}
        made = datetime.now(UTC)
        figures = []
        for n, r in enumerate(records, start=1):
            f = r.figure
            period = "" if f.period_start is None else years_text(f.period_start, f.period_end)
            annotation = Annotation(
                -n, str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:annotator:{project_uuid}:figure:{r.id}")),
                r.source_id, f.start, f.end, quote_for(texts[r.source_id], f.start, f.end), "", None, "", (),
                made, made,
            )  # fmt: skip
            note = FigureNote(f.value, f.low, f.high, f.unit, f.counted, period, f.approx)
            location = locators[r.source_id].locate(f.start, f.end)
            source = sources[r.source_id]
            figures.append(Excerpt(annotation, source, location, (), wrapped[r.source_id], note))
        rank = {sid: i for i, sid in enumerate(dict.fromkeys(e.source.id for e in excerpts))}
        everything = [*excerpts, *figures]
        # A source's excerpts in text order; a figure after an annotation that begins where it does.
        last = len(rank)
        everything.sort(key=lambda e: (rank.get(e.source.id, last + e.source.id), e.annotation.start,
                                       e.figure is not None))
        return everything

    def export(
        self,
        excerpt_filter: ExcerptFilter,
        format_name: str,
        out: Path | str | BinaryIO,
        *,
        options: ExportOptions | None = None,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> ExportResult:
        """Export the selected excerpts as ``format_name`` to a path or a binary stream.

        ``progress(done, total)`` reports entries written; ``cancelled()`` returning True stops the export
        with ExportCancelled, and nothing is left at the path.
        """
        export_format = exporter_for(format_name)
        if options is not None and options.charts and export_format.name != CHART_FORMAT:
            raise InvalidInput(f"charts are exported in HTML only, not {export_format.name} (--format html)")
        ticker = _Ticker(progress, cancelled)
        ticker.check()
        document = self.document(
            excerpt_filter,
            options,
            with_texts=export_format.needs_texts,
            with_excerpts=export_format.needs_excerpts,
        )
        ticker.check()
        if not isinstance(out, str | Path):
            start = out.tell() if out.seekable() else 0
            export_format.write(document, out, ticker)
            size = out.tell() - start if out.seekable() else 0
            return ExportResult(export_format.name, None, len(document.excerpts), size)
        path = Path(out).expanduser()
        size = write_through(
            path, lambda stream: export_format.write(document, stream, ticker), _drop_failed_writer
        )
        return ExportResult(export_format.name, path, len(document.excerpts), size)


def _drop_failed_writer(error: BaseException) -> None:
    """Finalize, now, what a writer that failed mid-file left open, its complaints going to the log.

    A writer stopped by a full disk leaves objects (python-docx's and openpyxl's ZipFile, openpyxl's
    worksheet generators) in the frames of the traceback; when those are freed later, each tries to finish
    its file on a closed stream and Python prints "Exception ignored in ZipFile.__del__" with a traceback on
    stderr. Freed here instead, while the part file is still open, under a hook that logs what they raise.
    """
    previous = sys.unraisablehook

    def to_log(unraisable: sys.UnraisableHookArgs) -> None:
        log.debug("while dropping a failed export: %s: %r", unraisable.err_msg, unraisable.exc_value)

    sys.unraisablehook = to_log
    try:
        seen: set[int] = set()
        current: BaseException | None = error
        while current is not None and id(current) not in seen:
            seen.add(id(current))
            if current.__traceback__ is not None:
                traceback.clear_frames(current.__traceback__)
                current.__traceback__ = None
            current = current.__cause__ or current.__context__
        gc.collect()
    finally:
        sys.unraisablehook = previous


# What an export works out from each text alone, by text: paragraph starts and whether it is hard-wrapped.
_facts: OrderedDict[str, tuple[list[int], bool]] = OrderedDict()
_FACTS_LIMIT = 32_000_000  # characters of the texts held as keys, the oldest dropped first


def _text_facts(text: str) -> tuple[list[int], bool]:
    """``paragraph_starts(text)`` and ``hard_wrapped(text)``, worked out once per text and process (~5 ms
    for 40 sources at every export otherwise; issue 23). Keyed by the text itself, so a changed text is
    a new key; ``excerpts_repo`` hands out the same string for the same verified bytes, so a lookup
    hashes nothing new and compares by identity."""
    found = _facts.get(text)
    if found is not None:
        _facts.move_to_end(text)
        return found
    found = (paragraph_starts(text), hard_wrapped(text))
    if len(text) <= _FACTS_LIMIT // 4:
        _facts[text] = found
        held = sum(map(len, _facts))
        while held > _FACTS_LIMIT:
            held -= len(_facts.popitem(last=False)[0])
    return found


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """The cyclic garbage collector paused while an export makes its thousands of domain objects: each
    collection it triggers would walk every object made so far, and the rest of the heap (~10 % of reading
    5,000 excerpts; issue 23). They hold no cycles, so reference counting frees them as before.

    On the way out the objects made meanwhile are moved to the oldest generation (``freeze`` then
    ``unfreeze``: two list splices, nothing is walked): left young, the first allocation after ``enable``
    set off a collection walking all of them (~7 ms of a 5,000-excerpt read) while the export still holds
    them. Any cyclic garbage among them is still collected, by the next full collection."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
