"""The Overview: aggregates for the charts (profile, code matrix, co-occurrence, code line) and the passages
behind any bar or cell.

Counts come from SQL GROUP BYs (``storage.overview_repo``); Python only names the rows. Every read takes the
export dialog's filter (``ExcerptFilter``) so a chart and an export of "the same" selection agree. A search
query is answered by the search index, not SQL: the export service lists the annotations the whole filter
selects (those overlapping a hit), and the aggregates are narrowed to those ids (``_where``).

Word counts of sources (for densities per 10,000 words) are counted once from the stored text, split at
whitespace, and kept in memory for the life of the service: a source's text is written once at import and
never changed (a new version is a new source), so the count cannot go stale. ``SourceRow.length`` is in
code points, which would make a book in a language with long words look sparser than it is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.excerpts import Excerpt, ExcerptFilter
from annotator.domain.figures import DatedStatement
from annotator.domain.overview import (
    ChartSource,
    ChartTag,
    CodeLine,
    Cooccurrence,
    DatedSource,
    LinkMap,
    Matrix,
    Profile,
    Segment,
    SourceTimeline,
    caption,
    in_date_order,
)
from annotator.domain.paragraphs import paragraph_starts
from annotator.domain.taxonomy import Taxonomy
from annotator.services.annotations import resolve_person, resolve_tags
from annotator.storage import coders_repo, excerpts_repo, overview_repo, taxonomy_repo
from annotator.storage.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from annotator.services.figures import FiguresService

EVERYTHING = ExcerptFilter()
# The export service's excerpts for a filter (the project sets it): the passages behind a cell, cited.
ExcerptsFunction = Callable[[ExcerptFilter], list[Excerpt]]
# The ids of the annotations a filter with a search query selects (the export service's ``passage_ids``).
MatchingFunction = Callable[[ExcerptFilter], Sequence[int]]
# At most this many sources have their dated statements detected by one timeline read (10-25 ms each: 50
# made the first reads of 500 unprocessed sources 1.3 s of CPU each); the others' are shown once stored (by
# `annotator dates`, View › Timeline, or the next reads), and the chart says how many are left.
DETECT_AT_MOST = 20


class OverviewService:
    def __init__(
        self,
        uow: UnitOfWork,
        excerpts: ExcerptsFunction | None = None,
        matching: MatchingFunction | None = None,
        figures: FiguresService | None = None,
    ) -> None:
        self._uow = uow
        self._excerpts = excerpts
        self._matching = matching
        self._figures = figures
        self._words: dict[int, int] = {}
        self._words_lock = threading.Lock()

    # --- The charts' data ------------------------------------------------------------------------------

    def profile(self, facet: str, excerpt_filter: ExcerptFilter = EVERYTHING) -> Profile:
        """Each source's annotations per tag of ``facet`` (a slug), with the sources' word counts."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            the_facet = taxonomy.facet(facet)
            where, tag_ids = self._where(session, excerpt_filter, taxonomy)
            counts = overview_repo.tag_counts_per_source(
                session, where, tag_ids=tag_ids, facet_id=the_facet.id
            )
            tags = _facet_tags(taxonomy, the_facet.id, tag_ids)
            sources = self._sources(session, excerpt_filter, {s for s, _ in counts})
            return Profile(the_facet.slug, the_facet.name, tags, sources, counts)

    def matrix(self, excerpt_filter: ExcerptFilter = EVERYTHING, facet: str | None = None) -> Matrix:
        """Tags (of every facet, or of one) × sources: the annotations carrying each tag in each source."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            facet_id = taxonomy.facet(facet).id if facet else None
            where, tag_ids = self._where(session, excerpt_filter, taxonomy)
            per_source = overview_repo.tag_counts_per_source(
                session, where, tag_ids=tag_ids, facet_id=facet_id
            )
            counts = {(t, s): n for (s, t), n in per_source.items()}
            tags = _all_tags(taxonomy, facet_id, tag_ids)
            sources = self._sources(session, excerpt_filter, {s for _, s in counts}, words=False)
            return Matrix(tags, sources, counts)

    def cooccurrence(
        self, excerpt_filter: ExcerptFilter = EVERYTHING, facet: str | None = None
    ) -> Cooccurrence:
        """Tags × tags: co-occurrences on the same or on overlapping passages of one source."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            facet_id = taxonomy.facet(facet).id if facet else None
            where, tag_ids = self._where(session, excerpt_filter, taxonomy)
            pairs = overview_repo.cooccurrences(session, where, tag_ids=tag_ids, facet_id=facet_id)
            totals = overview_repo.tag_totals(session, where, tag_ids=tag_ids, facet_id=facet_id)
            return Cooccurrence(_all_tags(taxonomy, facet_id, tag_ids), pairs, totals)

    def code_line(
        self, source_id: int, excerpt_filter: ExcerptFilter = EVERYTHING, facet: str | None = None
    ) -> CodeLine:
        """One source's tagged passages from start to end, with its pages (or paragraphs) marked."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            facet_id = taxonomy.facet(facet).id if facet else None
            where, tag_ids = self._where(session, excerpt_filter, taxonomy)
            found = self._sources(session, EVERYTHING, {source_id})
            if not found:
                raise NotFound(f"no source with id {source_id} (see `annotator sources`)")
            rows = overview_repo.segments(session, where, source_id, facet_id=facet_id)
            if tag_ids is not None:
                rows = [r for r in rows if r[2] in set(tag_ids)]
            used = {r[2] for r in rows}
            tags = tuple(t for t in _all_tags(taxonomy, facet_id, None) if t.id in used)
            pages = excerpts_repo.page_map(session, source_id)
            if pages:
                marks = tuple((int(p[0]), str(p[1])) for p in pages)
            else:
                text = overview_repo.texts(session, [source_id]).get(source_id, "")
                marks = tuple((start, str(n)) for n, start in enumerate(paragraph_starts(text), 1))
            return CodeLine(found[0], tags, tuple(Segment(*r) for r in rows), marks, bool(pages))

    def link_map(self, excerpt_filter: ExcerptFilter = EVERYTHING) -> LinkMap:
        """The sources with annotations, and the links between their passages per pair and relation."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            where, _ = self._where(session, excerpt_filter, taxonomy)
            annotations = overview_repo.annotations_per_source(session, where)
            edges: dict[tuple[int, int, str], int] = {}
            for (a, b, relation), n in overview_repo.links_between_sources(session, where).items():
                key = (min(a, b), max(a, b), relation)
                edges[key] = edges.get(key, 0) + n
            sources = self._sources(session, excerpt_filter, set(annotations), words=False)
            return LinkMap(sources, annotations, edges)

    def timeline(
        self, excerpt_filter: ExcerptFilter = EVERYTHING, *, events: bool = True, detect: int | None = None
    ) -> SourceTimeline:
        """The sources by their dates with their annotations: every source without a filter, else the
        sources of the annotations it selects; with ``events``, the dated events each source tells, those
        of at most ``detect`` sources not yet detected detected now (default ``DETECT_AT_MOST``; the
        window passes 0 and detects them in a worker thread)."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            where, _ = self._where(session, excerpt_filter, taxonomy)
            annotations = overview_repo.annotations_per_source(session, where)
            every = excerpt_filter == EVERYTHING
            ids = None if every else sorted(set(excerpt_filter.source_ids) | set(annotations))
            dates = {r[0]: r[1:] for r in overview_repo.source_dates(session, ids)}
            rows = overview_repo.source_rows(session, ids) if ids != [] else []
            placed = [
                DatedSource(ChartSource(sid, title, kind, date_text, 0, length), *dates[sid],
                            annotations.get(sid, 0))
                for sid, title, kind, date_text, length in rows
            ]  # fmt: skip
            placed.sort(key=lambda d: (d.start is None, d.start or "", d.source.title.lower()))
        if not events or self._figures is None or not placed:
            return SourceTimeline(tuple(placed))
        at_most = DETECT_AT_MOST if detect is None else detect
        told, undetected = self._dated_events([d.source.id for d in placed], at_most)
        return SourceTimeline(tuple(placed), told, undetected)

    def _dated_events(
        self, source_ids: list[int], at_most: int
    ) -> tuple[dict[int, tuple[DatedStatement, ...]], int]:
        """The dated statements of these sources as stored; those of up to ``at_most`` sources not yet
        detected are detected (and stored) now, and the rest counted."""
        assert self._figures is not None
        _, stored, stale = self._figures.stored(source_ids)
        records = list(stored)
        for source_id in stale[:at_most]:
            records += self._figures.dates(source_id)
        told: dict[int, list[DatedStatement]] = {}
        for record in records:
            told.setdefault(record.source_id, []).append(record.statement)
        ordered = {s: in_date_order(st) for s, st in told.items()}
        return ordered, max(0, len(stale) - at_most)

    def linked_passages(
        self, first: int, second: int, relation: str, excerpt_filter: ExcerptFilter = EVERYTHING
    ) -> list[Excerpt]:
        """The passages at the ends of the links of ``relation`` between two sources, in source and text
        order."""
        if self._excerpts is None:
            raise InvalidInput("passages cannot be listed without the export service")
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            where, _ = self._where(session, excerpt_filter, taxonomy)
            ids = set(overview_repo.linked_annotations(session, where, first, second, relation))
        if not ids:
            return []
        wider = replace(excerpt_filter, query="", source_ids=tuple(dict.fromkeys((first, second))))
        return [e for e in self._excerpts(wider) if e.id in ids]

    # --- The passages behind a mark --------------------------------------------------------------------

    def annotation_ids(
        self,
        excerpt_filter: ExcerptFilter = EVERYTHING,
        *,
        source_id: int | None = None,
        tag_id: int | None = None,
        other_tag_id: int | None = None,
    ) -> list[int]:
        """The annotations behind a bar or a matrix cell (source and tag), a row (tag only), or a
        co-occurrence cell (``tag_id`` and ``other_tag_id``)."""
        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            where, _ = self._where(session, excerpt_filter, taxonomy)
            if other_tag_id is not None and tag_id is not None and other_tag_id != tag_id:
                return overview_repo.cooccurring_annotations(session, where, tag_id, other_tag_id)
            return overview_repo.annotations_of(session, where, source_id, tag_id)

    def passages(
        self,
        excerpt_filter: ExcerptFilter = EVERYTHING,
        *,
        source_id: int | None = None,
        tag_id: int | None = None,
        other_tag_id: int | None = None,
    ) -> list[Excerpt]:
        """The excerpts (with their citations) behind a mark, in source and text order."""
        if self._excerpts is None:
            raise InvalidInput("passages cannot be listed without the export service")
        ids = set(
            self.annotation_ids(excerpt_filter, source_id=source_id, tag_id=tag_id, other_tag_id=other_tag_id)
        )
        if not ids:
            return []
        # A wider filter of the export service's (a tag takes its children along), narrowed to the ids.
        wider = replace(excerpt_filter, query="")
        if source_id is not None:
            wider = replace(wider, source_ids=(source_id,))
        if tag_id is not None:
            tags = (tag_id,) if other_tag_id is None else (tag_id, other_tag_id)
            wider = replace(wider, tags=tags, tag_match="any")
        return [e for e in self._excerpts(wider) if e.id in ids]

    def inline_charts(
        self, excerpt_filter: ExcerptFilter = EVERYTHING, *, project_name: str = ""
    ) -> list[tuple[str, str]]:
        """The tags-per-source profile (of the filter's facet, else the first) and the tags × sources
        matrix of a selection, as (title, ``<svg>`` markup) for an HTML export; each captioned with the
        project, the filter and the day, as a chart file is."""
        from annotator.io.charts import inline_svg  # Matplotlib only when charts are drawn

        with self._uow.read() as session:
            taxonomy = taxonomy_repo.load(session)
            facets = sorted(taxonomy.facets, key=lambda f: (f.position, f.slug))
        if not facets:
            return []
        facet = taxonomy.facet(excerpt_filter.facet) if excerpt_filter.facet else facets[0]
        text = caption(project_name, excerpt_filter, date.today())
        profile = self.profile(facet.slug, excerpt_filter)
        matrix = self.matrix(excerpt_filter, facet=excerpt_filter.facet)
        return [
            (f"{facet.name}: tags per source", inline_svg(profile, text, "chart-profile-")),
            ("Tags × sources: annotations per tag and source", inline_svg(matrix, text, "chart-matrix-")),
        ]

    def word_count(self, source_id: int) -> int:
        with self._uow.read() as session:
            return self._word_counts(session, [source_id]).get(source_id, 0)

    # --- Helpers -----------------------------------------------------------------------------------------

    def _where(
        self, session: Session, f: ExcerptFilter, taxonomy: Taxonomy
    ) -> tuple[list[Any], list[int] | None]:
        """The filter's WHERE conditions, and the tags it names with their descendants (None: every tag).

        The named tags select the annotations (as in an export) and also the rows of the charts."""
        if f.query and self._matching is None:
            raise InvalidInput("the overview cannot filter by a search query here: search is not available")
        if f.source_ids:
            missing = set(f.source_ids) - set(excerpts_repo.sources(session, f.source_ids))
            if missing:
                raise NotFound(f"no source with id {min(missing)} (see `annotator sources`)")
        groups = [_descendants(taxonomy, t) for t in resolve_tags(taxonomy, f.tags)]
        criteria: dict[str, Any] = {
            "source_ids": f.source_ids,
            "tag_groups": groups,
            "match_all": f.tag_match == "all",
            "facet_id": taxonomy.facet(f.facet).id if f.facet else None,
            "relation": f.relation,
            "linked": f.linked,
            "kind": f.kind,
            "date_first": f.date_bounds()[0],
            "date_last": f.date_bounds()[1],
            "person_ids": [resolve_person(session, f.speaker).id] if f.speaker else [],
            "coder_ids": [c.id for c in coders_repo.resolve_many(session, f.coders)],
        }
        tag_ids = sorted({t for g in groups for t in g}) if groups else None
        where = excerpts_repo.conditions(**criteria)
        if f.query:
            assert self._matching is not None
            # The index's answer, as ids (the rest of the filter already applied to them, harmlessly again).
            where.append(overview_repo.among(self._matching(f)))
        return where, tag_ids

    def _sources(
        self, session: Session, f: ExcerptFilter, with_annotations: set[int], *, words: bool = True
    ) -> tuple[ChartSource, ...]:
        """The sources a chart shows: those the filter names, else those with a counted annotation."""
        ids = list(f.source_ids) if f.source_ids else sorted(with_annotations)
        if not ids:
            return ()
        rows = overview_repo.source_rows(session, ids)
        counts = self._word_counts(session, [r[0] for r in rows]) if words else {}
        return tuple(
            ChartSource(sid, title, kind, date_text, counts.get(sid, 0), length)
            for sid, title, kind, date_text, length in rows
        )

    def _word_counts(self, session: Session, source_ids: Sequence[int]) -> dict[int, int]:
        with self._words_lock:
            missing = [s for s in source_ids if s not in self._words]
        if missing:
            counted = {s: len(t.split()) for s, t in overview_repo.texts(session, missing).items()}
            with self._words_lock:
                self._words.update(counted)
        with self._words_lock:
            return {s: self._words[s] for s in source_ids if s in self._words}


def _descendants(taxonomy: Taxonomy, tag_id: int) -> list[int]:
    tag = taxonomy.tag_by_id(tag_id)
    return [tag_id, *(t.id for _, t in taxonomy.walk(tag.facet_id) if tag in taxonomy.ancestors(t))]


def _chart_tag(taxonomy: Taxonomy, tag: Any) -> ChartTag:
    return ChartTag(tag.id, taxonomy.path(tag), taxonomy.shown_name(tag), tag.color)


def _facet_tags(taxonomy: Taxonomy, facet_id: int, tag_ids: Sequence[int] | None) -> tuple[ChartTag, ...]:
    keep = set(tag_ids) if tag_ids is not None else None
    return tuple(_chart_tag(taxonomy, t) for _, t in taxonomy.walk(facet_id) if keep is None or t.id in keep)


def _all_tags(
    taxonomy: Taxonomy, facet_id: int | None, tag_ids: Sequence[int] | None
) -> tuple[ChartTag, ...]:
    facets = sorted(taxonomy.facets, key=lambda f: (f.position, f.slug))
    return tuple(
        t
        for facet in facets
        if facet_id is None or facet.id == facet_id
        for t in _facet_tags(taxonomy, facet.id, tag_ids)
    )
