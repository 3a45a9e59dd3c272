"""`annotator import` with PDFs whose furniture is in doubt and with text that is not text (issue 13,
items 9 and 10): what is removed is listed with its page, UTF-32/UTF-16 are read, refusals are one line
naming the file, exit 2, and the project is unchanged."""

import codecs

from tests.helpers.page_pdfs import diary, pages_pdf
from tests.helpers.texts import ENGLISH, RUSSIAN

TEXT = ENGLISH + RUSSIAN
ENTRIES = [f"Entry {n} of the diary of Anna Kovalenko." for n in (1, 2, 3)]


def test_pdfs_keep_their_text_and_list_what_was_removed(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    pages = diary(3)
    files = [
        write_file("diary.pdf", pages_pdf(pages)),
        write_file(
            "short.pdf", pages_pdf([[e] for e in ENTRIES], foot=[f"Page {n} of 3" for n in (1, 2, 3)])
        ),
    ]
    result = cli("import", *files, "--no-reflow", "--json")
    assert result.code == 0, result.err
    diary_record, short = result.json()
    assert (diary_record["furniture_removed"], diary_record["removed_lines"]) == (0, [])
    shown = cli("show", diary_record["source_id"]).out
    assert [line for line in shown.split("\n") if line] == [line for page in pages for line in page]
    assert short["status"] == "imported" and cli("show", short["source_id"]).out == "\n".join(ENTRIES) + "\n"
    assert short["removed_lines"] == [
        {"text": f"Page {n} of 3", "reason": "page number", "page": str(n)} for n in (1, 2, 3)
    ]


def test_utf32_and_utf16_without_a_byte_order_mark_are_imported(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    files = [write_file(f"{name}.txt", TEXT.encode(name)) for name in ("utf-32-be", "utf-16-le")]
    result = cli("import", *files, "--no-reflow", "--json")
    assert result.code == 0, result.err
    assert [r["encoding"] for r in result.json()] == ["utf-32-be", "utf-16-le"]
    assert cli("show", 1).out == TEXT and cli("show", 2).out == TEXT


def test_text_that_is_not_text_is_refused_in_one_line_and_nothing_changes(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    assert cli("import", write_file("first.txt", "A source that is already there.\n")).code == 0
    before = cli("sources", "--json").out
    refusals = {
        "late-nul.txt": (
            (ENGLISH * 400).encode()[:70_000] + b"\x00" + ENGLISH.encode(),
            "late-nul.txt: this is a binary file, not text (it holds NUL bytes, the first at byte 70,000)",
        ),
        "cut.txt": (
            TEXT.encode("utf-16-be")[:-1],
            f"cut.txt: looks like UTF-16 (big-endian) but is damaged at byte {len(TEXT) * 2 - 2:,} "
            "(the file ends in the middle of a character)",
        ),
        "marked.txt": (
            codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le") + b"\x00\x00\x11\x00",
            "marked.txt: the file says it is UTF-32 (little-endian) but is damaged at byte "
            f"{4 + len(TEXT) * 4:,}",
        ),
    }
    for name, (data, message) in refusals.items():
        result = cli("import", write_file(name, data))
        assert result.code == 2
        assert result.err.splitlines() == [f"annotator: {message}"]
    assert cli("sources", "--json").out == before
