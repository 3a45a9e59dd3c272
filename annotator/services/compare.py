"""Comparing two sources: similar passages for a selection, and an overview of likely parallels."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from annotator.domain.anchors import validate_range
from annotator.search.similar import CONFIDENT, OverviewPair, PassageIndex, SimilarPassage, overview
from annotator.services.structure import StructureService
from annotator.storage import sources_repo
from annotator.storage.unit_of_work import UnitOfWork

CACHED_INDEXES = 6


@dataclass(frozen=True, slots=True)
class SimilarResult:
    source_id: int
    passage: SimilarPassage


class CompareService:
    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self._structure = StructureService(uow)
        # A source's text never changes, so its passage index is kept, keyed by the source's uuid.
        self._indexes: OrderedDict[str, PassageIndex] = OrderedDict()

    def _index(self, source_id: int) -> tuple[PassageIndex, str]:
        with self._uow.read() as session:
            source = sources_repo.get(session, source_id)
            cached = self._indexes.get(source.uuid)
            if cached is None:
                text = sources_repo.text_of(session, source_id)
        if cached is None:
            # Headings and notes are set aside as the structure pass found them, not guessed again here.
            cached = PassageIndex(text, source.metadata.language, self._structure.marks(source_id))
            self._indexes[source.uuid] = cached
            while len(self._indexes) > CACHED_INDEXES:
                self._indexes.popitem(last=False)
        self._indexes.move_to_end(source.uuid)
        return cached, source.uuid

    def similar(
        self, source_a: int, start: int, end: int, source_b: int, top: int = 5
    ) -> list[SimilarResult]:
        """The ``top`` passages of ``source_b`` most like ``source_a``'s text[start:end]."""
        left, _ = self._index(source_a)
        validate_range(len(left.text), start, end)
        right, _ = self._index(source_b)
        exclude = (start, end) if source_a == source_b else None
        return [SimilarResult(source_b, p) for p in right.rank(left.text[start:end], top, exclude)]

    def overview(
        self,
        source_a: int,
        source_b: int,
        threshold: float = CONFIDENT,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[OverviewPair] | None:
        """Parallels of ``source_a``'s passages in ``source_b`` of at least ``threshold`` strength, strongest
        first; None if cancelled."""
        left, _ = self._index(source_a)
        right, _ = self._index(source_b)
        return overview(left, right, threshold, progress, cancelled)
