from pathlib import Path

import pytest

from annotator.domain.errors import Duplicate, InvalidInput, NotFound, SourceRejected
from annotator.domain.model import SourceKind
from annotator.services.events import Change, SourcesChanged
from annotator.services.project import Project
from tests.helpers.texts import ENGLISH, RUSSIAN


@pytest.mark.both_engines
def test_import_keeps_text_bytes_and_derives_metadata(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    raw = ENGLISH.replace("\n", "\r\n").encode("utf-8")
    report = project.sources.import_file(write_file("District report 1930.txt", raw))
    assert report.title == "District report 1930"
    assert report.language == "en"
    assert report.encoding == "utf-8"
    assert project.sources.text(report.source_id) == ENGLISH  # newlines normalized
    assert project.sources.original_bytes(report.source_id) == raw  # the evidence as it came
    source = project.sources.get(report.source_id)
    assert source.original.name == "District report 1930.txt"
    assert source.original.media_type == "text/plain"
    assert source.length == len(ENGLISH)
    assert len(source.original.sha256) == 64


@pytest.mark.both_engines
def test_metadata_given_at_import(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file("letter.md", RUSSIAN)
    report = project.sources.import_file(
        path,
        {
            "title": "Letter from the village",
            "authors": ["Anonymous"],
            "date_text": "c. 1930",
            "kind": "primary",
            "genre": "letter",
            "language": "ru",
        },
    )
    source = project.sources.get(report.source_id)
    assert source.metadata.title == "Letter from the village"
    assert source.metadata.kind is SourceKind.PRIMARY
    assert source.date_range is not None and source.date_range.approximate
    assert source.original.media_type == "text/markdown"


def _state(project: Project) -> tuple[int, int]:
    return len(project.sources.list()), project.generation()


@pytest.mark.both_engines
def test_duplicate_bytes_are_refused_naming_the_existing_source(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    first = project.sources.import_file(write_file("a.txt", ENGLISH))
    before = _state(project)
    with pytest.raises(Duplicate, match=rf"b.txt: already in the project as source {first.source_id}, “a”"):
        project.sources.import_file(write_file("b.txt", ENGLISH))
    assert _state(project) == before


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("scan.txt", b"%PDF-1.4 binary", "PDF"),
        ("noise.txt", bytes(range(256)) * 8, "binary"),
        ("broken.txt", b"\xff\xfe\x00\xd8A", "damaged"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_written(
    project: Project, write_file, name, data, message
) -> None:  # type: ignore[no-untyped-def]
    before = _state(project)
    with pytest.raises(SourceRejected, match=message):
        project.sources.import_file(write_file(name, data))
    assert _state(project) == before


def test_missing_file_and_folder_are_refused(project: Project, tmp_path: Path) -> None:
    with pytest.raises(SourceRejected, match="no such file"):
        project.sources.import_file(tmp_path / "nothing.txt")
    with pytest.raises(SourceRejected, match="folder"):
        project.sources.import_file(tmp_path)


def test_bad_metadata_at_import_writes_nothing(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    before = _state(project)
    with pytest.raises(InvalidInput):
        project.sources.import_file(write_file("a.txt", ENGLISH), {"kind": "fourth-hand"})
    assert _state(project) == before


@pytest.mark.both_engines
def test_list_counts_annotations(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    a = project.sources.import_file(write_file("a.txt", ENGLISH)).source_id
    b = project.sources.import_file(write_file("b.txt", RUSSIAN)).source_id
    project.annotations.create(a, 0, 10)
    project.annotations.create(a, 20, 30)
    counts = {s.id: s.annotation_count for s in project.sources.list()}
    assert counts == {a: 2, b: 0}


def test_metadata_edit_validates_and_never_touches_the_text(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source_id = project.sources.import_file(write_file("a.txt", ENGLISH)).source_id
    updated = project.sources.update_metadata(
        source_id,
        {"date_text": "1929–1930", "url": "https://archive.example/report", "reliability_rating": 3},
    )
    assert updated.date_range is not None and updated.date_range.end == "1930-12-31"
    assert updated.metadata.reliability_rating == 3
    assert project.sources.text(source_id) == ENGLISH
    with pytest.raises(InvalidInput):
        project.sources.update_metadata(source_id, {"url": "not a url"})
    assert project.sources.get(source_id).metadata.url == "https://archive.example/report"


@pytest.mark.both_engines
def test_delete_source_takes_its_annotations_and_links(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    a = project.sources.import_file(write_file("a.txt", ENGLISH)).source_id
    b = project.sources.import_file(write_file("b.txt", RUSSIAN)).source_id
    x = project.annotations.create(a, 0, 10)
    y = project.annotations.create(b, 0, 10)
    project.links.create(x.id, y.id, "contradicts")
    project.sources.delete(a)
    assert [s.id for s in project.sources.list()] == [b]
    assert [an.id for an in project.annotations.list()] == [y.id]
    assert project.links.list() == []
    with pytest.raises(NotFound):
        project.sources.text(a)


def test_import_publishes_an_event(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    seen = []
    project.events.subscribe(seen.append)
    report = project.sources.import_file(write_file("a.txt", ENGLISH))
    assert seen == [SourcesChanged(Change.ADDED, (report.source_id,))]


def test_unknown_source_is_not_found(project: Project) -> None:
    with pytest.raises(NotFound, match="no source with id 42"):
        project.sources.get(42)
