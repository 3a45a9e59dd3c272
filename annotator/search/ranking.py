"""Ranking every matching document at once, with array arithmetic instead of Whoosh's collector.

Whoosh scores a query one document at a time through a chain of Python calls (matcher → scorer → field
length column → file read), about 3 µs a document. A common word is in a third of all paragraphs, so on a
100 MB project one word meant ~75,000 documents and ~250 ms, and Whoosh's block-quality skipping barely
helps: paragraphs are alike in length, so a block's best possible score is rarely below the top 20.

Here each term's posting list is read a block at a time into arrays, BM25F is computed for the whole
list in one numpy expression (the same formula, parameters and global statistics as Whoosh's scorer, so
the scores are Whoosh's), and AND / OR / NOT / constant-score filters combine the arrays the way Whoosh's
matchers combine scores (sums; 1.0 for a filter or a negation); wildcards and fuzzy terms are the OR of the
words they expand to, as in Whoosh. A phrase is the AND (or, across a line break, the OR) of its word
pairs' terms (search/phrases.py), whose candidates a ``verify`` callback confirms in the text; without the
callback they count as Whoosh counts that AND / OR. Any other query node is handed to Whoosh's own matcher
and read out document by document, so its semantics stay Whoosh's exactly. Ties are broken as Whoosh's
collector does: the lower document number first. (Whoosh's own top-N collector can miss a better hit of
"a AND NOT b" when it swaps matchers mid-search; the tests compare with its complete, unlimited ranking.)

This reads private parts of whoosh-reloaded's codec (a leaf matcher's block arrays, the per-document field
length column, a reader's segment and folder); the version is pinned below 2.8 for that reason, and tests
compare these rankings with Whoosh's own on real indexes.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3LeafMatcher, _lenfield
from whoosh.matching import NullMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from annotator.search.phrases import BridgeCandidates, PhraseCandidates, Verify

_NULL_QUERY = type(wq.NullQuery)
_EXPANDING = (wq.Wildcard, wq.Prefix, wq.FuzzyTerm)
_IDS = np.int64
_EMPTY_IDS = np.zeros(0, dtype=_IDS)
_EMPTY_SCORES = np.zeros(0, dtype=np.float64)
# Whoosh keeps a field's length per document in one byte (a lossy code); this decodes every code at once.
_LENGTH_OF_BYTE = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)


@dataclass(frozen=True, slots=True)
class Scored:
    """Matching documents of one segment (ascending, segment-relative numbers) and their scores."""

    ids: np.ndarray
    scores: np.ndarray

    @staticmethod
    def empty() -> Scored:
        return Scored(_EMPTY_IDS, _EMPTY_SCORES)


class Ranking:
    """Every document matching a query, scored; ``top(n)`` gives the best n as Whoosh's ``top_n`` would."""

    def __init__(self, searcher: Searcher, query: wq.Query, verify: Verify | None = None) -> None:
        """``verify`` confirms phrase candidates (search/phrases.py); without it they count as Whoosh
        counts them, as the And / Or of their word pairs."""
        ids, scores = [], []
        for subsearcher, offset in searcher.leaf_searchers():
            found = _Segment(searcher, subsearcher, offset, verify).evaluate(query)
            ids.append(found.ids + offset)
            scores.append(found.scores)
        self.docnums = np.concatenate(ids) if ids else _EMPTY_IDS
        self.scores = np.concatenate(scores) if scores else _EMPTY_SCORES
        self._order: np.ndarray | None = None

    def __len__(self) -> int:
        return len(self.docnums)

    def top(self, n: int | None) -> list[tuple[float, int]]:
        """(score, docnum) pairs, best first; ties by ascending document number. All when n is None."""
        count = len(self.docnums)
        if n is not None and n <= 0:
            return []
        if n is None or n >= count:
            order = self._full_order()
        else:
            if self._order is not None:
                order = self._order[:n]
            else:
                # Only the best n need sorting: partition on the n-th best score, then sort the few
                # candidates (all documents tied at the boundary included, so ties still go by number).
                threshold = -np.partition(-self.scores, n - 1)[n - 1]
                candidates = np.flatnonzero(self.scores >= threshold)
                order = candidates[self._sorted(candidates)][:n]
        return list(zip(self.scores[order].tolist(), self.docnums[order].tolist(), strict=True))

    def _full_order(self) -> np.ndarray:
        if self._order is None:
            everything = np.arange(len(self.docnums))
            self._order = everything[self._sorted(everything)]
        return self._order

    def _sorted(self, positions: np.ndarray) -> np.ndarray:
        return np.lexsort((self.docnums[positions], -self.scores[positions]))


