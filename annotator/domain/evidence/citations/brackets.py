"""Bracketed citations, author–date and author–page: "(Davies 1989, 1029)", "(Sakwa, 37)",
"(Conquest 1990; Wheatcroft 1996)", a bare "(247)." or "(p. 8)." at a clause's end, given names that tell
authors of one surname apart, the brackets of web pages (Markdown links, "((Ho, 1980), 104; …)") and of PDF
extractions (page numbers, doubled line breaks), and names alone kept only when cited elsewhere.
"""

from __future__ import annotations

import re

from annotator.domain.evidence import Evidence, EvidenceKind, scan
from annotator.domain.evidence._words import FEMALE_FIRST_NAMES, FIRST_NAMES
from annotator.domain.evidence.citations.context import _Spans
from annotator.domain.evidence.citations.forms import _titled_part, _whole_form
from annotator.domain.evidence.citations.names import _NOT_NAMES, _place_names
from annotator.domain.evidence.citations.references import (
    _BARE_YEAR,
    _QUOTE_BEFORE,
    _clean_loc,
    _comma_works,
    _from_ref,
    _parts,
    _ref_at,
    _replace,
    _without_remarks,
    _years,
)
from annotator.domain.evidence.citations.shapes import _LOC, _NAME, _NAME_RE, _YEAR

# A bracket may wrap onto the next line of a hard-wrapped text, never across a blank line — except the page
# number of a text taken from a PDF, alone on its line between two pages: "(Pennington, Socher, and
# Manning\n7\n\n2014)"
_BRACKET = re.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)|\n[ \t]*\d{1,4}[ \t]*\n[ \t]*\n){1,300})\)")
_PAGE_BREAK = re.compile(r"\n[ \t]*\d{1,4}[ \t]*\n[ \t]*\n")
# Some PDF extractions put a blank line after every printed line: there one blank line is a line break, and a
# bracket may wrap across it ("(Liang 2019; Li\n\nand Liu 2020)"), never across two
_DOUBLE_SPACED_BRACKET = re.compile(r"\(((?:[^()\n]|\n(?![ \t]*\n)|\n[ \t]*\n(?![ \t]*\n)){1,300})\)")


def _double_spaced(text: str) -> bool:
    """Whether most printed lines of ``text`` are short (hard-wrapped, at most 100 characters on average) and
    followed by one blank line: an extraction that doubles every line break, not paragraphs of prose."""
    lines = [line.strip() for line in text.split("\n")]
    printed = [i for i, line in enumerate(lines) if line]
    if len(printed) < 10 or sum(len(lines[i]) for i in printed) > 100 * len(printed):
        return False
    doubled = sum(1 for i in printed[:-1] if not lines[i + 1] and i + 2 < len(lines) and lines[i + 2])
    return doubled >= 0.8 * (len(printed) - 1)


