"""Comparing two sources: similar passages for a selection, and an overview of likely parallels."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from annotator.domain.anchors import validate_range
from annotator.search.similar import OverviewPair, PassageIndex, SimilarPassage, overview
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
        # A source's text never changes, so its passage index is kept, keyed by the source's uuid.
        self._indexes: OrderedDict[str, PassageIndex] = OrderedDict()

    def _index(self, source_id: int) -> tuple[PassageIndex, str]:
        with self._uow.read() as session:
            source = sources_repo.get(session, source_id)
            cached = self._indexes.get(source.uuid)
            if cached is None:
                text = sources_repo.text_of(session, source_id)
        if cached is None:
            cached = PassageIndex(text, source.metadata.language)
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
        threshold: float = 0.25,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[OverviewPair] | None:
        """Best match in ``source_b`` for each passage of ``source_a``; None if cancelled."""
        left, _ = self._index(source_a)
        right, _ = self._index(source_b)
        return overview(left, right, threshold, progress, cancelled)
