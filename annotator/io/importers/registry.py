"""Which importer reads which file, by extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from annotator.domain.errors import SourceRejected
from annotator.domain.model import ImportedDocument
from annotator.io.importers import text

Importer = Callable[[str, bytes], ImportedDocument]

_IMPORTERS: dict[str, Importer] = {}

# Formats whose importers are planned but not yet here: refuse them by name rather than as "binary".
_NOT_YET = {
    ".pdf": "PDF",
    ".docx": "DOCX",
    ".html": "HTML",
    ".htm": "HTML",
    ".qdpx": "REFI-QDA",
}


def register(extensions: tuple[str, ...], importer: Importer) -> None:
    for extension in extensions:
        _IMPORTERS[extension.lower()] = importer


register(text.TEXT_EXTENSIONS, text.import_plain_text)
register(text.MARKDOWN_EXTENSIONS, text.import_markdown)


def supported_extensions() -> tuple[str, ...]:
    return tuple(sorted(_IMPORTERS))


def importer_for(file_name: str) -> Importer:
    """The importer for ``file_name``; unknown extensions are tried as plain text."""
    extension = PurePath(file_name).suffix.lower()
    if extension in _NOT_YET and extension not in _IMPORTERS:
        raise SourceRejected(
            f"{file_name}: {_NOT_YET[extension]} files cannot be imported yet; "
            "save the text as .txt and import that"
        )
    return _IMPORTERS.get(extension, text.import_plain_text)


def import_document(file_name: str, data: bytes) -> ImportedDocument:
    return importer_for(file_name)(file_name, data)
