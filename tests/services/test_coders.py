"""Coders (who made each annotation) and edit conflicts between two coders on the same project file."""

from __future__ import annotations

import getpass
from pathlib import Path

import pytest

from annotator.domain.errors import EditConflict, InvalidInput, NotFound
from annotator.services.project import Project

TEXT = "The speech denounced the cult of personality. The reforms began at once, said the paper.\n"


def _source(project: Project) -> int:
    return project.sources.import_bytes("speech.txt", TEXT.encode(), {"title": "Speech"}).source_id


def test_the_os_user_is_the_coder_of_a_project_file(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.annotator") as project:
        source = _source(project)
        made = project.annotations.create(source, 4, 10, ["bias/loaded-language"])
        assert made.coder is not None and made.coder.login == getpass.getuser()
        assert project.annotations.get(made.id).coder == made.coder
        assert project.coders.current() == made.coder
        renamed = project.coders.set_name("  Ada   Lovelace ")
        assert (renamed.name, renamed.shown, renamed.login) == (
            "Ada Lovelace",
            "Ada Lovelace",
            getpass.getuser(),
        )
        assert project.annotations.get(made.id).coder == renamed


def test_annotations_are_listed_by_coder(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.annotator") as project:
        source = _source(project)
        mine = project.annotations.create(source, 4, 10)
        project.coders.act_as("alice")
        hers = project.annotations.create(source, 25, 29, ["bias/loaded-language"])
        assert hers.coder is not None and hers.coder.login == "alice"
        assert hers.coder.color != mine.coder.color  # type: ignore[union-attr]
        assert [a.id for a in project.annotations.list(coders=["ALICE"])] == [hers.id]
        assert [a.id for a in project.annotations.list(coders=[getpass.getuser()])] == [mine.id]
        assert {a.id for a in project.annotations.list(coders=["alice", getpass.getuser()])} == {
            mine.id,
            hers.id,
        }
        with pytest.raises(NotFound, match=r"no coder .bob.*alice"):
            project.annotations.list(coders=["bob"])
        with pytest.raises(InvalidInput):
            project.coders.act_as("   ")


def test_a_stale_update_is_refused_with_the_others_version(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as mine, Project.open(path) as theirs:
        theirs.coders.act_as("bob")
        source = _source(mine)
        read_by_me = mine.annotations.create(source, 4, 10, note="first")
        assert read_by_me.version == 1
        changed = theirs.annotations.update(read_by_me.id, note="bob's reading", expected_version=1)
        assert changed.version == 2
        with pytest.raises(EditConflict, match="changed by another coder") as refused:
            mine.annotations.update(read_by_me.id, note="mine", expected_version=read_by_me.version)
        current = refused.value.current
        assert current is not None and current.note == "bob's reading" and current.version == 2  # type: ignore[attr-defined]
        assert mine.annotations.get(read_by_me.id).note == "bob's reading"  # never overwritten
        # Having seen theirs, an edit from their version goes through.
        assert mine.annotations.update(read_by_me.id, note="mine", expected_version=2).version == 3
        # Tags and speakers count as edits too.
        assert theirs.annotations.update(read_by_me.id, tags=["bias/loaded-language"]).version == 4
        with pytest.raises(EditConflict):
            mine.annotations.update(read_by_me.id, speaker=("Pravda", "author"), expected_version=3)
        assert mine.annotations.get(read_by_me.id).speaker is None


def test_a_stale_delete_is_refused_and_a_deleted_annotation_reported(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as mine, Project.open(path) as theirs:
        source = _source(mine)
        made = mine.annotations.create(source, 4, 10)
        theirs.annotations.update(made.id, note="theirs")
        with pytest.raises(EditConflict):
            mine.annotations.delete(made.id, expected_version=1)
        assert mine.annotations.get(made.id).note == "theirs"
        theirs.annotations.delete(made.id)
        with pytest.raises(EditConflict, match="deleted by another coder") as refused:
            mine.annotations.update(made.id, note="too late", expected_version=2)
        assert refused.value.current is None


def test_undone_deletion_keeps_the_coder_and_version(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.annotator") as project:
        source = _source(project)
        project.coders.act_as("carol")
        made = project.annotations.update(project.annotations.create(source, 4, 10).id, note="x")
        project.coders.act_as("dave")
        restored = project.annotations.restore(project.annotations.delete(made.id))
        assert restored.coder is not None and restored.coder.login == "carol" and restored.version == 2
        assert project.annotations.get(made.id) == restored


def test_undoing_a_tagging_refuses_when_another_coder_changed_the_passage(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as mine, Project.open(path) as theirs:
        theirs.coders.act_as("bob")
        source = _source(mine)
        existing = mine.annotations.create(source, 25, 29)
        tagging = mine.annotations.apply_tag("bias/loaded-language", source, annotation_id=existing.id)
        mine.annotations.untag_passages(tagging)  # my own: undone
        mine.annotations.retag_passages(tagging)  # and redone
        theirs.annotations.update(existing.id, note="bob was here")
        with pytest.raises(EditConflict):
            mine.annotations.untag_passages(tagging)
        kept = mine.annotations.get(existing.id)
        assert [t.path for t in kept.tags] == ["bias/loaded-language"] and kept.note == "bob was here"
        made = mine.annotations.apply_tag("bias/loaded-language", source, span=(4, 10))
        theirs.annotations.update(made.created[0].id, note="bob's too")
        with pytest.raises(EditConflict):
            mine.annotations.untag_passages(made)  # would delete bob's edited annotation
        assert mine.annotations.get(made.created[0].id).note == "bob's too"
