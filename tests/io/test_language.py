import pytest

from annotator.io.language import detect_language
from tests.helpers.texts import ENGLISH, FRENCH_CP1252, GERMAN_LATIN1, RUSSIAN


@pytest.mark.parametrize(
    ("text", "code"), [(ENGLISH, "en"), (RUSSIAN, "ru"), (GERMAN_LATIN1, "de"), (FRENCH_CP1252, "fr")]
)
def test_language_is_detected(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize("text", ["", "1932 — 33", "OK"])
def test_too_little_text_gives_no_language(text: str) -> None:
    assert detect_language(text) == ""
