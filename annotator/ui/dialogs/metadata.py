"""Source metadata: every field of a source, validated before anything is saved.

The dialog only collects changes; the main window applies them as one undoable command. The reference's
fields (issue 19) come in groups — Publication, Archive, Identifiers — and only those the reference type
uses are shown (a journal article asks for its journal, volume, issue and pages; an archival document for
its archive and shelfmark); "More fields" shows the rest. A field with a value is always shown.
"""

from __future__ import annotations

from dataclasses import asdict
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.dates import parse_date
from annotator.domain.errors import InvalidInput
from annotator.domain.metadata import apply_changes
from annotator.domain.model import Source, SourceMetadata
from annotator.io.bibliography import item_type
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
# The CSL types a historian's references mostly are, as the type list offers them.
TYPES = (
    ("", "— (from the genre)"),
    ("article-journal", "Journal article"),
    ("article-newspaper", "Newspaper article"),
    ("article-magazine", "Magazine article"),
    ("book", "Book"),
    ("chapter", "Book chapter"),
    ("entry-encyclopedia", "Encyclopedia entry"),
    ("thesis", "Thesis"),
    ("report", "Report"),
    ("manuscript", "Archival document / manuscript"),
    ("personal_communication", "Letter"),
    ("speech", "Speech"),
    ("interview", "Interview"),
    ("legislation", "Law or decree"),
    ("webpage", "Web page"),
    ("post-weblog", "Blog post"),
    ("document", "Other document"),
)
PUBLICATION = (
    "container_title",
    "editors",
    "translators",
    "publisher",
    "publisher_place",
    "volume",
    "issue",
    "page",
    "edition",
    "original_date",
)
ARCHIVE = ("archive", "archive_location", "call_number", "archival_parts")
IDENTIFIERS = ("url", "date_accessed", "doi", "isbn")
_PERIODICAL = {"container_title", "volume", "issue", "page", "doi", "url", "date_accessed"}
_BOOK = {"publisher", "publisher_place", "edition", "editors", "translators", "isbn", "original_date"}
_ARCHIVAL = {"archive", "archive_location", "call_number", "translators"}
_WEB = {"container_title", "url", "date_accessed"}
# The fields each type asks for; any other is under "More fields" (unless it has a value).
RELEVANT: dict[str, set[str]] = {
    "article-journal": _PERIODICAL | {"translators"},
    "article-magazine": _PERIODICAL,
    "article-newspaper": {"container_title", "page", "edition", "publisher_place", "url", "date_accessed"},
    "book": _BOOK | {"volume"},
    "chapter": _BOOK | {"container_title", "page", "volume"},
    "entry-encyclopedia": _BOOK | {"container_title", "page", "volume", "url", "date_accessed"},
    "thesis": {"publisher", "publisher_place", "url", "doi"},
    "report": {"publisher", "publisher_place", "issue", "page", "url", "date_accessed", "doi"},
    "manuscript": _ARCHIVAL,
    "personal_communication": _ARCHIVAL,
    "speech": {"publisher_place", "url", "date_accessed"} | _ARCHIVAL,
    "interview": {"publisher_place", "url", "date_accessed"} | _ARCHIVAL,
    "legislation": {"container_title", "volume", "page", "url", "date_accessed"} | _ARCHIVAL,
    "webpage": _WEB,
    "post-weblog": _WEB,
    "document": {"container_title", "publisher", "publisher_place", "url", "date_accessed"} | _ARCHIVAL,
}
CONTAINER_LABELS = {
    "article-journal": "Journal",
    "article-magazine": "Magazine",
    "article-newspaper": "Newspaper",
    "chapter": "Book title",
    "entry-encyclopedia": "Encyclopedia",
    "webpage": "Website",
    "post-weblog": "Blog",
    "legislation": "Code or gazette",
}


