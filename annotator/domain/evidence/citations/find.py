"""The public entry point: ``find_citations`` runs the bracketed, note and narrative rules over a text,
works out which names are cited elsewhere between them, and resolves the back-references.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from annotator.domain.evidence import Evidence, scan
from annotator.domain.evidence.citations.backrefs import _REVIEWED, _resolve_bare_years, _resolve_ibid
from annotator.domain.evidence.citations.brackets import _bracketed, _names_alone, _surname_alone
from annotator.domain.evidence.citations.context import _Scans, _Sources, _Spans
from annotator.domain.evidence.citations.forms import _heading_works
from annotator.domain.evidence.citations.names import _NOT_NAMES, _surname
from annotator.domain.evidence.citations.narrative import _narrative, _with_own_work
from annotator.domain.evidence.citations.notes import _BIBLIO_ENTRY, _calls, _line_end
from annotator.domain.evidence.citations.references import _dated_texts
from annotator.domain.evidence.citations.scholars import _SCHOLAR_NAMED, _appositive_scholars, _sources_only
from annotator.domain.evidence.citations.shapes import _CJK, _ET_AL, _PAIR_SPLIT, _POSSESSIVE_END
from annotator.domain.structure import Mark, MarkKind

_HARD_SPACES = ("\u00a0", "\u202f", "\u2009")


def find_citations(text: str, marks: Sequence[Mark] = ()) -> list[Evidence]:
    """Every citation of ``text`` in text order: brackets, narrative citations, note calls, reference marks.

    ``marks`` are the structure marks of the same text (``annotator.domain.structure.detect``); without them
    only what the running text shows is found.
    """
    # citeproc and typesetters join "et al." to the next word, and French typography a name to its colon, with
    # a space that does not break: one space to the patterns, one character for one, so offsets stay the
    # text's
    for hard in _HARD_SPACES:
        if hard in text:
            text = text.replace(hard, " ")
    notes = _Spans((m.start, m.end) for m in marks if m.kind == MarkKind.NOTE)
    reviewed = _REVIEWED.match(text)
    found = _dated_texts(_bracketed(text, notes, review=reviewed is not None))
    # ("### Lund and Okafor: Grain and the State (2011)": the work a section reviews; its year's bracket and
    # title are no other work's)
    heads = _heading_works(text, {e.cited_author.split()[0] for e in found if e.year and e.cited_author})
    if heads:
        spans = _Spans((e.start, e.end) for e in heads)
        found = sorted([e for e in found if not spans.holds(e.start)] + heads, key=lambda e: e.start)
    # "Zhiromskaya et al." is Zhiromskaya's work: the surname, not "al.", is cited elsewhere
    # ("Lund, Berg, and Okafor (2011)": each of the authors, so that "Lund et al. argue" finds its work)
    # (a body's name in words is no surname: "(European Commission 2017)" makes no "the Commission held" a
    # scholar's)
    cited = {part.split()[-1] for e in found if (e.year or e.locator) and not e.details.get("corporate")
             for part in _PAIR_SPLIT.split(_ET_AL.sub("", e.cited_author)) if part.split()}  # fmt: skip
    # ("(Puk Wing Kin 卜永堅, 2011)": a name in East Asian order is cited by its first word)
    cited.update(_surname(e.cited_author) for e in found if re.search(_CJK, e.cited_author))
    entries = list(scan.finditer(_BIBLIO_ENTRY, text))
    cited.update(m.group("surname") for m in entries)
    calls = list(_calls(text, marks))
    # (a Chicago note's author is no sign that the body's weak verbs are scholarship: notes cite the writers
    # of sources too, "Gross, H.R. “Foreign Aid …” Congressional Record", and the body tells what Gross did)
    # (a note's further works, without "mark", are not counted: the call's first work stands for its note)
    cited.update(e.cited_author.split()[-1] for e in calls if e.cited_author and "mark" in e.details
                 and e.details.get("form") != "chicago")  # fmt: skip
    # "the German historian Helmut Krausnick", "historians like Martin Broszat": named as a scholar, a scholar
    # everywhere in the text, for the weaker signs too ("Broszat argued that")
    # ("Historian R. H. Davis's biography": the surname without its possessive)
    named = [*scan.finditer(_SCHOLAR_NAMED, text), *_appositive_scholars(text)]
    scholars = {_POSSESSIVE_END.sub("", m.group("name").split()[-1]) for m in named} - _NOT_NAMES
    found = _names_alone(text, found, cited)
    found += calls
    taken = _Spans((e.start, e.end) for e in found)
    reference_list = _Spans((m.start(), _line_end(text, m.start())) for m in entries)
    scans: _Scans = {}
    scholars |= _sources_only(text, scans, scholars | cited)
    sources = _Sources(text, found)
    author = reviewed.group("author").split()[-1] if reviewed else ""
    narrative = _narrative(text, cited, taken, notes, reference_list, scans, scholars, sources, author)
    # A scholar cited by a narrative citation ("Lynne Viola argues") is cited elsewhere for the weaker signs
    # too ("Viola quotes a peasant woman"): a second pass over the same scans when the first named someone
    # (a letter's writer, "- Henry Cope to Alfred Cope, March 10, 1834", is a source, not a scholar)
    more = {e.cited_author.split()[-1] for e in narrative
            if e.cited_author.split() and e.details.get("style") != "letter"} - cited  # fmt: skip
    if more:
        narrative = _narrative(text, cited | more, taken, notes, reference_list, scans, scholars, sources,
                               author)
    narrative = _with_own_work(text, narrative)
    found += narrative
    found += _surname_alone(text, found, cited, notes)
    # "according to McAuley (41)", "Service who says (210)": the page is the narrative citation's own
    told = _Spans((e.start, e.end) for e in narrative)
    found = [e for e in found if not (e.details.get("bare_page") and told.holds(e.start))]
    found.sort(key=lambda e: (e.start, e.end))
    found = _resolve_bare_years(text, found)
    return _resolve_ibid(found, author)
