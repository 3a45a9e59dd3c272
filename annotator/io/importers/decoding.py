"""Turning the bytes of a text file into normalized text, or a clear refusal.

Byte-order marks decide first. Without one, the pattern of NUL bytes tells UTF-32 and UTF-16 (a Windows
"Unicode" text file often has no byte-order mark): ASCII-range text in UTF-16 has every other byte NUL,
in UTF-32 three bytes in four. Then strict UTF-8 (most files today, and cheap to test); only then does
charset-normalizer guess among the legacy encodings (cp1252, latin-1, cp1251, KOI8-R…).

The whole file is checked, not a sample: a NUL byte anywhere in a file read as UTF-8 or a legacy encoding
(or a NUL character in the decoded text), or more than one control character in 200, makes it a binary
file, refused with what was found and where. NUL characters would cut a text short in the search index's
passages and in Qt's widgets, so none is let in.

The text is then normalized in exactly two documented ways: newlines become ``\n`` and characters are
composed (NFC).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from charset_normalizer import from_bytes

from annotator.domain.errors import SourceRejected

MAX_TEXT_BYTES = 256 * 1024 * 1024
CONTROL_SHARE = 200  # more than one control character in this many (and more than 2) makes a binary file

# UTF-32's marks first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NAMES = {
    "utf-32-le": "UTF-32 (little-endian)",
    "utf-32-be": "UTF-32 (big-endian)",
    "utf-16-le": "UTF-16 (little-endian)",
    "utf-16-be": "UTF-16 (big-endian)",
    "utf-8-sig": "UTF-8",
}
_SNIFF_BYTES = 65536  # the NUL pattern of UTF-16 and UTF-32 shows here; decoding then checks the rest

# Signatures of files that are certainly not text, so the message can say what the file is.
_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (a DOCX, ODT or EPUB file is one too)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
    (b"SQLite format 3\x00", "a SQLite database"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"{\\rtf", "an RTF document"),
)

# Control characters that do not occur in real text (tab, newlines and form feed do).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20), 0x7F])


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (LE or BE) without a byte-order mark, told by where the NUL bytes fall."""
    sample = data[:_SNIFF_BYTES]
    sample = sample[: len(sample) - len(sample) % 4]
    if not sample.strip(b"\x00"):
        return None
    # A code point is at most 0x10FFFF: in UTF-32 its highest byte is always 0 and the next at most 0x10.
    if not sample[3::4].strip(b"\x00") and max(sample[2::4]) <= 0x10:
        return "utf-32-le"
    if not sample[0::4].strip(b"\x00") and max(sample[1::4]) <= 0x10:
        return "utf-32-be"
    units = len(sample) // 2
    high_le, high_be = sample[1::2].count(0), sample[0::2].count(0)
    # Spaces, digits, punctuation and newlines are ASCII in any script: one unit in ten at least has a
    # NUL high byte, while the low bytes are almost never NUL (binary data has NULs at both places).
    if high_le >= max(2, units // 10) and high_be * 20 <= high_le:
        return "utf-16-le"
    if high_be >= max(2, units // 10) and high_le * 20 <= high_be:
        return "utf-16-be"
    return None


def normalize_text(text: str) -> str:
    """The two normalizations every imported text gets: ``\\n`` newlines and NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text)


def _check_text(text: str, file_name: str, read_as: str, utf8: bytes | None = None) -> None:
    """Refuse decoded text holding a NUL character or too many other control characters.

    ``utf8``: the bytes ``text`` was decoded from as UTF-8, where a control character is the same byte; a
    byte-wise scan of them is twice as fast as a search of the text, and finds nothing in most files.
    """
    if utf8 is not None and len(utf8.translate(None, _CONTROL_BYTES)) == len(utf8):
        return
    nul = text.find("\x00")
    if nul >= 0:
        raise SourceRejected(
            f"{file_name}: this is a binary file, not text ({read_as}it holds NUL characters, "
            f"the first at character {nul:,})"
        )
    first = _CONTROL.search(text)  # most texts have none: one search, faster than counting
    if first is None:
        return
    controls = len(_CONTROL.findall(text, first.start()))
    if controls > max(2, len(text) // CONTROL_SHARE):
        raise SourceRejected(
            f"{file_name}: this is a binary file, not text ({read_as}{controls:,} of its "
            f"{len(text):,} characters are control characters, the first at character {first.start():,})"
        )


def _decode_wide(data: bytes, encoding: str, file_name: str, how: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise SourceRejected(
            f"{file_name}: {how} {_NAMES[encoding]} but is damaged at byte {e.start:,}"
            + (" (the file ends in the middle of a character)" if "truncated" in e.reason else "")
        ) from None


def decode_text(data: bytes, file_name: str) -> tuple[str, str]:
    """The normalized text of ``data`` and the encoding it was read with.

    Raises SourceRejected, naming ``file_name`` and what was found, for empty, binary or undecodable input.
    """
    if len(data) > MAX_TEXT_BYTES:
        raise SourceRejected(
            f"{file_name}: the file is {len(data) / 2**20:.0f} MB, more than the "
            f"{MAX_TEXT_BYTES // 2**20} MB a text source may have"
        )
    read_as = ""
    encoding = _bom_encoding(data)
    if encoding is not None:
        text = _decode_wide(data, encoding, file_name, "the file says it is")
        read_as = f"read as {_NAMES[encoding]}, as its byte-order mark says: "
    else:
        for signature, what in _SIGNATURES:
            if data.startswith(signature):
                raise SourceRejected(f"{file_name}: this is {what}, not a text file")
        encoding = _wide_encoding(data)
        if encoding is not None:
            text = _decode_wide(data, encoding, file_name, "looks like")
            read_as = f"read as {_NAMES[encoding]} without a byte-order mark: "
        else:
            nul = data.find(b"\x00")
            if nul >= 0:
                raise SourceRejected(
                    f"{file_name}: this is a binary file, not text "
                    f"(it holds NUL bytes, the first at byte {nul:,})"
                )
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                best = from_bytes(data).best()
                if best is None:
                    raise SourceRejected(
                        f"{file_name}: the text encoding cannot be recognized; "
                        "save the file as UTF-8 and import it again"
                    ) from None
                text, encoding = str(best), best.encoding
    _check_text(text, file_name, read_as, data if encoding == "utf-8" else None)
    text = normalize_text(text)
    if not text.strip():
        raise SourceRejected(f"{file_name}: the file is empty (it holds no text)")
    return text, encoding.replace("_", "-").lower()
