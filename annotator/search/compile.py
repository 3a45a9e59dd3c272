"""Turning a parsed query into a Whoosh query, resolving its filters against the project.

Words and phrases are analyzed once per language field and OR-ed across the fields, so that a word is
stemmed by the rules of whichever language a paragraph is in. Filters become sets of index keys:

- ``source:``, ``author:``, ``kind:`` and ``year:`` are properties of sources: they are matched against the
  project's source list (the catalog) and become a set of source ids. Paragraphs do not repeat their
  source's metadata, so editing a title re-indexes one document, not a book's thousands of paragraphs.
- ``tag:`` and ``facet:`` mean "passages annotated with that tag". They are resolved at query time from the
  project's annotations (the catalog), not stored in the index: tagging is the most frequent edit, and
  this way it costs the index nothing (only a note is indexed), renaming, moving or merging tags needs no
  re-indexing, and the filter is always exactly what the database says. The tagged ranges select the
  paragraphs they overlap (through the paragraph layout kept with each source's metadata document) and
  the notes of those annotations. When a tag filter is one of the query's top-level AND terms, text
  matches must also lie inside a tagged range, so "kulak tag:bias/polemical" finds "kulak" in the
  polemical passage, not elsewhere in the paragraph.
- ``speaker:`` means "passages in annotations that person speaks in", resolved the same way at query time
  from the annotations' speakers (a name in any case, or a unique beginning of it or of one of its words),
  and restricting text matches the same way.
"""

from __future__ import annotations

import fnmatch
import itertools
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from whoosh import query as wq
from whoosh.searching import Searcher

from annotator.domain.errors import AnnotatorError, NotFound
from annotator.domain.model import Annotation, SourceSummary, Tag
from annotator.domain.taxonomy import Taxonomy
from annotator.search.analysis import LANGUAGES, NEUTRAL, fold, pair, words
from annotator.search.documents import layout_of, paragraph_id
from annotator.search.phrases import BridgeCandidates, PhraseCandidates
from annotator.search.query import DOCUMENT_KINDS, And, Filter, Node, Not, Phrase, Word, bad
from annotator.search.schema import body_field, bridge_field, pairs_field

_WILDCARD_WORD = re.compile(r"[\w*?.]+")

Range = tuple[int, int]
# Filters meaning "passages inside the annotations they select": text matches must lie inside.
ANNOTATION_FILTERS = ("tag", "facet", "speaker")
# A wildcard or fuzzy term may stand for at most this many indexed words per field ("a*" would be all).
MAX_EXPANSION = 2000


class Catalog(Protocol):
    """What filters need from the project (the search service implements it over the database)."""

    def sources(self) -> Sequence[SourceSummary]: ...

    def taxonomy(self) -> Taxonomy: ...

    def tagged_annotations(self, tag_ids: Sequence[int]) -> Sequence[Annotation]: ...

    def spoken_annotations(self, name: str) -> Sequence[Annotation]:
        """The annotations the person ``name`` means speaks in; NotFound/InvalidInput when it means
        nobody or several people."""
        ...


@dataclass(frozen=True, slots=True)
class Compiled:
    query: wq.Query
    # Positive word leaves (Term, Phrase, Wildcard, Prefix, FuzzyTerm, each on one field): what a match is.
    leaves: tuple[wq.Query, ...]
    # Tagged ranges by source id, one mapping per top-level tag filter: text matches must lie inside.
    restrictions: tuple[dict[int, list[Range]], ...] = field(default=())


def _fuzzy_distance(word: str) -> int:
    """Edits allowed for ``word~``: none for very short words, one up to five letters, then two."""
    return 0 if len(word) <= 2 else 1 if len(word) <= 5 else 2


def _any(queries: list[wq.Query]) -> wq.Query | None:
    if not queries:
        return None
    return queries[0] if len(queries) == 1 else wq.Or(queries)


class _Compiler:
    def __init__(self, catalog: Catalog, searcher: Searcher) -> None:
        self.catalog = catalog
        self.searcher = searcher
        self.leaves: list[wq.Query] = []
        self._sources: Sequence[SourceSummary] | None = None
        self._taxonomy: Taxonomy | None = None

    # --- words ------------------------------------------------------------------------------------------

    def words_query(self, text: str, negated: bool) -> wq.Query | None:
        """A word or phrase: one Term or Phrase per language field (phrases also on the bridges)."""
        found: list[wq.Query] = []
        for language in LANGUAGES:
            terms = words(text, language)
            if len(terms) == 1:
                leaf = wq.Term(body_field(language), terms[0])
                found.append(leaf)
                if not negated:
                    self.leaves.append(leaf)
            elif terms:
                # Selected by its word pairs: the pairs field holds a two-word phrase exactly; a longer
                # one's pairs select candidates that the text confirms, as does the pair straddling a line
                # break for a phrase across it (search/phrases.py). Match ranges come from the text.
                pairs = list(dict.fromkeys(pair(a, b) for a, b in itertools.pairwise(terms)))
                in_pairs = [wq.Term(pairs_field(language), p) for p in pairs]
                found.append(in_pairs[0] if len(terms) == 2 else PhraseCandidates(in_pairs, words=terms))
                if not negated:  # a negated phrase only looks in paragraphs, never next door
                    bridge = [wq.Term(bridge_field(language), p) for p in pairs]
                    found.append(BridgeCandidates(bridge, words=terms))
                    self.leaves += [
                        wq.Phrase(body_field(language), terms),
                        wq.Phrase(bridge_field(language), terms),
                    ]
        return _any(list(dict.fromkeys(found)))

    def wildcard(self, word: Word, negated: bool) -> wq.Query:
        pattern = fold(word.text)
        if not _WILDCARD_WORD.fullmatch(pattern):
            raise bad(f"{word.text!r}: a wildcard works inside one word (letters, digits, * and ?)")
        if not re.search(r"\w", pattern):
            raise bad(f"{word.text!r}: a wildcard needs at least one letter or digit")
        found: list[wq.Query] = []
        prefix = pattern[:-1]
        for language in LANGUAGES:
            found.append(wq.Wildcard(body_field(language), pattern))
            # Terms are stems: "collectivization*" finds nothing, but its stem "collectiv" does.
            if pattern.endswith("*") and not any(c in prefix for c in "*?"):
                stems = words(prefix, language)
                if len(stems) == 1 and stems[0] != prefix:
                    found.append(wq.Prefix(body_field(language), stems[0]))
        self.check_expansion(word.text, found)
        if not negated:
            self.leaves += found
        return wq.Or(found)

    def fuzzy(self, word: Word, negated: bool) -> wq.Query | None:
        found: list[wq.Query] = []
        for language in LANGUAGES:
            terms = words(word.text, language)
            if len(terms) > 1:
                raise bad(f"{word.text!r}~: fuzzy matching works on single words")
            if terms:
                distance = word.fuzzy or _fuzzy_distance(terms[0])
                found.append(wq.FuzzyTerm(body_field(language), terms[0], maxdist=distance, prefixlength=1))
        self.check_expansion(f"{word.text}~", found)
        if not negated:
            self.leaves += found
        return _any(found)

    def check_expansion(self, written: str, queries: list[wq.Query]) -> None:
        reader = self.searcher.reader()
        for q in queries:
            if next(itertools.islice(q.expanded_terms(reader), MAX_EXPANSION, None), None) is not None:
                raise bad(f"{written!r} stands for over {MAX_EXPANSION:,} different words; make it longer")

    # --- filters ----------------------------------------------------------------------------------------

    def sources(self) -> Sequence[SourceSummary]:
        if self._sources is None:
            self._sources = self.catalog.sources()
        return self._sources

    def taxonomy(self) -> Taxonomy:
        if self._taxonomy is None:
            self._taxonomy = self.catalog.taxonomy()
        return self._taxonomy

    def source_filter(self, f: Filter) -> wq.Query:
        ids = [s.id for s in self.sources() if source_matches(f, s)]
        if not ids:
            return wq.NullQuery
        return wq.ConstantScoreQuery(wq.Or([wq.Term("source_id", str(i)) for i in ids]))

    def tag_ids(self, f: Filter) -> list[int]:
        taxonomy = self.taxonomy()
        try:
            if f.name == "facet":
                facet = taxonomy.facet(f.value)
                return [t.id for t in taxonomy.tags if t.facet_id == facet.id]
            tag = _find_tag(taxonomy, f.value)
        except NotFound as e:
            raise bad(f"{f.name}:{f.value}: {e}") from None
        found, pending = [tag.id], [tag.id]
        while pending:  # the tags below it count too
            parent = pending.pop()
            children = [t.id for t in taxonomy.tags if t.parent_id == parent]
            found += children
            pending += children
        return found

    def tag_filter(self, f: Filter) -> tuple[wq.Query, dict[int, list[Range]]]:
        return self.annotated(self.catalog.tagged_annotations(self.tag_ids(f)))

    def speaker_filter(self, f: Filter) -> tuple[wq.Query, dict[int, list[Range]]]:
        try:
            return self.annotated(self.catalog.spoken_annotations(f.value))
        except AnnotatorError as e:
            raise bad(f"speaker:{f.value}: {e}") from None

    def annotated_filter(self, f: Filter) -> tuple[wq.Query, dict[int, list[Range]]]:
        """A filter meaning "passages inside these annotations" (tag:, facet:, speaker:)."""
        return self.speaker_filter(f) if f.name == "speaker" else self.tag_filter(f)

    def annotated(self, annotations: Sequence[Annotation]) -> tuple[wq.Query, dict[int, list[Range]]]:
        """The paragraphs these annotations overlap and their notes, and their ranges by source."""
        ranges: dict[int, list[Range]] = defaultdict(list)
        for a in annotations:
            ranges[a.source_id].append((a.start, a.end))
        keys = [wq.Term("pid", pid) for sid, rs in ranges.items() for pid in self.paragraph_ids(sid, rs)]
        keys += [wq.Term("annotation_id", str(a.id)) for a in annotations if a.note.strip()]
        query = wq.ConstantScoreQuery(wq.Or(keys)) if keys else wq.NullQuery
        return query, dict(ranges)

    def paragraph_ids(self, source_id: int, ranges: list[Range]) -> set[str]:
        layout = layout_of(self.searcher, source_id)
        if layout is None:
            return set()
        starts, ends = layout
        found = set()
        for start, end in ranges:
            i = max(0, bisect_right(starts, start) - 1)
            while i < len(starts) and starts[i] < end:
                if ends[i] > start:
                    found.add(paragraph_id(source_id, i + 1))
                i += 1
        return found

    # --- the tree ---------------------------------------------------------------------------------------

    def node(self, node: Node, negated: bool = False) -> wq.Query | None:
        if isinstance(node, Word):
            if node.fuzzy is not None:
                return self.fuzzy(node, negated)
            if node.wildcard:
                return self.wildcard(node, negated)
            return self.words_query(node.text, negated)
        if isinstance(node, Phrase):
            return self.words_query(node.text, negated)
        if isinstance(node, Filter):
            if node.name in ANNOTATION_FILTERS:
                return self.annotated_filter(node)[0]
            if node.name == "in":
                return wq.ConstantScoreQuery(wq.Term("kind", DOCUMENT_KINDS[node.value]))
            return self.source_filter(node)
        if isinstance(node, Not):
            child = self.node(node.child, not negated)
            return None if child is None else wq.Not(child)
        children = [c for c in (self.node(child, negated) for child in node.children) if c is not None]
        if not children:
            return None
        if len(children) == 1:
            return children[0]
        return wq.And(children) if isinstance(node, And) else wq.Or(children)


