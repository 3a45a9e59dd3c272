"""Text analysis for the index: words, case and accent folding, and stemming by the source's language.

Every analyzer keeps each token's code-point offsets into the string it was given (Python ``str`` indices),
so a match maps back to an exact range of the stored text. Nothing is dropped: no stop words and no minimum
word length, because either would make a phrase like "the Five-Year Plan" skip words and match text it
does not quote. Hyphens, apostrophes and runs of whitespace or line breaks only separate words, so
"Five-Year Plan" and "five year plan" are the same three consecutive tokens.

Stemmers come from Whoosh's Snowball port; English uses Porter2, not the old Porter stemmer that whoosh's
``StemmingAnalyzer`` defaults to (it turns "running" into "runn", so "run" would miss it). Accents are
folded *before* stemming for English (its stemmer expects plain letters, so "résumé" and "resume" meet) and
*after* stemming for French, German and Russian, whose stemmers read the accents, umlauts, "й" and "ё"
that decide their suffixes. Other languages get the neutral analyzer: folded words, no stemming.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

from whoosh.analysis import Analyzer, Token
from whoosh.lang import porter2, stemmer_for_language

STEMMED_LANGUAGES = ("en", "ru", "de", "fr")
NEUTRAL = "xx"
LANGUAGES = (*STEMMED_LANGUAGES, NEUTRAL)  # one index field per entry

# A word: letters and digits, with inner dots kept ("U.S.S.R", "3.5"). The record separator joins the
# values of several metadata fields into one document; it opens a gap in positions so that no phrase
# runs from the end of one field into the next.
_WORD = re.compile(r"\w+(?:\.\w+)*|\x1e")
FIELD_SEPARATOR = "\x1e"
FIELD_GAP = 100
_CACHE_LIMIT = 200_000

# (term, position, start, end) with start/end code-point offsets into the analyzed string
Analyzed = list[tuple[str, int, int, int]]


def language_key(code: str) -> str:
    """The analyzer for an ISO 639-1 code ("en", "ru-RU", "") — the neutral one when we have no stemmer."""
    code = (code or "").strip().lower()[:2]
    return code if code in STEMMED_LANGUAGES else NEUTRAL


def fold(word: str) -> str:
    """Lower case without accents or other combining marks: "Élan" -> "elan", "Straße" -> "strasse"."""
    # Compatibility forms ("𝔖", "ﬁ") become plain letters only after a decomposition, so decompose twice.
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", word).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _term_function(language: str) -> Callable[[str], str]:
    """Word -> index term for one language, memoized (a book repeats its words thousands of times)."""
    if language == "en":
        stem_en = porter2.stem

        def term(word: str) -> str:
            return stem_en(fold(word))
    elif language == "ru":
        stem_ru = stemmer_for_language("ru")

        def term(word: str) -> str:
            return fold(stem_ru(word.casefold().replace("ё", "е")))
    elif language in ("de", "fr"):
        stem = stemmer_for_language(language)

        def term(word: str) -> str:
            return fold(stem(word.casefold()))
    elif language == NEUTRAL:
        term = fold
    else:
        raise ValueError(f"no analyzer for {language!r}")

    memo: dict[str, str] = {}

    def memoized(word: str) -> str:
        found = memo.get(word)
        if found is None:
            if len(memo) > _CACHE_LIMIT:
                memo.clear()
            found = memo[word] = term(word)
        return found

    return memoized


_last: dict[str, tuple[str, int, int, Analyzed]] = {}


def analyze(language: str, text: str, start_pos: int = 0, start_char: int = 0) -> Analyzed:
    """Every word of ``text`` as (term, position, start, end).

    The last result per language is kept: a paragraph is analyzed for its words field and again for its
    word-pairs field, one right after the other.
    """
    last = _last.get(language)
    if last is not None and last[1] == start_pos and last[2] == start_char and last[0] == text:
        return last[3]
    term = _term_function(language)
    found: Analyzed = []
    pos = start_pos
    for match in _WORD.finditer(text):
        word = match.group()
        if word == FIELD_SEPARATOR:
            pos += FIELD_GAP
            continue
        found.append((term(word), pos, start_char + match.start(), start_char + match.end()))
        pos += 1
    _last[language] = (text, start_pos, start_char, found)
    return found


def pairs(analyzed: Analyzed) -> Analyzed:
    """Each two neighbouring words as one term ("five year", "year plan"), at the first word's position.

    A phrase is then looked up as word pairs: "Five-Year Plan" is the pair terms "five year" then "year
    plan" at consecutive positions, and a two-word phrase is a single term. Pairs are far rarer than
    their words, so a phrase query reads short posting lists instead of intersecting long ones. A pair
    spans both words' characters. Words separated by a FIELD_GAP do not pair.
    """
    return [(pair(a[0], b[0]), a[1], a[2], b[3]) for a, b in itertools.pairwise(analyzed) if a[1] + 1 == b[1]]


def pair(first: str, second: str) -> str:
    """The term of two neighbouring words in a pairs field."""
    return f"{first} {second}"


class FieldAnalyzer(Analyzer):
    """Whoosh's view of ``analyze`` (or of ``pairs``): what an index field is analyzed with.

    Only the language and the kind are pickled into the index's schema; the work is done by the
    functions above, so an index stays readable when they are improved (bump SCHEMA_VERSION then).
    """

    def __init__(self, language: str, word_pairs: bool = False) -> None:
        self.language = language
        self.word_pairs = word_pairs

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldAnalyzer) and (other.language, other.word_pairs) == (
            self.language,
            self.word_pairs,
        )

    def __hash__(self) -> int:
        return hash((self.language, self.word_pairs))

    def __repr__(self) -> str:
        return f"FieldAnalyzer({self.language!r}, word_pairs={self.word_pairs})"

    def has_morph(self) -> bool:
        return self.language != NEUTRAL

    def __call__(  # type: ignore[override]
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        analyzed = analyze(self.language, value, start_pos, start_char)
        if self.word_pairs:
            analyzed = pairs(analyzed)
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for text, pos, start, end in analyzed:
            t.text = text
            t.boost = 1.0
            t.stopped = False
            if keeporiginal:
                t.original = text
            if positions:
                t.pos = pos
            if chars:
                t.startchar, t.endchar = start, end
            yield t


@cache
def analyzer(language: str) -> FieldAnalyzer:
    """The analyzer of a words field; ``language`` is a code from LANGUAGES."""
    _term_function(language)  # fails early for an unknown language
    return FieldAnalyzer(language)


@cache
def pair_analyzer(language: str) -> FieldAnalyzer:
    """The analyzer of a word-pairs field."""
    _term_function(language)
    return FieldAnalyzer(language, word_pairs=True)


def words(text: str, language: str) -> list[str]:
    """The index terms of ``text`` as one language's words field holds them (for building queries)."""
    return [term for term, *_ in analyze(language, text)]
