"""The inspector: the selected annotation's quote, tags, note (Markdown), confidence, evidence and speaker.

Edits are committed when a field is finished (focus leaves it, or Enter in a line), each as one
undoable command; the inspector itself writes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QSize,
    QStringListModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Annotation, SpeakerRole
from annotator.ui.text import in_quotes, literal
from annotator.ui.widgets.annotation_panel import chip_text_color

CONFIDENCE_LABELS = ("—", "1 · a guess", "2 · doubtful", "3 · plausible", "4 · probable", "5 · certain")
# Notes may come from imported projects: raw HTML in them is shown as the text it is.
NOTE_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class NotePreview(QTextBrowser):
    """A note's Markdown rendered inert: links open nothing, and nothing a note points at is ever read.

    Qt reads any local path an image names (``![x](/dev/zero)`` or a FIFO would hang the app), and reads
    the file itself when the resource it gets is no image. So every image is answered with one transparent
    pixel, every other resource with nothing; the document caches the answers and does not ask again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self._blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        self._blank.fill(Qt.GlobalColor.transparent)

    def loadResource(self, kind: int, name: QUrl) -> QImage | QByteArray:
        return QImage(self._blank) if kind == QTextDocument.ResourceType.ImageResource else QByteArray()


class FlowLayout(QLayout):
    """Widgets left to right, wrapping onto the next line: tag chips in a narrow dock.

    In a row layout, three long tag names made the inspector (and with it the dock and the window) wider
    than a laptop's screen; here the width is the widest chip's, and the height follows the width.
    """

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Place the items in lines within ``rect`` (or only measure); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint().boundedTo(QSize(max(1, area.width()), 10**6))
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line_height = area.x(), y + line_height + self.spacing(), 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class ChipBox(QWidget):
    """The inspector's tag chips in a FlowLayout, never shorter than its lines of chips at its width: in a
    short dock (a laptop's 768 pixels) the form gave the row one line's height, and the second tag of an
    annotation was cut off out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flow = FlowLayout(self)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.fit()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a chip's size known only once it is styled
            self.fit()
        return handled

    def fit(self) -> None:
        """The minimum height the chips need at the present width (after chips were added or removed)."""
        needed = self.flow.heightForWidth(max(1, self.width()))
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


class _NoteTabs(QTabWidget):
    """The note and its preview, asking for no more room than its minimum: it takes what the inspector has
    left (its stretch), and in the inspector's scroll area a preferred height of 192 pixels made the fields
    scroll on a big screen too, the Delete button out of sight."""

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()


class _FocusOut(QObject):
    def __init__(self, callback) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class Inspector(QWidget):
    note_edited = Signal(int, str)  # annotation id, new note
    confidence_edited = Signal(int, object)  # annotation id, int | None
    evidence_edited = Signal(int, str)
    speaker_edited = Signal(int, object)  # annotation id, (name, role value) or None: nobody said
    tag_removed = Signal(int, int)  # annotation id, tag id
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._annotation: Annotation | None = None
        self.placeholder = QLabel("Select a highlighted passage to see its tags and note.")
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #777; padding: 12px;")
        self.quote = QLabel()
        self.quote.setTextFormat(Qt.TextFormat.PlainText)  # a quote that looks like HTML is still text
        self.quote.setWordWrap(True)
        self.quote.setStyleSheet("font-style: italic; color: #333;")
        # Who made the annotation (issue 21): in a project several coders annotate, whose reading this is.
        self.coder = QLabel()
        self.coder.setTextFormat(Qt.TextFormat.PlainText)
        self.coder.setStyleSheet("color: #666;")
        self.tags = ChipBox()
        self.tags_layout = self.tags.flow
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("A note, in Markdown: *emphasis*, lists, links…")
        self.note_preview = NotePreview()
        self.note_tabs = _NoteTabs()
        self.note_tabs.addTab(self.note, "Note")
        self.note_tabs.addTab(self.note_preview, "Preview")
        self.note_tabs.currentChanged.connect(self._render_preview)
        self.confidence = QComboBox()
        self.confidence.addItems(CONFIDENCE_LABELS)
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText("e.g. Sakwa, 37 — or note 5")
        # Who speaks: a name with type-ahead over the project's people, and as what.
        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText("who speaks — a person or a body")
        self.speaker.setClearButtonEnabled(True)
        self.people_model = QStringListModel(self)
        self.completer = QCompleter(self.people_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "khrush" finds "Nikita Khrushchev"
        self.speaker.setCompleter(self.completer)
        self.speaker_role = QComboBox()
        for role in SpeakerRole:
            self.speaker_role.addItem(role.value, role.value)
        self.speaker_role.setCurrentIndex(self.speaker_role.findData(SpeakerRole.QUOTED.value))
        self.speaker_role.setToolTip("As what they speak: the author, quoted, cited, or a commenter")
        self._sent_speaker: tuple[int, object] | None = None  # the last edit sent, not yet shown back
        self.delete_button = QPushButton("Delete annotation")
        self.delete_button.clicked.connect(self._delete)

        form = QFormLayout()
        # In a narrow dock a field goes under its label rather than widening the dock.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow("Tags", self.tags)
        form.addRow("Confidence", self.confidence)
        # Not "Evidence": the Evidence panel, a tab away, is the citations and quotations found in the text.
        form.addRow("Source cited", self.evidence)
        # Two rows: beside the role, a name had a hundred pixels in a laptop's dock and scrolled out of view.
        form.addRow("Speaker", self.speaker)
        form.addRow("Speaks as", self.speaker_role)
        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.addWidget(self.quote)
        body_layout.addWidget(self.coder)
        body_layout.addLayout(form)
        body_layout.addWidget(self.note_tabs, 1)
        body_layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.placeholder)
        # In a short dock (a laptop's 768 pixels) the fields scroll, not squeezed over one another:
        # a quote of three lines and two lines of tag chips need more than the dock has left there.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.body)
        layout.addWidget(self.scroll)

        self._note_filter = _FocusOut(self._commit_note)
        self.note.installEventFilter(self._note_filter)
        self.evidence.editingFinished.connect(self._commit_evidence)
        self.confidence.activated.connect(self._commit_confidence)
        self.speaker.editingFinished.connect(self._commit_speaker)
        self.completer.activated.connect(lambda _name: self._commit_speaker())
        self.speaker_role.activated.connect(lambda _index: self._commit_speaker())
        self.show_annotation(None)

    @property
    def annotation(self) -> Annotation | None:
        return self._annotation

    def show_annotation(self, annotation: Annotation | None) -> None:
        if self._annotation is not None and (annotation is None or annotation.id != self._annotation.id):
            self._commit_note()  # a note being typed is kept when the selection moves on
        if self._annotation is not None and (annotation is None or annotation.id != self._annotation.id):
            self._commit_speaker()  # so is a speaker being typed
        self._annotation = annotation
        self._sent_speaker = None
        self.placeholder.setVisible(annotation is None)
        self.body.setVisible(annotation is not None)
        self.scroll.setVisible(annotation is not None)
        if annotation is None:
            return
        quote = " ".join(annotation.quote.exact.split())
        self.quote.setText(in_quotes(quote if len(quote) < 300 else quote[:299] + "…"))
        self.coder.setText(f"Coder: {annotation.coder.shown}" if annotation.coder is not None else "")
        self.coder.setVisible(annotation.coder is not None)
        while self.tags_layout.count():
            item = self.tags_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for tag in annotation.tags:
            chip = QPushButton(f"{tag.name}  ✕")
            chip.setToolTip(literal(f"Remove the tag {tag.path}"))
            chip.setFlat(True)
            ink = chip_text_color(QColor(tag.color)).name()
            chip.setStyleSheet(
                f"QPushButton {{ background: {tag.color}; color: {ink}; "
                "border-radius: 8px; padding: 2px 8px; }"
            )
            chip.clicked.connect(lambda _=False, tag_id=tag.id: self._remove_tag(tag_id))
            self.tags_layout.addWidget(chip)
        if not annotation.tags:
            none = QLabel("<i>none — press 1–9 or click a tag in the palette</i>")
            none.setWordWrap(True)
            self.tags_layout.addWidget(none)
        self.tags.fit()
        if self.note.toPlainText() != annotation.note:
            self.note.setPlainText(annotation.note)
        self.confidence.setCurrentIndex(annotation.confidence or 0)
        self.evidence.setText(annotation.evidence_ref)
        speaker = annotation.speaker
        self.speaker.setText("" if speaker is None else speaker.name)
        role = SpeakerRole.QUOTED if speaker is None else speaker.role
        self.speaker_role.setCurrentIndex(self.speaker_role.findData(role.value))
        self._render_preview()

    def set_people(self, names: list[str]) -> None:
        """The names the speaker field offers as one types (the project's people)."""
        if self.people_model.stringList() != names:
            self.people_model.setStringList(names)

    def _render_preview(self) -> None:
        self.note_preview.document().setMarkdown(self.note.toPlainText(), NOTE_MARKDOWN)

    def _commit_note(self) -> None:
        if self._annotation is not None and self.note.toPlainText() != self._annotation.note:
            self.note_edited.emit(self._annotation.id, self.note.toPlainText())

    def _commit_evidence(self) -> None:
        if self._annotation is not None and self.evidence.text().strip() != self._annotation.evidence_ref:
            self.evidence_edited.emit(self._annotation.id, self.evidence.text().strip())

    def _commit_confidence(self) -> None:
        value = self.confidence.currentIndex() or None
        if self._annotation is not None and value != self._annotation.confidence:
            self.confidence_edited.emit(self._annotation.id, value)

    def _commit_speaker(self) -> None:
        """Send the speaker as typed (an empty name clears it), once per change: finishing the field, picking
        a name from the type-ahead and changing the role may all follow one another before it shows back."""
        annotation = self._annotation
        if annotation is None:
            return
        name = " ".join(self.speaker.text().split())
        role = self.speaker_role.currentData()
        wanted: object = (name, role) if name else None
        current = annotation.speaker
        if wanted is None and current is None:
            return
        if current is not None and wanted is not None and (current.name, current.role.value) == wanted:
            return
        if self._sent_speaker == (annotation.id, wanted):
            return
        self._sent_speaker = (annotation.id, wanted)
        self.speaker_edited.emit(annotation.id, wanted)

    def _remove_tag(self, tag_id: int) -> None:
        if self._annotation is not None:
            self.tag_removed.emit(self._annotation.id, tag_id)

    def _delete(self) -> None:
        if self._annotation is not None:
            self.delete_requested.emit(self._annotation.id)
