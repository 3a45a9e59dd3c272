"""Source metadata: every field of a source, validated before anything is saved.

The dialog only collects changes; the main window applies them as one undoable command.
"""

from __future__ import annotations

from dataclasses import asdict
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.dates import parse_date
from annotator.domain.errors import InvalidInput
from annotator.domain.metadata import apply_changes
from annotator.domain.model import Source, SourceMetadata
from annotator.ui.text import plain_label

GENRES = (
    "",
    "speech",
    "memoir",
    "letter",
    "diary",
    "article",
    "newspaper article",
    "report",
    "decree",
    "encyclopedia",
    "web page",
    "book chapter",
    "textbook",
    "student essay",
    "interview",
)
RATINGS = ("—", "1 · unreliable", "2 · weak", "3 · fair", "4 · good", "5 · highly reliable")


def _line(text: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setPlaceholderText(placeholder)
    return field


def _box(text: str, placeholder: str = "") -> QPlainTextEdit:
    field = QPlainTextEdit(text)
    field.setPlaceholderText(placeholder)
    field.setFixedHeight(64)
    return field


class MetadataDialog(QDialog):
    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Source metadata — {source.title}")
        self.source = source
        self.changes: dict[str, Any] = {}
        m = source.metadata
        self.title = _line(m.title)
        self.authors = _line("; ".join(m.authors), "Surname, Forename; Second Author")
        self.date = _line(m.date_text, "1931 · c. 1931 · 1929–1930 · May 1931 · 2 May 1931")
        self.date_hint = plain_label()
        self.date_hint.setStyleSheet("color: #666")
        self.date.textChanged.connect(self._show_date)
        self.kind = QComboBox()
        self.kind.addItems(["—", "primary", "secondary", "tertiary"])
        self.kind.setCurrentText(m.kind.value if m.kind else "—")
        self.genre = QComboBox()
        self.genre.setEditable(True)
        self.genre.addItems(GENRES)
        self.genre.setCurrentText(m.genre)
        self.publisher = _line(m.publisher, "publisher, newspaper, website")
        self.url = _line(m.url, "https://…")
        self.language = _line(m.language, "en, ru, de, fr…")
        self.accessed = _line(m.date_accessed, "YYYY-MM-DD")
        self.archive = _line(m.archive)
        self.collection = _line(m.archival_collection, "collection / fond")
        self.file = _line(m.archival_file, "file / delo")
        self.folio = _line(m.archival_folio, "folio / list")
        self.provenance = _box(m.provenance_note, "How did this source reach you?")
        self.reliability = _box(m.reliability_note, "What makes it more or less trustworthy?")
        self.rating = QComboBox()
        self.rating.addItems(RATINGS)
        self.rating.setCurrentIndex(m.reliability_rating or 0)
        self.error = plain_label()  # the message quotes what was typed
        self.error.setStyleSheet("color: #B71C1C")
        self.error.setWordWrap(True)

        about = QFormLayout()
        about.addRow("Title", self.title)
        about.addRow("Author(s)", self.authors)
        about.addRow("Date", self.date)
        about.addRow("", self.date_hint)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind)
        kinds.addWidget(QLabel("Genre"))
        kinds.addWidget(self.genre, 1)
        about.addRow("Kind", kinds)
        about.addRow("Publisher / venue", self.publisher)
        about.addRow("URL", self.url)
        small = QHBoxLayout()
        small.addWidget(self.language)
        small.addWidget(QLabel("Accessed"))
        small.addWidget(self.accessed)
        about.addRow("Language", small)
        archive_box = QGroupBox("Archival reference")
        archive = QFormLayout(archive_box)
        archive.addRow("Archive", self.archive)
        parts = QHBoxLayout()
        parts.addWidget(self.collection)
        parts.addWidget(self.file)
        parts.addWidget(self.folio)
        archive.addRow("Collection · file · folio", parts)
        assessment = QGroupBox("Provenance and reliability")
        notes = QFormLayout(assessment)
        notes.addRow("Provenance", self.provenance)
        notes.addRow("Reliability", self.reliability)
        notes.addRow("Rating", self.rating)
        original = source.original
        facts = QLabel(
            f"Imported from <b>{escape(original.name)}</b> · {source.length:,} characters"
            f" · {source.encoding or '—'}"
            f" · SHA-256 {original.sha256[:12]}…"
        )
        facts.setTextFormat(Qt.TextFormat.RichText)
        facts.setStyleSheet("color: #666")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(about)
        layout.addWidget(archive_box)
        layout.addWidget(assessment)
        layout.addWidget(facts)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(640, 0)
        self._show_date(m.date_text)

    def _show_date(self, text: str) -> None:
        if not text.strip():
            self.date_hint.setText("")
            return
        parsed = parse_date(text)
        if parsed is None:
            self.date_hint.setText("Not understood as a date: it is kept as written, and not sorted by date.")
        else:
            span = parsed.start if parsed.start == parsed.end else f"{parsed.start} – {parsed.end}"
            self.date_hint.setText(f"Sorted as {span}{' (approximate)' if parsed.approximate else ''}")

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "authors": self.authors.text(),
            "date_text": self.date.text().strip(),
            "kind": None if self.kind.currentIndex() == 0 else self.kind.currentText(),
            "genre": self.genre.currentText().strip(),
            "publisher": self.publisher.text(),
            "url": self.url.text().strip(),
            "language": self.language.text(),
            "date_accessed": self.accessed.text().strip(),
            "archive": self.archive.text(),
            "archival_collection": self.collection.text(),
            "archival_file": self.file.text(),
            "archival_folio": self.folio.text(),
            "provenance_note": self.provenance.toPlainText(),
            "reliability_note": self.reliability.toPlainText(),
            "reliability_rating": self.rating.currentIndex() or None,
        }

    def _accept(self) -> None:
        try:
            updated: SourceMetadata = apply_changes(self.source.metadata, self.values())
        except InvalidInput as e:
            self.error.setText(str(e).capitalize())
            return
        before, after = asdict(self.source.metadata), asdict(updated)
        self.changes = {key: after[key] for key in after if after[key] != before[key]}
        self.accept()
