"""Exact match ranges, found by analyzing the text of a document again.

The index keeps no positions or offsets (see schema), so a document's matches are found in its text,
read from the project: the text is analyzed as it was for the index (same analyzer, same language), and
each word leaf of the query says what a match is. A term (or the terms a wildcard or fuzzy term expands
to) matches each of its occurrences; a phrase matches where its words are consecutive tokens, and the
match runs from its first word's start to its last word's end, whatever lies between (spaces, a line
break, a hyphen). Offsets are code points into the string that was analyzed, as the analyzer reports them.

Only the documents shown (and the candidates of a phrase, to confirm them) are read and analyzed: tens of
paragraphs for a page of results, against a position and two offsets stored for every word of a corpus.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from whoosh import query as wq
from whoosh.reading import IndexReader

from annotator.search.analysis import Analyzed

Span = tuple[int, int]
# docnum -> field -> spans, offsets relative to that field's analyzed string
DocSpans = dict[int, dict[str, list[Span]]]


def field_language(fieldname: str) -> str:
    """The language of a words, pairs or bridge field ("body_en" -> "en")."""
    return fieldname.partition("_")[2]


def term_test(leaf: wq.Query, reader: IndexReader) -> Callable[[str], bool]:
    """Whether a term of a document's text is one a Term, Wildcard, Prefix or FuzzyTerm stands for.

    A wildcard or prefix is matched against the document's own terms, as Whoosh matches it against the
    term table (so hundreds of words it stands for need not be listed again); a fuzzy term's words are
    listed from the term table, as only that can say what lies within its distance.
    """
    if type(leaf) is wq.Term:
        return leaf.text.__eq__
    if type(leaf) is wq.Wildcard:
        pattern = re.compile(leaf._get_pattern())
        return lambda term: pattern.match(term) is not None
    if type(leaf) is wq.Prefix:
        prefix = leaf.text
        return lambda term: term.startswith(prefix)
    decode = reader.schema[leaf.field()].from_bytes
    terms = frozenset(t if isinstance(t, str) else decode(t) for _, t in leaf.expanded_terms(reader))
    return terms.__contains__


def term_spans(analyzed: Analyzed, test: Callable[[str], bool]) -> list[Span]:
    return [(start, end) for term, _, start, end in analyzed if test(term)]


def phrase_spans(analyzed: Analyzed, words: Sequence[str]) -> list[Span]:
    """Where ``words`` are consecutive tokens (no field gap between them) in ``analyzed``."""
    n = len(words)
    first = words[0]
    found = []
    for i in range(len(analyzed) - n + 1):
        if analyzed[i][0] != first:
            continue
        pos = analyzed[i][1]
        if all(analyzed[i + k][0] == words[k] and analyzed[i + k][1] == pos + k for k in range(1, n)):
            found.append((analyzed[i][2], analyzed[i + n - 1][3]))
    return found


def crossing_spans(spans: Iterable[Span], line_break: int) -> list[Span]:
    """The spans of a bridge's text that run across its first line break, at ``line_break``."""
    return [(s, e) for s, e in spans if s < line_break < e]


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted, with overlapping spans joined (a word inside a matched phrase is part of that match)."""
    merged: list[Span] = []
    for start, end in sorted(set(spans)):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged
