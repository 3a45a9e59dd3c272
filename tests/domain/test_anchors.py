import pytest

from annotator.domain.anchors import QuoteSelector, quote_for, validate_range
from annotator.domain.errors import InvalidInput


def test_quote_has_exact_prefix_and_suffix() -> None:
    text = "a" * 40 + "KIROV" + "b" * 40
    quote = quote_for(text, 40, 45)
    assert quote == QuoteSelector("KIROV", "a" * 32, "b" * 32)


def test_offsets_are_code_points_with_accents_and_astral_characters() -> None:
    # "é" precomposed is one code point; the emoji and the Gothic letter are outside the BMP
    # (two UTF-16 units, four UTF-8 bytes) and still count as one.
    text = "Café 𐌰 😀 Kirov"
    start = text.index("Kirov")
    assert start == 9  # C a f é _ 𐌰 _ 😀 _
    assert quote_for(text, start, start + 5).exact == "Kirov"
    assert quote_for(text, 5, 6).exact == "𐌰"


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (3, 3), (4, 2), (0, 11)])
def test_bad_ranges_are_refused(start: int, end: int) -> None:
    with pytest.raises(InvalidInput, match="not a passage"):
        validate_range(10, start, end)
