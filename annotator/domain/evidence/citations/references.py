"""One reference inside a bracket and how it becomes a record: the pattern of a reference (authors and
year and/or locator, a body's report, an archive's fond, "ibid.", a page alone, "see"/"cf."/"as cited in"
before it, a title or remark after it), the works a bracket lists with commas or mixes with the writer's
remarks, and the clean-up of years, locators and authors.
"""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, EvidenceKind
from annotator.domain.evidence.citations.names import (
    _BODY_WORD,
    _DIVISION_WORDS,
    _EVENT_WORDS,
    _MONTHS,
    _NOT_NAMES,
    _PUBLISHER,
    _only_capital,
    _person_named,
    _place_names,
)
from annotator.domain.evidence.citations.shapes import (
    _AUTHORS,
    _CAPITAL,
    _LETTER,
    _LOC,
    _LOC_WORD,
    _LOWER,
    _NAME,
    _NAME_RE,
    _YEAR,
    _YEAR_FORM,
)

# Words before a reference, alone or together: "see", "cf.", "see, e.g.,", "quoted in".
_PREFIX = (
    # ("qtd. in": MLA's "quoted in", the source read for words first printed elsewhere)
    r"(?:(?:see\s+also|see|also|cf\.?|e\.\s?g\.?|i\.\s?e\.?|quoted\s+in|qtd\.?\s+in|cited\s+in|as\s+cited\s+in|in|"
    r"noted\s+by|reported\s+by|after|following),?\s+)+"
)
# A year as references print it: "1989", "1989a", "1968/1990", "2003 [1997]" (a reprint and its original).
_ORIGINAL_YEAR = re.compile(r"\s*\[(\d{4})\]")
# A remark after the page on the italics of the quoted words: "(p. 63, my emphasis)",
# "(Lind 2004, 12, emphasis added)"
_EMPHASIS = (
    r"(?:(?:my|our|original|added)\s+(?:emphasis|italics)|(?:emphasis|italics)\s+"
    r"(?:added|mine|ours|in\s+(?:the\s+)?original))"
)
# A title in quotation marks between the year and the page, or after a chapter: "(Rand 2021, chapter 2,
# "Reasons and Causes")", "(Baird 1833, "On the forms of bodies", p. 123)"
_QUOTED_TITLE = r"[\"“][^\"“”\n]{1,100}[\"”]"
# A title in Markdown italics after the year, a journal's with its volume: "(Lindqvist 1995, *Salt Roads*)",
# "(Okonjo 2004, *Review of Agrarian History* 41)"; and a remark on what the work is cited for: "(Marren 2011
# on the salt roads)", "(Delacroix 1968, *The Inland Sea*, on postal relays)"
_TITLE = rf"(?:{_QUOTED_TITLE}|\*[^*\n]{{1,120}}\*(?:\s+\d{{1,4}}\b)?|_[^_\n]{{1,120}}_(?:\s+\d{{1,4}}\b)?)"
_ON_REMARK = r"(?:\s*,)?\s+on\s+(?:[\w’'-]+\s+){0,5}[\w’'-]+"
# What the works are cited as, after the last one, or what was done to the quotation: "(Lund 2003; Okoro 2011,
# among others)", "(see Berg 2019
# for a survey)", "(Marr 2008 and references therein)", "(Lund et al. 2021 special issue)"
_TAIL_REMARK = (
    r"(?:\s*,)?\s+(?:among\s+others|inter\s+alia|and\s+(?:the\s+)?references\s+there(?:in)?|special\s+issue|"
    # ("(Hacking 1990, 209 emphasis added)", "(Lund 2004, 7, my emphasis)": what the quoting writer did)
    r"(?:(?:my|our)\s+)?(?:emphasis|emphases|italics)(?:\s+(?:added|mine|ours|in\s+(?:the\s+)?original))?|"
    r"for\s+(?:an?|the)\s+(?:[a-z]+\s+){0,2}(?:review|survey|overview|discussion|summary|introduction|"
    r"critique|treatment|account|example|statement)s?)"
)
# The given name after the surname, as a reference list prints it, before the year: "(Nair, Janaki. 2008)"
_INVERTED_GIVEN = rf"\s*,\s*[A-ZÀ-ÞА-ЯЁ][{_LOWER}]+\.(?=\s*{_YEAR})"
# A plain title between the author and the year, to tell apart two works of one author: "(Iggers,
# Historiography in the Twentieth Century, 2005, p. 470)"; two words at least, so "(Lund, Okoro, 2016)"
# stays two authors
# ("(Capra, FCB, ep. 1)": a film's short title in capitals, before its locator)
_TITLE_BEFORE_YEAR = (
    rf"\s*,\s*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){{1,12}}|[A-Z]{{2,8}})"
    rf"(?=\s*,\s*(?:{_YEAR}|{_LOC_WORD}\.?\s*\d))"
)
_IBID = r"(?:ibid(?:em)?\.?|id\.|op\.?\s*cit\.?|loc\.?\s*cit\.?)"

