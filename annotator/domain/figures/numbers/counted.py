"""What is counted: the noun phrase after a figure, the event its verb names, the cue before it, or
the subject of its sentence, tried in order (``_Counted.counted``).
"""

from __future__ import annotations

import re

from annotator.domain.figures.grouping import counted_key
from annotator.domain.figures.numbers.carried import _CHANGED_TO_BEFORE, _FROM_BEFORE, _FROM_TO_BEFORE
from annotator.domain.figures.numbers.complement import count_subject, money_subject
from annotator.domain.figures.numbers.counted_cues import (
    _ACTED_AFTER,
    _ACTED_AFTER_PEOPLE,
    _ACTED_BEFORE,
    _ALONG_WITH,
    _APPOSED,
    _ARMY_LOSS,
    _AS_MUCH,
    _BARE_VERBS,
    _BASE_LEVELS,
    _BRACKET_LABEL,
    _BY_THE,
    _CENSUS_BEFORE,
    _CHANGE_START_NOUN,
    _CHANGED_BY,
    _CHANGED_BY_VERB,
    _CHANGED_FROM_TO,
    _COLON_LABEL,
    _COST_BEFORE,
    _DEATH_BEFORE,
    _DIED_AFTER,
    _DIED_VERBS,
    _DONE_TO,
    _ESTIMATE_VERBS,
    _ESTIMATES_OF,
    _EVENT_AFTER_TOTAL,
    _EVENT_BEFORE,
    _EVENT_NOUN_OF,
    _EVENT_WORDS,
    _EVENTS,
    _GLUED_LABEL,
    _HARMED_BEFORE,
    _HELD_BEFORE,
    _IN_MEASURE,
    _ING_MODIFIER,
    _INSERTED,
    _INSERTION,
    _KILLED_BEFORE,
    _LOST_TO_AFTER,
    _MADE_UP_BEFORE,
    _MONEY_FOR_AFTER,
    _MONEY_IN_AFTER,
    _MONEY_INTO_AFTER,
    _MONEY_OF_BEFORE,
    _MONEY_RATE_AFTER,
    _MONEY_SUBJECT_BEFORE,
    _MONEY_UNITS,
    _MONEY_VERB_BEFORE,
    _MONEY_VERB_FAR,
    _NAMED_BEFORE,
    _NOT_LABELS,
    _NOT_PREDICATE_NOUNS,
    _NOUN_FIGURES,
    _NOUN_NEXT,
    _NP_AFTER,
    _OF_GDP,
    _OF_THE_WHOLE,
    _OF_THESE_BEFORE,
    _OF_THESE_OPENING,
    _OTHER_VERB,
    _PART_OF_THE,
    _PARTICIPLES,
    _PEOPLE_THEN_VERB,
    _PER_TIME,
    _PERCENT_WERE,
    _PRICE_PER,
    _PUT_AT,
    _PUT_TAIL,
    _QUALS,
    _RATE_LINKED,
    _RATE_OF,
    _REPORTING,
    _RISE_IN_TO,
    _SAID_AFTER,
    _SUBJECT_BEFORE,
    _SUBJECT_VERB_AFTER,
    _SUFFERED_DEATHS,
    _TO_DEATH,
    _TRAILING_ADVERBS,
    _VERB_AFTER,
    _WERE_NOUN,
    _YEAR_OF,
)
from annotator.domain.figures.numbers.label_lists import list_item_label, with_lead_noun
from annotator.domain.figures.numbers.nouns import (
    _PREPOSITIONS,
    _STOP,
    _SUBJECT_VERB_NEAR,
    _WORD,
    _after_determiner,
    _before_per,
    _is_people,
    _is_quantity,
    _list_entry,
    _number_of,
    _singular,
    _strip_determiners,
    _whole_phrase,
)
from annotator.domain.figures.numbers.russian import _DONE_EVENTS
from annotator.domain.figures.numbers.subjects import _EVENT_CONCEPTS
from annotator.domain.figures.numbers.values import _CARD, _unit
from annotator.domain.figures.numbers.verbs import (
    _NOT_EVENTS,
    _QUALIFIED,
    _event_after,
    _event_after_pair,
    _event_after_place,
    _is_event_noun,
    _is_verb_like,
    _recorded_event,
)
from annotator.domain.figures.numbers.words import (
    _CHANGE_NOUN,
    _CHANGE_NOUNS,
    _CHANGE_OR_GAP_NOUN,
    _GENERIC,
    _WORD_RE,
    _last_match,
)

# A share alone in brackets after the word it is of: "nuclear (34%)" (not a unit after its figure: "2845 MW
# (73%)" is a share of that figure's whole)
_SHARE_IN_BRACKETS = re.compile(r"(?<![\w-])(?<!\d[ \t])([^\W\d_][\w-]*)[ \t]*\($")
# A bare figure joined by "and" to a second one ("158,000 and 60,400 wounded"): the pair's second figure
_BARE_PAIR_AFTER = re.compile(r"\s+and\s+\d[\d,.]*(?:\s+(?:million|thousand))?(?=\s)")


# A clause that compares ("… owned homes than ever before in the country's history (67.7 percent)"): the noun
# before "than", when the bracket closes the clause (fig17r)
_COMPARED_BEFORE = re.compile(r"\b([^\W\d_][\w-]*[^\W\d_r])\s+than\b[^()\n;:]{0,120}\($")
# A whole shared out, then its shares each with what it went to: "The budget was allocated 46 percent to the
# army, 20 percent to …" (fig17r)
_ALLOTTED = re.compile(
    r"(?P<subject>\b[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,3})\s+(?:was|were|is|are|had\s+been|has\s+been)\s+"
    r"(?:allocated|allotted|apportioned|divided|split|distributed|spent|assigned|devoted)\b(?:\s+as\s+follows)?[:,]?",
    re.IGNORECASE,
)
_ALLOTTED_TO = re.compile(
    r"\s+(?P<prep>to|for|on)\s+(?P<what>(?:the\s+)?[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,4}?)"
    r"(?=\s*(?:[,;.)]|\band\b|$))"
)
# Between the verb of sharing out and a later share: only the shares before it ("46 percent to the army, ")
_EARLIER_SHARES = re.compile(r"[^.;:()]{0,300}")


