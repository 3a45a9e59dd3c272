"""Narrative citations assembled: every narrative pattern scanned once (scans kept between the two
passes of ``find_citations``), each match weighed (strong or weak sign, cited elsewhere, named a scholar, an
actor's title or office, a headline, an organisation) and kept once; and the look around every cited
surname.
"""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, EvidenceKind, scan
from annotator.domain.evidence.citations.context import (
    _SENTENCE_OPENING,
    _SENTENCE_START,
    _after_long_line,
    _heading_line,
    _Scans,
    _Sources,
    _Spans,
)
from annotator.domain.evidence.citations.names import (
    _BODY_WORD,
    _DEMONYMS,
    _DIVISION_WORDS,
    _EVENT_WORDS,
    _MONTHS,
    _NOT_NAMES,
    _PUBLISHER,
    _given_name,
    _names,
    _place_names,
)
from annotator.domain.evidence.citations.phrases import (
    _CF,
    _CLAUSE_START,
    _COLON_LINE_END,
    _CONTRAST_ASIDE,
    _IN_OWN_WORK,
    _IN_OWN_WORK_CUE,
    _IN_WORDS,
    _INVERTED,
    _LIST_BEFORE,
    _LIST_JOINT,
    _NARRATIVE_AS,
    _NARRATIVE_LIST,
    _NARRATIVE_PLURAL,
    _NARRATIVE_VERB,
    _ONCE,
    _WITH_ING,
    _WORDS_OF,
)
from annotator.domain.evidence.citations.references import _BODY_NAME_WORD, _NOT_BODIES, _clean_loc, _years
from annotator.domain.evidence.citations.scholars import (
    _ACTOR_ROLES,
    _ACTOR_TITLES,
    _ADVERB_BEFORE_FOR,
    _AGREES_WITH,
    _AMONG_BEFORE,
    _ARTICLE_ADJECTIVE_BEFORE,
    _ARTICLE_BEFORE,
    _AS_BEFORE,
    _BY_BEFORE,
    _NOT_HEAD_WORDS,
    _OF_NAME_BEFORE,
    _OFFICE_BEFORE,
    _PASSIVE_AFTER,
    _PASSIVE_BY,
    _PASSIVE_VERB_BEFORE,
    _PLACE_BEFORE,
    _ROLE_BEFORE,
    _ROLE_LIST,
    _ROLE_LIST_HEAD,
    _ROLE_LIST_VERB,
    _VIEW_HELD_BY,
    _WORD_BEFORE,
    _document_writer,
    _office_holder,
)
from annotator.domain.evidence.citations.shapes import (
    _CAPITAL_RUN,
    _IMPRINT_PLACE,
    _PAIR,
    _PAIR_SPLIT,
    _UNDATED,
    _YEAR,
)
from annotator.domain.evidence.citations.tense import (
    _ANY_PRESENT,
    _ASKED_OF,
    _CAUSATIVE,
    _CAUSED_TO,
    _EPIGRAPH_SOURCE,
    _FINDING_AFTER,
    _LETTER_SOURCE,
    _PAST_ON_WORK,
    _SCHOLARSHIP_OBJECT,
    _SUBJECT_LEAD,
    _present_verb,
)
from annotator.domain.evidence.citations.verbs import (
    _ACTORS_TOO,
    _BARE_PLURAL,
    _BELIEF,
    _FOLLOWING_PRESENT,
    _FOLLOWING_VERB,
    _NOUN_AFTER,
    _NOUN_VERBS,
    _PLAIN_SPEECH,
    _PRESENT_RE,
    _ROLES,
)
from annotator.domain.evidence.citations.works import (
    _ACCORDING_CUE,
    _BODY_ACCORDING,
    _BODY_REPORT,
    _CAPS_BEFORE,
    _CAPS_NAME_BRACKET,
    _CELL_END,
    _CELL_START,
    _DATED_WORK,
    _DATED_WORK_END,
    _GIVEN_BEFORE,
    _IMPRINT,
    _INITIALS_REPORT,
    _LATER_POSSESSIVE,
    _LIFE_DATES,
    _NARRATIVE_BRACKET,
    _NOT_TITLE_HEAD,
    _OWNER_ITALIC_TITLE,
    _OWNER_PLAIN_TITLE,
    _OWNER_POSSESSIVE,
    _POSSESSIVE,
    _POSSESSIVE_CUE,
    _POSSESSIVE_S,
    _POSSESSIVE_SUBJECT,
    _POSSESSIVE_VERB,
    _POSSESSIVE_WORK,
    _RANGE_AFTER,
    _ROLE_POSSESSIVE_WORK,
    _SOURCE_LINE,
    _TITLE_BEFORE,
    _TITLE_HEAD,
    _TITLE_OWNER,
    _TITLE_SMALL_WORDS,
    _WORK_BY,
    _YEAR_IN_BRACKETS,
    _own_line_names,
)

# The narrative citation's own work named right after its verb, with the work's year or page: "Larry Gara
# wrote a book entitled The Liberty Line (1961)", "Moulton states in his introduction to Woolman's Journal
# (p. 12)"
# (a/an/his/her/their: the scholar's own; "argues that the book Ulysses (1922)" is another's)
_OWN_WORK_AFTER = re.compile(
    r"\s+(?:in\s+)?(?:a|an|his|her|their)\s+(?:[a-z-]+\s+)?(?:book|article|study|essay|monograph|introduction|"
    r"preface|biography|history|dissertation)\s+(?:(?:entitled|titled|called|to|of|on)\s+)?"
    r"[A-Z][\w’'-]*(?:[:,]?\s+[\w’'-]+){0,12}?\s*"
    rf"\((?:(?P<year>{_YEAR})|(?P<loc>pp?\.\s*\d+(?:\s*[-–]\s*\d+)?))\)"
)


