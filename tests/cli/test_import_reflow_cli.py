"""`annotator import` of a book copied out of a PDF: the report's reflow fields, and `show --page`."""

from __future__ import annotations

from tests.helpers.extracted_books import extracted_book


def test_import_reports_running_heads_pages_and_split_words(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    book = extracted_book()
    result = cli("import", write_file("book.txt", book.text), "--json")
    assert result.code == 0, result.err
    (record,) = result.json()
    assert record["paragraphs"] == len(book.paragraphs) + len(book.structure)
    assert record["running_heads_removed"] == len(book.heads) == record["pages_anchored"]
    heads = [line for line in record["removed_lines"] if line["reason"] == "running head"]
    assert [line["text"] for line in heads] == book.heads
    assert heads[0]["page"] == "184"
    words = record["split_words_joined"]
    assert words and all(set(w) == {"joined", "as_written"} for w in words)
    assert all(w["joined"] == w["as_written"].replace("-\n", "") for w in words)
    shown = cli("show", record["source_id"])
    for head in book.heads:
        assert head not in shown.out
    assert "wage-labour" in shown.out and "wagelabour" not in shown.out


def test_show_page_prints_the_text_of_that_page(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    book = extracted_book()
    (record,) = cli("import", write_file("book.txt", book.text), "--json").json()
    source = record["source_id"]
    page = cli("show", source, "--page", "185")
    assert page.code == 0, page.err
    after = book.text.split("THE POLITICS OF STALINISM 185\n\n", 1)[1].split("\n", 1)[0]
    before = book.text.split("\n\n186 STALINIST SOCIALISM", 1)[0].rsplit("\n", 1)[1]
    assert page.out.startswith(after.rstrip("-"))
    assert page.out.rstrip().endswith(before.rstrip("-").split()[-1]) or before.endswith("-")
    assert "STALINIS" not in page.out
    whole = cli("show", source).out
    assert page.out.strip() in whole and len(page.out) < len(whole) / 5
    missing = cli("show", source, "--page", "999")
    assert missing.code == 2 and "999" in missing.err and "Traceback" not in missing.err