_EDITOR_MARK = re.compile(r"(?<=[^\W\d])\s\((?:eds?\.?)\)(?=\s+(?:1[5-9]|20)\d\d)")
_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\(https?://[^()\s]{1,500}\)")
_VOLUME_BEFORE = re.compile(r"(?<![\d.,])\b\d{1,3}\s*$")
# A page or a range alone, never a year ("(1936)": a film's year): "(247)", "(8-9)", "(253-254)"
_BARE_PAGE = re.compile(r"\s*(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*")
# … followed by a clause's end, so "(1) moving-image documents …", an enumeration, is none
# ("History 17 (2): 64–82": a journal's issue in a reference, before its pages)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;!?]|[”\"’]|\n|\Z)")


def _bracketed(text: str, notes: _Spans, review: bool = False) -> list[Evidence]:
    found: list[Evidence] = []
    if "](http" in text:
        # "([Smith 2010](http://…), 45)": a Markdown link read as its words, at the same offsets
        text = _LINK.sub(lambda m: " " + m.group(1) + " " * (len(m.group(0)) - len(m.group(1)) - 1), text)
    if "(ed" in text:
        # "(Little (ed.) 2007; Harper 2017)": an editor's mark inside the bracket read as blanks, at the same
        # offsets, so the bracket around it is one
        text = _EDITOR_MARK.sub(lambda m: " " * len(m.group(0)), text)
    for bracket in scan.finditer(_DOUBLE_SPACED_BRACKET if _double_spaced(text) else _BRACKET, text):
        if notes.holds(bracket.start()):
            continue
        whole = _whole_form(text, bracket)
        if whole is not None:
            found.append(whole)  # "(Matthew 22:21 KJV)", "(Woolman's Journal, p. 15)", a full reference
            continue
        parts = _parts(bracket)
        source = text
        if _PAGE_BREAK.search(bracket.group(0)):
            # the page number read as blanks, at the same offsets
            blanked = _PAGE_BREAK.sub(lambda m: re.sub(r"\S", " ", m.group(0)), bracket.group(0))
            source = text[: bracket.start()] + blanked + text[bracket.end() :]
        refs = [ref for start, end in parts for ref in _comma_works(source, start, end)]
        given = _given_names(source, refs)
        if given:
            refs = [(start, end, ref or given[start][1]) for start, end, ref in refs]
        listed = len(refs)
        refs = _without_remarks(source, refs)
        if len(refs) == 1 and refs[0][2] is None:
            year_page = _BARE_YEAR.fullmatch(source, refs[0][0], refs[0][1])
            quoted = _QUOTE_BEFORE.search(text, max(0, refs[0][0] - 4), refs[0][0])
            if year_page and year_page.group("loc") and quoted:
                # "“…” (2018, 101)": the year and page of quoted words, by the author named before
                # (resolved in _resolve_bare_years)
                found.append(Evidence(EvidenceKind.CITATION, bracket.start(), bracket.end(),
                                      year=_years(year_page.group("year")),
                                      locator=_clean_loc(year_page.group("loc")),
                                      details={"style": "author-date", "bare_year": "1"}))  # fmt: skip
                continue
            if (
                _BARE_PAGE.fullmatch(source, refs[0][0], refs[0][1])
                # ("the Ming dynasty (1368-1644)": a period's years)
                and not _span_of_years(source[refs[0][0] : refs[0][1]].strip())
                and _CLAUSE_END_AFTER.match(text, bracket.end())
                and not _VOLUME_BEFORE.search(text, max(0, bracket.start() - 6), bracket.start())
            ):
                # "… the past (247).": a page alone at a clause's end, the work cited last (an author-page
                # text's "ibid."; resolved in _resolve_bare_years)
                found.append(Evidence(EvidenceKind.CITATION, bracket.start(), bracket.end(),
                                      locator=_clean_loc(text[refs[0][0] : refs[0][1]]),
                                      details={"style": "author-page", "bare_page": "1"}))  # fmt: skip
                continue
        page = _page_at_clause_end(text, bracket, refs, review)
        if page:
            # "… interpretive generation (p. 2).": a page with its "p." at a clause's end, the work cited
            # last, as the bare "(247)." (resolved in _resolve_bare_years)
            details = {"style": "author-page", "bare_page": "1", "page_only": "1"}
            found.append(Evidence(EvidenceKind.CITATION, bracket.start(), bracket.end(),
                                  locator=_clean_loc(page), details=details))  # fmt: skip
            continue
        # "(Hutto 2011; 2009; 2008)": a bare year after a semicolon is a further work of the author before
        bare = {
            index: match
            for index, (start, end, ref) in enumerate(refs)
            if ref is None and index > 0 and (match := _BARE_YEAR.fullmatch(source, start, end))
        }
        # ("Obituary" 136), "(Bacon 41; "A Quiet Friend Remembered")", "(Minutes of the Yearly Meeting,
        # 1696)": works cited by their titles (_titled_part)
        works = any(ref is not None and ref.group("authors") for _, _, ref in refs)
        titled = {
            index: part
            for index, (start, end, ref) in enumerate(refs)
            if ref is None and (part := _titled_part(source, start, end, works))
        }
        if not refs or any(ref is None and index not in bare and index not in titled
                           for index, (_, _, ref) in enumerate(refs)):  # fmt: skip
            continue
        evidences: list[Evidence | None] = []
        for index, (start, end, ref) in enumerate(refs):
            before = evidences[-1] if evidences else None
            if index in titled:
                title, year, locator = titled[index]
                evidences.append(Evidence(EvidenceKind.CITATION, start, end, cited_author=title, year=year,
                                          locator=locator, details={"style": "title"}))  # fmt: skip
            elif index in bare:
                if before is None or not before.cited_author or not before.year:
                    evidences.append(None)
                    continue
                evidences.append(Evidence(EvidenceKind.CITATION, start, end, cited_author=before.cited_author,
                                          year=_years(bare[index].group("year")),
                                          locator=_clean_loc(bare[index].group("loc")),
                                          details={"style": "author-date"}))  # fmt: skip
            elif ref is not None:
                evidence = _from_ref(source, ref, review)
                if evidence is not None and not evidence.year and _span_of_years(evidence.locator):
                    # "(Xie Baoqiao 謝保樵, 1896-1960)", "(Marx, 1818-1883)": a life, not pages
                    evidence = None
                name = ref.group("authors") or ""
                if (evidence is None and len(refs) > 1 and not ref.group("year") and not ref.group("loc")
                        and _NAME_RE.fullmatch(name) and name not in _NOT_NAMES
                        and name not in _place_names()):
                    # a name alone among dated works: kept only when cited elsewhere (_names_alone)
                    evidence = Evidence(EvidenceKind.CITATION, ref.start(), ref.end(), cited_author=name,
                                        details={"style": "names"})  # fmt: skip
                evidences.append(evidence)
        if any(e is None for e in evidences):
            continue
        for index, (start, _, _) in enumerate(refs):
            if start in given and evidences[index] is not None:
                evidence = evidences[index]
                assert evidence is not None
                # "Sergei Pavlov 1980": the given name is part of the author, and of the span
                evidences[index] = Evidence(EvidenceKind.CITATION, start, evidence.end,
                                            cited_author=given[start][0] + evidence.cited_author,
                                            year=evidence.year, locator=evidence.locator,
                                            details=evidence.details)  # fmt: skip
        # (a work left alone by the writer's remarks beside it spans itself, not the bracket)
        whole = len(refs) == 1 == listed
        for (start, end, _), evidence in zip(refs, evidences, strict=True):
            assert evidence is not None
            span = (bracket.start(), bracket.end()) if whole else (start, end)
            details = dict(evidence.details, group=str(len(refs)))
            nested = _NESTED_LOC.match(text, bracket.end()) if whole and not evidence.locator else None
            if nested and _open_bracket_before(text, bracket.start()):
                # "((Ho, 1980), 104; (Elman, 2000), 126-127)": a web page's reference, its page after it
                evidence = Evidence(evidence.kind, evidence.start, evidence.end,
                                    cited_author=evidence.cited_author, year=evidence.year,
                                    locator=_clean_loc(nested.group("loc")),
                                    details=evidence.details)  # fmt: skip
                span = (span[0], nested.end("loc"))
            found.append(_replace(evidence, span[0], span[1], details))
    return found


# ("Pedro Garcia Duarte 2009", "Jean-Pierre Roux 1999": citeproc prints two given names, or a hyphenated one,
# to tell apart authors of one surname)
_GIVEN_WORD = r"[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+(?:-[A-ZÀ-ÞА-ЯЁ][a-zà-ÿа-яё]+)?\s+"
# A web page's references each in their own brackets inside the sentence's, the page after each: "((Ho, 1980),
# 104; (Elman, 2000), 126-127)", "((Seligman et al., 2008) 7; …)", "((Ngai, 2010), p. 3, fn. 3. The book …)"
_NESTED_LOC = re.compile(rf",?[ \t]*(?P<loc>{_LOC}(?:\s+and\s+passim)?)(?=\s*(?:[;)]|,\s*\(|\.\s))")

# "Chapter three (pp. 77–120).": the pages of a part of a book, which cite nobody
_DIVISION_BEFORE = re.compile(
    r"\b(?:[Cc]hapters?|[Pp]arts?|[Ss]ections?|[Aa]ppendix|[Vv]olumes?|[Bb]ooks?|[Ee]ssays?)\s+[\w.]+\s*$"
)


def _page_at_clause_end(
    text: str, bracket: re.Match[str], refs: list[tuple[int, int, re.Match[str] | None]], review: bool
) -> str | None:
    """The page of a bracket that is a page alone with its "p." ("(p. 8)", "(pp. 89-92)") at a clause's end —
    or at the end of the bracket it stands in, "(… stories (p. 70))" — and neither after quoted words nor in
    a review (those cite the work before already, see _from_ref) nor after a book's division; else None."""
    ref = refs[0][2] if len(refs) == 1 else None
    if ref is None or not ref.group("page_only") or review:
        return None
    if _QUOTE_BEFORE.search(text, max(0, bracket.start() - 4), bracket.start()):
        return None
    ends = _CLAUSE_END_AFTER.match(text, bracket.end()) or text.startswith(")", bracket.end())
    if not ends or _DIVISION_BEFORE.search(text, max(0, bracket.start() - 30), bracket.start()):
        return None
    return ref.group("page_only")


def _span_of_years(locator: str) -> bool:
    """"1818-1883", "1368-1644": two four-digit numbers 15 to 500 apart read as a life or a period, not pages
    (a page range of four digits is short: "1029-1031")."""
    years = re.fullmatch(r"(1\d{3})\s*[-–—]\s*(1\d{3}|20\d\d)", locator)
    return years is not None and 15 <= int(years.group(2)) - int(years.group(1)) <= 500


def _open_bracket_before(text: str, start: int) -> bool:
    """Whether ``start`` is inside a bracket opened earlier on its line: "((Ho, 1980), 104; …)"."""
    depth = 0
    for char in reversed(text[max(0, start - 300) : start]):
        if char == "\n":
            return False
        depth += (char == ")") - (char == "(")
        if depth < 0:
            return True
    return False


# Given names as the speaker rules know them, men's and women's
_FIRST_NAMES = FIRST_NAMES | FEMALE_FIRST_NAMES
_GIVEN_NAME = re.compile(rf"{_GIVEN_WORD}(?:{_GIVEN_WORD})?(?=[A-ZÀ-ÞА-ЯЁ])")


def _known_given_name(text: str, start: int, end: int) -> dict[int, tuple[str, re.Match[str]]]:
    """A bracket of one work that reads as a reference after given names from the list of first names, with
    a year or a page of its own."""
    name = _GIVEN_NAME.match(text, start, end)
    if name is None or not all(word.lower() in _FIRST_NAMES for word in name.group(0).split()):
        return {}
    rest = _ref_at(text, name.end(), end)
    if rest is None or not rest.group("authors") or not (rest.group("year") or rest.group("loc")):
        return {}
    return {start: (name.group(0), rest)}


def _given_names(
    text: str, refs: list[tuple[int, int, re.Match[str] | None]]
) -> dict[int, tuple[str, re.Match[str]]]:
    """References of a bracket that read as one only after a given name: "(Christopher Bail 2012; Grimmer
    2009)". Taken only among other dated references of the same bracket, and with a year of their own: alone,
    "(Civil War 1918)" is a war and its year — unless its first words are known given names: "(Lydia Brennan
    1998, 40)", "(William Teller, 1868, p. 41)"."""
    if len(refs) == 1 and refs[0][2] is None:
        return _known_given_name(text, refs[0][0], refs[0][1])
    if len(refs) < 2 or not any(ref is not None and ref.group("year") for _, _, ref in refs):
        return {}
    given: dict[int, tuple[str, re.Match[str]]] = {}
    for start, end, ref in refs:
        if ref is not None:
            continue
        name = _GIVEN_NAME.match(text, start, end)
        rest = _ref_at(text, name.end(), end) if name else None
        if name is None or rest is None or not rest.group("year") or name.group(0).strip() in _NOT_NAMES:
            return {}
        # Two words are an author's when the work has co-authors ("Wenzel Geissler and Prince 2009") or when a
        # given name tells apart two authors of one surname, cited with a year elsewhere ("(Christopher Bail
        # 2012; …)" and "(Bail 2014)"); "(Red Army 1943; Volkov 1985)" names nobody
        authors = rest.group("authors") or ""
        surname = _NAME_RE.match(authors)
        if surname is None:
            return {}
        dated = rf"(?<![\w-]){re.escape(surname.group(0))}(?:\s+et\s+al\.?)?,?\s*\(?{_YEAR}"
        co_authors = re.search(r",|\band\b|&|\bet\s+al\b", authors) is not None
        elsewhere = any(m.start() < start or m.start() >= end for m in re.finditer(dated, text))
        if not co_authors and not elsewhere:
            return {}
        given[start] = (name.group(0), rest)
    return given


def _names_alone(text: str, found: list[Evidence], cited: set[str]) -> list[Evidence]:
    """Drop "(see Party and Society)"-like brackets: names alone stand only when one is cited elsewhere."""
    kept: list[Evidence] = []
    for evidence in found:
        if evidence.details.get("style") != "names":
            kept.append(evidence)
            continue
        names = [n.strip() for n in re.split(r",|\band\b|&", evidence.cited_author) if n.strip()]
        if not any(name.split()[-1] in cited for name in names):
            continue
        if len(names) == 1:
            kept.append(evidence)
            continue
        # One evidence per cited work: "(e.g. Brzezhinski, Sholtsenitsyn)" names two.
        for name in names:
            start = text.index(name, evidence.start, evidence.end)
            details = dict(evidence.details, group=str(len(names)))
            kept.append(Evidence(EvidenceKind.CITATION, start, start + len(name), cited_author=name,
                                 details=details))  # fmt: skip
    return kept


# A surname alone in a bracket: "… on her arm and back. (Goodman)"
_SURNAME_ALONE = re.compile(rf"\(\s*(?P<name>{_NAME})\s*\)")
_STOP_BEFORE = re.compile(r"[.!?][”\"’]?[ \t]+$")


def _surname_alone(text: str, found: list[Evidence], cited: set[str], notes: _Spans) -> list[Evidence]:
    """"As Carol Goodman notes, … (Goodman).": MLA cites a work without pages by its author's name alone —
    a citation where the text cites that surname elsewhere, by a bracket with year or page or by a narrative
    citation, and the bracket ends a clause or follows a sentence's stop ("(Hicksite)", "(Orthodox)" cite
    nobody)."""
    known = cited | {e.cited_author.split()[-1] for e in found
                     if e.details.get("style") == "narrative" and e.cited_author.split()}  # fmt: skip
    taken = _Spans((e.start, e.end) for e in found)
    alone: list[Evidence] = []
    for match in _SURNAME_ALONE.finditer(text):
        name = match.group("name")
        if name not in known or name in _NOT_NAMES or taken.holds(match.start()):
            continue
        if notes.holds(match.start()):
            continue
        if _CLAUSE_END_AFTER.match(text, match.end()) or _STOP_BEFORE.search(
            text, max(0, match.start() - 4), match.start()
        ):
            alone.append(Evidence(EvidenceKind.CITATION, match.start(), match.end(), cited_author=name,
                                  details={"style": "names", "group": "1"}))  # fmt: skip
    return alone
