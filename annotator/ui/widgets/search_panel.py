"""The search panel: a query with history and filter chips, results grouped by source with snippets.

The panel only asks and shows; the main window runs the search (with a progress dialog when the index
must be rebuilt first), opens a hit in the reader, and tags hits as one undoable step.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFontMetrics,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import SourceSummary
from annotator.domain.taxonomy import Taxonomy
from annotator.services.search_results import SearchHit, SearchResults
from annotator.ui.text import literal

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
MAX_HISTORY = 20


def snippet_html(hit: SearchHit) -> str:
    """The snippet with the matched words marked, every piece of text escaped."""
    text, base = hit.snippet.text, hit.snippet.start
    parts, cursor = [], 0
    for start, end in sorted(hit.matches):
        start, end = max(start - base, cursor), min(end - base, len(text))
        if start >= end:
            continue
        parts.append(escape(text[cursor:start]))
        parts.append(f'<span style="background:#FFE082">{escape(text[start:end])}</span>')
        cursor = end
    parts.append(escape(text[cursor:]))
    body = " ".join("".join(parts).split())
    before = "… " if hit.snippet.clipped_before else ""
    after = " …" if hit.snippet.clipped_after else ""
    where = {
        "text": f"¶ {hit.paragraph}" if hit.paragraph else "text",
        "note": "note",
        "metadata": (hit.field or "metadata").replace("_", " "),  # "publisher place", as the CLI says it
    }[hit.kind.value]
    return f'<span style="color:#777">{escape(where)}</span>&nbsp; {before}{body}{after}'


class _HtmlDelegate(QStyledItemDelegate):
    """Draws a hit as two lines of rich text (marked words), cut with "…"; the whole hit is its tooltip.

    Every hit row has the same height, two lines, whatever the dock's width: a narrow dock still shows a
    useful number of hits, none is cut off in the middle of a line, and a wide (undocked) panel shows more
    of each snippet on the same two lines.
    """

    LINES = 2

    def _document(self, option: QStyleOptionViewItem, html: str) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(2)
        document.setDefaultFont(option.font)
        document.setHtml(html)
        document.setTextWidth(max(60, option.rect.width()))
        _cut_to_lines(document, self.LINES)
        return document

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        html = index.data(HTML_ROLE)
        if html is None:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight().color().lighter(170))
        document = self._document(option, html)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, QAbstractTextDocumentLayout.PaintContext())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(HTML_ROLE) is None:
            return super().sizeHint(option, index)
        return QSize(max(60, option.rect.width()), row_height(option.fontMetrics, self.LINES))


def row_height(metrics: QFontMetrics, lines: int) -> int:
    """The height of a hit row: ``lines`` lines of text and the document's margins."""
    return metrics.lineSpacing() * lines + 2 * 2 + 2


def _cut_to_lines(document: QTextDocument, lines: int) -> None:
    """Cut the laid-out ``document`` after ``lines`` lines, ending it with "…" (formatting kept)."""
    document.size()  # the layout is made lazily: without it the block has no lines yet
    block = document.firstBlock()
    layout = block.layout()
    if document.blockCount() != 1 or layout is None or layout.lineCount() <= lines:
        return
    line = layout.lineAt(lines - 1)
    end = block.position() + line.textStart() + line.textLength()
    # The "…" may not fit where the line ended: give back a character at a time until it does.
    while end > 1:
        cursor = QTextCursor(document)
        cursor.setPosition(end - 1)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText("…")
        document.documentLayout().documentSize()  # lays the block out again
        if document.firstBlock().layout().lineCount() <= lines:
            return
        end -= 1


def hit_tooltip(hit: SearchHit, title: str) -> str:
    """The whole hit, for its tooltip: the source, where in it, and the entire snippet (marked words)."""
    return f"<b>{escape(title)}</b><br>{snippet_html(hit)}"


class SearchPanel(QWidget):
    search_requested = Signal(str)
    hit_activated = Signal(object)  # SearchHit
    tag_hits_requested = Signal(list)  # the SearchHits to tag (the selected ones, or all)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = QComboBox()
        self.query.setEditable(True)
        self.query.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.query.lineEdit().setPlaceholderText(
            'Search all sources: words, "a phrase", kulak*, tag:bias/polemical…'
        )
        self.query.lineEdit().returnPressed.connect(self.submit)
        go = QPushButton("Search")
        go.clicked.connect(self.submit)
        self.source = QComboBox()
        self.tag = QComboBox()
        self.kind = QComboBox()
        self.kind.addItems(["any kind", "primary", "secondary", "tertiary"])
        for combo in (self.source, self.tag, self.kind):
            # Long source titles and tag names must not widen the dock: the chips shrink, titles elided.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.year_from, self.year_to = QSpinBox(), QSpinBox()
        for box in (self.year_from, self.year_to):
            box.setRange(0, 2100)
            box.setSpecialValueText("—")
            box.setToolTip("Sources dated within these years (— for open)")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555")
        self.model = QStandardItemModel(self)
        self.results = QTreeView()
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.results.setUniformRowHeights(False)
        self.results.setWordWrap(True)
        self.results.activated.connect(self._activated)
        self.results.doubleClicked.connect(self._activated)
        self.tag_button = QPushButton("Tag hits…")
        self.tag_button.setToolTip(
            "Tag the selected hits (or all of them) with one tag, as one undoable step"
        )
        self.tag_button.clicked.connect(self._tag_hits)
        self.tag_button.setEnabled(False)
        self.wide_button = QToolButton()
        self.wide_button.setText("⇱")
        self.wide_button.setCheckable(True)
        self.wide_button.setToolTip("Undock the search panel as a wide window (again to dock it back)")
        self.wide_button.toggled.connect(self.set_wide)

        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(go)
        # Three short rows rather than two long ones: the panel must fit a narrow dock on a laptop.
        chips = QHBoxLayout()
        chips.addWidget(self.source, 1)
        chips.addWidget(self.tag, 1)
        years = QHBoxLayout()
        years.addWidget(self.kind, 1)
        years.addWidget(QLabel("Years"))
        years.addWidget(self.year_from)
        years.addWidget(QLabel("–"))
        years.addWidget(self.year_to)
        status = QHBoxLayout()
        status.addWidget(self.status, 1)
        status.addWidget(self.tag_button, 0, Qt.AlignmentFlag.AlignTop)
        status.addWidget(self.wide_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addLayout(chips)
        layout.addLayout(years)
        layout.addLayout(status)
        layout.addWidget(self.results, 1)
        self.set_choices([], None)
        self._dock: QDockWidget | None = None
        self._docked_width = 0

    # Undocked wide: the results read best with long lines, more than a side dock can give.

    WIDE = QSize(960, 640)

    def _find_dock(self) -> QDockWidget | None:
        if self._dock is None and isinstance(self.parentWidget(), QDockWidget):
            self._dock = self.parentWidget()
            self._dock.topLevelChanged.connect(self._floating_changed)
        return self._dock

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._find_dock()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        dock = self._find_dock()
        if dock is not None and not dock.isFloating():
            self._docked_width = dock.width()

    def set_wide(self, wide: bool) -> None:
        """Float the panel's dock as a wide window (``wide``) or put it back in its place."""
        dock = self._find_dock()
        if dock is None or dock.isFloating() == wide:
            return
        dock.setFloating(wide)

    def _floating_changed(self, floating: bool) -> None:
        self.wide_button.blockSignals(True)
        self.wide_button.setChecked(floating)
        self.wide_button.blockSignals(False)
        dock = self._dock
        if dock is None:
            return
        if not floating:
            # Back in its place at the width it had there, not the wide window's.
            window = dock.parentWidget()
            if isinstance(window, QMainWindow) and self._docked_width:
                window.resizeDocks([dock], [self._docked_width], Qt.Orientation.Horizontal)
            return
        # Undocked (by the button or the title bar): as wide as the screen allows, on the screen.
        area = dock.screen().availableGeometry()
        size = self.WIDE.boundedTo(area.size() * 0.9)
        dock.resize(size)
        dock.move(area.center() - dock.rect().center())

    def set_choices(self, sources: list[SourceSummary], taxonomy: Taxonomy | None) -> None:
        """Fill the source and tag chips (kept as chosen where still possible)."""
        keep_source, keep_tag = self.source.currentData(), self.tag.currentData()
        self.source.clear()
        self.source.addItem("all sources", None)
        for source in sources:
            self.source.addItem(source.title, source.id)
        self.tag.clear()
        self.tag.addItem("any tag", None)
        if taxonomy is not None:
            for facet in taxonomy.facets:
                self.tag.addItem(f"{facet.name}: any", f"facet:{facet.slug}")
                for depth, tag in taxonomy.walk(facet.id):
                    self.tag.addItem(f"{'   ' * (depth + 1)}{tag.name}", f"tag:{taxonomy.path(tag)}")
        self.source.setCurrentIndex(max(0, self.source.findData(keep_source)))
        self.tag.setCurrentIndex(max(0, self.tag.findData(keep_tag)))

    def set_history(self, queries: list[str]) -> None:
        current = self.query.currentText()
        self.query.clear()
        self.query.addItems(queries)
        self.query.setEditText(current)

    def history(self) -> list[str]:
        return [self.query.itemText(i) for i in range(self.query.count())]

    def full_query(self) -> str:
        """The typed query with the chips as field filters."""
        parts = [self.query.currentText().strip()]
        if self.source.currentData() is not None:
            parts.append(f"source:{self.source.currentData()}")
        if self.tag.currentData():
            parts.append(self.tag.currentData())
        if self.kind.currentIndex() > 0:
            parts.append(f"kind:{self.kind.currentText()}")
        low, high = self.year_from.value(), self.year_to.value()
        if low or high:
            parts.append(f"year:{low or ''}..{high or ''}")
        return " ".join(p for p in parts if p)

    def submit(self) -> None:
        typed = self.query.currentText().strip()
        if typed:
            history = [typed] + [q for q in self.history() if q != typed]
            self.set_history(history[:MAX_HISTORY])
        query = self.full_query()
        if query:
            self.search_requested.emit(query)

    def show_error(self, message: str) -> None:
        # The previous query's hits would read as this one's: they go, and so does tagging them.
        self.model.clear()
        self.tag_button.setEnabled(False)
        self.status.setText(f'<span style="color:#B71C1C">{escape(message)}</span>')

    def show_results(self, results: SearchResults) -> None:
        self.model.clear()
        groups = results.by_source()
        for group in groups:
            parent = QStandardItem(f"{group.title}  ({len(group.hits)})")
            parent.setEditable(False)
            parent.setToolTip(literal(group.title))  # whole, where the dock elides it
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            for hit in group.hits:
                item = QStandardItem()
                item.setData(hit, HIT_ROLE)
                item.setData(snippet_html(hit), HTML_ROLE)
                item.setToolTip(hit_tooltip(hit, group.title))
                item.setEditable(False)
                parent.appendRow(item)
            self.model.appendRow(parent)
        self.results.expandAll()
        more = " (more exist: narrow the query)" if results.more else ""
        self.status.setText(f"{len(results.hits)} hit(s) in {len(groups)} source(s){more}")
        self.tag_button.setEnabled(bool(results.hits))

    def hits(self, selected_only: bool = False) -> list[SearchHit]:
        if selected_only:
            found = [i.data(HIT_ROLE) for i in self.results.selectionModel().selectedIndexes()]
            return [h for h in found if h is not None]
        found = []
        for row in range(self.model.rowCount()):
            parent = self.model.item(row)
            for child in range(parent.rowCount()):
                found.append(parent.child(child).data(HIT_ROLE))
        return found

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_activated.emit(hit)

    def _tag_hits(self) -> None:
        self.tag_hits_requested.emit(self.hits(selected_only=True) or self.hits())
