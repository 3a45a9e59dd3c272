"""Before and after an import's cleaning steps, side by side, with the changes listed.

The "before" pane marks whole lines: red and struck through, the lines web clean-up removes; orange, a
line that loses an "[edit]" link; blue, a line reflow joins to the line before it. The list under the
texts names every split word reflow joined and every running head it took out. A highlighter paints
them block by block, so a long text costs no more than its visible part (no ExtraSelections, see SETUP).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.importing import ImportOptions, ImportSteps
from annotator.io.importers.registry import ImportPreview
from annotator.ui.dialogs.import_report import describe_steps
from annotator.ui.text import plain_label

REMOVED, PARTLY, JOINED = "#FFCDD2", "#FFE0B2", "#D6E9FB"
MAX_LISTED = 2000  # changes listed one per row; the rest are counted


def _format(color: str, strike: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(color))
    fmt.setFontStrikeOut(strike)
    return fmt


class LineMarks(QSyntaxHighlighter):
    """Paints whole lines (blocks) by number."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.marks: dict[int, QTextCharFormat] = {}

    def set_marks(self, marks: dict[int, QTextCharFormat]) -> None:
        self.marks = marks
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        fmt = self.marks.get(self.currentBlock().blockNumber())
        if fmt is not None:
            self.setFormat(0, len(text), fmt)


def joined_in_before(preview: ImportPreview) -> list[int]:
    """0-based numbers, in ``before``, of the lines reflow joins to the line before.

    ``joined_lines`` count the lines of the text after web clean-up; map them back through the lines the
    clean-up kept (it drops whole lines, and then blank lines left at the very top).
    """
    if not preview.joined_lines:
        return []
    lines = preview.before.split("\n")
    gone = {r.number - 1 for r in preview.removed if r.reason != "edit link"}
    kept = [i for i in range(len(lines)) if i not in gone]
    if preview.removed:
        while kept and not lines[kept[0]].strip():
            kept.pop(0)
    return [kept[n - 1] for n in preview.joined_lines if 0 < n <= len(kept)]


def _pane(header: QLabel) -> tuple[QWidget, QPlainTextEdit]:
    editor = QPlainTextEdit()
    editor.setReadOnly(True)
    editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    header.setStyleSheet("color: #555")
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(header)
    layout.addWidget(editor)
    return box, editor


def _legend() -> QLabel:
    swatch = "<span style='background:{}'>&nbsp;{}&nbsp;</span>"
    label = QLabel(
        "Before, as read from the file: "
        + " ".join(
            swatch.format(color, text)
            for color, text in (
                (REMOVED, "<s>removed</s>"),
                (PARTLY, "[edit] removed"),
                (JOINED, "joined to the line above"),
            )
        )
    )
    label.setToolTip(
        "Lines marked here are what the cleaning steps change; the original file is always kept."
    )
    return label