# A body's initials, a party's too in mixed case: "(OECD 2019)", "(PiS, 2019)", "(KPdSU 1961)"
_ACRONYM = r"[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,7}"
# A body's name in words, as author of its report: "(European Commission 2017)", "(Ministry of Foreign
# Affairs, 2017)", "(Prawo i Sprawiedliwość 2019)" (a party named in its language); kept only where it names
# a body (_corporate_author)
_CORPORATE = (
    rf"[{_CAPITAL}][{_LETTER}’'-]*[{_LOWER}](?:\s+(?:(?:of|for|and|on|in|i|und|für|de|des|du|y|et|&)\s+)?"
    rf"(?:the\s+)?[{_CAPITAL}][{_LETTER}’'-]*){{1,6}}"
)
# One reference in a bracket. Alternatives: an "ibid." form; names with a year and/or locator; names alone.
# An archival reference: "RGASPI, f. 17, op. 3, d. 1003, l. 85", "GARF f. R-9401, op. 1, d. 4157, ll. 201–5".
_ARCHIVAL = (
    r"(?:f|ф|fond)\.?\s*[\w-]+(?:\s*,\s*(?:op|оп|opis|d|д|delo|l|ll|л|лл|k|t)\.?\s*[\w–-]+)*"
)
_REF = re.compile(
    # ("(PiS, 2017, as cited in Varga, 2019)": APA's original work, with its year, before the work consulted)
    rf"""(?P<via>(?:{_AUTHORS}|{_ACRONYM}|{_CORPORATE})(?:\s*,?\s*{_YEAR_FORM})?
        \s*(?:[-–—,]\s*)?(?=see\b|cited\b|quoted\b|qtd\b|as\s+(?:cited|quoted)\b))?
    (?P<prefix>{_PREFIX})?
    (?:
        (?P<ibid_author>{_AUTHORS}\s*,?\s*)?(?P<ibid>{_IBID})(?:\s*[,:]?\s*(?P<ibid_loc>{_LOC}))?
      | (?P<page_only>(?:pp?|p)\.\s*\d+[a-z]?(?:\s*[-–—]\s*\d+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*)
      | (?P<archive>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9-]{{1,15}})\s*,?\s*(?P<fond>{_ARCHIVAL})
      | (?P<authors>{_AUTHORS})
        (?:\s+to\s+(?P<recipient>{_NAME}))?
        (?:{_INVERTED_GIVEN}|{_TITLE_BEFORE_YEAR})?
        (?:\s*,?\s*(?P<year>{_YEAR_FORM}(?:\s*,\s*{_YEAR}(?![\d-]))*))?
        (?:\s*,\s*{_TITLE})?
        (?:\s*(?:,|:|(?<=\d)\.(?=\s*\d))?\s*(?P<loc>{_LOC}))?
        (?:\s*,\s*{_QUOTED_TITLE})?
        (?:(?<=\d|\*|_|\w)(?:{_ON_REMARK}|{_TAIL_REMARK}))?
      | (?P<body>{_ACRONYM}(?:\s+(?:[A-Z]{{2,8}}|[A-Z][a-z]+))?|{_ACRONYM}\s+{_CORPORATE}|{_CORPORATE})
        \s*,?\s*(?P<body_year>{_YEAR_FORM})
        (?:\s*(?:,|:)?\s*(?P<body_loc>{_LOC}))?(?:\s*,\s*{_QUOTED_TITLE})?
    )(?:\s*[,;]\s*{_EMPHASIS})?(?:\[\^?\w{{1,4}}\])?\.?""",
    re.VERBOSE,
)
_ROMAN = re.compile(r"[ivxlc]+")

