"""The index schema: what one index document holds.

Three kinds of document: one per paragraph of source text, one per annotation note, one per source's
metadata. Words are indexed once per language (``body_en``, ``body_ru``, …, ``body_xx``): a paragraph goes
into the field of its source's language, so each is stemmed by the right rules, and a query is analyzed
once per field. Notes and metadata go into every language's field, because their language is unknown
(a historian may annotate a Russian source in English); their documents carry a boost of 1/len(LANGUAGES)
so that being counted in five fields does not rank them above the text.

``pairs_*`` fields hold each two neighbouring words as one term (see ``analysis.PairFilter``): phrase
queries look there, so a two-word phrase costs one posting list, not an intersection of two long ones.
``bridge_*`` fields hold the word pairs around a single line break (the end of one paragraph and the start
of the next line), so that a phrase broken across lines still matches.

Words and bridge fields keep positions and code-point offsets (``chars=True``): matches are read from
the postings, never by searching the text again.

``rank_*`` fields hold the same words as ``body_*`` with frequencies only, for ranking (search/ranking.py):
a common word's postings there are ids and weights, where the words field stores every position and
offset with them, and reading those made up most of a first search for a common word.

Bump SCHEMA_VERSION whenever the fields, the analyzers or what a document holds change: an index of
another version is rebuilt when it is next opened.
"""

from __future__ import annotations

from enum import StrEnum

from whoosh.fields import ID, STORED, TEXT, Schema

from annotator.search.analysis import LANGUAGES, analyzer, pair_analyzer

SCHEMA_VERSION = 3  # 3: note calls glued to words ("flourish.54", "[12]") are not indexed


class Kind(StrEnum):
    TEXT = "text"
    NOTE = "note"
    METADATA = "metadata"


def body_field(language: str) -> str:
    return f"body_{language}"


def rank_field(language: str) -> str:
    return f"rank_{language}"


def pairs_field(language: str) -> str:
    return f"pairs_{language}"


def bridge_field(language: str) -> str:
    return f"bridge_{language}"


def build_schema() -> Schema:
    words = {}
    for language in LANGUAGES:
        words[body_field(language)] = TEXT(analyzer=analyzer(language), phrase=True, chars=True)
        words[rank_field(language)] = TEXT(analyzer=analyzer(language), phrase=False)
        # Pairs only select documents; match ranges come from the words field's offsets.
        words[pairs_field(language)] = TEXT(analyzer=pair_analyzer(language), phrase=True)
        words[bridge_field(language)] = TEXT(analyzer=pair_analyzer(language), phrase=True, chars=True)
    return Schema(
        key=ID(unique=True, stored=True),  # "t:<source>:<paragraph>", "n:<annotation>", "m:<source>"
        kind=ID(stored=True),
        source_id=ID(stored=True),
        pid=ID,  # "<source>:<paragraph>" on text documents: what a tag: filter selects
        annotation_id=ID(stored=True),
        paragraph=STORED,
        start=STORED,  # the paragraph's range in the source text (text documents)
        end=STORED,
        bridge_start=STORED,  # where the bridge field's text starts in the source text
        language=STORED,
        paragraph_starts=STORED,  # on metadata documents: the source's paragraph layout
        paragraph_ends=STORED,
        modified=STORED,  # the source's or annotation's modification time when it was indexed
        **words,
    )