def compile_query(node: Node, catalog: Catalog, searcher: Searcher) -> Compiled:
    """The Whoosh query for ``node``; raises InvalidInput when a filter names nothing that exists or a
    wildcard stands for too many words."""
    compiler = _Compiler(catalog, searcher)
    restrictions = []
    conjuncts = node.children if isinstance(node, And) else (node,)
    parts: list[wq.Query] = []
    for child in conjuncts:
        if isinstance(child, Filter) and child.name in ANNOTATION_FILTERS:
            query, ranges = compiler.annotated_filter(child)
            restrictions.append(ranges)
            parts.append(query)
        elif (query := compiler.node(child)) is not None:
            parts.append(query)
    if not parts:
        raise bad("the query has no words to search for")
    whole = parts[0] if len(parts) == 1 else wq.And(parts)
    return Compiled(whole, tuple(dict.fromkeys(compiler.leaves)), tuple(restrictions))


def _find_tag(taxonomy: Taxonomy, value: str) -> Tag:
    if "/" in value:
        return taxonomy.resolve(value)
    found = [t for t in taxonomy.tags if t.slug == value.lower()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFound("no such tag (see `annotator tags`)")
    paths = ", ".join(taxonomy.path(t) for t in found)
    raise NotFound(f"several tags have that name; write one of {paths}")


# --- Source filters -------------------------------------------------------------------------------------


def source_matches(f: Filter, source: SourceSummary) -> bool:
    """Whether a source-level filter (source:, author:, kind:, year:) selects ``source``."""
    if f.name == "source":
        if f.value.isdigit():
            return source.id == int(f.value)
        return text_matches(f.value, source.title, f.quoted)
    if f.name == "author":
        return text_matches(f.value, "; ".join(source.authors), f.quoted)
    if f.name == "kind":
        return source.kind is not None and source.kind.value == f.value
    if f.name == "year":
        if source.date_range is None or f.years is None:
            return False
        first, last = f.years
        return (last is None or source.date_range.start_year <= last) and (
            first is None or source.date_range.end_year >= first
        )
    raise ValueError(f"not a source filter: {f.name}")


def text_matches(value: str, text: str, quoted: bool = False) -> bool:
    """Whether ``text`` has the words of ``value`` (all of them; in order when quoted; globs allowed)."""
    have = words(text, NEUTRAL)
    if "*" in value or "?" in value:
        patterns = [fold(p) for p in value.split()]
        return all(any(fnmatch.fnmatchcase(word, p) for word in have) for p in patterns)
    wanted = words(value, NEUTRAL)
    if not wanted:
        return False
    if quoted:
        n = len(wanted)
        return any(have[i : i + n] == wanted for i in range(len(have) - n + 1))
    return set(wanted) <= set(have)
