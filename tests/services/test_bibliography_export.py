"""The project's sources as CSL-JSON and BibTeX: what Zotero imports, read back with json and bibtexparser,
and the round trip — export, import into a fresh project, the same fields."""

import json
from pathlib import Path

import bibtexparser
import pytest

from annotator.domain.errors import InvalidInput, NotFound
from annotator.services.project import Project
from annotator.storage import sources_repo
from tests.helpers.zotero_exports import ZOTERO_CSL_JSON

TEXTS = ["article", "chapter", "spravka", "thesis", "page", "book"]


def _library(project: Project, folder: Path) -> list[int]:
    """Six sources given Zotero's six references (matched by their file names, which are the titles)."""
    ids = []
    items = json.loads(ZOTERO_CSL_JSON)
    for name, item in zip(TEXTS, items, strict=True):
        path = folder / f"{name}.txt"
        path.write_text(f"The text of the {name}, {item['title']}.\n", encoding="utf-8")
        ids.append(project.sources.import_file(path, {"title": item["title"]}).source_id)
    report = project.sources.import_metadata(_write(folder / "zotero.json", ZOTERO_CSL_JSON))
    assert sorted(report.applied) == sorted(ids)
    project.sources.update_metadata(ids[2], {"provenance_note": "copied in the reading room, 2019"})
    return ids


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


BIBLIOGRAPHIC = [
    "title",
    "authors",
    "editors",
    "translators",
    "date_text",
    "original_date",
    "date_accessed",
    "item_type",
    "genre",
    "container_title",
    "publisher",
    "publisher_place",
    "volume",
    "issue",
    "page",
    "edition",
    "doi",
    "isbn",
    "url",
    "language",
    "archive",
    "archive_location",
    "call_number",
    "extra",
]


@pytest.mark.parametrize(("format_name", "suffix"), [("csl-json", ".json"), ("bibtex", ".bib")])
def test_round_trip_into_a_fresh_project_keeps_every_field(
    tmp_path: Path, format_name: str, suffix: str
) -> None:
    with Project.open(tmp_path / "first.annotator") as first:
        ids = _library(first, tmp_path)
        out = tmp_path / f"references{suffix}"
        exported = first.sources.export_bibliography(format_name, out)
        assert exported.path == out and out.read_text(encoding="utf-8") == exported.text
        before = {exported.keys[i]: first.sources.get(i).metadata for i in ids}
    assert before["viola2000peasant"].editors == ("Fitzpatrick, Sheila", "Schlögel, Karl")

    fresh_folder = tmp_path / "fresh"
    fresh_folder.mkdir()
    with Project.open(tmp_path / "fresh.annotator") as fresh:
        for key in before:  # the same texts, each given its entry by key
            path = fresh_folder / f"{key}.txt"
            path.write_text(f"Text of {key}.\n", encoding="utf-8")
            source_id = fresh.sources.import_file(path).source_id
            report = fresh.sources.import_metadata(out, source_id=source_id, key=key)
            assert report.warnings == () and source_id in report.applied
        after = {
            s.file_name.removesuffix(".txt"): fresh.sources.get(s.id).metadata for s in fresh.sources.list()
        }
    for key, metadata in before.items():
        for name in BIBLIOGRAPHIC:
            assert getattr(after[key], name) == getattr(metadata, name), (key, name)
        assert after[key].provenance_note == ""  # the historian's own notes are not a reference's


def test_csl_json_is_what_zotero_reads(project: Project, tmp_path: Path) -> None:
    ids = _library(project, tmp_path)
    exported = project.sources.export_bibliography("csl-json", tmp_path / "out.json", [ids[2], ids[0]])
    items = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert [item["id"] for item in items] == [exported.keys[ids[2]], exported.keys[ids[0]]]
    document, article = items
    assert document["type"] == "manuscript" and document["archive"] == "RGASPI"
    assert document["archive_location"] == "f. 17, op. 3, d. 1003, l. 4–4 ob."
    assert document["issued"] == {"date-parts": [[1932, 11, 7]]}
    assert article["container-title"] == "The Journal of Modern History" and article["page"] == "745–770"
    assert all(set(item) >= {"id", "type", "title"} for item in items)


def test_bibtex_keys_are_unique_and_parse(project: Project, tmp_path: Path) -> None:
    for name in ("a", "b"):
        project.sources.import_bytes(
            f"{name}.txt", f"Text {name}.".encode(), {"title": "Grain", "authors": "Ivanov, I."}
        )
    exported = project.sources.export_bibliography("bibtex")
    library = bibtexparser.parse_string(exported.text)
    assert [e.key for e in library.entries] == ["ivanovgrain", "ivanovgraina"]  # no year: none given
    assert exported.path is None


@pytest.mark.parametrize(
    ("format_name", "out", "message"),
    [
        ("ris", "x.ris", "bibliography format 'ris' is not one of csl-json, bibtex"),
        ("bibtex", "missing/x.bib", "does not exist"),
        ("bibtex", ".", "this is a folder"),
    ],
)
def test_bad_requests_are_refused_and_write_nothing(
    project: Project, tmp_path: Path, format_name: str, out: str, message: str
) -> None:
    project.sources.import_bytes("a.txt", b"Text.", {"title": "A"})
    with pytest.raises(InvalidInput, match=message):
        project.sources.export_bibliography(format_name, tmp_path / out)
    assert not (tmp_path / "x.ris").exists()


def test_many_sources_are_read_in_chunks_in_the_order_asked(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The export reads the sources' metadata a chunk of ids at a time (issue 19: one read per source took
    # 19.6 s for 5,000); chunks of two here, so that five sources take three queries.
    monkeypatch.setattr(sources_repo, "_CHUNK", 2)
    ids = [
        project.sources.import_bytes(f"{n}.txt", f"Text {n}.".encode(), {"title": f"Report {n}"}).source_id
        for n in ("one", "two", "three", "four", "five")
    ]
    wanted = [ids[4], ids[0], ids[3], ids[1], ids[0]]
    items = json.loads(project.sources.export_bibliography("csl-json", None, wanted).text)
    assert [item["title"] for item in items] == ["Report five", "Report one", "Report four", "Report two"]
    everything = json.loads(project.sources.export_bibliography("csl-json").text)
    titles = ["Report one", "Report two", "Report three", "Report four", "Report five"]
    assert [item["title"] for item in everything] == titles
    with pytest.raises(NotFound, match="no source with id 99"):
        project.sources.export_bibliography("bibtex", tmp_path / "x.bib", [ids[0], 99])
    assert not (tmp_path / "x.bib").exists()
