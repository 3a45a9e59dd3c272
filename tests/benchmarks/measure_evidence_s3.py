"""Measure the evidence detectors on the third round's held-out texts (evidence_heldout_s3.py), the way the
app runs them: structure marks, then citations, quotations and speakers (annotator/services/evidence.py).

Usage, from the repository root::

    python tests/benchmarks/measure_evidence_s3.py [one|two|three|four|five|six|seven|eight|all] [-q]

Printed per text and per set: citations (labelled, found, right, precision, recall), quotations (real
recall, block recall, scare quotes told apart, right speaker, unlabelled finds), and the interview's turns
as other voices; every miss and false find unless -q. Scoring is that of measure_evidence_citations.py and
measure_evidence_quotes.py. Not a test: nothing here asserts.

Results (written down as measured):

- Set one, measured once as written, before any rule of this round changed (EVIDENCE_VERSION 1):
  citations precision 0.810 (34/42), recall 0.773 (34/44), fields 27/34; quotations: real recall 0.913
  (63/69), block recall 1.000 (3/3), scare quotes told apart 0.889 (72/81), right speaker 0.536 (37/69);
  interview turns 14/14. Per genre, right speaker: news 8/15, encyclopedia 3/6, Chicago chapter 4/5,
  student essay 5/6, interview 3/8, memoir 5/13, speech 4/6, documents 5/10.
- Set one after the corrections made from it (no longer held out): citations precision 0.957 (44/46), recall
  1.000 (44/44); real recall 0.986 (68/69), block 3/3, scare told apart 0.975 (79/81), right speaker 0.928
  (64/69). The earlier sets (measure_evidence_quotes.py) moved from speaker 0.925 to 0.937, nothing lost;
  the corpus stayed at 1.000 everywhere.
- Set two, written after those corrections and measured untouched (the honest estimate): citations
  precision 0.895 (17/19), recall 0.944 (17/18); real recall 0.933 (28/30), block recall 1.000 (1/1), scare
  quotes told apart 0.879 (29/33), right speaker 0.633 (19/30) — the memoir's dialogue (4/10) and the
  wire report (9/14) below the rest (biography 3/3, essay 3/3).
- Set two after the corrections made from it: citations 0.947 (18/19) / 1.000 (18/18); real recall 1.000
  (30/30), scare told apart 1.000 (33/33), right speaker 0.900 (27/30); nothing lost on set one or the
  earlier sets (all batches: speaker 0.945, real recall 0.969, scare 0.966; corpus 1.000).
- Set three, written after that and measured untouched: citations precision 1.000 (3/3), recall 0.500
  (3/6: two page-only brackets "(p. 12)" of the book under review and "Fitzpatrick, writing in …,
  complained"); real recall 0.938 (15/16), block 1/1, scare told apart 0.889 (16/18), right speaker 0.562
  (9/16). Sets two and three together, each as first measured (the estimate to quote): citations
  precision 0.909 (20/22), recall 0.833 (20/24); real quotations recall 0.935 (43/46); scare quotes told
  apart 0.882 (45/51); right speaker 0.609 (28/46). Below the issue's targets.
- Set three after the corrections made from it: citations 0.833 (5/6) / 0.833 (5/6); real recall 1.000
  (16/16), scare told apart 0.944 (17/18), right speaker 0.938 (15/16).
- Set four, written after that and measured untouched: citations precision 0.909 (10/11), recall 1.000
  (10/10); real recall 0.885 (23/26), scare told apart 0.903 (28/31), right speaker 0.577 (15/26).
  Sets two, three and four together, each as first measured (the estimate to quote): citations precision
  0.909 (30/33), recall 0.882 (30/34); real quotations recall 0.917 (66/72); scare quotes told apart 0.890
  (73/82); right speaker 0.597 (43/72).
- Set four after the corrections made from it: citations 0.909 (10/11) / 1.000 (10/10); real recall 1.000
  (26/26), scare told apart 1.000 (31/31), right speaker 0.962 (25/26).
- Set five, written after that and measured untouched: citations precision 1.000 (2/2), recall 0.667
  (2/3); real recall 1.000 (16/16), block recall 1.000 (2/2), scare told apart 0.905 (19/21), right
  speaker 0.688 (11/16). Sets two to five together, each as first measured (the estimate to quote):
  citations precision 0.914 (32/35), recall 0.865 (32/37); real quotations recall 0.932 (82/88); scare
  quotes told apart 0.893 (92/103); right speaker 0.614 (54/88). The first runs of the later sets (speaker
  0.63, 0.56, 0.58, 0.69) show each set bringing failure classes the earlier ones did not have.
- Set five after the corrections made from it: citations 1.000 (3/3) / 1.000 (3/3); real recall 1.000
  (16/16), scare told apart 0.952 (20/21), right speaker 0.938 (15/16).
- Set six, written after that and measured untouched: citations precision 1.000 (9/9), recall 1.000
  (9/9); real recall 0.917 (22/24), scare told apart 0.926 (25/27), right speaker 0.625 (15/24).
  Sets two to six together, each as first measured (the estimate to quote): citations precision 0.932
  (41/44), recall 0.891 (41/46); real quotations recall 0.929 (104/112); scare quotes told apart 0.900
  (117/130); right speaker 0.616 (69/112).
- Set six after the corrections made from it: citations 1.000 (9/9) / 1.000 (9/9); real recall 1.000
  (24/24), scare told apart 1.000 (27/27), right speaker 1.000 (24/24).
- Set seven, written after that and measured untouched: citations precision 0.875 (7/8), recall 0.700
  (7/10); real recall 0.800 (12/15), scare told apart 0.824 (14/17), right speaker 0.600 (9/15).
  Sets two to seven together, each as first measured — THE ESTIMATE TO QUOTE for text the rules were not
  made from: citations precision 0.923 (48/52), recall 0.857 (48/56); real quotations recall 0.913
  (116/127); scare quotes told apart 0.891 (131/147); right speaker 0.614 (78/127). Below the issue's
  targets (0.98 / 0.98 / 0.95 / 0.95 / 0.90) on every measure; each new set still brings failure
  classes the earlier ones did not have, so corrections made after a set lift that set, not the next.
- Set seven after the corrections made from it: citations 1.000 (9/9) / 0.900 (9/10); real recall 1.000
  (15/15), scare told apart 1.000 (17/17), right speaker 1.000 (15/15).
- Set eight, written after that and measured untouched: citations precision 1.000 (7/7), recall 0.875
  (7/8); real recall 0.786 (11/14), scare told apart 0.812 (13/16), right speaker 0.429 (6/14) — the
  Russian text 0/4 (Russian verbs of saying in the present tense and Russian nouns were missing).
  Sets two to eight together, each as first measured — THE FINAL ESTIMATE TO QUOTE: citations precision
  0.932 (55/59), recall 0.859 (55/64); real quotations recall 0.901 (127/141); scare quotes told apart
  0.883 (144/163); right speaker 0.596 (84/141).
- Set eight after the corrections made from it: citations 1.000 (7/7) / 0.875 (7/8); real recall 1.000
  (14/14), scare told apart 1.000 (16/16), right speaker 0.929 (13/14).
- All eight sets after every correction (tuned numbers, not an estimate): citations precision 0.955
  (105/110), recall 0.972 (105/108); real recall 0.995 (209/210); scare told apart 0.984 (240/244); right
  speaker 0.943 (198/210); interview turns 14/14, 7/7, 8/8. The earlier batches
  (measure_evidence_quotes.py) went from speaker 0.925 to 0.949, real recall 0.961 to 0.973, scare 0.960
  to 0.969; the corpus stayed at 1.000 for everything.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
import evidence_heldout as heldout
import evidence_heldout_s3 as s3
import measure_evidence_citations as citations_measure
import measure_evidence_quotes as quotes_measure

from annotator.domain.evidence.citations import find_citations
from annotator.domain.evidence.quotations import find_quotations
from annotator.domain.evidence.speakers import attribute
from annotator.domain.structure.detect import detect


def _quiet(function, *args):  # type: ignore[no-untyped-def]
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        result = function(*args)
    lines = buffer.getvalue().splitlines()
    return result, lines


def run(name: str, texts: dict[str, tuple[str, list]], comments: dict[str, list], verbose: bool) -> None:
    print(f"== set {name}")
    cite_total = [0, 0, 0, 0]
    quote_total = quotes_measure.Tally()
    for title, (marked, labels) in texts.items():
        text, gold = heldout.strip(marked)
        marks = detect(text)
        cites = find_citations(text, marks)
        counts, lines = _quiet(citations_measure.score, title, text, gold, cites)
        cite_total = [a + b for a, b in zip(cite_total, counts, strict=True)]
        for line in lines if verbose else lines[:1]:
            print(line)
        original = quotes_measure.detect
        quotes_measure.detect = lambda t, m=marks, c=cites: attribute(t, find_quotations(t, m), c)
        try:
            tally, lines = _quiet(quotes_measure.measure, title, text, labels, verbose)
        finally:
            quotes_measure.detect = original
        quote_total.add(tally)
        for line in lines:
            print(line)
        if title in comments:
            _, lines = _quiet(citations_measure.score_comments, title + " turns", text, comments[title])
            for line in lines if verbose else lines[:1]:
                print(line)
    labelled, found, right, fields = cite_total
    print(f"-- set {name} citations: precision {right / max(found, 1):.3f} ({right}/{found}) "
          f"recall {right / max(labelled, 1):.3f} ({right}/{labelled}) fields {fields}/{right}")  # fmt: skip
    print("-- " + quote_total.line(f"set {name} quotations"))
    print()


def main() -> None:
    which = next((a for a in sys.argv[1:] if not a.startswith("-")), "all")
    verbose = "-q" not in sys.argv
    if which in ("one", "all"):
        run("one", s3.SET_ONE, s3.COMMENTS_ONE, verbose)
    if which in ("two", "all") and hasattr(s3, "SET_TWO"):
        run("two", s3.SET_TWO, getattr(s3, "COMMENTS_TWO", {}), verbose)
    if which in ("three", "all") and hasattr(s3, "SET_THREE"):
        run("three", s3.SET_THREE, getattr(s3, "COMMENTS_THREE", {}), verbose)
    if which in ("four", "all") and hasattr(s3, "SET_FOUR"):
        run("four", s3.SET_FOUR, {}, verbose)
    if which in ("five", "all") and hasattr(s3, "SET_FIVE"):
        run("five", s3.SET_FIVE, {}, verbose)
    if which in ("six", "all") and hasattr(s3, "SET_SIX"):
        run("six", s3.SET_SIX, {}, verbose)
    if which in ("seven", "all") and hasattr(s3, "SET_SEVEN"):
        run("seven", s3.SET_SEVEN, {}, verbose)
    if which in ("eight", "all") and hasattr(s3, "SET_EIGHT"):
        run("eight", s3.SET_EIGHT, getattr(s3, "COMMENTS_EIGHT", {}), verbose)


if __name__ == "__main__":
    main()
