"""The claims table: every figure of the project in a table, filtered by what is counted, period, source,
kind and tag, or grouped across sources with each group's spread; the panel the Claims dock and the
View › Claims table window each show (over the same models, with their own filters).

The panel only shows and asks: opening a passage, comparing, tagging, linking and exporting are the
controller's (annotator/ui/controllers/figures.py)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import SourceSummary
from annotator.services.figures import FigureGroup, FigureRecord
from annotator.ui.models.figures import (
    GROUP_ROLE,
    KINDS,
    RECORD_ROLE,
    ClaimsFilter,
    ClaimsModel,
    Filter,
    GroupsModel,
    Proposal,
    parse_years,
    proposal_for,
)
from annotator.ui.text import literal, plain_label

TAG_KEY = "S"  # tags the selected figure's passage claim-type/statistical


class ClaimsPanel(QWidget):
    passage_requested = Signal(object)  # FigureRecord
    compare_requested = Signal(object, object)  # two FigureRecords
    tag_requested = Signal(object)  # FigureRecord: tag its passage claim-type/statistical
    link_accepted = Signal(object)  # Proposal
    export_requested = Signal(str)  # "csv" or "xlsx"
    tag_filter_changed = Signal(object)  # a tag id, or None
    grouping_changed = Signal(bool)

    def __init__(self, claims: ClaimsModel, groups: GroupsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claims_model, self.groups_model = claims, groups
        self.claims_filter = ClaimsFilter()
        self.claims_filter.setSourceModel(claims)
        self.groups_filter = ClaimsFilter()
        self.groups_filter.setSourceModel(groups)
        self._record_ids: frozenset[str] | None = None
        self._busy_text = ""
        self.proposal: Proposal | None = None

        self.counted = QLineEdit()
        self.counted.setPlaceholderText("What is counted…")
        self.counted.setClearButtonEnabled(True)
        self.counted.setToolTip("Only figures counting these words: deaths, inmates, grain…")
        self.period = QLineEdit()
        self.period.setPlaceholderText("Period: 1932–33")
        self.period.setClearButtonEnabled(True)
        self.period.setToolTip("Only figures whose period overlaps these years: 1932, 1930–1939, 1930s")
        self.period.setMaximumWidth(130)
        self.source = QComboBox()
        self.source.setToolTip("Only the figures of one source")
        self.source.setMinimumContentsLength(14)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind = QComboBox()
        self.kind.addItem("Any kind", "")
        for kind in KINDS:
            self.kind.addItem(kind, kind)
        self.kind.setToolTip("count, range, vague magnitude (“thousands”), percent, fraction, ratio…")
        self.tag = QComboBox()
        self.tag.addItem("Any tag", None)
        self.tag.setToolTip("Only figures inside passages annotated with this tag")
        self.tag.setMinimumContentsLength(10)
        self.tag.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grouped = QCheckBox("&Group across sources")
        self.grouped.setToolTip(
            "Figures counting the same thing over overlapping periods, side by side, with the spread"
        )
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for w in (self.counted, self.period, self.source, self.kind, self.tag):
            filters.addWidget(w)
        self.compare_button = QPushButton("&Compare")
        self.compare_button.setToolTip("Open the two selected figures side by side in the compare view")
        self.tag_button = QPushButton("Statistical (S)")
        self.tag_button.setToolTip("Tag the passage of the selected figure claim-type/statistical (key S)")
        self.csv_button = QPushButton("CSV…")
        self.csv_button.setToolTip("Export the claims table to a CSV file")
        self.xlsx_button = QPushButton("XLSX…")
        self.xlsx_button.setToolTip("Export the claims table to an Excel workbook")
        actions = QHBoxLayout()
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.grouped)
        actions.addStretch(1)
        for b in (self.compare_button, self.tag_button, self.csv_button, self.xlsx_button):
            actions.addWidget(b)

        self.status = plain_label()
        self.progress = QProgressBar()
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.proposal_label = plain_label()
        self.proposal_label.setWordWrap(True)
        self.accept_button = QPushButton("&Accept link")
        self.accept_button.setToolTip("Link the two passages as proposed (one step; Ctrl+Z undoes it)")
        proposal_row = QHBoxLayout()
        proposal_row.setContentsMargins(0, 0, 0, 0)
        proposal_row.addWidget(self.proposal_label, 1)
        proposal_row.addWidget(self.accept_button)
        self.proposal_box = QWidget()
        self.proposal_box.setLayout(proposal_row)
        self.proposal_box.hide()

        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Rows of one height: the view never measures 50,000 rows' contents.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.doubleClicked.connect(self._activated)
        self.tag_action = QAction("Tag passage as &statistical", self.table)
        self.tag_action.setShortcut(QKeySequence(TAG_KEY))
        self.tag_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tag_action.triggered.connect(self.tag_selected)
        self.table.addAction(self.tag_action)
        self.open_action = QAction("&Open passage", self.table)
        self.open_action.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.open_action.triggered.connect(self.open_selected)
        self.table.addAction(self.open_action)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.proposal_box)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress)
        layout.addLayout(bottom)

        self.counted.textChanged.connect(self._filter)
        self.period.textChanged.connect(self._filter)
        self.source.currentIndexChanged.connect(self._filter)
        self.kind.currentIndexChanged.connect(self._filter)
        self.tag.currentIndexChanged.connect(lambda _i: self.tag_filter_changed.emit(self.tag.currentData()))
        self.grouped.toggled.connect(self._grouping)
        self.compare_button.clicked.connect(self.compare_selected)
        self.tag_button.clicked.connect(self.tag_selected)
        self.csv_button.clicked.connect(lambda: self.export_requested.emit("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export_requested.emit("xlsx"))
        self.accept_button.clicked.connect(self.accept_proposal)
        self.groups_model.modelReset.connect(self._span_groups)
        self.groups_filter.layoutChanged.connect(self._span_groups)
        self._show(self.claims_filter)
        self._update_status()
        claims.rowsInserted.connect(self._update_status)
        claims.modelReset.connect(self._update_status)

    # --- contents --------------------------------------------------------------------------------------

    def set_sources(self, sources: Sequence[SourceSummary]) -> None:
        chosen = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem("Every source", None)
        for s in sources:
            self.source.addItem(s.title, s.id)
            self.source.setItemData(self.source.count() - 1, literal(s.title), Qt.ItemDataRole.ToolTipRole)
        index = self.source.findData(chosen)
        self.source.setCurrentIndex(max(0, index))
        self.source.blockSignals(False)

    def set_tags(self, tags: Sequence[tuple[int, str]]) -> None:
        """The tags to filter by: (id, path)."""
        chosen = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("Any tag", None)
        for tag_id, path in tags:
            self.tag.addItem(path, tag_id)
        self.tag.setCurrentIndex(max(0, self.tag.findData(chosen)))
        self.tag.blockSignals(False)

    def set_record_ids(self, ids: frozenset[str] | None) -> None:
        """Only these figures (those inside the chosen tag's annotations); None: any."""
        self._record_ids = ids
        self._filter()

    def set_busy(self, text: str, done: int = 0, total: int = 0) -> None:
        """Progress of reading and detecting (total 0: not busy)."""
        self.progress.setVisible(total > 0)
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self._busy_text = text
        self._update_status()

    # --- filtering and grouping -------------------------------------------------------------------------

    def current_filter(self) -> Filter:
        return Filter(
            counted=self.counted.text().strip(),
            years=parse_years(self.period.text()),
            source_id=self.source.currentData(),
            kind=self.kind.currentData() or "",
            record_ids=self._record_ids,
        )

    def _filter(self) -> None:
        chosen = self.current_filter()
        self.claims_filter.set_filter(chosen)
        self.groups_filter.set_filter(chosen)
        self._span_groups()
        self._update_status()

    def _grouping(self, on: bool) -> None:
        self._show(self.groups_filter if on else self.claims_filter)
        self.grouping_changed.emit(on)
        self._update_status()

    def _show(self, model: ClaimsFilter) -> None:
        self.table.setModel(model)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        grouped = model is self.groups_filter
        widths = (50, 200, 90, 60, 220, 170, 110, 150) if grouped else (190, 170, 135, 90, 70, 220, 90, 150)
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        # What is counted (or, grouped, the citation) takes the room a wide window has.
        header.setSectionResizeMode(7 if grouped else 5, QHeaderView.ResizeMode.Stretch)
        # The groups' rows stay together (their cells span them); the figures sort by any column, and
        # start in their own order: by source, in text order.
        self.table.setSortingEnabled(not grouped)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self._span_groups()
        self._selection_changed()

    def is_grouped(self) -> bool:
        return self.table.model() is self.groups_filter

    def _span_groups(self) -> None:
        """In the grouped view, a group's number, what it counts, its period and spread span its rows."""
        self.table.clearSpans()
        if not self.is_grouped():
            return
        model = self.groups_filter
        row = 0
        while row < model.rowCount():
            group = model.index(row, 0).data(GROUP_ROLE).group
            run = 1
            while row + run < model.rowCount() and model.index(row + run, 0).data(GROUP_ROLE).group == group:
                run += 1
            if run > 1:
                for column in range(4):
                    self.table.setSpan(row, column, run, 1)
            row += run

    # --- selection and actions --------------------------------------------------------------------------

    def selected_records(self) -> list[FigureRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        model = self.table.model()
        return [model.index(r, 0).data(RECORD_ROLE) for r in rows]

    def selected_group(self) -> FigureGroup | None:
        if not self.is_grouped():
            return None
        index = self.table.currentIndex()
        if not index.isValid():
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        group = index.siblingAtColumn(0).data(GROUP_ROLE)
        return group if isinstance(group, FigureGroup) else None

    def select_rows(self, rows: Sequence[int]) -> None:
        """Select these rows of the table shown (for keys, tests and screenshots)."""
        model = self.table.model()
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._selection_changed()

    def row_of(self, record_id: str) -> int | None:
        model = self.table.model()
        for row in range(model.rowCount()):
            record = model.index(row, 0).data(RECORD_ROLE)
            if record is not None and record.id == record_id:
                return row
        return None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected_records()
        self.compare_button.setEnabled(len(chosen) == 2)
        self.tag_button.setEnabled(len(chosen) >= 1)
        group = self.selected_group()
        self.proposal = proposal_for(group) if group is not None else None
        if self.proposal is None:
            self.proposal_box.hide()
            return
        p = self.proposal
        self.proposal_label.setText(
            f"Group {p.group.group} ({p.group.counted}): spread {p.group.spread:g}× — propose "
            f"“{p.relation}” between “{' '.join(p.a.text.split())}” and “{' '.join(p.b.text.split())}”"
        )
        self.proposal_box.show()

    def _activated(self, index: QModelIndex) -> None:
        record = index.siblingAtColumn(0).data(RECORD_ROLE)
        if record is not None:
            self.passage_requested.emit(record)

    def open_selected(self) -> None:
        chosen = self.selected_records()
        if chosen:
            self.passage_requested.emit(chosen[0])

    def compare_selected(self) -> None:
        chosen = self.selected_records()
        if len(chosen) == 2:
            self.compare_requested.emit(chosen[0], chosen[1])

    def tag_selected(self) -> None:
        chosen = self.selected_records()
        if chosen:
            self.tag_requested.emit(chosen[0])

    def accept_proposal(self) -> None:
        if self.proposal is not None:
            self.link_accepted.emit(self.proposal)

    def _menu(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        compare = menu.addAction("&Compare the two selected")
        compare.setEnabled(len(self.selected_records()) == 2)
        compare.triggered.connect(self.compare_selected)
        menu.addAction(self.tag_action)
        if self.proposal is not None:
            accept = menu.addAction(f"Accept “{self.proposal.relation}” link")
            accept.triggered.connect(self.accept_proposal)
        menu.popup(self.table.viewport().mapToGlobal(point))

    def _update_status(self, *_args: object) -> None:
        busy = self._busy_text
        if self.is_grouped():
            model = self.groups_filter
            shown = len({model.index(r, 0).data(GROUP_ROLE).group for r in range(model.rowCount())})
            text = f"{shown:,} group{'' if shown == 1 else 's'} across sources"
        else:
            shown, total = self.claims_filter.rowCount(), self.claims_model.rowCount()
            text = f"{shown:,} of {total:,} figures" if shown != total else f"{total:,} figures"
            text += " — double-click opens the passage; S tags it statistical"
        self.status.setText(f"{busy} · {text}" if busy else text)