def _with_own_work(text: str, narrative: list[Evidence]) -> list[Evidence]:
    """Narrative citations without year or page that name their own work after the verb take its year or
    page, and span it (_OWN_WORK_AFTER)."""
    told: list[Evidence] = []
    for evidence in narrative:
        work = None
        if evidence.details.get("style") == "narrative" and not evidence.year and not evidence.locator:
            work = _OWN_WORK_AFTER.match(text, evidence.end)
        if work is not None:
            evidence = Evidence(EvidenceKind.CITATION, evidence.start, work.end(),
                                cited_author=evidence.cited_author, year=work.group("year") or "",
                                locator=_clean_loc(work.group("loc")), details=evidence.details)  # fmt: skip
        told.append(evidence)
    return told


_ET_AL_IN = re.compile(r"\bet\.?\s+al\b")
def _table_block(text: str, position: int) -> tuple[int, int]:
    """The offsets of the Markdown table (its run of lines opening with "|") around ``position``."""
    start = text.rfind("\n", 0, position) + 1
    while start > 0:
        before = text.rfind("\n", 0, start - 1) + 1
        if not text[before:start].lstrip().startswith("|"):
            break
        start = before
    end = text.find("\n", position)
    end = len(text) if end < 0 else end
    while end < len(text):
        after = text.find("\n", end + 1)
        after = len(text) if after < 0 else after
        if not text[end + 1 : after].lstrip().startswith("|"):
            break
        end = after
    return start, end


# The owner before a possessive among a narrative match's names: "William Frost’s The" → "William Frost"
_OWNER_IN_NAMES = re.compile(r"(?P<owner>.+?)[’']s(?:\s|$)")


