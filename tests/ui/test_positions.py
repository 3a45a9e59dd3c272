import pytest

from annotator.ui.positions import PositionMap

TEXTS = [
    "plain ascii",
    "Café — “quoted” колхоз",
    "e\u0301 combining, 𐌰 gothic, 😀 emoji, 𝔘 fraktur",
    "😀😀a😀",
]


@pytest.mark.parametrize("text", TEXTS)
def test_round_trip_matches_utf16_encoding(text: str) -> None:
    positions = PositionMap(text)
    assert positions.utf16_length() == len(text.encode("utf-16-le")) // 2
    for offset in range(len(text) + 1):
        utf16 = positions.to_utf16(offset)
        assert utf16 == len(text[:offset].encode("utf-16-le")) // 2
        assert positions.to_code_point(utf16) == offset


def test_position_inside_a_surrogate_pair_rounds_down() -> None:
    positions = PositionMap("a😀b")
    assert positions.to_code_point(2) == 1
