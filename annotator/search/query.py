"""The query language, parsed into a small tree that ``compile.py`` turns into a Whoosh query.

    kulak                     a word (stemmed by each language's rules: "kulaks" matches too)
    "Five-Year Plan"          a phrase: its words in order, across whitespace, line breaks and hyphens
    Five-Year                 a hyphenated word is a phrase of its parts
    collectiv*  k?lkhoz       wildcards (* any letters, ? one letter) inside one word
    Kolkhoz~  Kolkhoz~2       fuzzy: up to 1 or 2 edits (plain ~ picks by word length)
    a AND b, a b              both (AND is implied between terms)
    a OR b                    either
    NOT a                     not; AND binds tighter than OR; parentheses group
    source:12 source:pravda   a source by id, or by words of its title
    author:conquest           by words of an author's name
    tag:bias/polemical        passages annotated with the tag (or a tag below it); tag:polemical if unique
    facet:bias                passages annotated with any tag of the facet
    speaker:Khrushchev        passages in annotations that person or body speaks in; speaker:khrush if unique
    kind:primary              sources of that kind (primary, secondary, tertiary)
    year:1928..1934 year:1931 sources dated within (overlapping) those years; year:1930.. and year:..1934
    in:notes in:text in:metadata   only that kind of document

A malformed query raises InvalidInput with a one-line explanation that points at the problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from annotator.domain.errors import InvalidInput

FILTERS = ("source", "author", "tag", "facet", "speaker", "kind", "year", "in")
SOURCE_KINDS = ("primary", "secondary", "tertiary")
DOCUMENT_KINDS = {"text": "text", "texts": "text", "note": "note", "notes": "note"} | {
    "metadata": "metadata",
    "meta": "metadata",
}
OPERATORS = ("AND", "OR", "NOT")
_YEAR_RANGE = re.compile(r"(\d{1,4})?\s*(?:\.\.|–|—|-)\s*(\d{1,4})?")
_FUZZY = re.compile(r"(.*?)~(\d*)")
# Parentheses and NOTs nest at most this deep. The parser, the compiler and Whoosh all recurse once (or a
# few times) per level, so a query nested some hundreds deep would exhaust Python's stack; no real query
# comes near this.
MAX_DEPTH = 100


def bad(message: str) -> InvalidInput:
    return InvalidInput(f"bad query: {message}")


# --- The tree -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    fuzzy: int | None = None  # maximum edits; None: exact; 0 means "choose by length"
    FUZZY_AUTO: ClassVar[int] = 0

    @property
    def wildcard(self) -> bool:
        return "*" in self.text or "?" in self.text


@dataclass(frozen=True, slots=True)
class Phrase:
    text: str


@dataclass(frozen=True, slots=True)
class Filter:
    name: str  # one of FILTERS
    value: str  # as written (without quotes)
    quoted: bool = False
    years: tuple[int | None, int | None] | None = None  # year: filters, parsed


@dataclass(frozen=True, slots=True)
class Not:
    child: Node


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]


Node = Word | Phrase | Filter | Not | And | Or


# --- Lexing ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # "(", ")", "op", "phrase", "word", "filter"
    text: str
    at: int  # character offset in the query, for messages
    value: str = ""
    quoted: bool = False


def _read_quoted(query: str, start: int) -> tuple[str, int]:
    """The text between the quote at ``start`` and its closing quote, and the offset after it."""
    end = query.find('"', start + 1)
    if end < 0:
        raise bad(f"the quote at character {start + 1} is never closed: {query[start : start + 30]!r}")
    return query[start + 1 : end], end + 1


def _lex(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c.isspace():
            i += 1
        elif c in "()":
            tokens.append(_Token(c, c, i))
            i += 1
        elif c == '"':
            text, end = _read_quoted(query, i)
            tokens.append(_Token("phrase", query[i:end], i, text))
            i = end
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] not in '()"':
                i += 1
            word = query[start:i]
            name, colon, rest = word.partition(":")
            if colon and name.isalpha():
                tokens.append(_filter_token(query, start, name, rest, i))
                if not rest and i < n and query[i] == '"':
                    i = _read_quoted(query, i)[1]
            elif word in OPERATORS:
                tokens.append(_Token("op", word, start))
            else:
                tokens.append(_Token("word", word, start, word))
    return tokens


def _filter_token(query: str, start: int, name: str, rest: str, end: int) -> _Token:
    name = name.lower()
    if name not in FILTERS:
        known = ", ".join(f"{f}:" for f in FILTERS)
        raise bad(f"unknown filter {name + ':'!r} at character {start + 1}; filters are {known}")
    if rest:
        return _Token("filter", name, start, rest)
    if end < len(query) and query[end] == '"':
        text, _ = _read_quoted(query, end)
        if text.strip():
            return _Token("filter", name, start, text, quoted=True)
    raise bad(
        f"{name}: at character {start + 1} has no value (write it without a space, e.g. {_example(name)})"
    )


def _example(name: str) -> str:
    return {
        "source": "source:12",
        "author": "author:conquest",
        "tag": "tag:bias/polemical",
        "facet": "facet:bias",
        "speaker": "speaker:Khrushchev",
        "kind": "kind:primary",
        "year": "year:1928..1934",
        "in": "in:notes",
    }[name]


# --- Parsing --------------------------------------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.i = 0
        self.depth = 0  # parentheses and NOTs open around the current token

    def deeper(self, token: _Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise bad(
                f"the {token.text!r} at character {token.at + 1} nests the query more than {MAX_DEPTH} "
                "levels deep (parentheses and NOTs); simplify it"
            )

    def peek(self) -> _Token | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def parse(self) -> Node:
        node = self.or_expr()
        extra = self.peek()
        if extra is not None:
            if extra.kind == ")":
                raise bad(f"the ')' at character {extra.at + 1} closes no '('")
            raise bad(f"unexpected {extra.text!r} at character {extra.at + 1}")
        return node

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while (token := self.peek()) is not None and token.kind == "op" and token.text == "OR":
            self.take()
            children.append(self.and_expr(after=token))
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self, after: _Token | None = None) -> Node:
        children = [self.unary(after)]
        while (token := self.peek()) is not None and token.kind != ")":
            if token.kind == "op" and token.text == "OR":
                break
            if token.kind == "op" and token.text == "AND":
                self.take()
                children.append(self.unary(token))
            else:
                children.append(self.unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self, after: _Token | None = None) -> Node:
        token = self.peek()
        if token is None or token.kind == ")" or (token.kind == "op" and token.text in ("AND", "OR")):
            if after is not None:
                raise bad(f"{after.text} at character {after.at + 1} needs a term after it")
            if token is None:
                raise bad("the query is empty")
            if token.kind == ")":
                raise bad(f"the ')' at character {token.at + 1} closes no '(' or encloses nothing")
            raise bad(f"{token.text} at character {token.at + 1} needs a term before it")
        if token.kind == "op":  # NOT
            self.take()
            self.deeper(token)
            node = Not(self.unary(token))
            self.depth -= 1
            return node
        return self.primary()

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "(":
            if (inner := self.peek()) is not None and inner.kind == ")":
                raise bad(f"the parentheses at character {token.at + 1} enclose nothing")
            self.deeper(token)
            node = self.or_expr()
            self.depth -= 1
            closing = self.peek()
            if closing is None or closing.kind != ")":
                raise bad(f"the '(' at character {token.at + 1} is never closed")
            self.take()
            return node
        if token.kind == "phrase":
            return Phrase(token.value)
        if token.kind == "filter":
            return _make_filter(token)
        return _make_word(token)


def _make_word(token: _Token) -> Word:
    text = token.value
    fuzzy = _FUZZY.fullmatch(text)
    if fuzzy is None:
        if "~" in text:
            raise bad(f"{text!r} at character {token.at + 1}: write fuzzy terms as word~ or word~2")
        return Word(text)
    word, distance = fuzzy.groups()
    if not word or "~" in word:
        raise bad(f"{text!r} at character {token.at + 1}: write fuzzy terms as word~ or word~2")
    if "*" in word or "?" in word:
        raise bad(f"{text!r} at character {token.at + 1}: a term is either fuzzy or a wildcard, not both")
    if distance and int(distance) not in (1, 2):
        raise bad(f"{text!r} at character {token.at + 1}: the fuzzy distance is 1 or 2 edits")
    return Word(word, int(distance) if distance else Word.FUZZY_AUTO)


def _make_filter(token: _Token) -> Filter:
    name, value = token.text, token.value.strip()
    where = f"at character {token.at + 1}"
    if name == "kind" and value.lower() not in SOURCE_KINDS:
        raise bad(f"kind:{value} {where}: a source's kind is {', '.join(SOURCE_KINDS)}")
    if name == "in" and value.lower() not in DOCUMENT_KINDS:
        raise bad(f"in:{value} {where}: search in:text, in:notes or in:metadata")
    if name == "year":
        return Filter(name, value, token.quoted, _years(value, where))
    if name in ("kind", "in"):
        value = value.lower()
    return Filter(name, value, token.quoted)


def _years(value: str, where: str) -> tuple[int | None, int | None]:
    if value.isdigit() and len(value) <= 4:
        return int(value), int(value)
    match = _YEAR_RANGE.fullmatch(value)
    if match is None or (match.group(1) is None and match.group(2) is None):
        raise bad(f"year:{value} {where}: write a year or a range, e.g. year:1931 or year:1928..1934")
    first = int(match.group(1)) if match.group(1) else None
    last = int(match.group(2)) if match.group(2) else None
    if first is not None and last is not None and first > last:
        raise bad(f"year:{value} {where}: the range ends before it starts")
    return first, last


def parse(query: str) -> Node:
    """Parse a query; raises InvalidInput (one line, pointing at the problem) when it is malformed."""
    tokens = _lex(query)
    if not tokens:
        raise bad("the query is empty")
    node = _Parser(tokens).parse()
    if not _has_positive(node):
        raise bad("the query only excludes; add a word or a filter to search for")
    return node


def _has_positive(node: Node, negated: bool = False) -> bool:
    """Whether something in the query selects documents (NOT-only queries would select everything)."""
    if isinstance(node, Not):
        return _has_positive(node.child, not negated)
    if isinstance(node, And):
        return any(_has_positive(c, negated) for c in node.children)
    if isinstance(node, Or):
        return all(_has_positive(c, negated) for c in node.children)
    return not negated
