"""Measure the evidence detectors on round 4's held-out texts (evidence_heldout_s4.py), the way the app runs
them (structure marks, citations, quotations, speakers), scored as measure_evidence_s3.py scores its sets.

Usage, from the repository root::

    python tests/benchmarks/measure_evidence_s4.py [s4|s4b|s4c|s4d|s4e|all] [-q]

Not a test: nothing here asserts.

Results (written down as measured):

- Set s4, written and labelled before any run, measured once as written (EVIDENCE_VERSION 5, commit
  de620bb), THE HONEST UNSEEN NUMBER of this round: citations precision 0.900 (18/20), recall 0.900
  (18/20); real quotations recall 0.934 (57/61), block 1/1; scare quotes told apart 0.928 (64/69); right
  speaker 0.787 (48/61); reader comments 3/3. Per text, right speaker: wire 8/11, local paper 7/7, memoir
  5/6, speech 6/6, article 3/6, documents 4/6, essay 5/5, web 6/6, biography 4/8. Wrong: 4 quotations taken
  for scare quotes (a second fragment after "and others", "tolerated informality" after "has argued
  that", „nothing that you cannot carry“ after "told us to … and", "wrong treatment" after "by"), a
  statement's "it" not resolved to "the regional branch of the Communist Party", "The next" (a sentence's
  opening words) for "Rudakov", "Father" (the next sentence) for "Mother says:", "GARF" (the archival
  citation) for the ministry's reports, a describing noun not kept ("a schoolteacher from Tambov wrote"),
  "Vovsi" for "Vovsi's daughter … she wrote", "Pravda" for the ministry's communiqué (twice: once wrong,
  once none), "some" for an unnamed "some calling it". Citations: a narrative citation with an apposition
  between name and verb missed ("Filtzer, working from …, reaches"), "led by Robert Conquest, argued"
  missed, "Council of Ministers suggest" and "As Comrade Kosygin rightly noted" (a historical actor) taken
  for citations.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
import evidence_heldout_s4 as s4
import evidence_heldout_s4b as s4b
import evidence_heldout_s4c as s4c
import evidence_heldout_s4d as s4d
import evidence_heldout_s4e as s4e
import measure_evidence_s3


def main() -> None:
    which = next((a for a in sys.argv[1:] if not a.startswith("-")), "all")
    verbose = "-q" not in sys.argv
    if which in ("s4", "all"):
        measure_evidence_s3.run("s4", s4.SET_S4, s4.COMMENTS_S4, verbose)
    if which in ("s4b", "all"):
        measure_evidence_s3.run("s4b", s4b.SET_S4B, s4b.COMMENTS_S4B, verbose)
    if which in ("s4c", "all"):
        measure_evidence_s3.run("s4c", s4c.SET_S4C, {}, verbose)
    if which in ("s4d", "all"):
        measure_evidence_s3.run("s4d", s4d.SET_S4D, {}, verbose)
    if which in ("s4e", "all"):
        measure_evidence_s3.run("s4e", s4e.SET_S4E, {}, verbose)


if __name__ == "__main__":
    main()
