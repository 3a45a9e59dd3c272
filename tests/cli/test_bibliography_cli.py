"""`annotator info --json` with the reference's fields under their CSL-JSON names, `edit --field`,
`bibliography --format csl-json|bibtex` and `zotero-import`."""

import hashlib
import json
from pathlib import Path

import bibtexparser

from tests.helpers.zotero_library import historians_library

CSL_NAMES = [
    "container-title",
    "publisher",
    "publisher-place",
    "volume",
    "issue",
    "page",
    "edition",
    "editor",
    "translator",
    "DOI",
    "ISBN",
    "archive",
    "archive_location",
    "call-number",
    "original-date",
    "note",
]


def _source(cli, write_file) -> int:  # type: ignore[no-untyped-def]
    path = write_file("chapter.txt", "The peasant nightmare.\n")
    return int(cli("import", path, "--title", "The Peasant Nightmare", "--json").json()[0]["source_id"])


def test_info_shows_every_bibliographic_field_under_its_csl_name(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    source = _source(cli, write_file)
    result = cli(
        "edit",
        source,
        "--field",
        "container-title=Stalinism: New Directions",
        "--field",
        "editor=Fitzpatrick, Sheila; Schlögel, Karl",
        "--field",
        "page=286-308",
        "--field",
        "DOI=https://doi.org/10.4324/9780203006238",
        "--field",
        "ISBN=978-0-19-505791-1",
        "--field",
        "archive_location=f. 17, op. 3, d. 1003, l. 4–4 ob.",
        "--field",
        "call-number=17/3/1003",
        "--field",
        "original-date=1999",
        "--field",
        "note=Reprinted with corrections.",
        "--field",
        "type=chapter",
        "--json",
    )
    assert result.code == 0, result.err
    [info] = cli("info", source, "--json").json()
    assert set(CSL_NAMES) <= set(info)
    assert info["container-title"] == "Stalinism: New Directions"
    assert info["editor"] == ["Fitzpatrick, Sheila", "Schlögel, Karl"] and info["translator"] == []
    assert (info["page"], info["DOI"], info["ISBN"]) == (
        "286–308",
        "10.4324/9780203006238",
        "978-0-19-505791-1",
    )
    assert (info["archive_location"], info["call-number"]) == (
        "f. 17, op. 3, d. 1003, l. 4–4 ob.",
        "17/3/1003",
    )
    assert (info["original-date"], info["note"], info["type"]) == (
        "1999",
        "Reprinted with corrections.",
        "chapter",
    )
    assert info["csl"]["editor"][1] == {"family": "Schlögel", "given": "Karl"}
    assert info["title"] == "The Peasant Nightmare"  # the older keys stay
    human = cli("info", source).out
    assert "container-title: Stalinism: New Directions" in human and "csl" not in human


def test_bad_fields_exit_2_with_one_line_naming_the_field(cli, write_file, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = _source(cli, write_file)
    before = hashlib.sha256(project_path.read_bytes()).hexdigest()
    for args, message in (
        (["--field", "ISBN=978-0-19-505791-2"], "--field ISBN: ISBN '978-0-19-505791-2' is not an ISBN"),
        (["--field", "DOI=nonsense"], "--field DOI: DOI 'nonsense' is not a DOI"),
        (["--field", "colour=red"], "--field colour: 'colour' is not a source field"),
        (["--field", "volume"], "--field 'volume': write it as NAME=VALUE"),
        (["--field", "type=novel"], "--field type: type 'novel' is not a CSL item type"),
        (
            ["--field", "volume=3", "--field", "URL=example.org"],
            "--field URL: 'example.org' is not a web address",
        ),
    ):
        result = cli("edit", source, *args)
        assert result.code == 2 and result.out == ""
        assert result.err.count("\n") == 1 and message in result.err, result.err
    [info] = cli("info", source, "--json").json()
    assert info["volume"] == "" and info["ISBN"] == ""
    assert hashlib.sha256(project_path.read_bytes()).hexdigest() == before


def test_bibliography_writes_csl_json_and_bibtex(cli, write_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    source = _source(cli, write_file)
    cli("edit", source, "--author", "Viola, Lynne", "--date", "2000", "--field", "container-title=Stalinism")
    other = int(cli("import", write_file("b.txt", "B."), "--title", "Other", "--json").json()[0]["source_id"])
    result = cli("bibliography", "--format", "bibtex", "--out", tmp_path / "refs.bib")
    assert result.code == 0 and "wrote 2 reference(s) as bibtex" in result.out
    entries = bibtexparser.parse_file(str(tmp_path / "refs.bib")).entries
    assert [(e.key, e.entry_type) for e in entries] == [("viola2000peasant", "misc"), ("other", "misc")]
    assert entries[0]["booktitle"] == "Stalinism"
    printed = cli("bibliography", "--format", "csl-json", "--source", other, source, "--out", "-")
    assert [item["title"] for item in json.loads(printed.out)] == ["Other", "The Peasant Nightmare"]
    refused = cli("bibliography", "--format", "csl-json", "--out", tmp_path / "no" / "refs.json")
    assert refused.code == 2 and "does not exist" in refused.err and refused.err.count("\n") == 1
    missing = cli("bibliography", "--format", "csl-json", "--source", 99, "--out", tmp_path / "x.json")
    assert missing.code == 2 and "no source with id 99" in missing.err
    assert not (tmp_path / "x.json").exists()


def test_zotero_import_lists_matches_and_creates(cli, write_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = historians_library(tmp_path / "Zotero")
    listed = cli("zotero-import", library, "--json").json()
    assert [item["key"] for item in listed] == ["8ZQFJ2KT", "Q7V2M4CE", "R2D9AA1N", "T9H3ZK2W", "W4B8NE6S"]
    assert listed[2]["files"] == ["spravka-1932.txt"] and listed[0]["creators"] == "Fitzpatrick"
    assert "R2D9AA1N  manuscript" in cli("zotero-import", library).out
    source = _source(cli, write_file)
    cli("edit", source, "--publisher", "Routledge UK")
    matched = cli("zotero-import", library, "--match")
    assert matched.code == 0
    assert f"Q7V2M4CE: “The Peasant Nightmare” → source {source} (by title):" in matched.out
    assert "kept the source's own publisher (--overwrite replaces them)" in matched.out
    created = cli("zotero-import", library, "--item", "R2D9AA1N", "--json").json()
    assert created[0]["created"] is True
    [info] = cli("info", created[0]["source_id"], "--json").json()
    assert info["archive_location"] == "f. 17, op. 3, d. 1003, l. 4–4 ob."
    nowhere = cli("zotero-import", tmp_path / "nowhere")
    assert nowhere.code == 2 and "no zotero.sqlite here" in nowhere.err and nowhere.err.count("\n") == 1
    unknown = cli("zotero-import", library, "--item", "NOPE1234")
    assert unknown.code == 2 and "no Zotero item with the key NOPE1234" in unknown.err