class _Segment:
    def __init__(
        self, top: Searcher, searcher: Searcher, offset: int = 0, verify: Verify | None = None
    ) -> None:
        self.top = top
        self.searcher = searcher
        self.reader = searcher.reader()
        self.weighting = top.weighting
        self.offset = offset
        self.verify = verify

    def evaluate(self, q: wq.Query) -> Scored:
        if isinstance(q, _NULL_QUERY):
            return Scored.empty()
        if type(q) in (PhraseCandidates, BridgeCandidates) and q.boost == 1.0:
            children = [self.evaluate(child) for child in q.subqueries]
            found = self.conjunction_of(children) if type(q) is PhraseCandidates else _union(children)
            if self.verify is None or not len(found.ids):
                return found
            keep = self.verify(q, found.ids + self.offset)
            return Scored(found.ids[keep], found.scores[keep])
        if type(q) is wq.Term and q.boost == 1.0 and not q.minquality:
            return self.term(q)
        if type(q) is wq.ConstantScoreQuery:
            found = self.evaluate(q.child)
            return Scored(found.ids, np.full(len(found.ids), float(q.score)))
        if type(q) is wq.Or and q.boost == 1.0 and not q.scale:
            return _union([self.evaluate(child) for child in q.subqueries])
        if type(q) is wq.And and q.boost == 1.0:
            return self.conjunction(q.subqueries)
        if type(q) is wq.Not:
            return self.negation(q)
        if type(q) in _EXPANDING and q.boost == 1.0 and q.text:
            # Whoosh ORs the words this segment has for the pattern (its "constant score" flag changes
            # nothing: a missing weighting falls back to the searcher's), so each is scored as a term.
            words = [text for _, text in q.expanded_terms(self.reader) if text]
            return _union([self.term(wq.Term(q.fieldname, text)) for text in words])
        return self.by_whoosh(q)

    def conjunction(self, children: list[wq.Query]) -> Scored:
        return self.conjunction_of([self.evaluate(child) for child in children])

    def conjunction_of(self, parts: list[Scored]) -> Scored:
        if not parts:
            return Scored.empty()
        ids = parts[0].ids
        for part in parts[1:]:
            ids = np.intersect1d(ids, part.ids, assume_unique=True)
        scores = np.zeros(len(ids))
        for part in parts:
            scores += part.scores[np.searchsorted(part.ids, ids)]
        return Scored(ids, scores)

    def negation(self, q: wq.Not) -> Scored:
        """Every live document the child does not match, scoring 1.0 (Whoosh's InverseMatcher)."""
        excluded = self.evaluate(q.query).ids
        everything = np.arange(self.reader.doc_count_all(), dtype=_IDS)
        deleted = self._deleted()
        keep = ~np.isin(everything, excluded, assume_unique=True)
        if len(deleted):
            keep &= ~np.isin(everything, deleted, assume_unique=True)
        ids = everything[keep]
        return Scored(ids, np.ones(len(ids)))

    def term(self, q: wq.Term) -> Scored:
        schema = self.searcher.schema
        if q.fieldname not in schema:
            return Scored.empty()
        field = schema[q.fieldname]
        try:
            text = field.to_bytes(q.text)
        except ValueError:
            return Scored.empty()
        ids, weights = self._postings(q.fieldname, text)
        if not len(ids):
            return Scored.empty()
        if not field.scorable or self.weighting is None:
            return Scored(ids, weights)
        if type(self.weighting) is not BM25F or self.weighting._field_B:
            return self.by_whoosh(q)
        w = self.weighting
        idf = self.top.idf(q.fieldname, q.text)
        avgfl = self.top.avg_field_length(q.fieldname) or 1
        lengths = _LENGTH_OF_BYTE[self._length_codes(q.fieldname)[ids]]
        scores = idf * ((weights * (w.K1 + 1)) / (weights + w.K1 * ((1 - w.B) + w.B * lengths / avgfl)))
        return Scored(ids, scores)

    def by_whoosh(self, q: wq.Query) -> Scored:
        """Any other node, matched and scored by Whoosh itself, one document at a time."""
        matcher = q.matcher(self.searcher, self.top.context())
        ids, scores = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            scores.append(matcher.score())
            matcher.next()
        return Scored(np.array(ids, dtype=_IDS), np.array(scores, dtype=np.float64))

    # --- reading the segment ----------------------------------------------------------------------------

    def _postings(self, fieldname: str, text: bytes) -> tuple[np.ndarray, np.ndarray]:
        """Document numbers and weights of one term, deleted documents left out."""
        segment = _segment_identity(self.reader)
        key = None if segment is None else (*segment, fieldname, text)
        found = None if key is None else _POSTINGS.get(key)
        if found is None:
            try:
                matcher = self.reader.postings(fieldname, text)
            except TermNotFound:  # remembered too: most words are in only some fields and segments
                matcher = NullMatcher()
            if isinstance(matcher, FilterMatcher):  # the segment has deletions: they are applied below
                matcher = matcher.child
            if type(matcher) is W3LeafMatcher and not matcher._byteids:
                found = _read_blocks(matcher)
            else:
                id_list, weight_list = [], []
                while matcher.is_active():
                    id_list.append(matcher.id())
                    weight_list.append(matcher.weight())
                    matcher.next()
                found = np.array(id_list, dtype=_IDS), np.array(weight_list, dtype=np.float64)
            if key is not None:
                _POSTINGS.put(key, found)
        ids, weights = found[0].astype(_IDS), found[1].astype(np.float64)
        if self.reader.has_deletions():
            live = ~np.isin(ids, self._deleted(), assume_unique=True)
            ids, weights = ids[live], weights[live]
        return ids, weights

    def _deleted(self) -> np.ndarray:
        """The segment's deleted documents, sorted (worked out once per reader: a wildcard reads hundreds
        of words, and a large deletion leaves tens of thousands of them until the segment is merged)."""
        reader = self.reader
        if not reader.has_deletions():
            return _EMPTY_IDS
        found = reader.__dict__.get("_annotator_deleted")
        if found is None:
            deleted = getattr(reader, "deleted_docs_set", None)
            if deleted is None:
                deleted = [d for d in range(reader.doc_count_all()) if reader.is_deleted(d)]
            found = reader.__dict__["_annotator_deleted"] = np.fromiter(sorted(deleted), dtype=_IDS)
        return found

    def _length_codes(self, fieldname: str) -> np.ndarray:
        """The field's length code for every document of the segment (0 where it has none)."""
        cache = self.reader.__dict__.setdefault("_annotator_length_codes", {})
        codes = cache.get(fieldname)
        if codes is None:
            count = self.reader.doc_count_all()
            codes = np.zeros(count, dtype=np.uint8)
            column = self.reader._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            if column is not None:
                stored = min(column._count, count)
                raw = column._dbfile.get(column._basepos, stored)
                codes[:stored] = np.frombuffer(raw, dtype=np.uint8)
            cache[fieldname] = codes
        return codes


