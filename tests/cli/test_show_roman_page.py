"""`annotator show SOURCE --page xii`: a page of front matter numbered in roman, as printed."""

from __future__ import annotations

PROSE = "the committee of the district met again in the spring to discuss the sowing and the seed grain"


def test_a_front_matter_page_is_shown_by_its_roman_number(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    lines: list[str] = []
    for number in ("xi", "xii", "xiii"):
        lines += [f"Preface page {number} {PROSE}", *[PROSE] * 21, "", number, ""]
    for number in range(1, 7):
        head = f"{number} THE GRAIN QUESTION" if number % 2 == 0 else f"THE VILLAGE {number}"
        lines += [head, "", f"Chapter page {number} {PROSE}", *[PROSE] * 29, ""]
    (record,) = cli("import", write_file("book.txt", "\n".join(lines) + "\n"), "--json").json()
    page = cli("show", record["source_id"], "--page", "xii")
    assert page.code == 0, page.err
    assert page.out.startswith("Preface page xii") and "Preface page xiii" not in page.out
    assert "\nxii\n" not in cli("show", record["source_id"]).out
    marks = cli("marks", record["source_id"], "--kind", "page", "--json").json()
    # Page xi's start is not shown (its number is at its foot, nothing marks where it began).
    assert [m["label"] for m in marks][:3] == ["xii", "xiii", "1"]