class _NarrativePass:
    """One pass of the narrative rules over a text. Each rule is a method that adds what it finds to
    ``found`` (start → citation); the first rule to claim a start keeps it, so ``RULES`` runs in a fixed
    order: the rules that read a year or a title first, then the verbs of scholarship, then the weaker
    frames."""

    def __init__(self, text: str, cited: set[str], taken: _Spans, notes: _Spans, reference_list: _Spans,
                 scans: _Scans | None, scholars: set[str] | None, sources: _Sources | None,
                 reviewed: str) -> None:  # fmt: skip
        self.text = text
        self.cited = cited
        self.taken = taken
        self.notes = notes
        self.reference_list = reference_list
        # The scans of the text, kept between the two passes of ``find_citations`` (only "cited" differs)
        self.scans: _Scans = {} if scans is None else scans
        self.scholars = scholars
        self.sources = sources
        self.reviewed = reviewed
        self.found: dict[int, Evidence] = {}

    def run(self) -> list[Evidence]:
        """Every rule in ``RULES``' order, then the citations kept (``kept``)."""
        for rule in self.RULES:
            rule(self)
        return self.kept()

    def matches(self, pattern: re.Pattern[str], overlapping: bool = False) -> list[re.Match[str]]:
        """The matches of ``pattern`` in the whole text, scanned once per text."""
        if pattern not in self.scans:
            self.scans[pattern] = list(scan.finditer(pattern, self.text, overlapping=overlapping))
        return self.scans[pattern]

    def near(self, pattern: re.Pattern[str], cue: re.Pattern[str], back: int,
             ahead: int) -> list[re.Match[str]]:  # fmt: skip
        """The matches of ``pattern`` around the matches of a cheap ``cue`` (a possessive, a year in brackets)
        whose text they hold: the same as a scan of the whole text, at a fraction of its cost."""
        text = self.text
        if pattern not in self.scans:
            seen: dict[int, re.Match[str]] = {}
            for hint in self.matches(cue):
                window = (max(0, hint.start() - back), min(len(text), hint.end() + ahead))
                for match in pattern.finditer(text, *window):
                    if match.start() <= hint.start() and hint.end() <= match.end() + ahead:
                        seen.setdefault(match.start(), match)
            self.scans[pattern] = [seen[start] for start in sorted(seen)]
        return self.scans[pattern]

    def office_holder(self, surnames: set[str]) -> bool:
        """Whether one of ``surnames`` is given an office in the text (_office_holder), each asked once."""
        if _OFFICE_BEFORE not in self.scans:
            self.scans[_OFFICE_BEFORE] = [{}]
        known: dict[str, bool] = self.scans[_OFFICE_BEFORE][0]
        for surname in surnames:
            if surname not in known:
                known[surname] = _office_holder(self.text, surname)
        return any(known[surname] for surname in surnames)

    def cites_in_table(self, position: int) -> bool:
        """Whether the table holding ``position`` cites a work elsewhere, in a bracket or by a name and its
        year: a table of sources, not a table of treaties ("| Treaty | NATO (1949) |")."""
        text = self.text
        start, end = _table_block(text, position)
        return any(self.taken.holds(at) for at in range(start, end) if text[at] == "(") or any(
            start <= evidence.start < end for evidence in self.found.values())

    def add(self, match: re.Match[str], end: int, strong: bool, style: str, start_at: int | None = None,
            title: str | None = None) -> None:  # fmt: skip
        """Weigh a narrative match and keep it: ``strong`` for a sign of scholarship on its own (a present
        verb of scholarship, a role, a year), weak for one that needs the name cited elsewhere or given as a
        scholar's; ``start_at`` and ``title`` for a match whose author is not its names group."""
        named = self.author(match, style, start_at, title)
        if named is None:
            return
        author, start = named
        # "Ann Lee and Tom Bell": either of a pair may be the one cited elsewhere or named as a scholar
        surnames = {name.split()[-1] for name in _PAIR_SPLIT.split(author) if name.split()}
        # ("Chen Bijia in her study", cited as "(Chen, 2019)": a name in East Asian order, surname first)
        east_asian = {name.split()[0] for name in _PAIR_SPLIT.split(author) if len(name.split()) > 1}
        if not surnames & self.cited and east_asian & self.cited:
            surnames = east_asian
        strong = strong and self.still_strong(match, author, surnames, start, end, start_at)
        # A name the text gives as a scholar's ("the historian Helmut Krausnick") is cited by a verb of
        # scholarship in any tense ("Krausnick argued that"), but not by plain speech ("…, said the memoir")
        verb = (match.groupdict().get("verb") or "").strip().lower()
        scholarly = bool(surnames & set(self.scholars or ())) and bool(verb) and verb not in _PLAIN_SPEECH
        if not strong and self.weak_sign_fails(verb, scholarly, surnames, start, end):
            return
        if self.taken.holds(start) or start in self.found:
            return
        if self.not_the_subject(match, surnames, start):
            return
        year = _years(match.groupdict().get("nyear") or "")
        locator = _clean_loc(match.groupdict().get("nloc1") or match.groupdict().get("nloc2")
                             or match.groupdict().get("nloc3"))
        self.found[start] = Evidence(EvidenceKind.CITATION, start, end, cited_author=author, year=year or "",
                                     locator=locator, details={"style": style})  # fmt: skip

    def author(self, match: re.Match[str], style: str, start_at: int | None,
               title: str | None) -> tuple[str, int] | None:  # fmt: skip
        """The author a match cites and where the citation starts, with a list of names before it ("Crafts,
        Harley and Mokyr argue"); None for a possessive and its noun."""
        text = self.text
        names = _names(match)
        if names is None and (title is None or start_at is None):
            return None
        # (``title``: a work cited by its title, or a person whose surname is also a common word)
        author, start = (title, start_at) if names is None else names  # type: ignore[assignment]
        if title is not None:
            author = title
        joint = _LIST_JOINT.search(text, max(0, start - 6), start)
        if start_at is None and match.start("names") == start and joint:
            listed = _LIST_BEFORE.search(text, max(0, start - 120), start)
            if listed and _CLAUSE_START.search(text, max(0, listed.start() - 8), listed.start()) and not any(
                word in _NOT_NAMES or word in _DEMONYMS for word in re.findall(r"[\w’'-]+", listed.group(0))
            ):
                author, start = text[listed.start() : start] + author, listed.start()
        if re.search(r"[’']s?$", author) and style == "narrative" and start_at is None:
            return None  # "Professor Orlov's claim that": a possessive and a noun, not a scholar's verb
        return author, start if start_at is None else start_at

    def still_strong(self, match: re.Match[str], author: str, surnames: set[str], start: int, end: int,
                     start_at: int | None) -> bool:  # fmt: skip
        """Whether a strong sign stays strong: not when the name is the history's actor (a title, a role, an
        office), a headline's subject, or the writer of a document the text points at."""
        text = self.text
        title = _WORD_BEFORE.search(text, max(0, start - 20), start)
        if author.split()[0].lower() in _ACTOR_TITLES or (title and title.group(1).lower() in _ACTOR_TITLES):
            return False  # "As Comrade Kosygin rightly noted": an actor of the history, not its scholar
        role = _ROLE_BEFORE.search(text, max(0, start - 30), start) if start_at is None else None
        if role and role.group(1) in _ACTOR_ROLES:
            return False  # "The prisoner Zaitseva … writes", "military doctor Pimenov, explains": an actor
        if not surnames & self.cited and self.office_holder(surnames):
            return False  # "Varga claims that", after "education minister Anna Varga": an actor speaking
        if not match.groupdict().get("nyear") and _heading_line(text, start):
            return False  # "Poll finds Russians divided": a headline's verb proves no scholarship
        # "Teller mentions the wedding in a letter to his sister", "(Teller describes the debt …)": the
        # writer of a document the essay points at, not a scholar
        return bool(surnames & self.cited) or not _document_writer(text, start, end)

    def weak_sign_fails(self, verb: str, scholarly: bool, surnames: set[str], start: int, end: int) -> bool:
        """Whether a weak sign (the verb alone is no proof of scholarship) cites nobody: the name is neither
        cited elsewhere nor given as a scholar's, or the verb tells an actor's deed, luck or belief."""
        text = self.text
        if not scholarly:
            if not surnames & self.cited:
                return True
            # "When Lenin introduced the NEP": an actor's deed too, a scholar's only when named one ("Lund et
            # al. introduced the index": "et al." names the authors of a work, never the history's actors)
            authors_of_work = _ET_AL_IN.search(text, start, end) is not None
            if _ACTORS_TOO.fullmatch(verb) and not authors_of_work:
                return True
            if verb == "found" and not _FINDING_AFTER.match(text, end):
                return True  # "Cope found financial success", "Culin found the game in 1895": luck or a find
        # "Ranke believed such work crude … (Muir, 1987, p. 4)": a past belief whose sentence cites another
        # scholar for it is what the past's actor thought, on that scholar's word ("Lowenthal expressed his
        # support … (Popkin, 155)" is still the scholar's view, cited at second hand)
        believed = _BELIEF.fullmatch(verb) is not None
        return bool(believed and self.sources and self.sources.other_in_sentence(text, end, surnames))

    def not_the_subject(self, match: re.Match[str], surnames: set[str], start: int) -> bool:
        """Whether the words before the name make it no subject of the verb: an article, an adjective, "among"
        or "the X of"."""
        text = self.text
        # ("an older Pavlov (1975)": a year makes a scholar's work of it)
        dated = bool(match.groupdict().get("nyear"))
        if start > 0 and _ARTICLE_BEFORE.search(text[max(0, start - 5) : start]) and not (
            dated and surnames & self.cited
        ):
            # "the Party argues": an organisation, not a scholar; but "the Lund and Berg (2011) critique" is
            # a work named by its authors and year, the authors cited elsewhere ("the Hague (1907)" is not)
            return True
        adjective = _ARTICLE_ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)
        if adjective and not dated and not re.fullmatch(_ROLES, adjective.group(1)) and (
            adjective.group(1) != "late"
        ) and not _after_long_line(text, adjective.end(1), start):
            return True  # "a rational Christian believes": a noun and its adjective, not a scholar
        if _AMONG_BEFORE.search(text, max(0, start - 12), start):
            return True  # "the use of plain words among Quakers provides": the name is no subject of the verb
        # "the Bishop of Chichester has described", "the Council of Ministers suggest"
        return _OF_NAME_BEFORE.search(text, max(0, start - 40), start) is not None

    def titled_work(self, match: re.Match[str], owner: str, at: int | None = None) -> None:
        """"Giovanni Levi’s Inheriting Power (1985)" cites Levi's work of 1985 (with the given name before
        the possessive, when there is one); "Russia’s Great War (1914)" or "Stalin’s Short Course" with no
        year cite nobody."""
        text = self.text
        start = match.start("names") if at is None else at
        if owner in _NOT_NAMES or owner in _DEMONYMS or owner in _place_names() or owner in _MONTHS:
            return
        given = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
        if given and given.group("given") not in _NOT_NAMES and given.group("given") not in _MONTHS:
            start, owner = given.start("given"), f"{given.group('given')} {owner}"
        self.claim(start, match.end(), owner, match.group("nyear"), {"style": "title"})

    def claim(self, start: int, end: int, author: str, year: str, details: dict[str, str],
              locator: str = "") -> None:  # fmt: skip
        """Keep a citation a rule has weighed itself, unless another rule or a citation took its start."""
        if start not in self.found and not self.taken.holds(start):
            self.found[start] = Evidence(EvidenceKind.CITATION, start, end, cited_author=author, year=year,
                                         locator=locator, details=details)  # fmt: skip

    def around_cited(self, pattern: re.Pattern[str], cited: set[str],
                     word_after: bool = False) -> list[re.Match[str]]:  # fmt: skip
        """The matches of ``pattern`` around the surnames ``cited`` (_around_cited)."""
        return _around_cited(self.text, pattern, cited, self.scans, self.taken, word_after)

    def dated_works(self) -> None:
        """"Kessler wrote in his 1967 book": a scholar's work named by its year after the verb. First, so that
        its year stays."""
        text = self.text
        for end_match in self.matches(_DATED_WORK_END):
            window = max(0, end_match.start() - 200)
            for match in _DATED_WORK.finditer(text, window, end_match.end()):
                if match.end() == end_match.end():
                    self.add(match, match.end(), True, "narrative")
                    break

    def names_with_brackets(self) -> None:
        """A name and its bracket, "Davies (1989)", "McAuley (47) sees": a scholar's work by its year or page;
        a possessive or a title before the bracket makes it the owner's titled work."""
        text = self.text
        for match in self.matches(_NARRATIVE_BRACKET):
            match = _own_line_names(text, match)
            if match.group("nyear") and _RANGE_AFTER.match(text[match.end() - 1 : match.end() + 3]):
                continue
            if _LIFE_DATES.fullmatch(match.group("nloc2") or ""):
                continue  # "Yevgenia Ginzburg (1904–1977)": the years of a life, not pages
            # "Davies (1989)", "McAuley (47) sees"; a bare page with no verb of scholarship ("rejected by
            # Sakwa (54)") needs the name cited elsewhere.
            following = _FOLLOWING_PRESENT.match(text, match.end()) is not None
            # ("Letter (n.d.)": an undated document; "Guyton et al. (n.d.) compare": a scholar's undated work)
            undated = re.fullmatch(_UNDATED, match.group("nyear") or "") is not None
            strong = (bool(match.group("nyear")) and not undated) or following or (
                undated
                and (match.group("etal") is not None or _FOLLOWING_VERB.match(text, match.end()) is not None)
            )
            # ("Kofi Mensah’s Whispers and Drums (1977)": the possessive after a given name)
            names = match.group("names")
            possessive = _OWNER_POSSESSIVE.match(names) or _LATER_POSSESSIVE.search(names)
            if possessive and match.group("nyear"):
                owner_at = match.start("names") + possessive.start("owner")
                self.titled_work(match, possessive.group("owner"), owner_at)
                continue
            if match.group("nyear") and _POSSESSIVE_S.search(match.group("names")):
                # "Chapman’s (1972) calculations": the owner's work of that year
                self.titled_work(match, _POSSESSIVE_S.sub("", match.group("names")))
                continue
            title = _TITLE_BEFORE.search(text, max(0, match.start() - 80), match.start())
            if title and _SENTENCE_OPENING.fullmatch(title.group(0)) and _SENTENCE_START.search(
                text, max(0, title.start() - 4), title.start()
            ):
                title = None  # "Back to Marlow (1975), he …": a sentence's first words, not a title's last
            if title:
                # "Robert Conquest, whose The Harvest of Sorrow (1986) gave …": the end of a book's title, the
                # work of the one named before it; with nobody named, no citation
                owner = _TITLE_OWNER.search(text, max(0, title.start() - 100), title.start())
                if owner and match.group("nyear"):
                    self.claim(title.start(), match.end(), owner.group("owner"), match.group("nyear"),
                               {"style": "title"})
                continue
            self.add(match, match.end(), strong, "narrative")

    def owned_plain_titles(self) -> None:
        """"Giovanni Levi’s Inheriting Power (1985)": an owner, a plain title in capitals and its year."""
        for match in self.near(_OWNER_PLAIN_TITLE, _YEAR_IN_BRACKETS, 200, 0):
            words = re.findall(r"[\w’'-]+", match.group("title"))
            surname = match.group("names").split()[-1]
            if not words or words[-1] in _EVENT_WORDS or words[-1].lower() in _TITLE_SMALL_WORDS or not all(
                word[0].isupper() or word.isdigit() or word in _TITLE_SMALL_WORDS for word in words
            ):
                continue  # "Lenin’s New Economic Policy (1921)": a policy and its year, no book
            # an actor of the history is named by the surname alone ("Stalin’s Short Course (1938)"): the
            # scholar with a given name, or by a surname cited elsewhere
            if len(match.group("names").split()) < 2 and surname not in self.cited:
                continue
            start = match.start("names")
            if any(w in _NOT_NAMES or w in _DEMONYMS or w in _place_names() or w in _MONTHS
                   for w in match.group("names").split()):  # fmt: skip
                continue
            self.claim(start, match.end(), match.group("names"), match.group("nyear"), {"style": "title"})

    def owned_italic_titles(self) -> None:
        """"Kuhn's infamous _Structure of …_ (1962)": an owner and an italic title."""
        for match in self.matches(_OWNER_ITALIC_TITLE):
            self.titled_work(match, match.group("names"))

    def bodies_reports(self) -> None:
        """"The European Environmental Bureau (2019) found": a body's dated report and what it found."""
        text = self.text
        for match in self.matches(_BODY_REPORT):
            words = match.group("names").split()
            while words and words[0] in _NOT_NAMES:
                words.pop(0)
            if len(words) < 2 or not _BODY_WORD.fullmatch(words[-1]):
                continue
            if not _FOLLOWING_VERB.match(text, match.end()):
                continue
            start = match.start("names") + match.group("names").index(words[0])
            year = _years(match.group("nyear"))
            self.claim(start, match.end(), " ".join(words), year, {"style": "narrative"})

    def bodies_according(self) -> None:
        """"according to a report of the Montreal Council of Welfare Agencies (1928: 178)": a body's dated
        report as the source of the sentence (one of its words a body's)."""
        for match in self.near(_BODY_ACCORDING, _ACCORDING_CUE, 2, 300):
            if not any(_BODY_NAME_WORD.fullmatch(word) for word in match.group("names").split()):
                continue
            self.claim(match.start("names"), match.end(), match.group("names"), match.group("nyear"),
                       {"style": "narrative"}, _clean_loc(match.group("nloc1")))

    def source_lines(self) -> None:
        """"Source: Census Canada (1987).": the source line of a table or a figure names its work."""
        for match in self.matches(_SOURCE_LINE):
            first = match.group("names").split()[0]
            if first in _DIVISION_WORDS or first in _MONTHS:
                continue  # ("Source: Table 2 (1990)": the essay's own table)
            self.claim(match.start("names"), match.end(), match.group("names"), match.group("nyear"),
                       {"style": "narrative"})

    def initials_reports(self) -> None:
        """"SIPRI (2025) reports", "| IFR (2025) |": a body's report by its initials, in a text that cites by
        date, followed by what it found or alone in a table's cell ("NATO (1949) was founded" is neither)."""
        text = self.text
        for match in self.near(_INITIALS_REPORT, _YEAR_IN_BRACKETS, 12, 0) if len(self.cited) > 1 else ():
            initials = match.group("names")
            if initials in _NOT_BODIES:
                continue
            if not _FOLLOWING_VERB.match(text, match.end()) and not (
                _CELL_END.match(text, match.end())
                and _CELL_START.search(text, max(0, match.start() - 4), match.start())
                and self.cites_in_table(match.start())
            ):
                continue
            self.claim(match.start(), match.end(), initials, _years(match.group("nyear")),
                       {"style": "narrative", "body": "1"})

    def capitals_names(self) -> None:
        """"DAVIES (1989) shows": a name printed in capitals, its year and a verb of scholarship."""
        text = self.text
        for match in self.matches(_CAPS_NAME_BRACKET):
            if not _FOLLOWING_PRESENT.match(text, match.end()):
                continue  # "THE SOVIET UNION (1991) is": a heading's words, not a scholar's
            if _CAPS_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "THE GREAT TERROR (1937) shows": the end of a longer phrase in capitals
            start = match.start()
            printed = text[start : match.end("names")].split()
            author = " ".join(w.title() if "’" in w or "'" in w else w.capitalize() for w in printed)
            words = [w for w in author.split() if not w.endswith(".")]
            if any(w in _NOT_NAMES or w in _DEMONYMS or w in _place_names() for w in words):
                continue
            self.claim(start, match.end(), author, match.group("nyear"), {"style": "narrative"})

    def verbs(self) -> None:
        """"Davies argues", "Lund and Berg (2011) found": a name before a verb of scholarship."""
        text = self.text
        # Matches that may overlap: in "Others, such as Davies and Wheatcroft, argue" the match from "Others"
        # is dropped (not a name) and the one from "Davies" must still be tried
        for match in self.matches(_NARRATIVE_VERB, overlapping=True):
            if _COLON_LINE_END.match(text[match.end() : match.end() + 4]):
                continue  # "Bennett Muraskin says:" heads a reader's comment or a turn, see comments.py
            if _CONTRAST_ASIDE.match(text, match.end("names")):
                continue  # "Fate, not strategy, defines merit": a noun set against another, not a name
            strong = _PRESENT_RE.fullmatch(match.group("verb")) is not None
            if (match.group("verb") in _NOUN_VERBS and _NOUN_AFTER.match(text, match.end())
                    and " " not in match.group("names").strip()
                    and _SENTENCE_START.search(text, 0, match.start())
                    and match.group("names").split()[-1] not in self.cited):  # fmt: skip
                continue  # "Sovereign states (one colour)", "Early estimates: …": a line's adjective and noun
            if _PLACE_BEFORE.search(text, max(0, match.start("names") - 12), match.start("names")):
                continue  # "a forest near Tomsk have found": a place, the verb's subject stands before it
            by = _BY_BEFORE.search(text, max(0, match.start("names") - 5), match.start("names"))
            if by and text.startswith(",", match.end("names")):
                continue  # "the school, represented above all by Conquest, held that": the school holds it
            if not match.group("aside") and _BARE_PLURAL.fullmatch(match.group("verb")) and not (
                _PAIR.search(match.group("names")) or match.group("etal")
            ):
                # "finds of presumed Avars suggest": one name and a plural verb, a people or a plural
                continue
            # A bracket in the appositive is a citation of its own: the narrative one is the name alone
            bracketed = "(" in (match.group("aside") or "")
            self.add(match, match.end("names") if bracketed else match.end(), strong, "narrative")

    def verbs_around_cited(self) -> None:
        """Weaker verbs, tried only around a surname cited elsewhere: any present, a past on a work, the
        object of scholarship, "asked of", "caused to"."""
        text = self.text
        for match in self.around_cited(_ANY_PRESENT, self.cited - {self.reviewed}, word_after=True):
            # (a review speaks of the reviewed book in the present throughout: "Kovaleva builds on Viola" is
            # the review's subject at work, cited only by the verbs of scholarship)
            if _present_verb(text, match):
                self.add(match, match.end("verb"), False, "narrative")
        for match in self.around_cited(_SCHOLARSHIP_OBJECT, self.cited):
            self.add(match, match.end(), False, "narrative")
        for match in self.around_cited(_PAST_ON_WORK, self.cited - {self.reviewed}, word_after=True):
            if _SUBJECT_LEAD.search(text, max(0, match.start("names") - 12), match.start("names")) and not (
                text.startswith(("’s", "'s"), match.end("names"))
            ):
                self.add(match, match.end("pverb"), False, "narrative")
        for match in self.around_cited(_ASKED_OF, self.cited):
            self.add(match, match.end(), False, "narrative")
        for match in self.around_cited(_CAUSED_TO, self.cited):
            self.add(match, match.end(), False, "narrative")

    def epigraphs_and_letters(self) -> None:
        """"— Anna Varga, 2019" under an epigraph, and "- Henry Cope to Alfred Cope, March 10, 1834"."""
        text = self.text
        for match in self.matches(_EPIGRAPH_SOURCE):
            # a scholar cited elsewhere ("— Anna Varga, 2019" and "(Varga 2005)"): the past's own voices are
            # quoted so too ("— Aleksandr Solzhenitsyn, 1962"), and a dateline ("— London, 1851") is a place's
            if text[text.rfind("\n", 0, match.start()) + 1 : match.start()].strip():
                continue  # (the dash opens its line: "prices — Lund, 2004" is a clause's)
            if not any(word in _place_names() for word in match.group("names").split()):
                self.add(match, match.end(), False, "narrative")
        for match in self.matches(_LETTER_SOURCE):
            self.add(match, match.end(), True, "letter")  # "- Henry Cope to Alfred Cope, March 10, 1834"

    def possessive_verbs(self) -> None:
        """"Goldman's study of factory workers shows": a scholar's work as the verb's subject."""
        for match in self.matches(_POSSESSIVE_VERB):
            # "Goldman's study of factory workers shows"; with a year, "Bullock's biography … (1952) depicts"
            self.add(match, match.end(), match.group("nyear") is not None, "narrative")

    def as_according_following(self) -> None:
        """"as Conquest argues", "according to X", "following X,", "for Getty,": a view framed by its
        holder."""
        text = self.text
        for match in self.matches(_NARRATIVE_AS):
            lead = match.group("lead").lower()
            if lead == "for" and not text.startswith(",", match.end("names")):
                continue  # "For Getty, the purges were …" frames a view; "for Stalin himself" does not
            if lead == "for" and _ADVERB_BEFORE_FOR.search(text, max(0, match.start() - 20), match.start()):
                continue  # "unfortunately for Mao, …": a fortune, not a view
            # "Some, following Rapoport, believed": an argument's lineage, as strong as "as X argues"
            strong = (lead == "as" and match.group("verb") is not None) or (
                # ("Following Lund and Berg: the rolls …": a slide's or a list's colon for the comma)
                lead.startswith("following")
                and text[match.end("names") : match.end("names") + 1] in (",", ":")
            )
            if lead == "as" and match.group("verb") is None:
                continue
            if lead == "as" and _ONCE.match(match.group("verb")):
                strong = False  # "as Lavoisier once said": a saying remembered, not a scholar's argument
            # "according to historian Douglas Smith", or a name the text gives as a scholar's elsewhere
            scholar = match.group("role") is not None or (
                lead.startswith("according") and _names(match) is not None
                and any(name.split()[-1] in (self.scholars or ())  # type: ignore[index]
                        for name in _PAIR_SPLIT.split(_names(match)[0]) if name.split())  # type: ignore[index]
            )
            owned = _OWNER_IN_NAMES.match(match.group("names")) if lead.startswith("according") else None
            if owned is not None and not any(word in _NOT_NAMES for word in owned.group("owner").split()):
                # "According to J. William Frost’s The Quaker Origins of Antislavery,": the owner of the work
                owner, at = owned.group("owner"), match.start("names")
                self.add(match, at + len(owner), strong or scholar, "narrative", at, owner)
                continue
            self.add(match, match.end(), strong or scholar or bool(match.group("nyear")), "narrative")

    def possessive_years(self) -> None:
        """"Chapman’s (1972)": a possessive and its year."""
        for match in self.matches(_POSSESSIVE):
            if match.group("nyear"):
                self.add(match, match.end(), True, "narrative", match.start("bracket"))

    def imprints(self) -> None:
        """"by William Still (Philadelphia: Porter & Coates, 1872)": a name or a title and its imprint."""
        text = self.text
        for match in self.matches(_IMPRINT):
            place = match.group("place").strip()
            # ("(Phila.: Gale and Hobbs, 1839)": a place and a publisher after its colon, a known place or
            # not)
            printed = match.group("publisher") is not None and _IMPRINT_PLACE.fullmatch(place) is not None
            imprint = place in _place_names() or _PUBLISHER.search(place) is not None or printed
            if not imprint or self.reference_list.holds(match.start()):
                continue
            start = match.start("names")
            head = _TITLE_HEAD.search(text, max(0, start - 80), start)
            if head is None:
                # ("by William Still (Philadelphia: …, 1872)": a surname that is a common word, after a given
                # name)
                names = match.group("names").split()
                person = len(names) > 1 and _names(match) is None and _given_name(names[0])
                self.add(match, match.end(), True, "imprint", start, match.group("names") if person else None)
                continue
            # "Annals of the Mercer Street Hall (Phila.: …, 1839)": a work without an author, cited by its
            # title
            title_start = head.start()
            while (lead := _NOT_TITLE_HEAD.match(text, title_start, start)) is not None:
                title_start = lead.end()
            title = text[title_start : match.end("names")] if title_start < start else None
            self.add(match, match.end(), True, "imprint", title_start, title)

    def cf(self) -> None:
        """A comparison's pointer with a year ("cf. Lund 2004"), or with a page after "cf." alone."""
        for match in self.matches(_CF):
            cf = match.group("lead").lower().startswith("cf")
            if match.group("nyear") or (cf and match.group("nloc1")):
                self.add(match, match.end(), True, "cf")

    def framing_phrases(self) -> None:
        """Set phrases naming a scholar: inverted ("argues Davies"), plural verbs of a pair, "in Ganson's
        words", "in the words of X", "Chen in her study", lists before a verb, "with Messenger agreeing"."""
        for match in self.matches(_INVERTED):
            self.add(match, match.end(), match.group("role") is not None, "narrative")
        for match in self.matches(_NARRATIVE_PLURAL):
            if re.search(r"\s(?:and|&)\s", match.group("names")):
                self.add(match, match.end(), True, "narrative")  # "Davies and Wheatcroft describe"
        for match in self.matches(_IN_WORDS):
            # "in Ganson's words": a weak sign, as "according to"
            self.add(match, match.end(), False, "narrative")
        for match in self.matches(_WORDS_OF):
            self.add(match, match.end(), match.group("role") is not None, "narrative")  # "in the words of X"
        for match in self.near(_IN_OWN_WORK, _IN_OWN_WORK_CUE, 100, 60):
            self.add(match, match.end(), False, "narrative")  # "Chen in her study": a scholar's work
        for match in self.matches(_NARRATIVE_LIST):
            self.add(match, match.end(), True, "narrative")  # "A, B, and C have argued"
        for match in self.matches(_WITH_ING):
            self.add(match, match.end(), False, "narrative")  # "with Messenger agreeing that"

    def passive_by(self) -> None:
        """"as defined by Tylor", "described by the political scientist X": a passive and its scholar."""
        text = self.text
        for match in self.matches(_PASSIVE_BY):
            verb_before = _PASSIVE_VERB_BEFORE.search(text, max(0, match.start() - 20), match.start())
            if not verb_before:
                continue
            if _AS_BEFORE.search(text, max(0, verb_before.start() - 4), verb_before.start()):
                # "As defined by Tylor, culture …": the frame of "as X defines", a weak sign (the name cited
                # elsewhere)
                self.add(match, match.end(), False, "narrative")
                continue
            # "described by the political scientist X", or by a name the text gives as a scholar's: a name
            # cited elsewhere is not enough ("disputed by Walter Duranty of The New York Times": a journalist)
            named = _names(match)
            scholar = named is not None and named[0].split()[-1] in (self.scholars or ())
            if match.group("role") is None and not scholar:
                continue
            self.add(match, match.end(), True, "narrative")

    def agreement_and_causes(self) -> None:
        """"agrees with historian X", "led the historian X to comment", "scholarship, particularly by X"."""
        for match in self.matches(_AGREES_WITH):
            # "agrees with historian X"
            self.add(match, match.end(), match.group("role") is not None, "narrative")
        for match in self.matches(_CAUSATIVE):
            self.add(match, match.end(), True, "narrative")  # "led the historian X to comment"
        for match in self.matches(_WORK_BY):
            self.add(match, match.end(), True, "narrative")  # "scholarship, particularly by X"

    def possessive_subjects(self) -> None:
        """"Zima's seminal monograph argued", "Webb's analysis": a scholar's work as a subject."""
        text = self.text
        for match in self.near(_POSSESSIVE_SUBJECT, _POSSESSIVE_CUE, 200, 250):
            named = _names(match)
            # (a sentence's or, after a semicolon, a clause's subject; "Zima's monograph (Zima 1996)": the
            # bracket is the citation)
            if re.match(r"\s*\(", text[match.end() : match.end() + 3]):
                continue
            if named and (_SENTENCE_START.search(text, max(0, match.start() - 4), match.start())
                          or text[max(0, match.start() - 2) : match.start()] == "; "):
                self.add(match, match.end(), False, "narrative", named[1])
        for match in self.matches(_POSSESSIVE_WORK):
            self.add(match, match.end(), False, "narrative", match.start("names"))  # "Webb's analysis"

    def role_possessive_works(self) -> None:
        """"historian Maura Farrelly's argument that": a scholar named by the calling, and her work."""
        for match in self.near(_ROLE_POSSESSIVE_WORK, _POSSESSIVE_CUE, 80, 40):
            self.add(match, match.end(), True, "narrative")

    def role_lists(self) -> None:
        """"historians, such as A, B and C, argue": a list of scholars after their role."""
        text = self.text
        for match in self.matches(_ROLE_LIST):
            if _VIEW_HELD_BY.search(text, max(0, match.start() - 40), match.start()):
                self.add(match, match.end(), True, "narrative")  # "the consensus held by scholars such as A"
                continue
            head = _ROLE_LIST_HEAD.search(text, max(0, match.start() - 60), match.start())
            if head is None or _NOT_HEAD_WORDS & set(head.group("words").lower().split()):
                continue
            verb = _ROLE_LIST_VERB.match(text, match.end())
            if not verb or _PASSIVE_AFTER.match(text, verb.end()):
                # "Roman historians, like Livy and Tacitus, were heavily influenced by": done to them
                continue
            self.add(match, match.end(), True, "narrative")  # "historians, such as A, B and C,"

    def kept(self) -> list[Evidence]:
        """The citations found in text order, each kept once and none inside a note."""
        kept: list[Evidence] = []
        for evidence in sorted(self.found.values(), key=lambda e: e.start):
            if self.notes.holds(evidence.start) or (kept and evidence.start < kept[-1].end):
                continue  # inside a note, or a shorter match inside one already taken ("Wheatcroft, argue")
            kept.append(evidence)
        return kept

    # Years and titles first (their year stays), then the verbs of scholarship, then the weaker frames
    RULES = (
        dated_works, names_with_brackets, owned_plain_titles, owned_italic_titles, bodies_reports,
        bodies_according, source_lines, initials_reports, capitals_names, verbs, verbs_around_cited,
        epigraphs_and_letters, possessive_verbs, as_according_following, possessive_years, imprints, cf,
        framing_phrases, passive_by, agreement_and_causes, possessive_subjects, role_possessive_works,
        role_lists,
    )