def _line(text: str, placeholder: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setPlaceholderText(placeholder)
    return field


def _box(text: str, placeholder: str = "") -> QPlainTextEdit:
    field = QPlainTextEdit(text)
    field.setPlaceholderText(placeholder)
    field.setFixedHeight(64)
    return field


def _group(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    return box, QFormLayout(box)


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
        # Kind, Genre and Reference type side by side read as one question asked three times: each says
        # what it is for.
        self.kind.setToolTip(
            "Primary: a document of the time studied · secondary: a historian's work about it · "
            "tertiary: an encyclopedia, a textbook, a revision guide"
        )
        self.genre = QComboBox()
        self.genre.setEditable(True)
        self.genre.addItems(GENRES)
        self.genre.setCurrentText(m.genre)
        self.genre.setToolTip("What the text is, in your words (speech, memoir, report…), to filter by")
        self.type = QComboBox()
        self.type.setToolTip("How citation styles cite it: a chapter with its book, a file by its fond")
        for value, label in TYPES:
            self.type.addItem(label, value)
        if m.item_type and self.type.findData(m.item_type) < 0:
            self.type.addItem(m.item_type, m.item_type)
        self.type.setCurrentIndex(max(0, self.type.findData(m.item_type)))
        self.language = _line(m.language, "en, ru, de, fr…")
        # Publication
        self.container = _line(m.container_title, "the journal, book, newspaper or website it appeared in")
        self.editors = _line("; ".join(m.editors), "Surname, Forename; Second Editor")
        self.translators = _line("; ".join(m.translators), "Surname, Forename")
        self.publisher = _line(m.publisher, "publisher, university, institution")
        self.place = _line(m.publisher_place, "Moscow, London…")
        self.volume = _line(m.volume)
        self.issue = _line(m.issue)
        self.page = _line(m.page, "112–139")
        self.edition = _line(m.edition, "2nd, revised…")
        self.original_date = _line(m.original_date, "first published")
        # Archive
        self.archive = _line(m.archive, "RGASPI, GARF, The National Archives…")
        self.shelfmark = _line(m.archive_location, "f. 17, op. 3, d. 1003, l. 4–4 ob.")
        self.call_number = _line(m.call_number)
        self.collection = _line(m.archival_collection, "collection / fond")
        self.file = _line(m.archival_file, "file / delo")
        self.folio = _line(m.archival_folio, "folio / list")
        # Identifiers
        self.url = _line(m.url, "https://…")
        self.accessed = _line(m.date_accessed, "YYYY-MM-DD")
        self.doi = _line(m.doi, "10.1234/…")
        self.isbn = _line(m.isbn, "978-…")
        self.extra = _box(m.extra, "Anything else the reference needs (Zotero's “Extra”)")
        self.provenance = _box(m.provenance_note, "How did this source reach you?")
        self.reliability = _box(m.reliability_note, "What makes it more or less trustworthy?")
        self.rating = QComboBox()
        self.rating.addItems(RATINGS)
        self.rating.setCurrentIndex(m.reliability_rating or 0)
        # The calendar its days are written in, next to its date: Russian sources before 1918 and British ones
        # before 1752 date in Old Style; the timeline then gives their days in the Gregorian calendar
        self.old_style = QCheckBox("Days in Old Style (Julian calendar)")
        self.old_style.setChecked(m.old_style)
        self.old_style.setToolTip(
            "Its days are Julian (Russia before February 1918, Britain before September 1752): the "
            "timeline gives them in the Gregorian calendar; the text is never changed. Days marked N.S. "
            "stay as they are."
        )
        self.more = QCheckBox("More fields")
        self.more.setToolTip("Show every field, not only those this type of reference uses")
        self.error = plain_label()  # the message quotes what was typed
        self.error.setStyleSheet("color: #B71C1C")
        self.error.setWordWrap(True)

        about = QFormLayout()
        about.addRow("Title", self.title)
        about.addRow("Author(s)", self.authors)
        about.addRow("Date", self.date)
        about.addRow("", self.date_hint)
        about.addRow("Calendar", self.old_style)
        kinds = QHBoxLayout()
        kinds.addWidget(self.kind)
        kinds.addWidget(QLabel("Genre"))
        kinds.addWidget(self.genre, 1)
        about.addRow("Kind", kinds)
        types = QHBoxLayout()
        types.addWidget(self.type, 1)
        types.addWidget(QLabel("Language"))
        self.language.setMaximumWidth(90)
        types.addWidget(self.language)
        about.addRow("Reference type", types)

        self.publication_box, publication = _group("Publication")
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self.container_label = QLabel("Published in")
        self._row(publication, "container_title", self.container_label, self.container)
        self._row(publication, "editors", "Editor(s)", self.editors)
        self._row(publication, "translators", "Translator(s)", self.translators)
        self._row(publication, "publisher", "Publisher", self.publisher)
        self._row(publication, "publisher_place", "Place", self.place)
        self._row(publication, "volume", "Volume", self.volume)
        self._row(publication, "issue", "Issue", self.issue)
        self._row(publication, "page", "Pages", self.page)
        self._row(publication, "edition", "Edition", self.edition)
        self._row(publication, "original_date", "Original date", self.original_date)
        self.archive_box, archive = _group("Archive")
        self._row(archive, "archive", "Archive", self.archive)
        self._row(archive, "archive_location", "Shelfmark", self.shelfmark)
        self._row(archive, "call_number", "Call number", self.call_number)
        parts = QWidget()
        parts_row = QHBoxLayout(parts)
        parts_row.setContentsMargins(0, 0, 0, 0)
        parts_row.addWidget(self.collection)
        parts_row.addWidget(self.file)
        parts_row.addWidget(self.folio)
        parts.setToolTip("The shelfmark's parts; while the shelfmark is what they make, it follows them")
        self._row(archive, "archival_parts", "Fond · delo · list", parts)
        self.identifiers_box, identifiers = _group("Identifiers and access")
        self._row(identifiers, "url", "URL", self.url)
        self._row(identifiers, "date_accessed", "Accessed", self.accessed)
        self._row(identifiers, "doi", "DOI", self.doi)
        self._row(identifiers, "isbn", "ISBN", self.isbn)
        self.extra_box, extra = _group("Extra")
        self._row(extra, "extra", "Note", self.extra)
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
        body = QWidget()
        content = QVBoxLayout(body)
        content.addLayout(about)
        content.addWidget(self.publication_box)
        content.addWidget(self.archive_box)
        content.addWidget(self.identifiers_box)
        content.addWidget(self.extra_box)
        content.addWidget(assessment)
        content.addStretch(1)
        # Scrolls when "More fields" makes it taller than a laptop's screen.
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        footer = QHBoxLayout()
        footer.addWidget(self.more)
        footer.addStretch(1)
        footer.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(facts)
        layout.addWidget(self.error)
        layout.addLayout(footer)
        self.type.currentIndexChanged.connect(self._show_fields)
        self.genre.currentTextChanged.connect(self._show_fields)
        self.more.toggled.connect(self._show_fields)
        self._show_date(m.date_text)
        self._show_fields()
        self.fit()
        self.more.toggled.connect(lambda: self.fit())

    def _row(self, form: QFormLayout, name: str, label: str | QLabel, widget: QWidget) -> None:
        form.addRow(label, widget)
        self._rows[name] = (form, widget)

    def _has_value(self, name: str) -> bool:
        if name == "archival_parts":
            return any(w.text().strip() for w in (self.collection, self.file, self.folio))
        widget = self._rows[name][1]
        if isinstance(widget, QPlainTextEdit):
            return bool(widget.toPlainText().strip())
        return isinstance(widget, QLineEdit) and bool(widget.text().strip())

    def chosen_type(self) -> str:
        """The CSL type the fields follow: the one chosen, else the genre's, as exports decide it."""
        chosen = self.type.currentData() or ""
        probe = SourceMetadata(
            title="-", item_type=chosen, genre=self.genre.currentText().strip(), archive=self.archive.text()
        )
        return item_type(probe)

    def visible_fields(self) -> set[str]:
        return {name for name, (_, widget) in self._rows.items() if not widget.isHidden()}

    def _show_fields(self) -> None:
        kind = self.chosen_type()
        wanted = RELEVANT.get(kind, RELEVANT["document"])
        everything = self.more.isChecked()
        for name, (form, widget) in self._rows.items():
            shown = everything or name in wanted or name == "extra" or self._has_value(name)
            form.setRowVisible(widget, shown)
        self.container_label.setText(CONTAINER_LABELS.get(kind, "Published in"))
        for box, names in (
            (self.publication_box, PUBLICATION),
            (self.archive_box, ARCHIVE),
            (self.identifiers_box, IDENTIFIERS),
        ):
            box.setVisible(any(not self._rows[n][1].isHidden() for n in names))

    def fit(self, room: int | None = None) -> None:
        """As tall as the fields shown need, but never taller than ``room`` (default: what the screen
        leaves); what does not fit scrolls."""
        if room is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            room = screen.availableGeometry().height() - 80 if screen else 700
        self.scroll.widget().adjustSize()
        around = self.sizeHint().height() - self.scroll.sizeHint().height()
        wanted = self.scroll.widget().sizeHint().height() + around + 8
        self.resize(max(self.width(), 680), max(420, min(wanted, room)))

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
            "item_type": self.type.currentData() or "",
            "container_title": self.container.text(),
            "publisher_place": self.place.text(),
            "volume": self.volume.text(),
            "issue": self.issue.text(),
            "page": self.page.text(),
            "edition": self.edition.text(),
            "editors": self.editors.text(),
            "translators": self.translators.text(),
            "doi": self.doi.text().strip(),
            "isbn": self.isbn.text().strip(),
            "archive_location": self.shelfmark.text(),
            "call_number": self.call_number.text(),
            "original_date": self.original_date.text(),
            "extra": self.extra.toPlainText(),
            "provenance_note": self.provenance.toPlainText(),
            "reliability_note": self.reliability.toPlainText(),
            "reliability_rating": self.rating.currentIndex() or None,
            "old_style": self.old_style.isChecked(),
        }

    def _accept(self) -> None:
        try:
            updated: SourceMetadata = apply_changes(self.source.metadata, self.values())
        except InvalidInput as e:
            message = str(e)  # str.capitalize() would lower "ISBN", "DOI" and what was typed
            self.error.setText(message[:1].upper() + message[1:])
            return
        before, after = asdict(self.source.metadata), asdict(updated)
        self.changes = {key: after[key] for key in after if after[key] != before[key]}
        self.accept()
