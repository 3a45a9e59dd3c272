"""Tools › Inter-coder agreement…: pick coders, sources and a facet; a table of Krippendorff's alpha and
Cohen's kappa per facet and tag; the passages the coders disagree on, side by side (double-click opens one
in the reader). The figures are services.agreement's, on character units."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.errors import AnnotatorError
from annotator.services.agreement import AgreementReport
from annotator.services.project import Project

UNITS_NOTE = (
    "Units are characters: each character of each source is coded by each coder (a tag applied or not; "
    "for a facet, which of its tags). Alpha is Krippendorff's (nominal), kappa Cohen's (two coders)."
)
EVERY_COMMON = "Sources every chosen coder annotated"


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


class AgreementDialog(QDialog):
    passage_requested = Signal(int, int, int)  # source id, start, end

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Inter-coder agreement")
        self.project = project
        self.report: AgreementReport | None = None

        self.coder_list = QListWidget()
        self.coder_list.setMaximumHeight(120)
        counts = project.coders.annotation_counts()
        for coder in project.coders.list():
            made = counts.get(coder.id, 0)
            item = QListWidgetItem(
                f"{coder.shown}" + (f" ({coder.login})" if coder.name else "") + f" — {made} annotations"
            )
            item.setData(Qt.ItemDataRole.UserRole, coder.login)
            item.setData(Qt.ItemDataRole.DecorationRole, QColor(coder.color))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            # Those who coded something: a coder without annotations shares no source with anyone.
            item.setCheckState(Qt.CheckState.Checked if made else Qt.CheckState.Unchecked)
            self.coder_list.addItem(item)
        self.source_list = QListWidget()
        self.source_list.setMaximumHeight(120)
        for source in project.sources.list():
            item = QListWidgetItem(source.title)
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.source_list.addItem(item)
        self.source_list.setToolTip(f"None checked: {EVERY_COMMON.lower()}")
        self.facet_box = QComboBox()
        self.facet_box.addItem("Every facet", None)
        for facet in project.taxonomy.taxonomy().facets:
            self.facet_box.addItem(facet.name, facet.slug)
        self.compute_button = QPushButton("&Compute")
        self.compute_button.clicked.connect(self.compute)

        choices = QHBoxLayout()
        for title, widget in (
            ("C&oders", self.coder_list),
            ("&Sources (none checked: shared)", self.source_list),
        ):
            column = QVBoxLayout()
            label = QLabel(title)
            label.setBuddy(widget)
            column.addWidget(label)
            column.addWidget(widget)
            choices.addLayout(column, 1)
        facet_form = QFormLayout()
        facet_form.addRow("&Facet:", self.facet_box)
        facet_column = QVBoxLayout()
        facet_column.addLayout(facet_form)
        facet_column.addWidget(self.compute_button)
        facet_column.addStretch(1)
        choices.addLayout(facet_column)
        buttons_row = QHBoxLayout()
        self.summary = QLabel(UNITS_NOTE)
        self.summary.setWordWrap(True)
        buttons_row.addWidget(self.summary, 1)

        self.figures = QTableWidget(0, 4)
        self.figures.setHorizontalHeaderLabels(["Facet / tag", "Alpha", "Kappa", "Units"])
        self.figures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.figures.verticalHeader().hide()
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.disagreements = QTableWidget(0, 2)
        self.disagreements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disagreements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disagreements.setWordWrap(True)
        self.disagreements.verticalHeader().hide()
        self.disagreements.setToolTip("Double-click a passage to open it in the reader")
        self.disagreements.cellDoubleClicked.connect(self._open_row)
        self.disagreements_label = QLabel("Disagreements")

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.disagreements_label)
        lower_layout.addWidget(self.disagreements)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.figures)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(buttons_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

    def checked(self, widget: QListWidget) -> list[object]:
        return [
            widget.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked
        ]

    def compute(self) -> AgreementReport | None:
        coders = [str(c) for c in self.checked(self.coder_list)]
        sources = [int(s) for s in self.checked(self.source_list)]  # type: ignore[call-overload]
        facet = self.facet_box.currentData()
        try:
            report = self.project.agreement.compute(
                coders, sources=sources or None, facets=[facet] if facet else None
            )
        except AnnotatorError as e:
            self.summary.setText(str(e))
            return None
        self.show_report(report)
        return report

    def show_report(self, report: AgreementReport) -> None:
        self.report = report
        names = [c.shown for c in report.coders]
        self.summary.setText(f"{' / '.join(names)} on {len(report.source_ids)} source(s). {UNITS_NOTE}")
        self.figures.setRowCount(len(report.figures))
        for row, figure in enumerate(report.figures):
            label = QTableWidgetItem(figure.label if figure.tag is None else f"    {figure.label}")
            if figure.tag is None:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            cells = [label] + [
                QTableWidgetItem(text)
                for text in (_figure(figure.alpha), _figure(figure.kappa), f"{figure.units:,}")
            ]
            for column, item in enumerate(cells):
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.figures.setItem(row, column, item)
        self.figures.resizeColumnsToContents()
        self.figures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.disagreements.clear()
        self.disagreements.setColumnCount(2 + len(names))
        self.disagreements.setHorizontalHeaderLabels(["Source", "Passage", *names])
        self.disagreements.setRowCount(len(report.disagreements))
        for row, d in enumerate(report.disagreements):
            passage = QTableWidgetItem(" ".join(d.text.split()))
            passage.setData(Qt.ItemDataRole.UserRole, (d.source_id, d.start, d.end))
            passage.setToolTip(d.text)
            self.disagreements.setItem(row, 0, QTableWidgetItem(d.source_title))
            self.disagreements.setItem(row, 1, passage)
            for column, tags in enumerate(d.tags, start=2):
                self.disagreements.setItem(row, column, QTableWidgetItem(", ".join(tags) or "—"))
        header = self.disagreements.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, *range(2, 2 + len(names))):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.disagreements.resizeRowsToContents()
        cut = " (the first ones)" if report.disagreements_cut else ""
        self.disagreements_label.setText(
            f"Disagreements: {len(report.disagreements)} passage(s){cut} — double-click to open"
        )

    def _open_row(self, row: int, _column: int = 0) -> None:
        item = self.disagreements.item(row, 1)
        if item is None:
            return
        source_id, start, end = item.data(Qt.ItemDataRole.UserRole)
        self.passage_requested.emit(source_id, start, end)
