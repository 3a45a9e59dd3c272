import os
from pathlib import Path

import pytest

from annotator.domain.errors import ProjectError
from annotator.services.project import Project, default_project_path


def test_everything_persists_across_reopen(project_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        source = project.sources.import_file(write_file("a.txt", "The harvest of 1932 failed.")).source_id
        a = project.annotations.create(source, 4, 11, ["claim-type/factual"], note="harvest")
        b = project.annotations.create(source, 15, 19)
        link = project.links.create(a.id, b.id, "cites")
        project.taxonomy.add_tag("bias", "Euphemism")
        project.rename("Grain crisis")
        generation = project.generation()
        project_uuid = project.uuid
    with Project.open(project_path) as project:
        assert not project.created
        assert project.name == "Grain crisis"
        assert project.uuid == project_uuid
        assert project.generation() == generation
        assert project.sources.text(source) == "The harvest of 1932 failed."
        assert project.annotations.get(a.id) == a
        assert project.links.list() == [link]
        assert project.taxonomy.taxonomy().resolve("bias/euphemism")


def test_every_change_advances_the_generation(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    start = project.generation()
    source = project.sources.import_file(write_file("a.txt", "words")).source_id
    project.annotations.create(source, 0, 5)
    assert project.generation() == start + 2
    project.sources.list()
    assert project.generation() == start + 2


def test_default_project_lives_in_the_user_data_folder() -> None:
    path = default_project_path()
    assert str(path).startswith(os.environ["XDG_DATA_HOME"])
    with Project.open() as project:
        assert project.path == path
        assert project.name == "My sources"
        assert len(project.taxonomy.taxonomy().facets) == 3
    assert path.exists()


def test_missing_path_is_created_but_its_folder_must_exist(tmp_path: Path) -> None:
    with Project.open(tmp_path / "new.annotator") as project:
        assert project.created
        assert project.name == "new"
    with pytest.raises(ProjectError, match="does not exist"):
        Project.open(tmp_path / "missing" / "new.annotator")


def test_owns_the_project_file_by_any_name_its_journals_and_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "p.annotator"
    with Project.open(path) as project:
        (tmp_path / "link.annotator").symlink_to(path)
        os.link(path, tmp_path / "hard.annotator")
        (tmp_path / "sub").mkdir()
        names = ("link.annotator", "hard.annotator", "sub/../p.annotator", "p.annotator.lock")
        for owned in ("p.annotator", *names, *(f"p.annotator-{s}" for s in ("wal", "shm", "journal"))):
            assert project.owns(tmp_path / owned), owned
        for other in ("p.annotator.md", "q.annotator", "p.annotator-backups/x.bib", "sub"):
            assert not project.owns(tmp_path / other), other