# A comma before a name: "(Lund 1999, Okoro 2016)", "(…, de Solla Price 1976)"
_BARE_YEAR = re.compile(rf"(?P<year>{_YEAR_FORM})(?:\s*[,:]\s*(?P<loc>{_LOC}))?")
_PAGE_LOC = re.compile(r"pp?\.\s*\d")
_WORK_COMMA = re.compile(r",(?=\s+(?:[a-z]{1,4}\s+)?[A-ZÀ-ÞА-ЯЁ])")


def _in_words(body: str) -> bool:
    """Whether a body's name is printed in words ("European Commission"), not as its initials ("OECD")."""
    return re.match(_ACRONYM + r"\b", body) is None


def _ref_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The reference ``text[start:end]`` reads as, if any: words before a year that name no body are none
    ("(Leo Strauss 1959)" is read after its given name, "(Second World War 1939)" names an event)."""
    ref = _REF.fullmatch(text, start, end)
    body = ref.group("body") if ref is not None else None
    if body and _in_words(body) and not _corporate_author(text, body):
        return None
    return ref


def _comma_works(text: str, start: int, end: int) -> list[tuple[int, int, re.Match[str] | None]]:
    """A bracket's reference, or the works it lists with commas between when it reads as no one reference:
    "(Lund 1999, Okoro 2016)" cites two works; "(Getty, Rittersporn and Zemskov 1993)" one. Each work must
    name an author and a year or a page. Each with its reference (None where the whole reads as none)."""
    whole = _ref_at(text, start, end)
    if whole is not None or "," not in text[start:end]:
        return [(start, end, whole)]
    pieces: list[tuple[int, int, re.Match[str] | None]] = []
    # ("(Baltzell, 501, 440-441, Barbour and Frost, 187)": author–page works, each an author and its pages)
    # (only in a bracket of such works alone: "(Lund 1999, Okoro 16)" stays a reading of its own)
    begin, dated, all_paged, loose = start, False, True, False
    for cut in [m.start() for m in _WORK_COMMA.finditer(text, start, end)] + [end]:
        piece = text[begin:cut]
        stripped = piece.strip()
        if not stripped:
            return [(start, end, None)]
        at = begin + piece.index(stripped)
        ref = _ref_at(text, at, at + len(stripped))
        # ("(Huygens p. 246-7, Eck 1959 p. 93)": a work with a page and no year among dated ones)
        paged = bool(ref and ref.group("authors") and _PAGE_LOC.match(ref.group("loc") or ""))
        # ("(Heine 1828, Adorno, Baudrillard)": a name alone among dated works, kept where cited elsewhere)
        bare_name = bool(ref and ref.group("authors") and not ref.group("loc") and not ref.group("prefix")
                         and _NAME_RE.fullmatch(ref.group("authors")))
        # (an early year is no page: "(Flanders 1302, Florence 1378)" are places and dates)
        author_page = bool(ref and ref.group("authors") and ref.group("loc") and not ref.group("year"))
        if author_page and ref is not None and _EARLY_YEAR.fullmatch(ref.group("loc")):
            author_page = "," in text[ref.end("authors") : ref.start("loc")]
        if ref is None or not (ref.group("year") or paged or bare_name or author_page):
            return [(start, end, None)]
        dated = dated or bool(ref.group("year"))
        all_paged = all_paged and author_page
        loose = loose or (author_page and not (paged or bare_name))
        pieces.append((at, at + len(stripped), ref))
        begin = cut + 1
    return pieces if len(pieces) > 1 and ((dated and not loose) or all_paged) else [(start, end, None)]


# A writer's words about the works after a dated reference, in a bracket that lists several: "Lund 2015 give a
# share of 57%", "Okoro 1989 for the early years", "Berg & Tam 2019 argue for less"
_REMARK_AFTER_REF = re.compile(r"\s+[a-z][\w’'-]*(?:\s+[\w’'%.,–-]+){0,14}")
# A part of such a bracket that is the writer's prose, not a work: "the tolls are debated", "a design item at
# 1750", "England about 5 million in 1300" — two lower-case words at least that are no name's particle
# ("Slicher van Bath 1963" is a name)
_PROSE_WORD = re.compile(
    r"(?<![\w’'-])(?!(?:van|von|de|der|den|du|la|le|di|da|del|dos|das|ten|ter|y)\b)[a-z]{2,}"
)


_BODY_INITIALS = re.compile(_ACRONYM)


def _without_remarks(
    text: str, refs: list[tuple[int, int, re.Match[str] | None]]
) -> list[tuple[int, int, re.Match[str] | None]]:
    """A bracket of several parts that mixes dated works with the writer's remarks: "(Hajnal 1965; Smith 1981;
    a design item at 1750)", "(Lund 2000; Berg et al. 2015 give 57% for 1381)": the works, each cut before
    its remark, without the prose parts. Unchanged unless every part is a work or a remark and at least one
    work names an author and a year with no remark of its own (so "(the revolt of 1378; Ghent 1302)" is
    judged as before)."""
    if len(refs) < 2 or all(ref is not None for _, _, ref in refs):
        return refs
    kept: list[tuple[int, int, re.Match[str] | None]] = []
    clean_dated = False
    for start, end, ref in refs:
        if ref is not None:
            clean_dated = clean_dated or bool(ref.group("authors") and ref.group("year"))
            kept.append((start, end, ref))
            continue
        head = _REF.match(text, start, end)
        if head is not None:
            # the longest reading is greedy; cut back to the dated work before the remark
            cut = _ref_before_remark(text, start, end)
            if cut is not None:
                kept.append(cut)
                continue
        if len(_PROSE_WORD.findall(text, start, end)) >= 2:
            continue
        if _BODY_INITIALS.fullmatch(text, start, end) and text[start:end] not in _NOT_BODIES:
            continue  # "(METR; Kwa et al. 2025)": the body whose work the dated one is, no work of its own
        return refs
    return kept if clean_dated and kept else refs


def _ref_before_remark(text: str, start: int, end: int) -> tuple[int, int, re.Match[str] | None] | None:
    """``text[start:end]`` as a dated work followed by the writer's remark, if it reads so."""
    for space in re.finditer(r"\s+(?=[a-z])", text[start:end]):
        remark = _REMARK_AFTER_REF.fullmatch(text, start + space.start(), end)
        if remark is None:
            continue
        ref = _ref_at(text, start, remark.start())
        if ref is not None and ref.group("authors") and ref.group("year"):
            return (start, remark.start(), ref)
    return None


