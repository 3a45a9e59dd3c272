"""Running heads and page numbers found by the book's own regularity, and what is not one."""

from __future__ import annotations

from annotator.domain.pages import page_at, page_range
from annotator.domain.structure.running_heads import PAGE_NUMBER, RUNNING_HEAD, find_furniture, find_pages

PROSE = "the committee of the district met again in the spring to discuss the sowing and the seed"


def _page(lines: int) -> list[str]:
    return [PROSE] * lines


def test_alternating_heads_with_numbers_first_and_last() -> None:
    lines: list[str] = []
    for number in range(184, 192):
        head = f"{number} STALINIST SOCIALISM" if number % 2 == 0 else f"THE POLITICS OF STALINISM {number}"
        lines += [head, "", *_page(30), ""]
    found = find_furniture(lines)
    assert [f.text for f in found] == [line for line in lines if "STALINIS" in line]
    assert {f.reason for f in found} == {RUNNING_HEAD}
    assert [f.page_after for f in found] == [str(n) for n in range(184, 192)]


def test_chapter_headings_and_numbered_lines_are_not_furniture() -> None:
    lines: list[str] = []
    for chapter in range(1, 6):  # a chapter every 200 lines: far slower than a page
        lines += [f"CHAPTER {chapter}", "", *_page(200), ""]
    lines += [f"{n} {word}" for n, word in enumerate(["apples", "pears", "plums", "cherries"], start=1)]
    lines += ["Table 3", "1931", "1932", "1933"]
    assert find_furniture(lines) == []


def test_bare_numbers_between_heads_and_at_a_foot() -> None:
    lines: list[str] = []
    for number in range(10, 20):
        if number == 14:  # a chapter's first page: no head, the number at the foot
            lines += [*_page(25), "", "14", ""]
            continue
        lines += [f"THE GRAIN QUESTION {number}", "", *_page(25), ""]
    pages = find_pages(lines)
    bare = [f for f in pages.furniture if f.text == "14"]
    assert bare and bare[0].reason == PAGE_NUMBER and bare[0].page_after == "15"
    # Page 14 begins at the blank line after page 13's text (the only break that fits a page each side).
    assert "14" in pages.starts.values()


def test_a_book_with_numbers_only() -> None:
    lines: list[str] = []
    for number in range(1, 9):
        lines += [*_page(28), "", str(number), ""]
    pages = find_pages(lines)
    assert [f.number for f in pages.furniture] == list(range(1, 9))
    assert {f.reason for f in pages.furniture} == {PAGE_NUMBER}
    # A page of text before the first number: they stand at the foot; the text after "1" is page 2.
    assert [f.page_after for f in pages.furniture][:2] == ["2", "3"]
    assert pages.starts[pages.furniture[0].line] == "2"


def test_numbers_at_the_head_of_each_page() -> None:
    lines: list[str] = []
    for number in range(1, 9):
        lines += [str(number), "", *_page(28), ""]
    assert [f.page_after for f in find_pages(lines).furniture][:2] == ["1", "2"]


def test_page_at_gives_no_page_where_none_is_known() -> None:
    page_map = ((10, "184"), (50, "185"), (90, ""), (120, "187"))
    assert page_at(page_map, 0) is None  # before the first head: front matter
    assert page_at(page_map, 10) == "184"
    assert page_at(page_map, 95) is None
    assert page_at(page_map, 130) == "187"
    assert page_range(page_map, 40, 60) == "184–185"
    assert page_range(page_map, 60, 100) is None
    # A PDF's page map starts at 0: nothing changes there.
    assert page_at(((0, "1"), (30, "2")), 0) == "1"


def _front_matter_book() -> list[str]:
    """A preface numbered xi–xiv at the foot (its pages shorter), then chapter pages with heads 1–6."""
    lines: list[str] = ["THE GRAIN QUESTION", ""]
    for number in ("xi", "xii", "xiii", "xiv"):
        lines += [*_page(22), "", number, ""]
    for number in range(1, 7):
        head = f"{number} THE GRAIN QUESTION" if number % 2 == 0 else f"THE VILLAGE {number}"
        lines += [head, "", *_page(30), ""]
    return lines


def test_front_matter_numbered_in_roman_gives_its_pages_as_printed() -> None:
    lines = _front_matter_book()
    pages = find_pages(lines)
    romans = [f for f in pages.furniture if f.text in ("xi", "xii", "xiii", "xiv")]
    assert [f.text for f in romans] == ["xi", "xii", "xiii", "xiv"]
    assert {f.reason for f in romans} == {PAGE_NUMBER}
    # At the foot: the text after "xi" is page xii, and the text before it page xi.
    assert [f.page_after for f in romans] == ["xii", "xiii", "xiv", "xv"]
    assert romans[0].page_before == "xi" and pages.starts[romans[0].line] == "xii"
    heads = [f.page_after for f in pages.furniture if f.reason == RUNNING_HEAD]
    assert heads == [str(n) for n in range(1, 7)]


def test_roman_numerals_in_the_text_are_never_page_numbers() -> None:
    lines: list[str] = []
    for n, part in enumerate(["I", "II", "III", "IV", "V", "VI"]):
        lines += [part, "", *_page(30), "", f"Henry {part}", "Part VIII", "ii", "", *_page(25 + n), ""]
    assert find_furniture(lines) == []
    # Lower-case numerals of a list, a few lines apart, keep no page's pace.
    listed = [*_page(40), "i", "first point", "ii", "second point", "iii", "third point", "iv", *_page(40)]
    assert find_furniture(listed) == []


def test_a_table_of_contents_with_roman_page_numbers_is_text() -> None:
    contents = ["CONTENTS", "", "Preface vii", "Introduction ix", "Abbreviations xiii", "A note on names xiv"]
    contents.append("")
    lines = contents + _front_matter_book()[2:]
    found = find_furniture(lines)
    assert not any(f.line < len(contents) for f in found)
    assert [f.text for f in found if f.reason == PAGE_NUMBER] == ["xi", "xii", "xiii", "xiv"]


def test_front_matter_heads_with_roman_numbers_give_their_pages() -> None:
    lines: list[str] = ["THE GRAIN QUESTION", "", *_page(20), ""]
    for number in ("x", "xi", "xii", "xiii"):
        head = f"{number} PREFACE" if number in ("x", "xii") else f"PREFACE {number}"
        lines += [head, "", *_page(26), ""]
    for number in range(1, 5):
        lines += [f"THE VILLAGE {number}", "", *_page(30), ""]
    pages = find_pages(lines)
    front = [f for f in pages.furniture if "PREFACE" in f.text]
    assert [f.reason for f in front] == [RUNNING_HEAD] * 4
    assert [f.page_after for f in front] == ["x", "xi", "xii", "xiii"]
