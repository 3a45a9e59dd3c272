"""Exact match ranges, read from the index's postings (positions and character offsets).

Each word leaf of a query says what a match is: a term (or the terms a wildcard or fuzzy term expands to)
matches each of its occurrences; a phrase matches where its words sit at consecutive positions, and the
match runs from its first word's start to its last word's end, whatever lies between (spaces, a line
break, a hyphen). Offsets come from the postings, so they are exactly what the analyzer saw: code points
into the string that was indexed for that field.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from whoosh import query as wq
from whoosh.reading import IndexReader, TermNotFound

Span = tuple[int, int]
# docnum -> field -> spans, offsets relative to that field's indexed string
DocSpans = dict[int, dict[str, list[Span]]]
# position -> (startchar, endchar) of one term in one document
_Positions = dict[int, tuple[int, int]]


class _Postings:
    """Per-document positions of terms, each term's postings read once in document order."""

    def __init__(self, reader: IndexReader, docnums: Sequence[int]) -> None:
        self.reader = reader
        self.docnums = sorted(set(docnums))
        self._cache: dict[tuple[str, str], dict[int, _Positions]] = {}

    def of(self, fieldname: str, text: str) -> dict[int, _Positions]:
        key = (fieldname, text)
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._read(fieldname, text)
        return found

    def _read(self, fieldname: str, text: str) -> dict[int, _Positions]:
        try:
            matcher = self.reader.postings(fieldname, text)
        except TermNotFound:
            return {}
        found: dict[int, _Positions] = {}
        for docnum in self.docnums:
            if not matcher.is_active():
                break
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
                if not matcher.is_active():
                    break
            if matcher.id() == docnum:
                found[docnum] = {pos: (start, end) for pos, start, end in matcher.value_as("characters")}
        return found


def _expanded(leaf: wq.Query, reader: IndexReader) -> list[str]:
    """The indexed terms a Term, Wildcard, Prefix or FuzzyTerm stands for."""
    if isinstance(leaf, wq.Term):
        return [leaf.text]
    field = reader.schema[leaf.field()]
    return [t if isinstance(t, str) else field.from_bytes(t) for _, t in leaf.expanded_terms(reader)]


def match_spans(reader: IndexReader, docnums: Sequence[int], leaves: Iterable[wq.Query]) -> DocSpans:
    """For each of ``docnums``, the spans of every leaf that matches in it, by field."""
    postings = _Postings(reader, docnums)
    found: DocSpans = defaultdict(lambda: defaultdict(list))
    for leaf in leaves:
        fieldname = leaf.field()
        if isinstance(leaf, wq.Phrase):
            _phrase_spans(postings, fieldname, leaf.words, found)
            continue
        for text in _expanded(leaf, reader):
            for docnum, positions in postings.of(fieldname, text).items():
                found[docnum][fieldname] += positions.values()
    return found


def _phrase_spans(postings: _Postings, fieldname: str, words: Sequence[str], found: DocSpans) -> None:
    per_word = [postings.of(fieldname, w) for w in words]
    candidates = set(per_word[0]).intersection(*per_word[1:])
    last = len(words) - 1
    for docnum in candidates:
        columns = [p[docnum] for p in per_word]
        for pos, (start, _) in columns[0].items():
            if all(pos + i in columns[i] for i in range(1, len(columns))):
                found[docnum][fieldname].append((start, columns[last][pos + last][1]))


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted, with overlapping spans joined (a word inside a matched phrase is part of that match)."""
    merged: list[Span] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
