"""A detector whose output changes must raise its version, or projects keep what the older one stored.

Stored structure marks, evidence and figures are recomputed only when the version they were stored with
differs from the detectors' (tests/services/test_derived_versions.py). A rule that changes what is found
without raising the version leaves every existing project with the old findings, silently. Here each
kind's output over fixed texts of our own is digested and kept beside the versions it depends on: when
the digest moves, raise the version and add the new digest under the new versions (old entries stay, so
a reviewer sees that the version moved with the output).
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.domain.evidence import EVIDENCE_VERSION
from annotator.domain.figures import FIGURES_VERSION
from annotator.domain.structure import STRUCTURE_VERSION
from annotator.services import evidence as evidence_service
from annotator.services import figures as figures_service
from annotator.services import structure as structure_service
from tests.domain.structure_gold import CALL_FORMS, CHAPTER, CHAPTER_FOUR, ENCYCLOPEDIA, gold
from tests.services.test_evidence import ARTICLE
from tests.services.test_figures import ONE

BENCHMARKS = Path(__file__).parents[1] / "benchmarks"


def _held_out_texts() -> list[str]:
    """The long texts of the benchmarks' invented held-out sets (ours; labels inline or beside them)."""
    texts = []
    for path in sorted([*BENCHMARKS.glob("evidence_heldout*.py"), *BENCHMARKS.glob("figures_heldout*.py")]):
        module = importlib.import_module(f"tests.benchmarks.{path.stem}")
        texts += [v for _, v in sorted(vars(module).items()) if isinstance(v, str) and len(v) >= 200]
    return texts


TEXTS = [
    *(gold(template)[0] for template in (CHAPTER, CHAPTER_FOUR, CALL_FORMS, ENCYCLOPEDIA)),
    ARTICLE,
    ONE,
    *_held_out_texts(),
]


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _digest(found: list[Any]) -> str:
    payload = json.dumps(_plain(found), sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode()).hexdigest()[:16]


def _structure() -> list[Any]:
    return [structure_service.compute(text, []) for text in TEXTS]


def _evidence() -> list[Any]:
    return [evidence_service.detect(text, structure_service.compute(text, [])) for text in TEXTS]


def _figures() -> list[Any]:
    return [figures_service.detect(text, structure_service.compute(text, []), None) for text in TEXTS]


# kind -> {versions its stored rows are stamped with: digest of its output over TEXTS}
FINGERPRINTS: dict[str, dict[tuple[int, ...], str]] = {
    "structure": {(2,): "41bf7543cc51aa3c", (3,): "41bf7543cc51aa3c", (4,): "4b330c0303b61102"},
    "evidence": {(12, 2): "0b425bb2626db043", (13, 3): "dc3804ba8a9123c4", (14, 4): "bfdc679bb13579b1"},
    "figures": {(12, 2): "40a51905690b0d59", (13, 3): "7bf99ce43a9f68c1", (14, 4): "446b588e0722691a"},
}

CURRENT: dict[str, tuple[tuple[int, ...], str, Callable[[], list[Any]]]] = {
    "structure": ((STRUCTURE_VERSION,), "STRUCTURE_VERSION", _structure),
    "evidence": ((EVIDENCE_VERSION, STRUCTURE_VERSION), "EVIDENCE_VERSION", _evidence),
    "figures": ((FIGURES_VERSION, STRUCTURE_VERSION), "FIGURES_VERSION", _figures),
}


@pytest.mark.parametrize("kind", list(CURRENT))
def test_the_detectors_output_moves_only_with_its_version(kind: str) -> None:
    versions, constant, run = CURRENT[kind]
    digest = _digest(run())
    known = FINGERPRINTS[kind]
    assert known.get(versions) == digest, (
        f"{kind}: the detectors' output over the fixed texts is now {digest!r}; if that is meant, raise "
        f"{constant} (stored {kind} is then recomputed) and record the digest under the new versions"
    )