# A comparative after a share, which the phrase after it would take for its noun ("8 per cent higher")
_COMPARATIVES = frozenset(
    {"higher", "lower", "greater", "larger", "smaller", "more", "less", "fewer", "above", "below", "dearer",
     "cheaper", "better", "worse"}
)
# Old print's "per cent." with the sentence going on in lower case after it ("25 per cent. higher")
_ABBREVIATED_PER_CENT = re.compile(r"\.\s+[a-z]")
# A change's noun right before its size: "an overall increase of 90,981", "a deficit of some 200,000"
_CHANGE_OF_BEFORE = re.compile(
    # ("a decennial rate of increase of 9.1 per cent": the rate of the change)
    # ("namely, total increase of £700,000": a total or net change needs no article)
    r"\b(?:(?:an?|the|this|that|its|their)\s+(?:[^\W\d_][\w-]*\s+){0,2}?|(?:total|net|aggregate)\s+)"
    r"((?:rate\s+of\s+)?" + _CHANGE_OR_GAP_NOUN + r")\s+of\s+" + _QUALS + r"$",
    re.IGNORECASE,
)


# An aside between a count of people and its verb: a dash aside, an apposition of who they were, a relative
# pronoun ("who died", "who had been deported")
_ASIDE_AFTER_PEOPLE = re.compile(
    r"\s*(?:[—–]|--)[^—–\n]{1,80}?(?:[—–]|--)(?=\s*[a-z])"
    r"|,\s+(?:men|women|children|mostly|many|most|including)\b[^.;:()]{0,60},(?=\s*[a-z])"
    r"|\s+who(?=\s+(?:had\s+|have\s+)?(?:been\s+)?[a-z]+ed\b|\s+died\b|\s+perished\b|\s+fled\b)"
)


