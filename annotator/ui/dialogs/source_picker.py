"""Sources chosen by hand (the Overview's “Sources…”): a checkable list of the project's sources and a box
that narrows it by title, date or author, for a project of hundreds of sources."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import SourceSummary

ID_ROLE = Qt.ItemDataRole.UserRole


class SourcePicker(QDialog):
    """Check the sources the charts show; none checked means every source."""

    def __init__(
        self, sources: Sequence[SourceSummary], chosen: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sources shown")
        self.find = QLineEdit()
        self.find.setPlaceholderText("find a source by title, date or author…")
        self.find.setClearButtonEnabled(True)
        self.list = QListWidget()
        wanted = set(chosen)
        for source in sources:
            text = f"{source.title} ({source.date_text})" if source.date_text else source.title
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, source.id)
            item.setData(Qt.ItemDataRole.ToolTipRole, "; ".join(source.authors) or source.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if source.id in wanted else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self._authors = {s.id: " ".join(s.authors) for s in sources}
        self.count = QLabel()
        every = QPushButton("Check the shown")
        none = QPushButton("Uncheck all")
        every.clicked.connect(lambda: self._check_shown(True))
        none.clicked.connect(lambda: self._check_all(False))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(none)
        row.addStretch()
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.find.textChanged.connect(self._show_matching)
        self.list.itemChanged.connect(lambda _: self._say_count())
        self._say_count()
        self.resize(520, 560)

    def chosen(self) -> tuple[int, ...]:
        """The ids checked, in id order (empty: every source)."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(sorted(i.data(ID_ROLE) for i in items if i.checkState() == Qt.CheckState.Checked))

    def _show_matching(self, text: str) -> None:
        words = text.casefold().split()
        for i in range(self.list.count()):
            item = self.list.item(i)
            haystack = f"{item.text()} {self._authors.get(item.data(ID_ROLE), '')}".casefold()
            item.setHidden(not all(w in haystack for w in words))

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            if not self.list.item(i).isHidden():
                self.list.item(i).setCheckState(state)

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for i in range(self.list.count()):
            self.list.item(i).setCheckState(state)

    def _say_count(self) -> None:
        n = len(self.chosen())
        self.count.setText(f"{n} checked" if n else "none checked: every source")
