"""Measure the evidence detectors on round 5's held-out texts (evidence_heldout_s5.py,
evidence_heldout_s5b.py), the way the app runs them (structure marks, citations, quotations, speakers),
scored as measure_evidence_s3.py scores its sets.

Usage, from the repository root::

    python tests/benchmarks/measure_evidence_s5.py [s5|s5b|all] [-q]

Not a test: nothing here asserts.

Results (written down as measured):

- Set s5, written and labelled before any run and before any rule of round 5 changed, measured once as
  written (EVIDENCE_VERSION 6, commit 1e7dd0b): citations precision 0.917 (11/12), recall 0.846 (11/13);
  real quotations recall 0.896 (43/48); scare quotes told apart 0.885 (69/78); right speaker 0.792
  (38/48). Per text, right speaker: wire 9/9, debate 3/4, memoir 8/9, article 4/6, document 3/4,
  encyclopedia 2/4, op-ed 5/6, interview 4/6. Wrong: real quotations taken for scare quotes after a
  passive or a noun with no verb of saying ("was declared a", "presented him as", "describe ... as",
  "The official version was", "to describe the Government's policy as"); scare quotes taken for real
  ("Russophobia" after "described such efforts as ... and", a headline, "She never called it "the past"",
  ""dystrophy", a medical term"); "Typical statements: the special settler Memetov A., born 1899, said:"
  gave "Typical"; "had been told he was" gave the subject (Khrushchev) not the teller; "what it calls"
  gave "Historians" (the next sentence's subject) for the synthesis; "They would say" gave the district
  committee. Citations: "Chichester has described" (a bishop) taken for a citation; "in Ganson's words"
  and "Medvedev, who witnessed ..., wrote that" missed.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
import measure_evidence_s3


def main() -> None:
    which = next((a for a in sys.argv[1:] if not a.startswith("-")), "all")
    verbose = "-q" not in sys.argv
    for name in ("s5", "s5b"):
        if which not in (name, "all"):
            continue
        try:
            module = importlib.import_module(f"evidence_heldout_{name}")
        except ModuleNotFoundError:  # s5b is written at the end of the round
            continue
        measure_evidence_s3.run(name, getattr(module, f"SET_{name.upper()}"), {}, verbose)


if __name__ == "__main__":
    main()