class _Counted:
    """What a figure counts; mixed into ``_Detector``, which holds the state read here."""

    def _allotted_share(self, start: int, end: int, s_start: int) -> str:
        """What a share counts in a list of shares of one whole: "The budget was allocated 46 percent to the
        army, 20 percent to the court" → "budget to the army" (fig17r); '' when the share is not of such a
        list (no verb of sharing out before it in its sentence, or no "to …" after it)."""
        to = _ALLOTTED_TO.match(self.text, end)
        if to is None:
            return ""
        shared = _last_match(_ALLOTTED, self.text, s_start, start)
        if shared is None or not _EARLIER_SHARES.fullmatch(self.text, shared.end(), start):
            return ""
        subject = _strip_determiners(shared.group("subject").split(" ", 1)[-1]
                                     if shared.group("subject").split()[0].lower() in _STOP
                                     else shared.group("subject"))
        return f"{subject} {to.group('prep')} {' '.join(to.group('what').split())}"


    # --- what is counted ---------------------------------------------------------------------------------

    @staticmethod
    def _pair_acted(after: str, at: int) -> str | None:
        """What the second figure of a bare pair right after ``at`` counts, when its verb is one of the acts
        ("and 60,400 wounded", "and 300 fled"), or None."""
        pair = _BARE_PAIR_AFTER.match(after, at)
        acted = _ACTED_AFTER.match(after, pair.end()) if pair is not None else None
        return acted.group("verb").lower() if acted is not None else None

    def counted(self, start: int, end: int, unit: str) -> str:
        """What the figure at ``start``–``end`` counts: its item's label where it is the value of a
        label-value list (with the noun its lead-in shares), else what the stages below find."""
        # (a register's "Burnt in the market - 4" keeps its own reading: the words before the preposition)
        listed = "" if self._dash_entry_label(start, end) else list_item_label(self.text, start, end)
        noun = self._counted_by_stages(start, end, unit, own_label=not listed)
        return with_lead_noun(self.text, listed, noun, start, end) if listed else noun

    def _counted_by_stages(self, start: int, end: int, unit: str, *, own_label: bool = True) -> str:
        """What the figure at ``start``–``end`` counts: the stages below, tried in order, each keeping or
        replacing what the earlier ones found (a list item's own label is read by ``counted``)."""
        text = self.text
        _, s_start, s_end = self.layout.sentence(start)
        own = self._own_label(start, end, unit, s_start, s_end) if own_label else ""
        if own:
            return own
        before = text[max(s_start, start - 200) : start]
        after = text[end : min(s_end, end + 120)]
        # "Thousands of other [non-Orthodox] Christian leaders": an editor's insertion is not the phrase's end
        after = _INSERTION.sub(lambda m: " " * len(m.group()), after)
        if unit == "per cent" and _ABBREVIATED_PER_CENT.match(after):
            # "27.94 per cent. of the wage-earning class": old print's stop after "cent" ends no sentence
            after = f" {after[1:]}"
        words, rest_at = self._phrase_after(before, after, unit)
        if unit == "per cent" and len(words) == 1 and words[0].lower() in _COMPARATIVES:
            # "Rents were 8 per cent higher in 1907": a comparison names nothing; the clause's subject does
            words = []
        noun = " ".join(words)
        if noun.lower() in _GENERIC and (aside := _ASIDE_AFTER_PEOPLE.match(after, rest_at)) is not None:
            # "1.7 million people—about a quarter of the population—died", "7,000 people, men, women and
            # children, lost their lives", "the 9,000 people who died": the verb past the aside or the
            # relative pronoun says what befell them (blanked, so every offset into the phrase stays)
            after = f"{after[: aside.start()]}{' ' * (aside.end() - aside.start())}{after[aside.end() :]}"
        noun, words = self._event_of_phrase(after, rest_at, unit, noun, words)
        # (a sum whose phrase after it says what it is keeps that: "an increase of £3,000 in customs duties")
        counts = unit in ("people", "count", "", "per cent") or (
            unit in _MONEY_UNITS and _MONEY_IN_AFTER.match(after) is None
        )
        change = _CHANGE_OF_BEFORE.search(before[-60:]) if counts else None
        if change is not None and (not words or noun.lower() in _GENERIC):
            # "an increase of 681,204 people", "a population deficit of 200,000", "a total decrease of
            # £6,700,000" (in wages): the change is counted
            noun = change.group(1).lower()
            words = noun.split()
        noun, words = self._named_by_cue_before(before, after, unit, noun, words)
        noun, words = self._multiple_or_part(s_start, before, after, unit, noun, words)
        noun, words = self._what_changed(before, unit, noun, words)
        # (the whole clause: "before" keeps 200 characters, a subject with an aside can be longer)
        clause = text[max(s_start, start - 400) : start]
        named_after = _MONEY_IN_AFTER.match(after) is not None  # ("$4 million in customs duties")
        if unit in _MONEY_UNITS and not words and not named_after and (subject := money_subject(clause)):
            # "the average daily wage of a skilled worker … was about 8 rubles", "raise the allowance for
            # jurors to $5": the sum's clause names what it is (its subject, or the object a change sets)
            noun, words = subject, subject.split()
        noun, words = self._clause_subject(start, end, s_start, before, after, rest_at, unit, noun, words)
        noun, done_earlier = self._event_done_before(before, after, rest_at, noun, words)
        noun = self._deaths_by_verb_before(before, unit, noun)
        noun = self._event_of_nameless(before, after, rest_at, unit, noun, done_earlier)
        noun = self._made_or_befallen(before, unit, noun)
        noun = self._people_by_verb(before, after, rest_at, unit, noun)
        noun = self._named_around(start, end, s_start, s_end, before, after, rest_at, unit, noun)
        noun = self._list_label(start, noun)
        noun = self._share_named_before(start, end, s_start, before, after, unit, noun)
        noun = self._money_for(before, after, unit, noun)
        only_people = unit == "people" and noun.lower() in _GENERIC
        if (not noun or only_people) and unit in ("people", "count", "", "per cent"):
            # "The deficit remaining would be almost exactly 200,000", "the population of the island was
            # 68,711 people": a count after a copula is its subject's
            noun = count_subject(clause) or noun
        if (not noun or noun.lower() in _GENERIC) and (unit in ("people", "count", "")
                                                      or unit in _MONEY_UNITS):
            # "**Death Toll Estimates**:" over a table of "| Conquest (1986) | 7 million |": what the block's
            # lead line or its section's heading names, where that is an event (deaths, executions …)
            noun = self._table_cell_noun(start) or self._block_lead(start) or noun
        low = noun.lower()
        if low in _QUALIFIED and noun:
            if re.search(r"\bquotas?\b", before, re.I):
                return f"{noun} quota"
            qualifier = self.qualifier(start, low)
            if qualifier:
                return f"{qualifier} {noun}"
        return noun


    def _own_label(self, start: int, end: int, unit: str, s_start: int, s_end: int) -> str:
        """A label the figure's line or sentence gives it before its own phrase is read: a box row's or dash
        entry's label, a label glued to the figure, what a share of GDP measures, a share's owner; '' when
        none."""
        text = self.text
        row = self._box_row_label(start, end) or self._dash_entry_label(start, end)
        if row:
            return row
        line_start = text.rfind("\n", 0, start) + 1
        glued = _GLUED_LABEL.match(text, line_start, start) if start - line_start <= 80 else None
        if glued is not None and not re.match(r"\s+of\b", text[end : end + 6]) and not any(
            w.lower() in _STOP for w in glued.group("label").split()
        ):
            return glued.group("label")
        if unit == "per cent" and (of_gdp := _OF_GDP.match(text, end)) is not None:
            # "the deficit will rise to 3.7% of GDP", "military expenditure exceeded 9% of quarterly GDP",
            # "countries spend less than 2% of GDP on defense": a share of the economy measures the thing
            # the clause speaks of, not the economy
            measured = self._share_of_gdp(start, of_gdp.end(), s_start)
            if measured:
                return measured
        if unit == "per cent":
            # "household spending's share of GDP crept up to 41%", "with its share of GDP rising from 20%":
            # the share's owner is what the figure measures
            owner = self._share_owner(start, s_start, s_end)
            if owner:
                return owner
        return ""

    @staticmethod
    def _phrase_after(before: str, after: str, unit: str) -> tuple[list[str], int]:
        """The words of the noun phrase right after the figure ("12,000 Polish officers", "3.5 times as much
        coal"), with the offset in ``after`` where that phrase ends."""
        np_match = _NP_AFTER.match(after)
        pos = np_match.end() if np_match else 0
        # "5 per cent of the 836 enterprises": what is counted is after the whole's number.
        # (a digit first: "Bevin (17%), Corran (12%)" has no whole after its comma)
        whole = re.match(r"\d[\d,.]*\s+", after[pos:]) if unit == "per cent" else None
        pos += whole.end() if whole else 0
        rate = _PER_TIME.match(after) or (_PRICE_PER.match(after) if unit in _MONEY_UNITS else None)
        if rate:  # "41,000 a year", "barely 3,000 last year": a rate or a time, not what is counted
            np_match = _NP_AFTER.match(after, rate.end())
            pos = np_match.end() if np_match else rate.end()
            if unit in _MONEY_UNITS:
                # ("a licence fee of 30 shillings per month effective from …": a sum's phrase ends with its
                # rate; what it is, is named before it (fig17q))
                pos = len(after)
        words: list[str] = []
        rest_at = pos
        as_much = _AS_MUCH.match(after) if unit in ("times", "share") else None
        if as_much:
            # "3.5 times as much coal as in 1928", "twice as much steel plate as the old": what is multiplied
            words = as_much.group("np").split()
            pos = rest_at = len(after)
        elif unit == "times" and re.match(r"\s*(?:the|that|as|those)\b|\s*[A-Z][\w-]*['’]s?\b", after):
            pos = len(after)  # "were roughly ten times the usual level": what is counted is the subject
        for w in _WORD.finditer(after, pos):
            if after[pos : w.start()].strip(" \t\n\r-“”\"‘’*_"):
                break  # punctuation between: the phrase ended (markdown's "**Over 1.3 million** people": not)
            lw = w.group().lower()
            if lw == "of" and words and len(words) < 3 and "of" not in (x.lower() for x in words):
                nxt_word = re.match(rf"\s+(?:the\s+)?({_WORD_RE})", after[w.end():])
                if nxt_word and nxt_word.group(1).lower() not in _STOP:
                    words.append("of")
                    pos = w.end()
                    continue  # "inhabitants of the countryside"
            if lw == "the" and words and words[-1] == "of":
                pos = w.end()
                continue
            joins = words and len(words) < 4 and words[-1].lower() not in ("and", "or", "of")
            if lw in ("and", "or") and joins and re.match(rf"\s+{_CARD}\b", after[w.end() :], re.I):
                break  # "two hundred wagons and thirty pieces": another count begins (fig17h)
            if lw in ("and", "or") and joins:
                words.append(w.group())
                pos = w.end()
                continue  # "factory and office workers"
            per_head = re.match(r"\s+capita\s+(?!(?:and|or|the|a|an|in|of|to|for|by|was|is)\b)[^\W\d_]",
                                after[w.end() :])
            if lw == "per" and not words and unit in _MONEY_UNITS and per_head:
                words.append("per")  # "$16,000 per capita income": the income per head
                pos = rest_at = w.end()
                continue
            if lw == "such" and not words:
                pos = w.end()
                continue  # "roughly 10 million such laborers"
            if lw in ("deaths", "dead") and words and words[-1].lower() not in ("and", "or", "of"):
                # "7 million total famine deaths", "27 million Soviet dead": the deaths of the words before
                words.append("deaths")
                pos = rest_at = w.end()
                break
            if lw.endswith("ing") and not words and _ING_MODIFIER.match(after, w.end()):
                # "113,000 bombing sites", "300 training camps": an -ing word before a plural noun modifies it
                words.append(w.group())
                pos = rest_at = w.end()
                continue
            # ("59 million forcibly displaced people"; "3914 MW of installed capacity": a participle right
            # after a unit's "of" modifies the noun after it (fig17q))
            after_of = not words and lw.endswith("ed") and re.search(r"\bof\s+$", after[: w.start()])
            head = re.match(rf"\s+({_WORD_RE})\b", after[w.end() :]) if after_of else None
            adverb_participle = (
                words and words[-1].lower().endswith("ly") and lw.endswith("ed")
                and _NOUN_NEXT.match(after, w.end()) is not None
            ) or (head is not None and head.group(1).lower() not in _STOP
                  and not _is_verb_like(head.group(1)))
            if (lw in _STOP or _is_verb_like(lw) or lw in _EVENT_WORDS) and not adverb_participle:
                break
            words.append(w.group())
            pos = rest_at = w.end()
            if len(words) == 5:
                break
        if not words and unit in ("count", "people", ""):
            part_of = _PART_OF_THE.match(after)
            if part_of:
                # "88 of the most 'odious' perpetrators": a part of a whole the text does not number
                words = [w for w in _WORD.findall(part_of.group("np")) if w.lower() not in _STOP][:3]
                pos = rest_at = part_of.end()
        if len(words) > 1 and words[-1].lower() in _TRAILING_ADVERBS:
            words.pop()  # "400 individuals respectively", "6 people really died" (fig17h)
        while words and words[-1].lower() in ("and", "or", "of"):
            words.pop()
        if words and all(w[0].isupper() for w in words) and _SAID_AFTER.match(after, rest_at):
            # "the 180 million Stalin had announced": who said it, not what is counted
            words, rest_at = [], pos
        made_up = _MADE_UP_BEFORE.search(before) if unit in ("per cent", "share") else None
        if made_up:
            # "Ukrainians made up 16 per cent of the camps' prisoners": the part is the subject, and the
            # whole after "of" what it is a share of: both ("Ukrainians of camps' prisoners")
            part = [w for w in made_up.group(1).split() if w.lower() not in _STOP]
            if part:
                words = [*part, "of", *words] if words else part
        return words, rest_at

    @staticmethod
    def _event_of_phrase(
        after: str, rest_at: int, unit: str, noun: str, words: list[str]
    ) -> tuple[str, list[str]]:
        """The phrase after the figure joined to the event its verb names ("2,500 teachers were
        evacuated")."""
        if words and noun.lower() not in _GENERIC:
            # "two million peasants, classified as kulaks, were deported": the event says what is counted.
            done = _DONE_TO.match(after, rest_at)
            died = _DIED_AFTER.match(after, rest_at)
            event = _event_after(after, rest_at)
            if event is None:
                event = _event_after_place(after, rest_at) or _event_after_pair(after, rest_at)
            if died and _is_people(noun) and unit in ("per cent", "share"):
                noun = f"{noun} who died"  # "38 per cent of all Kazakhs died": a share of the Kazakhs
            elif event and event[1]:
                # "67,297 prisoners died": the prisoners' deaths (of the camps, below), not deaths alone
                noun = f"{_singular(noun)} {event[0]}"  # ("Finn deaths or missing")
                words = noun.split()
            elif event and noun.lower().split()[-1] not in _QUALIFIED - {"prisoners", "inmates"}:
                # "2,500 teachers were evacuated": teachers evacuated ("executions were ordered": an event
                # noun already names its event)
                noun = f"{noun} {event[0]}"
            elif done:
                noun = f"{noun} {(done.group('done') or done.group('participle')).lower()}"
        return noun, words

    @staticmethod
    def _named_by_cue_before(
        before: str, after: str, unit: str, noun: str, words: list[str]
    ) -> tuple[str, list[str]]:
        """What a cue before the figure names when its own phrase names nothing: camps that held, a census
        that counted, a quota extended by, "by the", estimates of, a named total, what is put at the
        figure."""
        if (not words or noun.lower() in _GENERIC or noun.lower() in ("prisoners", "inmates")) and (
            _HELD_BEFORE.search(before)
        ):
            noun, words = "inmates", ["inmates"]  # "the camps and colonies together held 1,672,438 people"
        elif (not words or noun.lower() in _GENERIC) and _CENSUS_BEFORE.search(before):
            noun, words = "population", ["population"]  # "The 1937 census counted 162 million people"
        elif not words and unit in ("count", "people", ""):
            changed = _CHANGED_BY.search(before)
            if changed:  # "the arrest quotas were extended by 57,200"
                noun = _strip_determiners(changed.group(1))
                words = noun.split()
        by_the = _BY_THE.search(before) if not words else None
        if by_the:
            word = by_the.group(1)
            event = next((e for p, e in _EVENTS if p.fullmatch(word)), None)
            noun = event or word
            words = [noun]
        only_people = bool(words) and unit == "people" and noun.lower() in _GENERIC
        if not words or only_people:
            # ("Estimates of excess mortality in 1946–47 range between": a span of years between; «Людские
            # потери … оцениваются в 26–27 млн человек»: people say nothing of what is counted, for "put at")
            estimated = None if only_people else _ESTIMATES_OF.search(_INSERTED.sub(" ", before))
            named = None if only_people else _NAMED_BEFORE.search(before)
            put = None if named or estimated else _PUT_AT.search(before, max(0, len(before) - 160))
            if named:
                noun = _strip_determiners(next(g for g in named.groups() if g))
                if noun.lower() == "total" and _EVENT_AFTER_TOTAL.match(after):
                    noun = ""  # "A total of 350,000 were arrested": what the verb after says (below)
            elif estimated:
                # "Estimates of civilian deaths range from 632,000": what the estimates are of
                noun = _strip_determiners(estimated.group(1))
            elif put:
                # "Later studies put the loss of cattle during collectivization at about 45 per cent",
                # "Military deaths … are usually put at 126,000": what is put at the figure, without its
                # time or place ("during collectivization", "for 1942", "in the Winter War")
                phrase = _PUT_TAIL.sub("", put.group("np") or put.group("subject") or put.group("ru"))
                noun = _strip_determiners(_after_determiner(phrase))
                words = noun.split() if unit == "people" else words
        return noun, words

    def _multiple_or_part(
        self, s_start: int, before: str, after: str, unit: str, noun: str, words: list[str]
    ) -> tuple[str, list[str]]:
        """What a multiple grew ("a tenfold increase in …") or what a share or part of a group is ("had been
        members", "Of these, 2.1 million are refugees")."""
        text = self.text
        if unit == "times" and words and words[0].lower() in _CHANGE_NOUNS:
            # "a tenfold increase in electricity production": what grew
            grew = re.match(rf"\s*{_CHANGE_NOUN}\s+in\s+((?:{_WORD_RE}\s+){{0,2}}{_WORD_RE})", after, re.I)
            words = grew.group(1).split() if grew else []
            noun = " ".join(words)
        of_these = unit in ("", "count") and (
            _OF_THESE_BEFORE.search(before[-40:]) is not None
            or _OF_THESE_OPENING.match(text, s_start) is not None
        )
        if (unit in ("per cent", "share") or of_these) and not words:
            # "only five percent had been members since the Revolution": the share is of members ("about
            # one-quarter are non-Han Chinese"); a part of a group named before too ("Of these, 2.1 million
            # are refugees"; not "of whom 3.3 million were Ukrainians who died", the Ukrainians' deaths)
            were = _PERCENT_WERE.match(after)
            if were and of_these and re.match(r"\s+who\b", after[were.end() :]):
                were = None
            if were:
                words = [were.group(1)]
                noun = were.group(1)
        return noun, words

    @staticmethod
    def _what_changed(before: str, unit: str, noun: str, words: list[str]) -> tuple[str, list[str]]:
        """What a change or a level named before the figure is of: a change's start noun, "a rise in X to", a
        share of a base level, "reduced X from … to", "cuts X by", "inflation of"."""
        if not words and unit in ("", "count", "people"):
            # "Leningrad grew from 1.6 million inhabitants in 1926 to 3.2 million": the change's end counts
            # what its start counts
            start_noun = _CHANGE_START_NOUN.search(before)
            if start_noun and not any(w in _STOP for w in start_noun.group(1).lower().split()) and not _unit(
                before, start_noun.start(1) - 1
            )[0]:
                noun = start_noun.group(1)
                words = noun.split()
        if not words and unit in ("per cent", "share", "", "count"):
            # "a steady rise in China's urban saving rate to 30%": what the change noun says changed (fig3)
            rise_in = _RISE_IN_TO.search(before[-110:])
            if rise_in:
                noun = _strip_determiners(rise_in.group("np"))
                words = noun.split()
        if words and unit in ("per cent", "share") and len(words) <= 3 and words[-1].lower() in _BASE_LEVELS:
            # "cultivated land had shrunk to 62% of the pre-war area", "the harvest was only about 37% of
            # normal": a share of a level measured against counts what fell or stood at it, the subject
            plain = _YEAR_OF.sub(" ", _INSERTED.sub(" ", before))
            subject = _SUBJECT_BEFORE.search(plain) if _SUBJECT_VERB_NEAR.search(plain[-90:]) else None
            if subject is not None and subject.group(1):
                noun = _strip_determiners(_after_determiner(subject.group(1)))
                words = noun.split() or words
        if not words and unit != "times":
            # "reduced the world population from an estimated 450 million to 350–375 million": what the verb
            # changes; "population figures from as high as 7 million": what the figures are of (fig17j)
            changed_from = _CHANGED_FROM_TO.search(before[-140:])
            if changed_from is None and (figures_of := _NOUN_FIGURES.search(before[-120:])) is not None:
                # (a noun of a quantity only: not "Official estimates of", "the government's estimate of")
                changed_from = figures_of if _is_quantity(figures_of.group("np")) else None
            if changed_from:
                noun = _strip_determiners(changed_from.group("np"))
                words = noun.split()
        if not words and (unit in ("per cent", "share") or unit in _MONEY_UNITS):
            # "it cuts spending by about 2%", "proposed raising military spending by $600 billion": what the
            # verb changes by the figure; "given annual inflation of at least 11%": what is of it (fig3)
            changed_by = _CHANGED_BY_VERB.search(before[-110:])
            of_rate = _RATE_OF.search(before[-60:]) if unit == "per cent" else None
            found_np = changed_by or of_rate or _RATE_LINKED.search(before[-90:])
            if found_np:
                noun = _strip_determiners(found_np.group("np"))
                words = noun.split()
        return noun, words

    def _clause_subject(
        self, start: int, end: int, s_start: int, before: str, after: str, rest_at: int, unit: str, noun:
        str, words: list[str]
    ) -> tuple[str, list[str]]:
        """The subject of the figure's clause when nothing nearer names what it counts: the subject of a verb
        of amount, "the number of X", the subject of a change's two ends, the subject the figure stands
        beside."""
        text = self.text
        nameless = not words or noun.lower() in _GENERIC
        from_subject = False
        subject = None
        # «население составило 170,6 млн человек», "the workforce amounted to 46,000 people": people after a
        # verb of amount are the subject's count.
        people_of = unit == "people" and (not words or noun.lower() in _GENERIC)
        if unit != "ratio" and (people_of or (unit != "people" and not words)):
            # "Grain exports, which had been negligible in 1929, reached 4.8 million tonnes", "gross output in
            # 1933 was 2.5 times": the subject across a clause set off by commas or a year's phrase.
            # (a year inside the subject, "the mortality of 1933 was", is no word of it)
            plain = _YEAR_OF.sub(" ", _INSERTED.sub(" ", before))
            # The long pattern only where its verb is near the figure: tried at every word of 200
            # characters before each figure it cost a book a second.
            subject = _SUBJECT_BEFORE.search(plain) if _SUBJECT_VERB_NEAR.search(plain[-90:]) else None
            verb = (subject.group("verb") or "").lower() if subject else ""
            if subject and not (
                unit in ("", "count", "people")
                # (", and X from …", the pattern's second branch, has no verb)
                and verb in _ESTIMATE_VERBS | _BARE_VERBS
                # "the urban population of Russia was 18 million": a bare "was" after a quantity is its
                # figure ("the reason was 3,000 missing wagons" is not)
                and not (verb in _BARE_VERBS and _is_quantity(_before_per(plain, subject)))
            ):
                noun = _strip_determiners(_after_determiner(_before_per(plain, subject)))
                noun = re.sub(r"(?:\s+(?:currently|now|still|also|actually))+$", "", noun, flags=re.I)
                # "Russia's $2.3 trillion GDP was 14%": the magnitude of a figure before is no word of it
                noun = re.sub(r"^(?:(?:million|billion|trillion|thousand)\s+)+", "", noun, flags=re.I)
                measure = _IN_MEASURE.match(plain, subject.end("verb")) if subject.group("verb") else None
                if measure and noun:
                    noun = f"{noun} {measure.group(1).lower()}"
                words = noun.split() if people_of and noun else words
                from_subject = True
        if nameless and unit != "ratio" and (not noun or noun.lower() in _GENERIC or from_subject):
            # "The number of special settlers in the northern territories … fell from 1.3 million",
            # «Справка о численности ссыльных на 1 апреля 1935 г.: всего 512 тыс. человек»: the number's
            # noun (the seven words before the verb are not all of so long a subject); an entry of a list
            # is its own
            # (", and that of goats from 10 million": the second thing compared, not the number's noun)
            second = from_subject and subject is not None and subject.group(3)
            listed = _list_entry(before, s_start >= start - 200)
            number_of = "" if second or listed else _number_of(before[-150:])
            if number_of:
                noun = number_of
                words = noun.split() if unit == "people" or not words else words
        rate_of = re.match(r"\s+(?:per|for\s+every|to\s+every)\b", after[rest_at:]) if words else None
        if not words and not noun and unit not in ("ratio", "times") and (
            _FROM_BEFORE.search(before[-24:]) or _FROM_TO_BEFORE.search(before[-60:])
            or _CHANGED_TO_BEFORE.search(before[-60:])
        ):
            # "Cement production went up almost threefold between 1928 and 1937, from 1.8 to 5.5 million
            # tonnes": the two ends of a change count what changed, the subject of its verb
            noun = self._change_subject(s_start, start)
        if (not words and not noun) or rate_of:
            # "The Kazakh population, 3.97 million in 1926, had fallen": the subject the figure stands beside;
            # "The fertility rate, 1.2 children per woman, reached": the rate, not the children
            apposed = _APPOSED.search(text, s_start, start)
            if apposed and _SUBJECT_VERB_AFTER.match(text, end):
                noun = _strip_determiners(apposed.group(1))
        return noun, words

    @staticmethod
    def _event_done_before(
        before: str, after: str, rest_at: int, noun: str, words: list[str]
    ) -> tuple[str, re.Match[str] | None]:
        """The phrase joined to the event a verb before the figure did to it ("deported some 400,000 Volga
        Germans", "lost 440,000 people to migration"), with that verb's match (None when there is none)."""
        done_earlier = _EVENT_BEFORE.search(before)
        lost = done_earlier is not None and (done_earlier.group(1) or "").lower() == "lost"
        lost_to = _LOST_TO_AFTER.match(after, rest_at) if lost else None
        if lost_to:
            # "Oklahoma alone lost 440,000 people to migration": not deaths, the migration (fig17k)
            done_earlier = None
            kept = "" if noun.lower() in _GENERIC else f"{noun} "
            noun = f"{kept}{lost_to.group(1).lower()}"
            words = noun.split()
        if done_earlier and words and words[0].lower() in _GENERIC:
            noun = words[0]  # «выселено 171 781 человек корейской национальности»: people, the verb says what
        elif done_earlier and noun and noun.lower() not in _GENERIC and not _DONE_TO.match(after, rest_at):
            # "deported some 400,000 Volga Germans", «депортировано около 400 тыс. поволжских немцев»
            # (a Russian verb without an English event noun stays as written: «раскулачено»)
            stem = next(g for g in done_earlier.groups() if g).lower()
            event = _DONE_EVENTS.get(stem) or _WORD.search(done_earlier.group()).group().lower()
            if stem == "lost" and _ARMY_LOSS.search(f"{before[-80:]} {noun}"):
                event = "losses"  # "Clive lost 900 soldiers": the soldiers lost, not their deaths (fig17h)
            noun = f"{noun} {event}"
        return noun, done_earlier

    @staticmethod
    def _deaths_by_verb_before(before: str, unit: str, noun: str) -> str:
        """Deaths, when a verb of killing before the figure says so ("claimed 90,000 lives")."""
        killed = _KILLED_BEFORE.search(before[-60:]) if unit in ("people", "count", "") else None
        if killed and (not noun or noun.lower() in _GENERIC):
            # "a famine that consumed millions", "claimed 90,000 lives", "took the lives of 5,000": deaths
            # ("took 5,000 prisoners", "cost 2 million roubles": "took" and "cost" only with lives)
            weak = re.match(r"(?:took|taking|cost|costing)\b", killed.group(), re.I) and (
                "lives" not in killed.group()
            )
            if not weak or noun.lower() == "lives":
                noun = "deaths"
        elif killed and "lives" in killed.group() and _is_people(noun) and len(noun.split()) <= 5:
            # "claimed the lives of an estimated 800,000 Tutsis": the Tutsis' deaths
            first = noun.split(" and ")[0]
            noun = f"{_singular(first)} deaths"
        return noun

    def _event_of_nameless(
        self, before: str, after: str, rest_at: int, unit: str, noun: str, done_earlier: re.Match[str] |
        None
    ) -> str:
        """The event that counts figures whose phrase names nothing ("700,000 were executed", "the NKVD
        arrested 1,548,366 people"), of the whole named before ("Of the 1,966 delegates …")."""
        if not noun or noun.lower() in _GENERIC:
            # "700,000 were executed", "six million dead", "six million people died": the event counts.
            done_before = done_earlier
            # The verb after the number ("700,000 were executed", "of them were shot") or after the words
            # that open its phrase ("a fifth of those deported").
            for rest in (after[rest_at if noun else 0 :], after[rest_at:]):
                verb = _VERB_AFTER.match(rest)
                tail = rest[verb.end() if verb else 0 :]
                event_of = next((e for p, e in _EVENTS if p.match(tail)), None)
                if event_of:
                    break
            acted = _ACTED_AFTER.match(after, rest_at if noun else 0)
            both = _event_after(after, rest_at if noun else 0)
            if both and " " in both[0] and (not both[1] or both[0] == "deaths or missing"):
                noun = both[0]  # "were arrested or deported", "were killed or missing": both, not the first
            elif both and both[1] and _recorded_event(after, rest_at if noun else 0):
                noun = both[0]  # "305,000 were confirmed dead", "were documented to have died" (fig17p)
            elif event_of:
                noun = event_of
            elif acted and not done_before:
                # "7 million people moved to Russia", "665,000 fled", "1.4 million people were evacuated"
                noun = acted.group("verb").lower()
            elif both and not both[1] and not done_before and unit in ("people", "count", ""):
                # "more than 1,600 people were prosecuted", "thousands of people are imprisoned": any event a
                # passive names, not only the ones listed
                noun = both[0]
            elif (shared := self._pair_acted(after, rest_at if noun else 0)) is not None:
                # "… in addition to 158,000 and 60,400 wounded, respectively": the first of a bare pair is of
                # the second's event, not of the deaths before it (fig17p)
                noun = shared
            else:
                if done_before:
                    # "the NKVD arrested 1,548,366 people": the verb before the number
                    stem = next(g for g in done_before.groups() if g).lower()
                    army = stem == "lost" and _ARMY_LOSS.search(f"{before[-80:]} {noun}")
                    noun = _DONE_EVENTS.get(stem) or _WORD.search(done_before.group()).group().lower()
                    if army:
                        # "the army lost 7,000 men": an army's losses (killed, wounded, missing, captured),
                        # not deaths (fig17g's convention, fig17h)
                        noun = "losses"
                elif (
                    (other_event := _EVENT_NOUN_OF.search(before[-40:])) is not None
                    and not other_event.group(1).lower().startswith("death")
                ):
                    # "the deaths of 1.5 million … and the evacuation of 1.4 million more": the nearer event
                    noun = other_event.group(1).lower()
                    noun = noun if noun.endswith("s") or noun in ("exile", "resettlement") else f"{noun}s"
                elif (harmed := _HARMED_BEFORE.search(before[-40:])) is not None:
                    # "killing 170 people and infecting thousands", "killed 8,000 and wounded 5,000": the
                    # nearer verb's harm, not the deaths before it (fig17j)
                    noun = f"{harmed.group(1).lower()}ed"
                elif _DEATH_BEFORE.search(before[-90:]) and not _OTHER_VERB.match(tail):
                    noun = "deaths"  # "perhaps 1.5 million died, and hundreds of thousands fled": not deaths
            whole = _OF_THE_WHOLE.search(before)
            if whole and noun and noun.lower() not in _GENERIC:
                # "Of the 1,966 delegates to the Congress, 1,108 were arrested": delegates arrested; "Of the
                # 3 million prisoners of war held …, 380,000 died": the prisoners of war's deaths
                whole_np = _whole_phrase(before[whole.start(1):])
                if noun == "deaths" and whole_np:
                    noun = f"{_singular(whole_np)} deaths"
                else:
                    noun = f"{whole_np or whole.group(1)} {noun}"
        return noun

    @staticmethod
    def _made_or_befallen(before: str, unit: str, noun: str) -> str:
        """What a verb before a measure made ("sowed 12.1 million hectares": the area sown), and the event
        noun before a count ("the arrest of 21,300 people", "the deaths of some 40,000 Kalmyks")."""
        if not noun and unit not in ("people", "count", "", "per cent", "share", "times", "ratio"):
            # "the state farms sowed 12.1 million hectares", "the mines produced 64 million tonnes": a
            # measure after the verb that made it counts what the verb made
            acted_before = _ACTED_BEFORE.search(before[-40:])
            if acted_before and acted_before.group(1).lower() not in _REPORTING:
                # (as a participle: "sowed" → the area sown)
                verb = acted_before.group(1).lower()
                noun = _PARTICIPLES.get(verb, verb)
        event_of = _EVENT_NOUN_OF.search(before[-40:]) if unit in ("people", "count", "") else None
        if event_of and (not noun or noun.lower() in _GENERIC):
            # "ended in the arrest of 21,300 people": the event's noun, the people it befell
            noun = event_of.group(1).lower()
            noun = noun if noun.endswith("s") else f"{noun}s"
        elif event_of and _is_people(noun) and not _is_event_noun(noun) and len(noun.split()) <= 3:
            # "caused the deaths of some 40,000 Kalmyks": the Kalmyks' deaths, not the Kalmyks
            event = event_of.group(1).lower()
            if not event.endswith("s") and event not in ("exile", "resettlement", "imprisonment"):
                event = f"{event}s"
            noun = f"{_singular(noun)} {event}"
        return noun

    @staticmethod
    def _people_by_verb(before: str, after: str, rest_at: int, unit: str, noun: str) -> str:
        """People named by nothing but their clause's verb or predicate ("some 2,000 people gathered", "3.1
        million persons were refugees", "people suffered unnatural deaths")."""
        if unit in ("people", "count", ""):
            own_words = noun.split()
            if len(own_words) > 1 and own_words[0].lower() in _GENERIC and own_words[1].lower() in (
                _PREPOSITIONS | {"along", "across", "of"}
            ):
                noun = own_words[0]  # "20 million people along religious lines": people
            clause_verb = _PEOPLE_THEN_VERB.match(after)
            if clause_verb and set(noun.lower().split()) <= set(clause_verb.group("np").lower().split()):
                verb = clause_verb.group("verb").lower()
                if verb in _DIED_VERBS or clause_verb.group("lost") == "lives":
                    noun = "deaths"
                elif clause_verb.group("lost"):
                    noun = f"lost {clause_verb.group('lost')}"
                elif verb not in _NOT_EVENTS | {"suffered", "experienced", "met"}:
                    noun = verb  # ("people suffered unnatural deaths": the deaths, below)
        if noun and noun.lower() in _GENERIC and unit in ("people", "count", ""):
            predicate = _WERE_NOUN.match(after, rest_at)
            if predicate and predicate.group(1).split()[-1].lower() not in _NOT_PREDICATE_NOUNS:
                noun = predicate.group(1)  # "some 3.1 million persons were refugees": the refugees
        says_nothing = not noun or noun.lower() in _GENERIC or noun.lower() == "total"
        if says_nothing and unit in ("people", "count", ""):
            # "the commissariat employed about 40,000 people", "some 2,000 people gathered": people named by
            # nothing but what they did or had done to them ("A total of 350,000 were arrested" too)
            acted_before = _ACTED_BEFORE.search(before[-40:])
            acted_after = _ACTED_AFTER_PEOPLE.match(after, rest_at if noun else 0)
            verb = (acted_after or acted_before).group(1).lower() if (acted_after or acted_before) else ""
            suffered = _SUFFERED_DEATHS.match(after, acted_after.end()) if acted_after else None
            if suffered and verb in ("suffered", "experienced", "met"):
                # "four to five million people suffered unnatural deaths": the deaths they suffered
                noun = " ".join(suffered.group(1).split())
            elif verb and verb not in _NOT_EVENTS and not _is_event_noun(noun):
                noun = verb
        return noun

    def _named_around(
        self, start: int, end: int, s_start: int, s_end: int, before: str, after: str, rest_at: int, unit:
        str, noun: str
    ) -> str:
        """What the sentence around the figure adds: a copular subject, a list entry's name, "along with …",
        "sentenced … to death"."""
        text = self.text
        if (not noun or noun.lower() in _GENERIC) and (unit in ("people", "count", "", "per cent")
                                                      or unit in _MONEY_UNITS):
            # (money too: "The assessed value of the city's real estate is $51,217,525" (fig17p))
            noun = self._copular_subject(before) or noun
        if not noun:
            noun = _list_entry(before, s_start >= start - 200)
        along = _ALONG_WITH.search(before) if noun else None
        if along and not any(p.match(after, rest_at) for p, _ in _EVENTS):
            # "Huge sections of the élite perished, along with millions of ordinary people"
            noun = f"{noun} {' '.join(along.group(1).lower().split())}"
        if noun.split()[-1:] == ["sentenced"] and _TO_DEATH.match(text, end, min(s_end, end + 60)):
            noun = f"{noun} to death"  # "sentenced 2,300 people to death": the sentence is part of the event
        return noun

    def _list_label(self, start: int, noun: str) -> str:
        """A list's label before the figure on its line ("- Horses: 34 million"), where it says more."""
        text = self.text
        labelled = _COLON_LABEL.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
        if labelled and labelled.group("name").strip().lower() not in _NOT_LABELS and (
            labelled.group("name").split()[0].lower() not in _STOP  # "In the end: 3 million" is no label
        ):
            # "- Horses: 34 million → 16 million", "Gulag deaths: 1.5-1.7 million": a list's label names what
            # its figures count, where the figure's own words say less ("deaths" of "Dekulakization deaths")
            name = " ".join(labelled.group("name").split())
            own = set(counted_key(noun).split())
            if not noun or noun.lower() in _GENERIC or (own and own < set(counted_key(name).split())):
                # ("### Executions by region" over "- Leningrad: 40,000": its executions)
                named_event = set(counted_key(name).split()) & _EVENT_CONCEPTS
                lead = "" if named_event else self._block_lead(start)
                noun = f"{name} {lead}" if lead else name
        return noun

    def _share_named_before(
        self, start: int, end: int, s_start: int, before: str, after: str, unit: str, noun: str
    ) -> str:
        """What a nameless share or count in brackets is of: a share of a list of shares, of what the clause
        compares, of the word before its bracket ("nuclear (34%)"), a bracket's label ("(pop. 12,000)")."""
        if not noun and unit == "per cent":
            noun = self._allotted_share(start, end, s_start)
        share_of = _SHARE_IN_BRACKETS.search(before[-40:]) if not noun and unit == "per cent" else None
        if share_of and re.match(r"\s*\)", after):
            # "more families owned cars than ever before in the nation's history (58 percent)": a share in
            # brackets after a comparison is of what the clause compares, not of the last word (fig17r)
            compared = _COMPARED_BEFORE.search(before[-200:])
            if compared is not None and compared.group(1).lower() not in _STOP:
                noun = compared.group(1)
            elif share_of.group(1).lower() not in _STOP:
                # "three sources: nuclear (34%), thermal (32%) and hydro (34%)": the share of what is named
                # just before the bracket (fig17p)
                noun = share_of.group(1)
        bracketed = not noun and unit in ("", "count", "people")
        bracket = _BRACKET_LABEL.search(before[-40:]) if bracketed else None
        if bracket and bracket.group(1).lower() not in _STOP:
            noun = bracket.group(1)  # "Slavutych (population 28,000)", "(pop. 12,000)"
        return noun

    @staticmethod
    def _money_for(before: str, after: str, unit: str, noun: str) -> str:
        """What a sum of money is: "in revenues", "a loan of", the verb that paid it, a cost, a named subject,
        a rate, where it went ("into a program")."""
        if not noun and unit in _MONEY_UNITS:
            # Money: "$100 million in revenues", "a loan of $585 million", "to provide $215 million"
            in_what = _MONEY_IN_AFTER.match(after) or _MONEY_FOR_AFTER.match(after)
            of_what = _MONEY_OF_BEFORE.search(before[-60:])
            paid = _MONEY_VERB_BEFORE.search(before[-40:]) or _MONEY_VERB_FAR.search(before[-110:])
            if in_what:
                noun = in_what.group(1)
            elif of_what:
                words = of_what.group(1).split()
                if len(words) == 2 and (words[0].lower() in _STOP or _is_verb_like(words[0].lower())):
                    words = words[1:]  # "a loan of", "with a loan of": the loan
                noun = " ".join(words)
            elif paid:
                noun = paid.group(1).lower()
            elif _COST_BEFORE.search(before[-60:]):
                noun = "cost"  # "it costs the city about $400", "the cost is at least $900" (fig3)
            elif (named := _MONEY_SUBJECT_BEFORE.search(before[-160:])) is not None:
                noun = _strip_determiners(named.group("np"))  # "The wage … is currently $10.95 an hour"
            elif (rate_after := _MONEY_RATE_AFTER.match(after)) is not None:
                # "lived on less than $2 a day", "oil sold at $30 per barrel": the rate is what is counted
                noun = f"per {rate_after.group(1).lower()}"
        into = _MONEY_INTO_AFTER.match(after) if unit in _MONEY_UNITS else None
        if into is not None and into.group(1)[0].isupper():
            into = None  # "put $3 million into Harlem": a place, not what the sum is
        if into is not None and (not noun or _is_verb_like(noun.lower())):
            # "directed $250,000 into a program to help …": where the sum went, not the verb (fig17q)
            noun = into.group(1)
        return noun