def _narrative(text: str, cited: set[str], taken: _Spans, notes: _Spans, reference_list: _Spans,
               scans: _Scans | None = None, scholars: set[str] | None = None,
               sources: _Sources | None = None, reviewed: str = "") -> list[Evidence]:  # fmt: skip
    """The narrative citations of ``text`` (_NarrativePass), outside the citations ``taken`` and the notes."""
    return _NarrativePass(text, cited, taken, notes, reference_list, scans, scholars, sources, reviewed).run()


def _around_cited(text: str, pattern: re.Pattern[str], cited: set[str], scans: _Scans, taken: _Spans,
                  word_after: bool = False) -> list[re.Match[str]]:  # fmt: skip
    """The matches of ``pattern`` whose names hold a surname cited elsewhere, outside the citations found:
    tried only around those surnames (a scan of the whole text from every capital costs as much as all other
    scans)."""
    if _CAPITAL_RUN not in scans:
        # (kept as one index, capital word → its matches, between the passes and the patterns)
        index: dict[str, list[re.Match[str]]] = {}
        for capital in _CAPITAL_RUN.finditer(text):
            index.setdefault(capital.group(0), []).append(capital)
        scans[_CAPITAL_RUN] = [index]
    index = scans[_CAPITAL_RUN][0]
    # The matches around each place of a surname, kept between the passes: the second pass of
    # ``find_citations`` asks again for every surname of the first, and a place's matches depend only on the
    # text, the pattern, ``word_after`` and ``taken``, which stay the same
    if pattern not in scans:
        scans[pattern] = [{}]
    tried: dict[tuple[int, bool], list[re.Match[str]]] = scans[pattern][0]
    seen: dict[int, re.Match[str]] = {}
    for word in (capital for name in cited for capital in index.get(name, ())):
        key = (word.start(), word_after)
        if key not in tried:
            tried[key] = _around_word(text, pattern, word, taken, word_after)
        for match in tried[key]:
            seen.setdefault(match.start(), match)
    return [seen[start] for start in sorted(seen)]


def _around_word(text: str, pattern: re.Pattern[str], word: re.Match[str], taken: _Spans,
                 word_after: bool) -> list[re.Match[str]]:  # fmt: skip
    """The matches of ``pattern`` around one place of a cited surname whose names hold it (_around_cited)."""
    if taken.holds(word.start()):
        return []  # ("(Lund 2004, 12)": the surname inside a citation already found)
    after = text[word.end() : word.end() + 2]
    if word_after and not (after[:1] == " " and (after[1:].isalpha() or after[1:] == "&")):
        # (a verb, "and", "et al." or, after a surname said first, the given names must follow it:
        # "Lund, 2004", "Lund’s" cannot)
        return []
    window = (max(0, word.start() - 70), min(len(text), word.end() + 70))
    return [match for match in pattern.finditer(text, *window)
            if match.start("names") <= word.start() and word.end() <= match.end("names")]  # fmt: skip