def _parts(bracket: re.Match[str]) -> list[tuple[int, int]]:
    """The references of a bracket: its text split at semicolons, trimmed, as offsets into the text."""
    parts = []
    offset = bracket.start(1)
    for piece in bracket.group(1).split(";"):
        stripped = piece.strip()
        if stripped:
            start = offset + piece.index(stripped)
            parts.append((start, start + len(stripped)))
        offset += len(piece) + 1
    return parts


def _from_ref(text: str, ref: re.Match[str], review: bool = False) -> Evidence | None:
    prefix = " ".join((ref.group("prefix") or "").split()).lower()
    details = {"style": "author-page"}
    if prefix:
        details["prefix"] = prefix
    if ref.group("via"):
        details["via"] = ref.group("via").strip(" ,-–—")
    if ref.group("archive"):
        details["style"] = "archive"
        return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=ref.group("archive"),
                        locator=_clean_loc(ref.group("fond")), details=details)  # fmt: skip
    if ref.group("page_only"):
        # "“…” (p. 12)": the page of quoted words, in the work cited last (a review cites its one book);
        # "Chapter three (pp. 77–120)" points at pages and cites nobody, but in a review every page is the
        # book's ("… during the first winter (p. 88)")
        if not review and not _QUOTE_BEFORE.search(text, max(0, ref.start() - 4), ref.start()):
            return None
        details["style"] = "ibid"
        details["page_only"] = "1"
        locator = _clean_loc(ref.group("page_only"))
        return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), locator=locator, details=details)
    if ref.group("body"):
        # "(OECD 2019, 12)": a body's report by its initials, with a year; never an era or a state
        # ("(AD 1309)", "(USSR 1936)"). Kept only in a text that cites authors by date too (find_citations)
        # ("(UK Ministry of Defence 2025)", "(UN Commission of Inquiry 2014)": a state's or a union's body,
        # named by its initials and a body's word)
        words = ref.group("body").partition(" ")[2]
        if any(word in _NOT_BODIES for word in ref.group("body").split()) and not (
                words and _body_by_its_words(words)):
            return None
        if _in_words(ref.group("body")):
            details["corporate"] = "1"  # (checked by _ref_at)
        details["style"] = "author-date"
        details["body"] = "1"
        return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=ref.group("body"),
                        year=_years(ref.group("body_year")), locator=_clean_loc(ref.group("body_loc")),
                        details=details)  # fmt: skip
    if ref.group("ibid"):
        details["style"] = "ibid"
        author = (ref.group("ibid_author") or "").strip(" ,")
        return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=author,
                        locator=_clean_loc(ref.group("ibid_loc")), details=details)  # fmt: skip
    authors = ref.group("authors")
    year, locator = ref.group("year") or "", _clean_loc(ref.group("loc"))
    first = _NAME_RE.match(authors)
    first_name = first.group(0) if first else authors
    # "(Still 97)", "(Jordan, p. 54)": a word that opens sentences or names a place is a surname where the
    # text names the person ("Harriet Still", "Ruth A. Jordan") and the bracket gives a page
    person = (
        bool(locator) and not year and first_name == authors
        and (first_name in _NOT_NAMES or first_name in _place_names()) and _person_named(text, first_name)
    )  # fmt: skip
    # ("(Section 4.2)", "(Chapter 3)": the writer's pointer to a part of the work itself)
    if first_name in _MONTHS or (first_name in _NOT_NAMES and not person) or (
            first_name in _DIVISION_WORDS and not year):
        return None
    # "(Douglas 1966)": a name and a bare year is a scholar's date, even when the name is also some small
    # capital's; an imprint puts a comma or colon after the place, and the usual places and countries stay out
    bare_date = bool(year) and not text[ref.end("authors") : ref.start("year")].strip()
    surname_too = bare_date and _only_capital(first_name) and _only_capital(authors.split(",")[0].strip())
    # ("(Hamilton, 1982:33)": Harvard's page after a colon; an imprint puts no page inside its bracket)
    harvard_page = bool(year and locator) and ":" in text[ref.end("year") : ref.start("loc")]
    place = first_name in _place_names() or authors in _place_names()
    if place and not (surname_too or person or harvard_page):
        return None  # an imprint: "(Moscow, 1937)"
    if _PUBLISHER.search(authors):
        return None  # "(Northwestern Univ., 2000)"
    if not year and not locator:
        if prefix not in ("reported by", "noted by", "e.g.", "e.g.,", "see", "see also", "cf.", "cf"):
            return None
        details["style"] = "names"  # kept only if one of the names is cited elsewhere (_names_alone)
    elif year:
        details["style"] = "author-date"
    original = _ORIGINAL_YEAR.search(year)
    if original:  # "2003 [1997]": the edition cited, and the year first published
        details["first_published"] = original.group(1)
        year = year[: original.start()]
    if ref.group("recipient"):
        details["recipient"] = ref.group("recipient")  # "(Stalin to Molotov, 1930)": a letter
    # "(Peter I)": a regnal number, not a page; after a comma a preface's page ("(Okafor, viii)")
    if details["style"] == "author-page" and locator and _ROMAN.fullmatch(locator) and "," not in text[
            ref.end("authors") : ref.start("loc")]:  # fmt: skip
        return None
    if details["style"] == "author-page" and _EARLY_YEAR.fullmatch(locator) and not text[
            ref.end("authors") : ref.start("loc")].strip():
        details["early"] = "1"  # "(Taymiyya 1309)": perhaps a year (_dated_texts)
    return Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=_clean_authors(authors),
                    year=" ".join(year.split()) if _NO_YEAR_YET.fullmatch(year) else _years(year),
                    locator=locator, details=details)  # fmt: skip


