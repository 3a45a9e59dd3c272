"""Plain text and Markdown: the text is kept as written (Markdown stays Markdown source)."""

from __future__ import annotations

from annotator.domain.model import ImportedDocument
from annotator.io.importers.decoding import decode_text

TEXT_EXTENSIONS = (".txt", ".text")
MARKDOWN_EXTENSIONS = (".md", ".markdown")


def import_plain_text(file_name: str, data: bytes) -> ImportedDocument:
    text, encoding = decode_text(data, file_name)
    return ImportedDocument(text=text, media_type="text/plain", encoding=encoding)


def import_markdown(file_name: str, data: bytes) -> ImportedDocument:
    text, encoding = decode_text(data, file_name)
    return ImportedDocument(text=text, media_type="text/markdown", encoding=encoding)
