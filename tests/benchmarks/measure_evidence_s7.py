"""Measure the evidence detectors on round 7's held-out texts (evidence_heldout_s7.py,
evidence_heldout_s7b.py), the way the app runs them (structure marks, citations, quotations, speakers),
scored as measure_evidence_s3.py scores its sets.

Usage, from the repository root::

    python tests/benchmarks/measure_evidence_s7.py [s7|s7b|all] [-q]

Not a test: nothing here asserts.

Results (written down as measured):
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
    for name in ("s7", "s7b"):
        if which not in (name, "all"):
            continue
        try:
            module = importlib.import_module(f"evidence_heldout_{name}")
        except ModuleNotFoundError:  # s7b is written at the end of the round
            continue
        measure_evidence_s3.run(name, getattr(module, f"SET_{name.upper()}"), {}, verbose)


if __name__ == "__main__":
    main()