_NO_YEAR_YET = re.compile(r"in\s+press")
# The words of a body besides _BODY_WORD's, as it signs a report: "the European Union", "the Constitutional
# Tribunal", "the Communist Party"
_BODY_NAME_WORD = re.compile(
    rf"(?:{_BODY_WORD.pattern}|Union|Parliament|Court|Tribunal|Party|Government|Ministry|"
    # ("(Canadian Citizenship Branch, 1960)", "(Census Canada, 1987)": a government's branch and its census)
    r"Branch|Division|Directorate|Secretariat|Service|Census)"
)
# Words of an event or a treaty, never a body's report: "(Warsaw Uprising 1944)", "(Yalta Conference 1945)"
_EVENT_NAME_WORDS = (_EVENT_WORDS - {"Party", "Government", "Programme", "Program"}) | {
    "Uprising", "Rising", "Conference", "Congress", "Crisis", "Agreement", "Agreements", "Accords", "Pogrom",
    "Massacre", "Battle", "Siege", "Famine", "Terror", "Spring", "Strike", "Strikes", "Trial", "Trials"}


def _corporate_author(text: str, body: str) -> bool:
    """Whether the capitalised words ``body`` before a year in a bracket name a body issuing a report: one of
    them is a body's word ("European Commission", "World Bank"), or the text gives the name its initials
    elsewhere ("Law and Justice (Prawo i Sprawiedliwość: PiS)", "Civic Platform (PO)"); not a place, a state
    or an event ("Soviet Union", "Warsaw Uprising")."""
    named = _body_by_its_words(body)
    if named is not None:
        return named
    name = re.escape(body)
    return re.search(rf"{name}\s*\({_ACRONYM}\)|\({name}\s*[:,]\s*{_ACRONYM}\)", text) is not None


