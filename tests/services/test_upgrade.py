"""Sources made by older import steps: offered once, re-imported from their bytes as new versions on request,
annotations carried over, the old version removed only when nothing is left on it, a backup first."""

from __future__ import annotations

import json
import sqlite3
import textwrap
from pathlib import Path

from annotator.domain.importing import IMPORT_PIPELINE, ImportOptions
from annotator.services.project import Project

PARAGRAPHS = [
    "The district committee met on the fourteenth of March to discuss the spring sowing campaign, and the "
    "secretary read out the instructions that had arrived from the regional centre the night before.",
    "Nobody in the room doubted that the quota was impossible. The chairman said so aloud, and the teacher "
    "wrote it down in the minutes, although he was told afterwards to strike it out again.",
    "By the end of the month forty-two households had joined the collective farm, while eleven families "
    "were deported beyond the Urals with whatever they could carry on one cart.",
]
WRAPPED = "\n\n".join(textwrap.fill(p, 64) for p in PARAGRAPHS) + "\n"
ARTICLE = "\n\n".join(PARAGRAPHS) + "\n"


def _as_if_older(path: Path, source_id: int, **report: object) -> None:
    """Make a source look imported by the first import steps (whose report had no pipeline)."""
    with sqlite3.connect(path) as connection:
        (stored,) = connection.execute(
            "SELECT report FROM source_imports WHERE source_id = ?", (source_id,)
        ).fetchone()
        old = {k: v for k, v in json.loads(stored).items() if k != "pipeline"} | report
        connection.execute(
            "UPDATE source_imports SET report = ? WHERE source_id = ?", (json.dumps(old), source_id)
        )


def test_new_imports_are_current_and_nothing_is_offered(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    report = project.sources.import_file(write_file("wrapped.txt", WRAPPED))
    assert report.pipeline == IMPORT_PIPELINE
    assert project.upgrades.candidates() == []
    assert not project.upgrades.should_offer()


def test_an_older_source_is_reimported_as_a_new_version_with_its_annotations(
    project: Project, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    # The older steps kept every line: simulated by an import without reflow, reported as pipeline 1 with
    # reflow left to detection (what the historian had chosen).
    old = project.sources.import_file(write_file("wrapped.txt", WRAPPED), options=ImportOptions(reflow=False))
    _as_if_older(project_path, old.source_id, reflow=None)
    text = project.sources.text(old.source_id)
    start = text.index("forty-two households")
    annotation = project.annotations.create(old.source_id, start, start + len("forty-two households"))
    backups_before = len(project.list_backups())

    assert [c.source_id for c in project.upgrades.candidates()] == [old.source_id]
    assert project.upgrades.should_offer()
    project.upgrades.mark_offered()
    assert not project.upgrades.should_offer()  # asked once
    assert [c.source_id for c in project.upgrades.candidates()] == [old.source_id]  # still listed

    (result,) = project.upgrades.upgrade()

    assert result.error is None and result.new_source_id is not None
    assert project.sources.text(result.new_source_id) == ARTICLE
    assert result.report is not None and result.report.orphans == ()
    moved = project.annotations.get(annotation.id)
    assert moved.source_id == result.new_source_id
    assert ARTICLE[moved.start : moved.end] == "forty-two households"
    assert result.old_removed and [s.id for s in project.sources.list()] == [result.new_source_id]
    assert len(project.list_backups()) == backups_before + 1
    assert project.upgrades.candidates() == []


def test_a_source_whose_text_comes_out_the_same_is_only_marked_current(
    project: Project, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("article.txt", ARTICLE)).source_id
    _as_if_older(project_path, source)
    (result,) = project.upgrades.upgrade()
    assert result.unchanged and result.new_source_id is None
    assert [s.id for s in project.sources.list()] == [source]
    assert project.upgrades.candidates() == []


def test_an_old_version_keeping_an_orphan_stays(
    project: Project, project_path: Path, write_file
) -> None:  # type: ignore[no-untyped-def]
    capture = "Share this article\n\n" + ARTICLE + "\nBack to top\n"
    old = project.sources.import_file(write_file("page.txt", capture), options=ImportOptions(clean_web=False))
    _as_if_older(project_path, old.source_id, clean_web=True)  # the historian had asked for the clean-up
    text = project.sources.text(old.source_id)
    furniture = project.annotations.create(
        old.source_id, text.index("Back to top"), text.index("Back to top") + len("Back to top")
    )
    start = text.index("quota")
    kept = project.annotations.create(old.source_id, start, start + len("quota"))

    (result,) = project.upgrades.upgrade()

    assert result.new_source_id is not None and result.report is not None
    assert "Back to top" not in project.sources.text(result.new_source_id)
    assert [o.annotation_id for o in result.report.orphans] == [furniture.id]
    assert project.annotations.get(furniture.id).source_id == old.source_id  # never moved, never lost
    assert project.annotations.get(kept.id).source_id == result.new_source_id
    assert not result.old_removed
    assert {s.id for s in project.sources.list()} == {old.source_id, result.new_source_id}
    assert project.upgrades.candidates() == []  # the old version has a newer one now
