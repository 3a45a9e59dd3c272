"""Measure the evidence detectors on held-out set 3b (evidence_heldout_s3b.py), the way the app runs them
(structure marks, citations, quotations, speakers), scored as measure_evidence_s3.py scores its sets.

Usage, from the repository root::

    python tests/benchmarks/measure_evidence_s3b.py [-q]

Results (written down as measured): see the bottom of this docstring. Not a test: nothing here asserts.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
import evidence_heldout_s3b as s3b
import measure_evidence_s3


def main() -> None:
    measure_evidence_s3.run("3b", s3b.SET_S3B, {}, "-q" not in sys.argv)


if __name__ == "__main__":
    main()
