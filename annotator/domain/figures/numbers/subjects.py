"""What is counted when it comes before the figure: the subject of a copula ("grain exports were 4.8
million tonnes"), a summary box's or a list's label, a share's owner, a table's cell, a block's lead, and the
qualifier a bare toll takes from its sentence ("famine deaths").
"""

from __future__ import annotations

import re

from annotator.domain.figures.grouping import counted_key
from annotator.domain.figures.numbers.carried import _OPENING_ADVERBIAL
from annotator.domain.figures.numbers.nouns import (
    _APPROX_WORDS,
    _PREPOSITIONS,
    _STOP,
    _WORD,
    _strip_determiners,
)
from annotator.domain.figures.numbers.period_for import _PAST_VERB
from annotator.domain.figures.numbers.tables import headless_row_label
from annotator.domain.figures.numbers.verbs import _is_verb_like
from annotator.domain.figures.numbers.words import _GENERIC, _MERE, _ROUGH, _phrase, _qualifiers, _set

_DEATHS = frozenset({"deaths", "victims", "dead"})
_QUALIFIERS = (
    (re.compile(r"\b(?:famine|starvation|starve|starved|hunger)|(?<!\w)голод\w*", re.I), "famine", _DEATHS),
    (re.compile(r"\b(?:gulag|gulags|labou?r\s+camps?|prison\s+camps?|the\s+camps)|(?<!\w)(?:лагер\w*|ГУЛАГ)",
                re.I), "Gulag", _DEATHS | {"inmates", "prisoners"}),
    (re.compile(r"\b(?:terror|purges?|NKVD|Yezhov\w*|Yezhovshchina)|(?<!\w)(?:репресс\w*|террор\w*)", re.I),
     "terror", _DEATHS | {"arrests", "executions", "victims", "deportations"}),
)
_SPENT_ON = re.compile(rf"\s+on\s+({_phrase(3)})", re.IGNORECASE)
_SHARE_SUBJECT = re.compile(
    rf"(?P<np>{_phrase(3)})\s+"
    r"(?:(?:will|would|could|has|had|have|may)\s+)?(?:(?:been|be)\s+)?"
    r"(?:amount(?:ed|ing|s)?\s+to|exceed(?:ed|s|ing)?|remain(?:ed|s)?\s+at|st(?:ood|ands?|anding)\s+at|"
    r"reach(?:ed|es|ing)?|(?:rose|risen|fell|fallen|grew|grown|increase[sd]?|decline[sd]?)\s+(?:from\s+[\d.,]+%?\s+)?to|"
    r"was|were|is|are|of)\s+"
    + _qualifiers(f"{_ROUGH}|{_MERE}|more than|less than|at least|slightly|under|above|a|an", "*") + r"$",
    re.IGNORECASE,
)
_PRONOUNS = frozenset({"it", "this", "that", "they", "which", "what", "these", "those"})
# "household debt's share of GDP", "its share of GDP": the share's owner, written before the figure (fig3)
_GDP_WORDS = (r"(?:(?:its|their|the\s+country['’]s|quarterly|annual|national)\s+)*(?:GDP|gross\s+domestic\s+"
              r"product|national\s+income)\b")
