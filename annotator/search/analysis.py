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

Note calls glued to a word are cut off it and not indexed ("flourish.54" is the word "flourish",
"terror¹¹⁰" and "Germany;117" lose their calls, "[12]" and "[i]" are no words), so the word is found and a
phrase runs on across the call; this goes by the shape of the text alone (no stored marks), and keeps
decimals, money, thousands and "p.54" whole. See ``_call_cut``.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

from whoosh.analysis import Analyzer, Token
from whoosh.lang import porter2, stemmer_for_language

from annotator.domain.structure.notes import ABBREVIATIONS

STEMMED_LANGUAGES = ("en", "ru", "de", "fr")
NEUTRAL = "xx"
LANGUAGES = (*STEMMED_LANGUAGES, NEUTRAL)  # one index field per entry

# A word: letters and digits, with inner dots kept ("U.S.S.R", "3.5"). Superscript digits are no part of
# a word: they are note calls ("terror¹¹⁰") or exponents. The record separator joins the values of
# several metadata fields into one document; it opens a gap in positions so that no phrase runs from
# the end of one field into the next.
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_W = rf"[^\W{_SUPERSCRIPTS}]"
_WORD = re.compile(rf"{_W}+(?:\.{_W}+)*|[{_SUPERSCRIPTS}]+(?=⁄)|\x1e")  # "⁹⁄₁₃" is a fraction
_PLAIN_WORD = re.compile(r"\w+(?:\.\w+)*|\x1e")
_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPTS}]")
# What makes a text not plain (see plain_terms): a digit ending a word (a superset: "3.x" counts), a
# bracket, a superscript digit, a field separator.
_NOT_PLAIN = re.compile(rf"\d\b|\[|[{_SUPERSCRIPTS}]|\x1e")
# Note calls glued to their word are not words (see _call_cut): "flourish.54" is indexed as "flourish",
# so that the word is found and a phrase runs on across the call.
_CALL_BETWEEN = ")]’”\"»'.,;:!?…"
_LETTERS_THEN_CALL = re.compile(r"[^\W\d_]{2,}[a-zà-ÿа-яё](\d{1,3})")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
_ROMAN_OR_LETTER = re.compile(r"[ivxlc]{1,7}|[a-z]")
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
    brackets = "[" in text
    # Most paragraphs hold no superscript: they are read with the plain (faster) pattern.
    pattern = _WORD if _SUPERSCRIPT.search(text) else _PLAIN_WORD
    for match in pattern.finditer(text):
        word = match.group()
        if word == FIELD_SEPARATOR:
            pos += FIELD_GAP
            continue
        start, end = match.span()
        if word[-1].isdigit():
            end = _call_cut(text, word, start, end)
            if end == start:
                continue
            word = text[start:end]
        elif brackets and len(word) <= 7 and text[end : end + 1] == "]" and _glued_mark(text, word, start):
            continue  # a reference mark glued to its word: "Bukharin.[i]", "repression,[a]"
        found.append((term(word), pos, start_char + start, start_char + end))
        pos += 1
    _last[language] = (text, start_pos, start_char, found)
    return found


_last_plain: dict[str, tuple[str, list[str] | None]] = {}


def plain_terms(language: str, text: str) -> list[str] | None:
    """``analyze``'s terms of ``text`` without their offsets, when the text is plain: no word in it ends in a
    digit (a note call may need cutting), and it has no brackets, superscripts or field separators. Then
    every word is a term, and this is several times faster (what indexing needs). None when not plain.

    The last result per language is kept: a paragraph is indexed as words, then as word pairs.
    """
    last = _last_plain.get(language)
    if last is not None and last[0] == text:
        return last[1]
    found = None
    if not _NOT_PLAIN.search(text) and (text.isascii() or not _odd_digits().search(text)):
        term = _term_function(language)
        found = [term(word) for word in _PLAIN_WORD.findall(text)]
    _last_plain[language] = (text, found)
    return found


@cache
def _odd_digits() -> re.Pattern[str]:
    """Characters ``str.isdigit`` counts as digits and ``\\d`` does not ("①", "₂"): made once (0.1 s)."""
    decimal = re.compile(r"\d")
    odd = "".join(c for c in map(chr, range(0x110000)) if c.isdigit() and not decimal.match(c))
    return re.compile(f"[{re.escape(odd)}]")


def _glued_mark(text: str, word: str, start: int) -> bool:
    """Whether ``word``, followed by "]", is a roman or letter reference mark glued to the word before."""
    return (
        start > 1
        and text[start - 1] == "["
        and not text[start - 2].isspace()
        and _ROMAN_OR_LETTER.fullmatch(word) is not None
    )


