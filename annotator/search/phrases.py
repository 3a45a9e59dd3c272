"""Phrase queries over word pairs, which select candidates that the text then confirms.

The index keeps no positions (see schema), so a phrase is looked up by its word pairs: a two-word phrase
is exactly its pair's term in the paragraph, but a longer one is only *probably* in a paragraph that has
all its pairs (they might be apart), and a phrase across a line break is only probably there when the
pair straddling the break is one of its pairs. These two query classes say so: to Whoosh they are the
plain And and Or of their pair terms (so its ranking of them is the reference), and our ranking
(search/ranking.py) keeps only the candidates whose text holds the phrase, asking a ``Verify`` callback
that reads it (search/searching.py). Scores are those of the And / Or, as Whoosh gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from whoosh import query as wq

if TYPE_CHECKING:  # numpy is imported at the first search (search/ranking.py)
    import numpy as np


class PhraseCandidates(wq.And):
    """Paragraphs (notes, metadata) holding every word pair of ``words`` in a pairs field."""

    def __init__(self, subqueries: Sequence[wq.Query], boost: float = 1.0, words: Sequence[str] = ()) -> None:
        super().__init__(list(subqueries), boost=boost)
        self.words = tuple(words)


class BridgeCandidates(wq.Or):
    """Paragraphs whose line break after them is straddled by one of the word pairs of ``words``."""

    def __init__(self, subqueries: Sequence[wq.Query], boost: float = 1.0, words: Sequence[str] = ()) -> None:
        super().__init__(list(subqueries), boost=boost)
        self.words = tuple(words)


Candidates = PhraseCandidates | BridgeCandidates
# (the query, candidate document numbers of the whole index, ascending) -> which of them hold the phrase
Verify = Callable[[Candidates, "np.ndarray"], "np.ndarray"]
