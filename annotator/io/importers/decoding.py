"""Turning the bytes of a text file into normalized text, or a clear refusal.

Byte-order marks decide first, then strict UTF-8 (most files today, and cheap to test); only then does
charset-normalizer guess among the legacy encodings (cp1252, latin-1, cp1251, KOI8-R…). The text is then
normalized in exactly two documented ways: newlines become ``\\n`` and characters are composed (NFC).
"""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from annotator.domain.errors import SourceRejected

MAX_TEXT_BYTES = 256 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

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
_CONTROL = {chr(c) for c in range(32) if chr(c) not in "\t\n\r\f"} | {"\x7f"}


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def normalize_text(text: str) -> str:
    """The two normalizations every imported text gets: ``\\n`` newlines and NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    controls = sum(1 for c in sample if c in _CONTROL)
    return controls > max(2, len(sample) // 200)


def decode_text(data: bytes, file_name: str) -> tuple[str, str]:
    """The normalized text of ``data`` and the encoding it was read with.

    Raises SourceRejected, naming ``file_name``, for empty, binary or undecodable input.
    """
    if len(data) > MAX_TEXT_BYTES:
        raise SourceRejected(
            f"{file_name}: the file is {len(data) / 2**20:.0f} MB, more than the "
            f"{MAX_TEXT_BYTES // 2**20} MB a text source may have"
        )
    encoding = _bom_encoding(data)
    if encoding is None:
        for signature, what in _SIGNATURES:
            if data.startswith(signature):
                raise SourceRejected(f"{file_name}: this is {what}, not a text file")
        if b"\x00" in data[:65536]:
            raise SourceRejected(f"{file_name}: this is a binary file, not text")
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
    else:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise SourceRejected(
                f"{file_name}: the file says it is {encoding.upper().replace('-SIG', '')} "
                f"but is damaged at byte {e.start}"
            ) from None
    if _looks_binary(text):
        raise SourceRejected(f"{file_name}: this is a binary file, not text")
    text = normalize_text(text)
    if not text.strip():
        raise SourceRejected(f"{file_name}: the file is empty (it holds no text)")
    return text, encoding.replace("_", "-").lower()
