"""Metadata from Zotero's own library: items matched to sources by title or attached file name fill the
fields the historian left empty (never one they set, unless asked); chosen items become sources from their
attached files."""

from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput
from annotator.services.project import Project
from tests.helpers.zotero_library import historians_library


def test_matched_items_fill_empty_fields_and_keep_the_historians(project: Project, tmp_path: Path) -> None:
    library = historians_library(tmp_path / "Zotero")
    by_file = project.sources.import_bytes("fitzpatrick-ascribing-class.pdf.txt", b"x", {}).source_id
    by_title = project.sources.import_bytes(
        "scan-0031.txt",
        b"The peasant nightmare.",
        {"title": "The Peasant Nightmare", "publisher": "Routledge UK", "reliability_note": "a classic"},
    ).source_id
    report = project.sources.import_zotero(library, match=True)
    matched = {m.entry.key: (m.source_id, m.by) for m in report.matches if m.source_id is not None}
    assert matched["Q7V2M4CE"] == (by_title, "title")
    chapter = project.sources.get(by_title).metadata
    assert (
        chapter.editors == ("Fitzpatrick, Sheila", "Schlögel, Karl") and chapter.publisher_place == "London"
    )
    assert chapter.publisher == "Routledge UK"  # the historian's, kept
    assert chapter.reliability_note == "a classic"
    assert report.kept[by_title] == ("publisher",)
    assert "publisher" not in report.applied[by_title] and "editors" in report.applied[by_title]
    assert by_file not in report.applied  # "….pdf.txt" is no attachment's name

    again = project.sources.import_zotero(library, ["Q7V2M4CE"], match=True, overwrite=True)
    assert again.applied[by_title] == ("publisher",)
    assert project.sources.get(by_title).metadata.publisher == "Routledge"


def test_a_source_named_like_an_attachment_is_matched_and_titled(project: Project, tmp_path: Path) -> None:
    library = historians_library(tmp_path / "Zotero")
    source = project.sources.import_bytes("spravka-1932.txt", b"Spravka. Grain procurement.", {}).source_id
    assert project.sources.get(source).metadata.title == "spravka-1932"
    report = project.sources.import_zotero(library, match=True)
    assert [(m.entry.key, m.by) for m in report.matches if m.source_id == source] == [
        ("R2D9AA1N", "file name")
    ]
    metadata = project.sources.get(source).metadata
    assert metadata.title == "Spravka o khode khlebozagotovok"  # the file name's title is nobody's choice
    assert metadata.archive_location == "f. 17, op. 3, d. 1003, l. 4–4 ob."
    # The language the import detected is set: kept, and reported, as --overwrite would replace it.
    assert report.kept == {source: ("language",)} and metadata.language != "ru"


def test_chosen_items_become_sources_from_their_attached_files(project: Project, tmp_path: Path) -> None:
    library = historians_library(tmp_path / "Zotero")
    report = project.sources.import_zotero(library, ["R2D9AA1N", "T9H3ZK2W"])
    assert list(report.created) == ["R2D9AA1N"]
    source = project.sources.get(report.created["R2D9AA1N"])
    assert source.original.name == "spravka-1932.txt"
    assert (source.metadata.archive, source.metadata.call_number) == ("RGASPI", "17/3/1003")
    assert project.sources.text(source.id).startswith("Spravka. Grain procurement")
    [warning] = report.warnings
    assert "T9H3ZK2W" in warning and "no attached file" in warning


def test_unknown_keys_and_nothing_chosen_are_refused(project: Project, tmp_path: Path) -> None:
    library = historians_library(tmp_path / "Zotero")
    with pytest.raises(InvalidInput, match="no Zotero item with the key NOPE1234"):
        project.sources.import_zotero(library, ["NOPE1234"])
    with pytest.raises(InvalidInput, match="--item KEY"):
        project.sources.import_zotero(library)
    assert project.sources.list() == []


def test_an_imported_item_keeps_what_its_file_tells_where_the_item_says_nothing(
    project: Project, tmp_path: Path
) -> None:
    from tests.helpers.zotero_library import Item, make_library

    text = (
        "The brigades went from yard to yard in the winter of 1930, and the grain they found was rarely what "
        "the district had promised the region. The letters written to the newspapers that spring say so.\n"
    )
    library = make_library(
        tmp_path / "Zotero",
        [Item("H1PAGE01", "webpage", {"title": "Letters of 1930"}, files={"letters.txt": text.encode()})],
    )
    report = project.sources.import_zotero(library, ["H1PAGE01"])
    metadata = project.sources.get(report.created["H1PAGE01"]).metadata
    assert metadata.title == "Letters of 1930" and metadata.item_type == "webpage"
    assert metadata.language == "en"  # detected from the text: the item has no language to say otherwise