class PreviewPane(QWidget):
    """What one file becomes with one choice of options; or a message (refused, or preview on request)."""

    requested = Signal()  # the historian asked for a preview that is not made automatically (a PDF)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = plain_label()  # warnings quote the file
        self.summary.setWordWrap(True)
        before_box, self.before = _pane(_legend())
        # One line of the file, one line on screen: the marks are per line.
        self.before.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        after_box, self.after = _pane(QLabel("After: what will be imported"))
        self.marks = LineMarks(self.before.document())
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(before_box)
        split.addWidget(after_box)
        split.setChildrenCollapsible(False)
        split.setSizes([1000, 1000])
        self.changes = QListWidget()
        self.changes.setMaximumHeight(96)
        self.changes.currentItemChanged.connect(self._go_to_change)
        texts = QWidget()
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(split, 1)
        texts_layout.addWidget(self.changes)
        self.message = plain_label()  # refusals name the file
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.request_button = QPushButton("Preview")
        self.request_button.clicked.connect(self.requested)
        waiting = QWidget()
        waiting_layout = QVBoxLayout(waiting)
        waiting_layout.addStretch()
        waiting_layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.request_button)
        row.addStretch()
        waiting_layout.addLayout(row)
        waiting_layout.addStretch()
        self.stack = QStackedWidget()
        self.stack.addWidget(texts)
        self.stack.addWidget(waiting)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

    def show_preview(self, preview: ImportPreview, options: ImportOptions) -> None:
        document = preview.document
        said = describe_steps(document.steps, options)
        if document.warnings:
            said += [f"Warning: {w}" for w in document.warnings]
        self.summary.setText(" · ".join(said) or "No cleaning step applies to this format.")
        self.before.setPlainText(preview.before)
        self.after.setPlainText(document.text)
        marks: dict[int, QTextCharFormat] = {}
        joined = joined_in_before(preview)
        join_format = _format(JOINED)
        for number in joined:
            marks[number] = join_format
        self.changes.clear()
        for removed in preview.removed[:MAX_LISTED]:
            partly = not removed.whole  # only the "[edit]" at the end of a heading went
            marks[removed.number - 1] = _format(PARTLY if partly else REMOVED, strike=not partly)
            item = QListWidgetItem(
                f"Line {removed.number}: “{removed.text.strip()}” removed ({removed.reason})"
            )
            item.setData(Qt.ItemDataRole.UserRole, removed.number - 1)
            self.changes.addItem(item)
        if len(preview.removed) > MAX_LISTED:
            self.changes.addItem(f"… and {len(preview.removed) - MAX_LISTED:,} more lines removed")
        if joined:
            item = QListWidgetItem(
                f"{len(joined):,} lines joined to the line above (blue); the first is line {joined[0] + 1}"
            )
            item.setData(Qt.ItemDataRole.UserRole, joined[0])
            self.changes.addItem(item)
        self._list_reflow(document.steps)
        if document.steps.format == "pdf":
            self.changes.addItem(
                "A PDF's lines are joined by their place on the page, and its running heads and page "
                "numbers removed, page by page: compare the two sides."
            )
        elif self.changes.count() == 0:
            self.changes.addItem("No line is removed or joined.")
        self.marks.set_marks(marks)
        self.stack.setCurrentIndex(0)

    def _list_reflow(self, steps: ImportSteps) -> None:
        """Every split word reflow joined (the historian checks them against the file), and the running
        heads and page numbers it took out of a text's lines."""
        words = steps.split_words_joined
        for word in words[:MAX_LISTED]:
            written = word.as_written.replace("\n", "⏎")
            self.changes.addItem(f"Split word joined: “{written}” → “{word.joined}”")
        if len(words) > MAX_LISTED:
            self.changes.addItem(f"… and {len(words) - MAX_LISTED:,} more split words joined")
        if steps.format == "pdf":
            return  # a PDF's own furniture is shown by the two sides
        furniture = steps.removed_lines
        for line in furniture[:MAX_LISTED]:
            self.changes.addItem(f"“{line.text.strip()}” removed ({line.reason}, page {line.page})")
        if len(furniture) > MAX_LISTED:
            self.changes.addItem(f"… and {len(furniture) - MAX_LISTED:,} more running heads removed")

    def show_message(self, text: str, *, error: bool = False, can_request: bool = False) -> None:
        """A message instead of the texts: why the file is refused, or a button to make the preview."""
        self.summary.setText("")
        self.message.setText(text)
        self.message.setStyleSheet("color: #B71C1C" if error else "")
        self.request_button.setVisible(can_request)
        self.before.clear()
        self.after.clear()
        self.changes.clear()
        self.stack.setCurrentIndex(1)

    def _go_to_change(self, item: QListWidgetItem | None) -> None:
        line = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if line is None:
            return
        block = self.before.document().findBlockByNumber(int(line))
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.before.setTextCursor(cursor)
        self.before.centerCursor()