def _body_by_its_words(body: str) -> bool | None:
    """What the words of ``body`` alone say: a place, a month or an event (False), a body's word (True), or
    nothing (None: the text's initials for it decide, in _corporate_author)."""
    words = body.split()
    if body in _place_names() or words[0] in _MONTHS or any(word in _EVENT_NAME_WORDS for word in words):
        return False
    if any(_BODY_NAME_WORD.fullmatch(word) for word in words):
        return True
    return None


# Capitals before a year that name an era or a state, not a body issuing reports
_NOT_BODIES = {"AD", "BC", "CE", "BCE", "AH", "AM", "PM", "USSR", "US", "USA", "UK", "GB", "GDR", "FRG",
               "DDR", "PRC", "ROC", "RSFSR", "SSR", "WWI", "WWII", "II", "III", "IV", "VI", "VII", "VIII",
               "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"}
# A year before 1500 read as a page: "(Taymiyya 1309)", a number of three or four digits right after a name
_EARLY_YEAR = re.compile(r"\d{3,4}")


def _dated_texts(found: list[Evidence]) -> list[Evidence]:
    """Readings that hold only in a text citing works of named authors by date:
    a body's initials before a year ("(OECD 2019)"), and an early year after a name ("(Taymiyya 1309)"), where
    a text citing author and page reads a page. Two such works at least."""
    dated = sum(1 for e in found
                if e.year and not e.details.get("body")
                and e.details.get("style") == "author-date")  # fmt: skip
    kept: list[Evidence] = []
    for evidence in found:
        # ("(IMF 2014; OECD 2020)": works of bodies listed in one bracket cite, whatever the rest of the text)
        if evidence.details.get("body") and dated < 2 and int(evidence.details.get("group", "1")) < 2:
            # "(NATO 1949)" in a text citing no scholar by date: an alliance and its founding; "Yazd (UNESCO
            # 2017)": a site and the year it was listed
            continue
        if (dated >= 2 and evidence.details.get("style") == "author-page" and not evidence.year
                and _EARLY_YEAR.fullmatch(evidence.locator) and int(evidence.locator) < 1500
                and evidence.details.get("early")):
            evidence = Evidence(EvidenceKind.CITATION, evidence.start, evidence.end,
                                cited_author=evidence.cited_author, year=evidence.locator,
                                details=dict(evidence.details, style="author-date"))  # fmt: skip
        kept.append(evidence)
    return kept


def _years(year: str) -> str:
    """"1989 a" -> "1989a", and several years one space apart after each comma ("1932,1988" -> "1932, 1988"),
    as the text writes them."""
    return re.sub(r",(?=\S)", ", ", year.replace(" ", ""))


def _clean_loc(locator: str | None) -> str:
    return " ".join((locator or "").split())


def _clean_authors(authors: str) -> str:
    return " ".join(authors.replace("_", "").replace("*", "").split()).strip(" ,")


def _replace(evidence: Evidence, start: int, end: int, details: dict[str, str]) -> Evidence:
    return Evidence(evidence.kind, start, end, cited_author=evidence.cited_author, year=evidence.year,
                    locator=evidence.locator, details=details)  # fmt: skip


_QUOTE_BEFORE = re.compile(r"[”\"»’][.,]?\s*\(?\s*$")
