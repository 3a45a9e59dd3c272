"""`annotator import` with its cleaning switches and report, `split`, and `metadata-import`."""

import json
import textwrap

from tests.helpers.pdfs import Book, make_book
from tests.io.importers.test_html import PAGE
from tests.io.importers.test_reflow import PARAGRAPHS

WRAPPED = "\n\n".join(textwrap.fill(p, 64) for p in PARAGRAPHS) + "\n"
REPORT_KEYS = {
    # the keys of the first release, kept
    *("file", "status", "source_id", "title", "length", "encoding", "language", "media_type", "warnings"),
    # what the import did
    *("format", "reflow", "clean_web", "reflow_detected", "lines_reflowed", "hyphens_joined", "hyphens_kept"),
    *("furniture_removed", "pages_mapped", "version", "previous_version_id", "reanchored", "orphans"),
    # web captures (issue 14): clean-up proposed, the lines it removed, the articles found, the split
    *("web_capture_detected", "removed_lines", "articles", "split_into"),
    # how sure each re-anchored place is (issue 13)
    *("methods", "placed"),
    # the structure found in the stored text, and the import steps' version (issue 14)
    *("note_calls", "reference_marks", "notes_resolved", "headings", "pipeline"),
    # the reflow of a text (issue 14): paragraphs, running heads taken out, page anchors, split words
    *("paragraphs", "running_heads_removed", "pages_anchored", "split_words_joined"),
}


def test_import_json_is_one_array_with_a_report_per_file(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    files = [
        write_file("wrapped.txt", WRAPPED),
        write_file("page.html", PAGE),
        write_file("book.pdf", make_book(Book(["A paragraph of the book about the harvest."] * 3))),
        write_file("broken.pdf", b"%PDF-1.4 truncated"),
    ]
    result = cli("import", *files, "--json")
    assert result.code == 2  # one file was refused
    records = result.json()
    assert [r["status"] for r in records] == ["imported", "imported", "imported", "refused"]
    for record in records[:3]:
        assert set(record) == REPORT_KEYS
    text, html, pdf = records[:3]
    assert (text["format"], text["reflow_detected"], text["lines_reflowed"] > 0) == ("text", True, True)
    assert (html["format"], html["title"], html["encoding"]) == ("html", "Grain and hunger", "utf-8")
    assert (pdf["format"], pdf["pages_mapped"]) == ("pdf", 1)
    assert records[3]["error"].startswith("broken.pdf: the PDF is incomplete")
    assert result.err.strip().splitlines() == [f"annotator: {records[3]['error']}"]


def test_switches_and_the_printed_report(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    capture = "Skip to content\n" + WRAPPED + "Back to top\n"
    path = write_file("capture.txt", capture)
    kept = cli("import", path, "--no-reflow", "--json").json()[0]
    assert kept["reflow"] is False and kept["lines_reflowed"] == 0
    assert cli("show", kept["source_id"]).out == capture
    result = cli("import", path, "--new-version-of", kept["source_id"], "--reflow", "--clean-web")
    assert result.code == 0, result.err
    assert "removed 2 lines of page furniture" in result.out
    assert "joined" in result.out and "wrapped lines" in result.out
    assert "(version 2 of source 1)" in result.out
    assert cli("show", 2).out == "\n\n".join(PARAGRAPHS) + "\n"
    info = cli("info", 2, "--json").json()[0]
    assert (info["version"], info["previous_version_id"], info["pages"]) == (2, 1, 0)


def test_identical_bytes_are_refused_unless_a_new_version(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    path = write_file("a.txt", "The grain was taken in full.\n")
    assert cli("import", path).code == 0
    refused = cli("import", path)
    assert refused.code == 2 and "already in the project as source 1" in refused.err
    assert "Traceback" not in refused.err
    two = cli("import", path, path, "--new-version-of", 1)
    assert two.code == 2 and two.err.strip() == "annotator: --new-version-of takes exactly one FILE"
    again = cli("import", path, "--new-version-of", 1, "--json").json()[0]
    assert (again["version"], again["previous_version_id"], again["reanchored"]) == (2, 1, 0)


def test_orphans_are_printed(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    cli("import", write_file("a.txt", "The first report counted forty-two households.\n"))
    cli("annotate", 1, "--start", 0, "--end", 16)
    result = cli(
        "import", write_file("b.txt", "A corrected report counted 42 households.\n"), "--new-version-of", 1
    )
    assert "orphan: annotation 1 “The first report” (not found); it stays on source 1" in result.out


def test_split(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    cli("import", write_file("page.txt", "An article.\n\nReader comments.\n"))
    result = cli("split", 1, "--at", 13, "--title", "Comments", "--json")
    assert result.code == 0, result.err
    assert [r["source_id"] for r in result.json()] == [2, 3]
    assert cli("show", 3).out == "Reader comments.\n"
    titles = [s["title"] for s in cli("sources", "--json").json()]
    assert titles == ["page", "Comments"]
    refused = cli("split", 2, "--at", 500)
    assert refused.code == 2 and refused.err.startswith("annotator: cannot split at 500")


def test_metadata_import(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    cli("import", write_file("grain-report.txt", "Text of the report.\n"))
    csl = [
        {"id": "r1", "type": "report", "title": "Grain report", "author": [{"literal": "District committee"}]}
    ]
    result = cli("metadata-import", write_file("zotero.json", json.dumps(csl)), "--json")
    assert result.code == 0, result.err
    assert result.json() == [
        {
            "key": "r1",
            "title": "Grain report",
            "source_id": 1,
            "matched_by": "title",
            "fields": ["title", "authors", "item_type", "genre"],
            "note": "",
        }
    ]
    assert cli("sources", "--json").json()[0]["authors"] == ["District committee"]
    text = cli("metadata-import", write_file("z.bib", "@misc{x, title={Unknown thing}}\n"))
    assert text.out.strip() == "x: “Unknown thing” not applied: no source with this title or file name"
    bad = cli("metadata-import", write_file("z.json", "[{"))
    assert bad.code == 2 and bad.err.startswith("annotator: z.json: not valid CSL-JSON")