_OWNED_SHARE = re.compile(
    rf"(?:(?P<owner>{_phrase(3)})['’]s|\b(?P<pron>its|their))\s+share\s+of\s+"
    + _GDP_WORDS,
    re.IGNORECASE,
)
# A clause that opens the sentence on a participle or a time ("Before peaking at 40% of GDP in 2008, …")
_OPENING_PARTICIPLE = re.compile(r"\s*(?:after|before|since|while|having|when|from)\s+[^\W\d_]+ing\b", re.I)
_SUBJECT_END_WORDS = frozenset(
    {"has", "have", "had", "is", "are", "was", "were", "will", "would", "fell", "rose", "grew", "can",
     "could", "may", "might", "remains", "remained"}
)
# A summary box's row: "Total deaths 1.5 to 4 million", "Casualties | 15 million (official) |"
# (not a markdown row opening with a pipe: its table's header names what it counts)
# A register's entry on its own line: "Burnt at several places - 4" (fig17h)
_DASH_ENTRY = re.compile(r"[ \t]*(?P<label>[A-Z][^\n\d|]{1,90}?)[ \t]+[-–—][ \t]+")
_ENTRY_STOPS = frozenset({"at", "in", "on", "by", "of", "from", "with", "within", "without", "near", "and"})
_CARD_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"})
_ROW_LABEL = re.compile(r"[ \t]*([A-Z][a-z]+(?:[ \t]+[a-z]+){0,2})[ \t]*\|?[ \t]*")
_ROW_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{0,40}\))?(?:\[[^\]\n]{0,20}\])*[ \t]*\|?[ \t]*")
# The subject of a copular clause that holds a figure (fig17f): "The population of Ireland on the eve of the
# famine was about 8.5 million", "The total displaced by the wars could be closer to 48–59 million", "with
# unemployment during the Depression as high as 25%".
# A clause that is nothing but the copula and its hedges (its subject stands before commas)
_BARE_COPULA = re.compile(
    r"[ \t]*(?:was|were|is|are|amounted[ \t]+to|(?:has|had|have)[ \t]+been)[ \t]+"
    r"(?:(?:about|some|nearly|almost|over|only|but|at[ \t]+least|more[ \t]+than)[ \t]+)?",
    re.IGNORECASE,
)
_COPULA_BEFORE = re.compile(
    r"^[ \t]*(?P<np>(?:\S+[ \t]+){1,16}?)(?:was|were|is|are|had[ \t]+been|has[ \t]+been|have[ \t]+been|"
    r"could[ \t]+be(?:[ \t]+closer[ \t]+to)?|would[ \t]+be|stood[ \t]+at|numbered|totall?ed|amounted[ \t]+to|"
    r"as[ \t]+(?:high|low|many|much)[ \t]+as)[ \t]+"
    + _qualifiers(
        f"{_ROUGH}|{_MERE}|approximately|under|perhaps|probably|closer to|at least|at most|more than|"
        "less than|fewer than|still|already", "{0,2}", sep=r"[ \t]+",
    ) + r"$",
    re.IGNORECASE,
)
_NP_OPENERS = _set("with and but while whereas yet so the a an its their his her our this these those")
_NP_ENDS = _set(
    "of on in at by during for from under over after before since until to across among within between "
    "who which that when where could would should will can may might must"
)
_SUBJECT_ADVERBS = _set("perhaps maybe possibly probably still even only also then now")
_SUBJECT_SAYS_NOTHING = _set("number total figure amount size level count")
# What an event counts: a figure after it with a verb of its own counts something else.
_EVENT_CONCEPTS = frozenset({"death", "execution", "arrest", "deportation", "inmate", "sentence"})
_TOTAL = re.compile(r"\btotals?\s+(?:\w+\s+)?(?:tolls?|losses|deaths|dead|victims)\b", re.IGNORECASE)
_TABLE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")
_TABLE_SAYS_NOTHING = frozenset({"estimate", "estimates", "number", "numbers", "value", "values", "count",
                                 "total", "figure", "figures", "amount", "data", "notes", "note", "range",
                                 "result"})
_TABLE_ROW_NAMES = frozenset({"metric", "category", "item", "indicator", "field", "measure", "type", "group",
                              "what", "variable"})
# A line of a list or of a table written as text
_BLOCK_LINE = re.compile(r"[ \t]*(?:[-*•▪◦‣●+][ \t]|\d{1,2}[.)][ \t]|\|)")
# A lead's or heading's bracketed aside, its "estimates" and its "by region": "Total Death Toll Estimates
# (Stalin Era)", "Executions by region"
_LEAD_TAIL = re.compile(r"\s*\([^()]*\)|\s+estimates?\b|\s+(?:by|per|in\s+each)\s+\w+.*$", re.IGNORECASE)


