"""Search results as the UI and the command line get them: hits with exact ranges, read back from the project.

The index stores no text; each hit's words (for the snippet) are read from the project, so a snippet is
always an exact excerpt of what the project holds.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from annotator.domain.model import Annotation, SourceSummary
from annotator.domain.taxonomy import Taxonomy
from annotator.search.documents import layout_of, metadata_text
from annotator.search.schema import Kind
from annotator.search.snippets import Snippet, make_snippet
from annotator.services.annotations import resolve_person
from annotator.storage import annotations_repo, people_repo, sources_repo, taxonomy_repo

if TYPE_CHECKING:  # types only: the window imports this module, and these import Whoosh and numpy (issue 23)
    from sqlalchemy.orm import Session
    from whoosh.searching import Searcher

    from annotator.search.searching import RawHit

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One matching paragraph, note or metadata field.

    ``matches`` are code-point ranges ``(start, end)``: into the source's stored text for ``Kind.TEXT``
    (absolute offsets; a phrase is one range from its first word's start to its last word's end), into
    the note's text for ``Kind.NOTE``, into the value of metadata ``field`` for ``Kind.METADATA`` (authors
    joined with "; "). ``start``/``end`` are the first match, or the whole paragraph, note or value when
    the query had only filters and nothing matched word for word. ``snippet`` is an exact excerpt in the
    same coordinates, so ``match - snippet.start`` highlights inside it.
    """

    kind: Kind
    source_id: int
    source_title: str
    score: float
    matches: tuple[Span, ...]
    start: int
    end: int
    snippet: Snippet
    paragraph: int | None = None  # for a note: the paragraph where the annotated passage starts
    annotation_id: int | None = None
    field: str | None = None


@dataclass(frozen=True, slots=True)
class SourceHits:
    source_id: int
    title: str
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]
    more: bool  # more hits exist than the limit let through

    def by_source(self) -> list[SourceHits]:
        """Hits grouped by source, sources in the order of their best hit, hits in rank order."""
        groups: dict[int, list[SearchHit]] = {}
        for hit in self.hits:
            groups.setdefault(hit.source_id, []).append(hit)
        return [SourceHits(sid, hits[0].source_title, tuple(hits)) for sid, hits in groups.items()]


class ProjectCatalog:
    """What query filters read from the project (see ``search.compile.Catalog``), each at most once."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._sources: list[SourceSummary] | None = None
        self._taxonomy: Taxonomy | None = None

    def sources(self) -> list[SourceSummary]:
        if self._sources is None:
            self._sources = sources_repo.list_summaries(self._session)
        return self._sources

    def taxonomy(self) -> Taxonomy:
        if self._taxonomy is None:
            self._taxonomy = taxonomy_repo.load(self._session)
        return self._taxonomy

    def tagged_annotations(self, tag_ids: Sequence[int]) -> list[Annotation]:
        rows = annotations_repo.list_rows(self._session, tag_ids=list(tag_ids))
        return annotations_repo.to_domain(self._session, rows, self.taxonomy())

    def spoken_annotations(self, name: str) -> list[Annotation]:
        person = resolve_person(self._session, name)
        ids = people_repo.annotations_of(self._session, [person.id])
        return annotations_repo.list_annotations(self._session, self.taxonomy(), ids=ids)


class HitBuilder:
    """Raw index hits made into SearchHits."""

    def __init__(self, session: Session, searcher: Searcher, catalog: ProjectCatalog) -> None:
        self.session = session
        self.searcher = searcher
        self.titles = {s.id: s.title for s in catalog.sources()}
        self.uuids = {s.id: s.uuid for s in catalog.sources()}
        self.taxonomy = catalog.taxonomy()

    def make(self, raw: Sequence[RawHit]) -> list[SearchHit]:
        hits: list[SearchHit] = []
        for r in raw:
            if r.kind is Kind.TEXT:
                hits.append(self._text_hit(r))
            elif r.kind is Kind.NOTE:
                hits.append(self._note_hit(r))
            else:
                hits += self._metadata_hits(r)
        return hits

    def _hit(self, r: RawHit, text: str, offset: int, matches: Sequence[Span], **extra: Any) -> SearchHit:
        start, end = matches[0] if matches else (offset, offset + len(text))
        return SearchHit(
            kind=r.kind,
            source_id=r.source_id,
            source_title=self.titles.get(r.source_id, ""),
            score=r.score,
            matches=tuple(matches),
            start=start,
            end=end,
            snippet=make_snippet(text, offset, matches),
            **extra,
        )

    def _text_hit(self, r: RawHit) -> SearchHit:
        # A phrase across a line break ends in the next paragraph: read that far.
        end = max([r.end, *(e for _, e in r.spans)])
        text = sources_repo.text_slice(self.session, r.source_id, self.uuids[r.source_id], r.start, end)
        return self._hit(r, text, r.start, r.spans, paragraph=r.paragraph)

    def _note_hit(self, r: RawHit) -> SearchHit:
        assert r.annotation_id is not None
        annotation = annotations_repo.get(self.session, r.annotation_id, self.taxonomy)
        layout = layout_of(self.searcher, r.source_id)
        paragraph = bisect_right(layout[0], annotation.start) if layout else 0
        return self._hit(
            r, annotation.note, 0, r.spans, paragraph=paragraph or None, annotation_id=annotation.id
        )

    def _metadata_hits(self, r: RawHit) -> list[SearchHit]:
        """One hit per metadata field with matches (offsets are into that field's value)."""
        source = sources_repo.get(self.session, r.source_id)
        text, ranges = metadata_text(source.metadata)
        hits = []
        for field in ranges:
            inside = [(s - field.start, e - field.start) for s, e in r.spans if field.start <= s < field.end]
            if inside or (not r.spans and field is ranges[0]):
                hits.append(self._hit(r, text[field.start : field.end], 0, inside, field=field.name))
        return hits
