"""Derived data (structure marks, evidence, figures) stored by older detectors: recomputed when read, stored
again in a derived write that leaves the search index's change generation alone; in a read-only project
recomputed for the reader and nothing written (a project another process holds: tests/cli)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.domain.evidence import EVIDENCE_VERSION
from annotator.domain.figures import FIGURES_VERSION
from annotator.domain.structure import STRUCTURE_VERSION
from annotator.services.project import Project
from tests.services.test_evidence import ARTICLE
from tests.services.test_figures import ONE

# (table, payload column, the detectors' current version, how a project reads it)
DERIVED: dict[str, tuple[str, str, int, Callable[[Project, int], Any]]] = {
    "structure": ("source_structure", "marks", STRUCTURE_VERSION, lambda p, s: p.structure.marks(s)),
    "evidence": ("source_evidence", "items", EVIDENCE_VERSION, lambda p, s: p.evidence.items(s)),
    "figures": ("source_figures", "figures", FIGURES_VERSION, lambda p, s: p.figures.figures(s)),
}


def _generation(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT value FROM project_meta WHERE key = 'generation'").fetchone()[0]


def _row(path: Path, table: str, column: str, source: int) -> tuple[int, str]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            f"SELECT version, {column} FROM {table} WHERE source_id = ?", (source,)
        ).fetchone()


def digest_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def with_stale_row(path: Path, kind: str) -> tuple[int, Any]:
    """A project whose source has ``kind`` stored by the detectors before the current ones (and nothing
    found); the source and what the current detectors find."""
    table, column, version, read = DERIVED[kind]
    with Project.open(path) as project:
        source = project.sources.import_bytes("thaw.txt", (ARTICLE + "\n" + ONE).encode(), {}).source_id
        expected = read(project, source)
        project.figures.figures(source)  # every kind stored, current
    assert expected, f"the text has {kind} to find"
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(f"UPDATE {table} SET version = ?, {column} = '[]'", (version - 1,))
    connection.close()
    return source, expected


@pytest.mark.parametrize("kind", list(DERIVED))
def test_a_stale_row_is_recomputed_and_stored_in_a_derived_write(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "p.annotator"
    source, expected = with_stale_row(path, kind)
    table, column, version, read = DERIVED[kind]
    generation = _generation(path)
    with Project.open(path) as project:
        assert read(project, source) == expected
    stored_version, payload = _row(path, table, column, source)
    assert stored_version == version and payload != "[]"
    assert _generation(path) == generation  # the search index is not made stale by derived data


@pytest.mark.parametrize("kind", list(DERIVED))
def test_a_read_only_project_recomputes_a_stale_row_and_writes_nothing(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "p.annotator"
    source, expected = with_stale_row(path, kind)
    _, _, _, read = DERIVED[kind]
    digest = digest_of(path)
    with Project.open(path, read_only=True) as project:
        assert read(project, source) == expected
        assert read(project, source) == expected  # again: still nothing stored, found again
    assert digest_of(path) == digest
