"""Every encoding a historian's files arrive in, written by the test, read back exactly."""

import codecs
import unicodedata

import pytest

from annotator.domain.errors import SourceRejected
from annotator.io.importers.decoding import decode_text, normalize_text
from tests.helpers.texts import ENGLISH, FRENCH_CP1252, GERMAN_LATIN1, RUSSIAN


@pytest.mark.parametrize(
    ("text", "encoding", "bom"),
    [
        (ENGLISH + "Ukrainian: Київ, Харків — 1932–33.\n", "utf-8", b""),
        (ENGLISH + RUSSIAN, "utf-8", codecs.BOM_UTF8),
        (ENGLISH + RUSSIAN, "utf-16-le", codecs.BOM_UTF16_LE),
        (ENGLISH + RUSSIAN, "utf-16-be", codecs.BOM_UTF16_BE),
        (FRENCH_CP1252 * 3, "cp1252", b""),
        (GERMAN_LATIN1 * 3, "latin-1", b""),
        (RUSSIAN * 2, "cp1251", b""),
        (RUSSIAN * 2, "koi8-r", b""),
    ],
)
def test_encodings_are_detected_and_text_is_exact(text: str, encoding: str, bom: bytes) -> None:
    data = bom + text.encode(encoding)
    decoded, detected = decode_text(data, "sample.txt")
    assert decoded == text
    assert detected


def test_cyrillic_legacy_encodings_are_named_right() -> None:
    assert decode_text((RUSSIAN * 2).encode("cp1251"), "a.txt")[1] == "cp1251"
    assert decode_text((RUSSIAN * 2).encode("koi8-r"), "a.txt")[1] == "koi8-r"


def test_newlines_and_composition_are_normalized() -> None:
    decomposed = unicodedata.normalize("NFD", "Café\r\nÉmigré\rend\n")
    assert normalize_text(decomposed) == "Café\nÉmigré\nend\n"
    text, _ = decode_text(decomposed.encode("utf-8"), "a.txt")
    assert text == "Café\nÉmigré\nend\n"
    assert len(text) == len("Café\nÉmigré\nend\n")


def test_tabs_and_form_feeds_are_text() -> None:
    text = "col a\tcol b\n\fnext page\n"
    assert decode_text(text.encode(), "a.txt")[0] == text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\n\t ", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG"),
        (bytes(range(256)) * 4, "binary"),
        (b"text\x00with\x00nuls\x00" * 10, "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8\x41", "damaged"),
    ],
)
def test_refusals_name_the_file(data: bytes, message: str) -> None:
    with pytest.raises(SourceRejected, match=message) as error:
        decode_text(data, "evidence.txt")
    assert "evidence.txt" in str(error.value)
    assert "\n" not in str(error.value)
