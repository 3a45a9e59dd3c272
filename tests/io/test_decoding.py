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


# Issue 13, item 10: text that is not text. The whole file is checked, UTF-32 and UTF-16 without a
# byte-order mark are read, and a refusal says what was found.

TEXT = ENGLISH + RUSSIAN + "Ukrainian: Київ — 1932–33; a letter from the fields 𝔊.\n"


def _refusal(data: bytes) -> str:
    with pytest.raises(SourceRejected) as error:
        decode_text(data, "evidence.txt")
    message = str(error.value)
    assert message.startswith("evidence.txt: ") and "\n" not in message
    return message


def test_a_nul_byte_after_the_first_64_kib_is_found() -> None:
    data = (ENGLISH * 400).encode()[:70_000] + b"\x00" + ENGLISH.encode()
    assert _refusal(data) == (
        "evidence.txt: this is a binary file, not text (it holds NUL bytes, the first at byte 70,000)"
    )


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
        ("utf-32-le", b""),
        ("utf-32-be", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
        ("utf-16-be", b""),
    ],
)
def test_utf32_and_utf16_are_read_with_or_without_a_byte_order_mark(encoding: str, bom: bytes) -> None:
    assert decode_text(bom + TEXT.encode(encoding), "letter.txt") == (TEXT, encoding)


def test_utf16_of_a_script_without_latin_letters_is_told_by_its_spaces_and_punctuation() -> None:
    text = (RUSSIAN * 20)[:4000]
    assert decode_text(text.encode("utf-16-le"), "a.txt") == (text, "utf-16-le")
    assert decode_text(text.encode("utf-16-be"), "a.txt") == (text, "utf-16-be")


@pytest.mark.parametrize(
    ("bom", "encoding", "name"),
    [
        (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 (little-endian)"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 (big-endian)"),
    ],
)
def test_a_utf32_byte_order_mark_decides_and_is_named(bom: bytes, encoding: str, name: str) -> None:
    # Cut inside the last character: the message says which byte-order mark the file carries.
    data = bom + TEXT.encode(encoding)
    assert _refusal(data[:-1]) == (
        f"evidence.txt: the file says it is {name} but is damaged at byte {len(data) - 4:,} "
        "(the file ends in the middle of a character)"
    )
    beyond_unicode = b"\x00\x00\x11\x00"[:: 1 if encoding.endswith("le") else -1]  # U+110000
    assert _refusal(data + beyond_unicode) == (
        f"evidence.txt: the file says it is {name} but is damaged at byte {len(data):,}"
    )


@pytest.mark.parametrize(("encoding", "name"), [("utf-16-le", "little-endian"), ("utf-16-be", "big-endian")])
def test_utf16_without_a_byte_order_mark_that_is_cut_short_says_so(encoding: str, name: str) -> None:
    data = TEXT.encode(encoding)[:-1]
    assert _refusal(data) == (
        f"evidence.txt: looks like UTF-16 ({name}) but is damaged at byte {len(data) - 1:,} "
        "(the file ends in the middle of a character)"
    )


def test_a_nul_character_in_utf16_text_is_refused() -> None:
    data = codecs.BOM_UTF16_LE + (ENGLISH + "\x00" + ENGLISH).encode("utf-16-le")
    assert _refusal(data) == (
        "evidence.txt: this is a binary file, not text (read as UTF-16 (little-endian), as its byte-order "
        f"mark says: it holds NUL characters, the first at character {len(ENGLISH) + 1:,})"
    )


# The binary threshold at its edge, with every control character beyond the first 64 KiB: 80,000
# characters may hold 400 (one in 200), not 401.
_EDGE_TEXT = ("The grain was taken in full. " * 3000)[:80_000]


def _with_controls(count: int) -> bytes:
    chars = list(_EDGE_TEXT)
    for k in range(count):
        chars[70_000 + 10 * k] = "\x07" if k % 2 else "\x1b"
    return "".join(chars).encode()


def test_control_characters_up_to_one_in_200_are_text() -> None:
    text, encoding = decode_text(_with_controls(400), "a.txt")
    assert (len(text), encoding) == (80_000, "utf-8")


def test_control_characters_over_one_in_200_make_a_binary_file_wherever_they_are() -> None:
    assert _refusal(_with_controls(401)) == (
        "evidence.txt: this is a binary file, not text (401 of its 80,000 characters are control "
        "characters, the first at character 70,000)"
    )
