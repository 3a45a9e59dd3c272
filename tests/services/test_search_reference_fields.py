"""The reference's fields (container, publisher's place, editors, shelfmark, call number, DOI, ISBN…, added
by migration 0009) are found by search, through a real index on disk, and by the library's filter."""

from __future__ import annotations

import json
from pathlib import Path

from annotator.search.index import STAMP_FILE
from annotator.search.schema import SCHEMA_VERSION
from annotator.services.listing import list_sources
from annotator.services.project import Project
from annotator.services.search import Kind

TEXT = "The district committee reported on the sowing campaign.\n\nNo seed grain had arrived.\n"
REFERENCE = {
    "title": "Report on the sowing campaign",
    "container_title": "Vestnik krest'ianskoi Rossii",
    "publisher_place": "Voronezh",
    "editors": ["Danilov, Viktor"],
    "translators": ["Hughes, Clara"],
    "archive": "GARF",
    "archive_location": "f. 5446, op. 1, d. 52, l. 12 ob.",
    "call_number": "Slav 3405.11",
    "doi": "10.2307/2500339",
    "isbn": "978-0-19-505180-3",
    "original_date": "1929",
    "extra": "Typescript copy with marginalia",
}


def _hits(project: Project, query: str) -> list[tuple[Kind, str | None, int]]:
    return [(h.kind, h.field, h.source_id) for h in project.search.search(query, limit=None).hits]


def test_every_reference_field_is_found_and_named(project: Project) -> None:
    source = project.sources.import_bytes("report.txt", TEXT.encode(), REFERENCE).source_id
    project.sources.import_bytes("other.txt", b"Another text about grain.", {"title": "Other"})
    for query, field in [
        ("krest'ianskoi", "container_title"),
        ("voronezh", "publisher_place"),
        ("danilov", "editors"),
        ("hughes", "translators"),
        ('"5446"', "archive_location"),
        ("slav", "call_number"),
        ('"2500339"', "doi"),
        ('"978-0-19-505180-3"', "isbn"),
        ("marginalia", "extra"),
    ]:
        assert _hits(project, f"{query} in:metadata") == [(Kind.METADATA, field, source)], query
    [hit] = project.search.search("voronezh").hits
    assert [hit.snippet.text[a - hit.snippet.start : b - hit.snippet.start] for a, b in hit.matches] == [
        "Voronezh"
    ]


def test_an_edited_reference_field_is_found_and_the_old_value_no_longer(project: Project) -> None:
    source = project.sources.import_bytes("report.txt", TEXT.encode(), {"title": "Report"}).source_id
    assert _hits(project, "voronezh") == []  # the index is built now
    project.sources.update_metadata(source, {"publisher_place": "Voronezh", "doi": "10.2307/2500339"})
    assert _hits(project, "voronezh") == [(Kind.METADATA, "publisher_place", source)]
    project.sources.update_metadata(source, {"publisher_place": "Kursk"})
    assert _hits(project, "voronezh") == []
    assert _hits(project, "kursk") == [(Kind.METADATA, "publisher_place", source)]


def test_a_shelfmark_and_the_parts_it_joins_make_one_hit(project: Project) -> None:
    # The parts are older and finer, and the whole shelfmark is what they join to: found once, as the
    # shelfmark (an archival part the shelfmark does not hold is still found under its own name).
    parts = {"title": "Spravka", "archival_collection": "fond 17", "archival_file": "delo 3"}
    source = project.sources.import_bytes("a.txt", TEXT.encode(), parts).source_id
    assert _hits(project, "delo") == [(Kind.METADATA, "archive_location", source)]
    project.sources.update_metadata(source, {"archive_location": "f. 17, op. 3"})
    assert sorted(f for _, f, _ in _hits(project, "fond OR delo OR op")) == [
        "archival_collection", "archival_file", "archive_location"
    ]  # fmt: skip


def test_an_index_of_the_previous_schema_is_rebuilt_with_the_reference_fields(project: Project) -> None:
    source = project.sources.import_bytes("report.txt", TEXT.encode(), REFERENCE).source_id
    assert _hits(project, "voronezh")  # built
    stamp_file = project.search.index_path / STAMP_FILE
    stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
    stamp["schema"] = SCHEMA_VERSION - 1
    stamp_file.write_text(json.dumps(stamp), encoding="utf-8")
    assert _hits(project, "danilov") == [(Kind.METADATA, "editors", source)]
    assert json.loads(stamp_file.read_text(encoding="utf-8"))["schema"] == SCHEMA_VERSION


def test_the_library_lists_the_reference_words_its_filter_finds(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.sources.import_bytes("report.txt", TEXT.encode(), REFERENCE)
        project.sources.import_bytes("other.txt", b"Another.", {"title": "Other", "publisher": "Nauka"})
        listed = project.sources.list()
    assert "Voronezh" in listed[0].reference and "10.2307/2500339" in listed[0].reference
    assert "Danilov, Viktor" in listed[0].reference and "f. 5446, op. 1, d. 52" in listed[0].reference
    assert listed[1].reference == "Nauka"
    assert list_sources(project_path) == listed  # read without the services: the same words
