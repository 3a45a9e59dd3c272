"""Metadata from Zotero (CSL-JSON) and BibTeX files, applied to the sources they match."""

import json

import pytest

from annotator.domain.errors import InvalidInput
from annotator.services.project import Project

CSL = [
    {
        "id": "harrison2017",
        "type": "article-journal",
        "title": "Stalinism: The Complete Negation of Socialism",
        "author": [{"family": "Harrison", "given": "Thomas"}],
        "issued": {"date-parts": [[2017]]},
        "container-title": "New Politics",
        "URL": "https://newpol.example/stalinism",
    },
    {"id": "nobody", "type": "book", "title": "A book nobody imported"},
]


def test_entries_are_applied_to_the_sources_they_match(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    essay = project.sources.import_file(
        write_file("stalinism-the-complete-negation-of-socialism.txt", "Text.")
    )
    other = project.sources.import_file(write_file("other.txt", "Other text."))
    project.sources.update_metadata(essay.source_id, {"reliability_note": "partisan but documented"})
    report = project.sources.import_metadata(write_file("zotero.json", json.dumps(CSL)))
    assert [(m.entry.key, m.source_id, m.by) for m in report.matches] == [
        ("harrison2017", essay.source_id, "title"),  # the title came from the file name
        ("nobody", None, ""),
    ]
    metadata = project.sources.get(essay.source_id).metadata
    assert metadata.title == "Stalinism: The Complete Negation of Socialism"
    assert metadata.authors == ("Harrison, Thomas",)
    assert metadata.date_text == "2017" and metadata.container_title == "New Politics"
    assert metadata.genre == "journal article"
    assert metadata.reliability_note == "partisan but documented"  # not in the entry: left alone
    assert project.sources.get(other.source_id).metadata.title == "other"


def test_an_entry_attached_to_a_chosen_source(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("scan-0031.txt", "Text.")).source_id
    bib = write_file(
        "refs.bib",
        "@book{service1997, author={Service, Robert}, title={A History}, year={1997}}\n"
        "@book{other, title={Other}}\n",
    )
    with pytest.raises(InvalidInput, match="holds 2 entries; choose one with --key"):
        project.sources.import_metadata(bib, source_id=source)
    report = project.sources.import_metadata(bib, source_id=source, key="service1997")
    assert report.applied == {source: ("title", "authors", "date_text", "item_type", "genre")}
    assert project.sources.get(source).metadata.authors == ("Service, Robert",)


def test_nothing_matched_changes_nothing(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    project.sources.import_file(write_file("a.txt", "Text."))
    generation = project.generation()
    report = project.sources.import_metadata(write_file("z.json", json.dumps(CSL[1:])))
    assert report.applied == {} and project.generation() == generation


def test_an_entry_with_one_bad_field_gives_the_rest(project: Project, write_file) -> None:  # type: ignore[no-untyped-def]
    source = project.sources.import_file(write_file("the-great-terror.txt", "Text.")).source_id
    entry = {"id": "c", "type": "book", "title": "The Great Terror", "ISBN": "0-19-505791-9", "edition": "3"}
    report = project.sources.import_metadata(write_file("zotero.json", json.dumps([entry])))
    metadata = project.sources.get(source).metadata
    assert (metadata.title, metadata.edition, metadata.isbn) == ("The Great Terror", "3", "")
    assert report.applied[source] == ("title", "edition", "item_type", "genre")
    [warning] = report.warnings
    assert warning.startswith("entry c: ISBN not applied (ISBN '0-19-505791-9' is not an ISBN")