def _segment_identity(reader: object) -> tuple[object, ...] | None:
    """What names a segment's postings for the cache: its folder, id, and its postings file's size and
    modification time (a segment id is random, but a seeded ``random`` — as under Hypothesis — could
    repeat one in the same folder). None for an empty index, or when the file cannot be looked at."""
    cached = reader.__dict__.get("_annotator_identity", False)
    if cached is not False:
        return cached
    identity = None
    segment = getattr(reader, "_segment", None)
    storage = getattr(reader, "_storage", None)
    if segment is not None and hasattr(storage, "folder"):
        try:
            stat = os.stat(os.path.join(storage.folder, segment.make_filename(W3Codec.POSTS_EXT)))
            identity = (storage.folder, segment.segment_id(), stat.st_size, stat.st_mtime_ns)
        except OSError:
            identity = None
    reader.__dict__["_annotator_identity"] = identity
    return identity


_ENTRY_OVERHEAD = 200  # bytes: the key and two array headers; empty lists (absent words) are cached too


class _PostingCache:
    """Recently read posting lists, up to a number of bytes, least recently used dropped first.

    Reading a common word's postings is most of a search's time (each block is unpickled and
    decompressed with its positions, which ranking does not need), and a historian asks for the same
    words again and again while refining a query. A segment never changes once written — deletions are
    kept apart and applied after reading — so an entry, keyed by index folder and segment id, cannot go
    stale; an incremental update only adds segments, whose lists are read on first use.
    """

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = 0
        self._entries: OrderedDict[tuple[object, ...], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> tuple[np.ndarray, np.ndarray] | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: tuple[object, ...], value: tuple[np.ndarray, np.ndarray]) -> None:
        size = _ENTRY_OVERHEAD + value[0].nbytes + value[1].nbytes
        if size > self._max_bytes:
            return
        with self._lock:
            if key in self._entries:
                return
            self._entries[key] = value
            self._bytes += size
            while self._bytes > self._max_bytes:
                _, (ids, weights) = self._entries.popitem(last=False)
                self._bytes -= _ENTRY_OVERHEAD + ids.nbytes + weights.nbytes

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


_POSTINGS = _PostingCache(max_bytes=64 * 1024 * 1024)


def forget_cached_postings() -> None:
    """Empty the posting cache (benchmarks use it to time a word's first search)."""
    _POSTINGS.clear()


def _read_blocks(matcher: W3LeafMatcher) -> tuple[np.ndarray, np.ndarray]:
    """A fresh leaf matcher's postings, a block at a time (ids are delta-coded within a block).

    Kept as 32-bit numbers, as the file holds them (half the memory in the cache); widened for scoring.
    """
    id_blocks, weight_blocks = [], []
    while matcher.is_active():
        if matcher._data is None:
            matcher._read_data()
        id_blocks.append(np.cumsum(np.asarray(matcher._data[0], dtype=np.int32)))
        matcher._read_weights()
        weight_blocks.append(np.asarray(matcher._weights, dtype=np.float32))  # as stored: lossless
        matcher._next_block()
    if not id_blocks:
        return _EMPTY_IDS, _EMPTY_SCORES
    return np.concatenate(id_blocks), np.concatenate(weight_blocks)


def _union(parts: list[Scored]) -> Scored:
    parts = [p for p in parts if len(p.ids)]
    if not parts:
        return Scored.empty()
    if len(parts) == 1:
        return parts[0]
    all_ids = np.concatenate([p.ids for p in parts])
    ids, where = np.unique(all_ids, return_inverse=True)
    scores = np.zeros(len(ids))
    np.add.at(scores, where, np.concatenate([p.scores for p in parts]))
    return Scored(ids, scores)