def _call_cut(text: str, word: str, start: int, end: int) -> int:
    """Where the word ending in a digit at ``start``–``end`` ends once a glued note call is cut off.

    ``end`` keeps the word whole, ``start`` drops it (it is a call or a reference mark of its own). Only
    the shapes a call takes are cut, and the text around the word decides: "flourish.54" and
    "Judaism3" lose their calls, "Germany;117", "quantities”.56", "on).94" and "[12]" are dropped as
    calls; "1930.60" before a new sentence is the year 1930 and call 60, while "1.25 million", "3.5",
    "1,500", "p.54", "B52" and "[1917]" stay as they are. The same rules analyze a query, so a query
    word is always cut as the text's word was.
    """
    before = text[start - 1] if start > 0 else ""
    if word.isdigit():
        if len(word) > 3 or word[0] == "0":
            return end
        after = text[end : end + 1]
        if before == "[" and after == "]":
            return start  # a reference mark "[12]"
        j = start
        while j > 0 and start - j < 3 and text[j - 1] in _CALL_BETWEEN:
            j -= 1
        if j == start or j == 0:
            return end
        glued_to = text[j - 1]
        if text[j:start] in (",", ":") and text[end : end + 1] in (")", "–", "-"):
            return end  # "(Sakwa,37)", "(Service:155–6)": a page cited in the text
        if glued_to.isalpha() or glued_to == "%":
            return start  # "Germany;117", "quantities”.56", "(NEP),1", "90%.32"
        year = text[max(0, j - 5) : j]
        if text[start - 1] == "," and _YEAR.fullmatch(year[-4:]) and not year[:-4].isalnum():
            return start  # "in 1927,5 and": a year and its call (thousands have three digits)
        return end
    if "." in word:
        head, _, tail = word.rpartition(".")
        if not tail.isdigit() or len(tail) > 3 or tail[0] == "0":
            return end
        last = head.rpartition(".")[2]
        if last[-1].isalpha() and len(last) >= 2 and last.casefold() not in ABBREVIATIONS:
            return start + len(head)  # "flourish.54"
        if _YEAR.fullmatch(last) and last == head and _sentence_follows(text, end):
            return start + len(head)  # "in 1930.60 The": the year, then call 60
        return end
    if before == "[" and text[end : end + 1] == "]":
        return end
    match = _LETTERS_THEN_CALL.fullmatch(word)
    if match is not None:
        return end - len(match.group(1))  # "Judaism3"
    return end


def _sentence_follows(text: str, end: int) -> bool:
    """Whether a new sentence (or line) starts after ``end``: a call mostly ends one, a decimal does not."""
    rest = text[end : end + 2]
    return not rest or rest[0] == "\n" or (rest[0] == " " and (rest[1:].isupper() or rest[1:] in '“"‘'))


def pairs(analyzed: Analyzed) -> Analyzed:
    """Each two neighbouring words as one term ("five year", "year plan"), at the first word's position.

    A phrase is then looked up as word pairs: "Five-Year Plan" is the pair terms "five year" then "year
    plan" at consecutive positions, and a two-word phrase is a single term. Pairs are far rarer than
    their words, so a phrase query reads short posting lists instead of intersecting long ones. A pair
    spans both words' characters. Words separated by a FIELD_GAP do not pair.
    """
    return [(pair(a[0], b[0]), a[1], a[2], b[3]) for a, b in itertools.pairwise(analyzed) if a[1] + 1 == b[1]]


def crossing(analyzed: Analyzed, text: str) -> Analyzed:
    """The word pair of ``analyzed`` that straddles the first line break of ``text`` (none or one).

    A bridge field (see schema) holds only this pair: it selects the paragraphs a phrase may cross the
    line break after, and the text around the break is read again to check the phrase (search/spans.py).
    """
    newline = text.find("\n")
    if newline < 0:
        return []
    return [
        (pair(a[0], b[0]), a[1], a[2], b[3])
        for a, b in itertools.pairwise(analyzed)
        if a[1] + 1 == b[1] and a[3] <= newline < b[2]
    ]


def pair(first: str, second: str) -> str:
    """The term of two neighbouring words in a pairs field."""
    return f"{first} {second}"


class FieldAnalyzer(Analyzer):
    """Whoosh's view of ``analyze`` (or of ``pairs``): what an index field is analyzed with.

    Only the language and the kind are pickled into the index's schema; the work is done by the
    functions above, so an index stays readable when they are improved (bump SCHEMA_VERSION then).
    """

    def __init__(self, language: str, word_pairs: bool = False, crossing: bool = False) -> None:
        self.language = language
        self.word_pairs = word_pairs
        self.crossing = crossing

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update({"crossing": False, **state})

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldAnalyzer) and (other.language, other.word_pairs, other.crossing) == (
            self.language,
            self.word_pairs,
            self.crossing,
        )

    def __hash__(self) -> int:
        return hash((self.language, self.word_pairs, self.crossing))

    def __repr__(self) -> str:
        return f"FieldAnalyzer({self.language!r}, word_pairs={self.word_pairs}, crossing={self.crossing})"

    def terms(self, value: str) -> list[str]:
        """The terms of ``value`` alone, in order (what a field without positions needs)."""
        if self.crossing:
            return [t[0] for t in crossing(analyze(self.language, _around_break(value)), value)]
        plain = plain_terms(self.language, value)
        if plain is not None:
            return [pair(a, b) for a, b in itertools.pairwise(plain)] if self.word_pairs else plain
        analyzed = analyze(self.language, value)
        if self.word_pairs:
            return [pair(a[0], b[0]) for a, b in itertools.pairwise(analyzed) if a[1] + 1 == b[1]]
        return [t[0] for t in analyzed]

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
        if self.crossing:
            analyzed = crossing(analyze(self.language, _around_break(value), start_pos, start_char), value)
        else:
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


@cache
def crossing_analyzer(language: str) -> FieldAnalyzer:
    """The analyzer of a bridge field: the one word pair across the first line break."""
    _term_function(language)
    return FieldAnalyzer(language, word_pairs=True, crossing=True)


_AROUND = 60  # characters read past a line break for the word after it (a call cut looks a few back)


def _around_break(text: str) -> str:
    """``text`` up to a little past its first line break, not cutting a word: all the crossing pair needs."""
    newline = text.find("\n")
    if newline < 0:
        return text
    end = newline + _AROUND
    while end < len(text) and (text[end - 1].isalnum() or text[end].isalnum()):
        end += 1
    return text[:end]


def words(text: str, language: str) -> list[str]:
    """The index terms of ``text`` as one language's words field holds them (for building queries)."""
    return [term for term, *_ in analyze(language, text)]
