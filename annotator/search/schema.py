"""The index schema: what one index document holds.

Three kinds of document: one per paragraph of source text, one per annotation note, one per source's
metadata. Words are indexed once per language (``body_en``, ``body_ru``, …, ``body_xx``): a paragraph goes
into the field of its source's language, so each is stemmed by the right rules, and a query is analyzed
once per field. Notes and metadata go into every language's field, because their language is unknown
(a historian may annotate a Russian source in English); their documents carry a boost of 1/len(LANGUAGES)
so that being counted in five fields does not rank them above the text.

``pairs_*`` fields hold each two neighbouring words as one term (see ``analysis.pairs``): a phrase is
looked up as its word pairs, so a two-word phrase costs one posting list, not an intersection of two long
ones; a longer phrase selects the paragraphs holding all its pairs, and the words are then checked in the
text (search/spans.py). ``bridge_*`` fields hold the one word pair straddling the single line break after
a paragraph (``analysis.crossing``): a phrase with that pair may run on into the next line, and the text
around the break is read to check it.

No field keeps positions or character offsets: every posting is a document and a frequency. Match ranges
are found by analyzing the text of the hits shown again (the project stores it), which is cheaper than
keeping a position and two offsets for every word of the corpus. Words fields are the ranking fields.
(Schema 3 kept positions and offsets in the words and bridge fields, positions in the pairs, and a
frequency-only copy of the words for ranking: on 10 MB of generated text 53 MB of index, against 17.5 MB
now, and most of the build's time went into those postings.)

Bump SCHEMA_VERSION whenever the fields, the analyzers or what a document holds change: an index of
another version is rebuilt when it is next opened.
"""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from typing import Any

from whoosh.fields import ID, STORED, TEXT, Schema
from whoosh.formats import Frequency
from whoosh.system import pack_uint

from annotator.search.analysis import LANGUAGES, analyzer, crossing_analyzer, pair_analyzer

SCHEMA_VERSION = 5  # 5: metadata documents hold the reference's fields (container, shelfmark, DOI…)


class Kind(StrEnum):
    TEXT = "text"
    NOTE = "note"
    METADATA = "metadata"


def body_field(language: str) -> str:
    return f"body_{language}"


def pairs_field(language: str) -> str:
    return f"pairs_{language}"


def bridge_field(language: str) -> str:
    return f"bridge_{language}"


class Counts(Frequency):
    """Whoosh's frequency postings, counted straight from our analyzer's terms.

    Whoosh's own ``Frequency`` makes a Token object per word and adds it up in Python dictionaries; a
    Counter of the analyzer's list of terms gives the same postings (term, frequency, weight = frequency
    times the field boost) at a fraction of the cost, which was a third of building an index.
    """

    def word_values(self, value: Any, analyzer: Any, **kwargs: Any) -> list[tuple[str, int, float, bytes]]:
        boost = self.field_boost
        return [(w, n, n * boost, pack_uint(n)) for w, n in Counter(analyzer.terms(value)).items()]


def _counted(field: TEXT) -> TEXT:
    field.format = Counts(field_boost=field.format.field_boost)
    return field


def build_schema() -> Schema:
    words = {}
    for language in LANGUAGES:
        words[body_field(language)] = _counted(TEXT(analyzer=analyzer(language), phrase=False))
        words[pairs_field(language)] = _counted(TEXT(analyzer=pair_analyzer(language), phrase=False))
        words[bridge_field(language)] = _counted(TEXT(analyzer=crossing_analyzer(language), phrase=False))
    return Schema(
        key=ID(unique=True, stored=True),  # "t:<source>:<paragraph>", "n:<annotation>", "m:<source>"
        kind=ID(stored=True),
        source_id=ID(stored=True),
        pid=ID,  # "<source>:<paragraph>" on text documents: what a tag: filter selects
        annotation_id=ID(stored=True),
        paragraph=STORED,
        start=STORED,  # the paragraph's range in the source text (text documents)
        end=STORED,
        bridge_start=STORED,  # the bridge's text in the source text, where a phrase across a break is read
        bridge_end=STORED,
        language=STORED,
        paragraph_starts=STORED,  # on metadata documents: the source's paragraph layout
        paragraph_ends=STORED,
        modified=STORED,  # the source's or annotation's modification time when it was indexed
        **words,
    )