class _Subjects:
    """What is counted before a figure; mixed into ``_Detector``, which holds the state read here."""


    @staticmethod
    def _copular_subject(before: str) -> str:
        """The head of the subject of the copular clause that ends at the figure: "The population of the
        valley on the eve of the drought was about" → "population"; "The total evacuated by the fleets could
        be closer to" → "evacuated"; "" for a pronoun, a quantity word alone, or no such clause (fig17f)."""
        clause = before[max(before.rfind(c) for c in ",;:()—–\n") + 1 :]
        first_comma = before.find(",")
        if _BARE_COPULA.fullmatch(clause) and first_comma > 0 and not re.search(r"[;:()—–\n]", before):
            # "The assessed value of the city's church property, exclusive of parsonages, is": the subject
            # before the asides set off by commas (fig17p)
            clause = before[:first_comma] + clause
        m = _COPULA_BEFORE.search(clause)
        if m is None:
            return ""
        words = m.group("np").split()
        if any(re.fullmatch(r"\d[\d,.]*", w) and not re.fullmatch(r"1\d{3}|20\d{2}", w) for w in words):
            # "held 57.5 per cent of peasant households in the RSFSR and as many as 90 per cent": a clause
            # with a figure of its own before is no subject of the copula
            return ""
        if words and words[0].lower() in _PREPOSITIONS and words[0].lower() != "with":
            # "In that year the number of emigrants was": the subject starts at its determiner
            # ("From the 15th of June to the 31st October the cases in London were": not a date's "the")
            at_the = next((i for i, w in enumerate(words[:-1]) if w.lower() in ("the", "its", "their")
                           and not any(ch.isdigit() for ch in words[i + 1])), None)
            if at_the is None:
                return ""
            words = words[at_the:]
        openers = _NP_OPENERS | _SUBJECT_ADVERBS
        while words and (words[0].lower() in openers or words[0].lower().endswith("ly")):
            words = words[1:]  # "Generally the estimates are": no adverb opens the subject
        head: list[str] = []
        for w in words:
            lw = w.lower()
            if lw in _NP_ENDS or _PAST_VERB.fullmatch(lw):
                break
            head.append(w)
        rest = words[len(head) :]
        if not head or len(head) > 4 or head[0].lower() in _PRONOUNS | _GENERIC | {"there", "here"}:
            return ""
        if any(w.lower().startswith("estimate") for w in head):
            return ""  # "the estimates are between …": estimates name nothing (the figure before does)
        if any(ch.isdigit() for w in head for ch in w):
            return ""
        if head[0].lower() in _SUBJECT_SAYS_NOTHING:
            if len(head) > 1:
                return " ".join(head[1:])  # "The total displaced": the displaced
            if len(rest) > 1 and rest[0].lower() == "of":
                noun = rest[2] if rest[1].lower() == "the" and len(rest) > 2 else rest[1]
                return "" if noun.lower() in _NP_ENDS else noun  # "the number of emigrants"
            return ""
        return " ".join(head)

    def _box_row_label(self, start: int, end: int) -> str:
        """The label of a summary box's row the figure ends ("Total deaths 1.5 to 4 million", "Casualties
        15 million (official)"): a line of a few capitalised words, the figure and at most a bracket; what
        the next line says is no part of it. "" where the line is no such row."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_end < 0 or start - line_start > 40:
            return ""
        label = _ROW_LABEL.fullmatch(text, line_start, start)
        if label is None or not _ROW_TAIL.fullmatch(text, end, line_end):
            return ""
        words = label.group(1).split()
        if any(w.lower() in _STOP or w.lower() in _APPROX_WORDS or _is_verb_like(w.lower()) for w in words):
            return ""
        return " ".join(words)

    def _dash_entry_label(self, start: int, end: int) -> str:
        """What a register's entry counts, a line "Label - N" ending with the figure ("Burnt at several
        places - 4", "Frighted - 6", "Burnt two, one at St. Botolph Aldersgate - 2"): the label's words before
        its first comma or preposition (fig17h); "" where the line is no such entry."""
        text = self.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if start - line_start > 100 or text[end:line_end].strip():
            return ""
        entry = _DASH_ENTRY.fullmatch(text, line_start, start)
        if entry is None:
            return ""
        words = []
        for w in entry.group("label").split(",")[0].split():
            if w.lower() in _ENTRY_STOPS or w.lower() in _CARD_WORDS:
                break
            words.append(w)
        if not words or len(words) > 3 or not words[0][0].isupper():
            return ""
        return " ".join(words)

    def _share_of_gdp(self, start: int, after: int, s_start: int) -> str:
        """What a share "of GDP" measures: what is spent "on" after it, or the subject before its verb
        ("non-defense spending amounted to", "its sovereign debt of only"); "" when neither is written (or
        the subject is a pronoun)."""
        spent_on = _SPENT_ON.match(self.text, after)
        if spent_on is not None:
            return _strip_determiners(spent_on.group(1))
        c_start = max(s_start, self.text.rfind(",", s_start, start) + 1,
                      self.text.rfind(";", s_start, start) + 1)
        subject = _SHARE_SUBJECT.search(self.text, max(c_start, start - 120), start)
        if subject is None:
            return ""
        phrase = _strip_determiners(_OPENING_ADVERBIAL.sub("", subject.group("np")))
        if not phrase or phrase.lower() in _PRONOUNS:
            return ""
        return phrase

    def _share_owner(self, start: int, s_start: int, s_end: int) -> str:
        """The owner of a share "of GDP" named in the figure's sentence: "X's share of GDP" (or "its/their
        share", then the sentence's subject) before the figure in its clause, or just after the opening
        participle clause the figure stands in ("Before peaking at 40% of GDP in 2008, household debt's share
        of GDP had grown"); "" when none is written."""
        text = self.text
        c_start = max(s_start, text.rfind(";", s_start, start) + 1)
        shares = list(_OWNED_SHARE.finditer(text, max(c_start, start - 160), start))
        owned = shares[-1] if shares else None
        if owned is None and _OPENING_PARTICIPLE.match(text, s_start) and "," not in text[s_start:start]:
            comma = text.find(",", start, s_end)
            if comma > 0:
                owned = _OWNED_SHARE.match(text, comma + 2) if text[comma + 1 : comma + 2] == " " else None
        if owned is None:
            return ""
        if owned.group("pron"):
            return self._sentence_subject(s_start, owned.start())
        words = owned.group("owner").split()
        while words and (words[0].lower() in _STOP or _is_verb_like(words[0].lower())):
            words = words[1:]  # "with household debt's share": not the preposition
        return " ".join(words)

    def _sentence_subject(self, s_start: int, end: int) -> str:
        """The words that open the sentence, up to its first verb (at most six): "The performance of the
        services sector has been …" → "performance of the services sector"; "" when a verb does not come."""
        words: list[str] = []
        prev_end = s_start
        for w in _WORD.finditer(self.text, s_start, end):
            lw = w.group().lower()
            if lw in _SUBJECT_END_WORDS or (words and _is_verb_like(lw)):
                return _strip_determiners(" ".join(words))
            if words and re.search(r"[,;:()]", self.text[prev_end : w.start()]):
                return ""  # an opening phrase, not the subject
            words.append(w.group())
            prev_end = w.end()
            if len(words) > 6:
                return ""
        return ""

    def _table_cell_noun(self, pos: int) -> str:
        """What a markdown table says the figure at ``pos`` counts: its column's header ("| Source | Deaths
        |"), or, under a header that says nothing ("Number"), the row's first cell where the first column
        names things ("| Metric | Number |" over "| Estimated prisoners | 20,000+ |"); or ""."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if not line.lstrip().startswith("|"):
            return ""
        at, header = line_start, None
        for _ in range(80):  # up through the rows to the separator under the header
            if at == 0:
                return headless_row_label(text, line_start, pos)
            above = text.rfind("\n", 0, at - 1) + 1
            row = text[above : at - 1]
            at = above
            if not row.lstrip().startswith("|"):
                return headless_row_label(text, line_start, pos)
            if _TABLE_RULE.fullmatch(row.strip()):
                head_start = text.rfind("\n", 0, max(0, above - 1)) + 1
                header = text[head_start : max(0, above - 1)]
                break
        if header is None:
            return ""
        heads = [c.strip().strip("*_ ") for c in header.strip().strip("|").split("|")]
        column = line[: pos - line_start].count("|") - 1
        if not 0 <= column < len(heads):
            return ""
        cells = [c.strip().strip("*_ ") for c in line.strip().strip("|").split("|")]
        head = heads[column]
        if head and head.lower() not in _TABLE_SAYS_NOTHING and counted_key(head):
            return head
        if column > 0 and heads[0].lower() in _TABLE_ROW_NAMES and cells and not re.search(r"\d", cells[0]):
            return cells[0]
        return ""

    def _block_lead(self, pos: int) -> str:
        """What the lead line ("… Estimates:") of the list or table holding ``pos``, or else its section's
        heading, names, when that is an event a figure counts ("Death Toll Estimates"); or ""."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        if not _BLOCK_LINE.match(text, line_start):
            return ""
        at = line_start
        for _ in range(40):  # up through the block's lines
            if at == 0:
                return ""
            above = text.rfind("\n", 0, at - 1) + 1
            line = text[above : at - 1]
            at = above
            if _BLOCK_LINE.match(line) or not line.strip():
                continue
            lead = line.strip().strip("*_ ").rstrip(":").strip("*_ ")
            if line.rstrip().endswith(":") and set(counted_key(lead).split()) & _EVENT_CONCEPTS:
                return _LEAD_TAIL.sub("", lead).strip()
            break
        heading = self.layout.heading_before(line_start)
        if heading is None:
            return ""
        name = _LEAD_TAIL.sub("", text[heading[0] : heading[1]].strip().lstrip("#").strip()).strip()
        return name if set(counted_key(name).split()) & _EVENT_CONCEPTS else ""

    def qualifier(self, pos: int, noun: str) -> str:
        """The famine, the Gulag or the terror, when the figure's sentence (or the one before it, in the same
        paragraph) speaks of one that can qualify ``noun``."""
        i, s_start, s_end = self.layout.sentence(pos)
        paragraph = self.layout.paragraph(s_start)
        if _TOTAL.search(self.text, s_start, s_end):
            # "Estimates for total death tolls of collectivisation, industrialisation and terror": a total
            # of several, not the terror's.
            return ""
        # The figure's own sentence first, then back through its paragraph: the nearest mention wins.
        candidates = [(p, q) for p, q, nouns in _QUALIFIERS if noun in nouns]
        found = [(m.start(), q) for p, q in candidates for m in p.finditer(self.text, s_start, s_end)]
        if found:
            return min(found, key=lambda f: abs(f[0] - pos))[1]
        j = i - 1
        while j >= 0 and i - j <= 8:
            a, b = self.layout.sentence_at(j)
            if self.layout.paragraph(a) != paragraph:
                break
            found = [(m.start(), q) for p, q in candidates for m in p.finditer(self.text, a, b)]
            if found:
                return max(found)[1]
            j -= 1
        return ""
