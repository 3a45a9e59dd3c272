from annotator.domain.pages import page_at, page_range
from annotator.domain.paragraphs import Paragraph, paragraph_at, paragraphs


def test_paragraphs_are_non_blank_lines() -> None:
    text = "Title\n\n\nFirst line 𐌰  \n   \nSecond\nThird"
    found = paragraphs(text)
    assert [text[p.start : p.end] for p in found] == ["Title", "First line 𐌰", "Second", "Third"]
    assert [p.number for p in found] == [1, 2, 3, 4]
    assert found[1] == Paragraph(2, 8, 20)


def test_paragraph_at_offsets() -> None:
    text = "one\n\ntwo\nthree"
    spans = paragraphs(text)
    assert paragraph_at(spans, 0).number == 1
    assert paragraph_at(spans, 4).number == 1  # in the blank line after it
    assert paragraph_at(spans, text.index("three") + 2).number == 3
    assert paragraph_at([], 3) is None


def test_page_labels() -> None:
    page_map = [(0, "iv"), (100, "1"), (250, "2")]
    assert page_at(page_map, 0) == "iv"
    assert page_at(page_map, 99) == "iv"
    assert page_at(page_map, 100) == "1"
    assert page_range(page_map, 240, 260) == "1–2"
    assert page_range(page_map, 251, 252) == "2"
    assert page_range(None, 1, 2) is None
