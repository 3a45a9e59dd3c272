"""The People panel: everyone who speaks or is cited across the sources, with how often, as what.

One row per person or body, with the number of annotations they speak in and of evidence proposals still
naming them; under it one row per role ("quoted", "cited"…) with the same two counts. A filter box narrows
the list by name; a person's context menu renames them or merges them into another. Choosing a person (or
one of their roles) asks for the Annotations panel to show only their annotations; "Search" asks for a
search of ``speaker:"Name"`` across the sources.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import PersonKind, SpeakerRole
from annotator.services.people import PersonCounts
from annotator.ui.text import literal

LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the PersonCounts of a person's row (and of its role rows)
SPEAKER_ROLE = Qt.ItemDataRole.UserRole + 2  # a role row's role value; None on a person's row
COLUMNS = ("Name", "Annotations", "To decide")  # "To decide" as the Evidence panel counts its proposals
COLUMN_TIPS = (
    "Italic: a body (a party organ, a newspaper…). Grey: named only by evidence not yet accepted",
    "Annotations that have them as their speaker",
    "Quotations and citations naming them in the Evidence panel, not yet accepted or rejected",
)
# Names only proposed: darkGray (#808080) was 3.9:1 on white, under the 4.5:1 text needs to be read.
PROPOSED_ONLY = QColor("#666666")


def _number(value: int) -> QStandardItem:
    item = QStandardItem(str(value) if value else "–")
    item.setData(value, Qt.ItemDataRole.UserRole + 3)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setEditable(False)
    return item


def role_summary(counts: dict[SpeakerRole, int]) -> str:
    """"3 quoted, 1 cited", roles in their usual order."""
    return ", ".join(f"{counts[r]} {r.value}" for r in SpeakerRole if counts.get(r))


def tooltip(line: PersonCounts) -> str:
    kind = "a body (an organisation)" if line.kind is PersonKind.BODY else "a person"
    parts = [f"{line.name}: {kind}"]
    if line.annotations:
        parts.append(f"In annotations: {role_summary(line.annotations)}")
    if line.proposed:
        parts.append(f"In evidence proposals: {role_summary(line.proposed)}")
    if line.person is None:
        parts.append("Not in any annotation yet: accept a proposal naming them in the Evidence panel.")
    return "\n".join(parts)


class _Filter(QSortFilterProxyModel):
    """Person rows whose name contains the typed text (any case); a person's role rows go with them."""

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # type: ignore[override]
        if source_parent.isValid():
            return True
        return super().filterAcceptsRow(source_row, source_parent)


class PeoplePanel(QWidget):
    # A person's row or one of their role rows was chosen: (PersonCounts, role value or None); None: cleared.
    person_chosen = Signal(object, object)
    search_requested = Signal(str)  # a speaker: query
    refresh_requested = Signal()
    rename_requested = Signal(object)  # PersonCounts of a person in the project
    merge_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter people…")
        self.filter_edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(list(COLUMNS))
        for column, tip in enumerate(COLUMN_TIPS):
            self.model.setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole + 3)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #555;")
        self.search_button = QPushButton("Search")
        self.search_button.setToolTip("Search every source for the passages this person speaks in")
        self.show_all_button = QPushButton("Show all")
        self.show_all_button.setToolTip("Show every annotation in the Annotations panel again")
        self.refresh_button = QPushButton("Refresh")
        self.refresh_button.setToolTip("Count again (after evidence was detected in more sources)")
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.show_all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._menu)
        # Rename and Merge were on the right click only: F2 renames (as in a file manager), Shift+F10 or the
        # Menu key opens the same menu at the current row.
        rename = QAction("People panel: rename the chosen person…", self.tree)
        rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        rename.triggered.connect(self._rename_current)
        menu_keys = QAction("People panel: rename or merge the chosen person (menu)", self.tree)
        menu_keys.setShortcuts([QKeySequence("Shift+F10"), QKeySequence(Qt.Key.Key_Menu)])
        menu_keys.triggered.connect(self._menu_at_current)
        for action in (rename, menu_keys):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        self.tree.clicked.connect(self._choose)
        self.tree.activated.connect(self._choose)
        self.search_button.clicked.connect(self._search)
        self.show_all_button.clicked.connect(self.clear_choice)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self._chosen: tuple[PersonCounts, str | None] | None = None
        self._lines: list[PersonCounts] = []
        self._update_buttons()

    # --- contents --------------------------------------------------------------------------------------

    def set_counts(self, lines: Sequence[PersonCounts]) -> None:
        """List these people (kept filtered and with the chosen one still chosen when they are there)."""
        self._lines = list(lines)
        chosen = self._chosen
        self.model.removeRows(0, self.model.rowCount())
        for line in lines:
            name = QStandardItem(line.name)
            name.setEditable(False)
            name.setToolTip(literal(tooltip(line)))
            name.setData(line, LINE_ROLE)
            name.setData(None, SPEAKER_ROLE)
            if line.kind is PersonKind.BODY:
                font = QFont(name.font())
                font.setItalic(True)
                name.setFont(font)
            if line.person is None:
                name.setForeground(PROPOSED_ONLY)
            row = [name, _number(sum(line.annotations.values())), _number(sum(line.proposed.values()))]
            for role in SpeakerRole:
                if not (line.annotations.get(role) or line.proposed.get(role)):
                    continue
                label = QStandardItem(role.value)
                label.setEditable(False)
                label.setData(line, LINE_ROLE)
                label.setData(role.value, SPEAKER_ROLE)
                name.appendRow(
                    [label, _number(line.annotations.get(role, 0)), _number(line.proposed.get(role, 0))]
                )
            self.model.appendRow(row)
        if chosen is not None:
            again = self.find(chosen[0].name)
            if again is None:
                self.clear_choice()
            else:
                self._chosen = (again, chosen[1])
                self._select(again.name, chosen[1])
        self._update_status()

    def lines(self) -> list[PersonCounts]:
        return list(self._lines)

    def find(self, name: str) -> PersonCounts | None:
        return next((line for line in self._lines if line.name.casefold() == name.casefold()), None)

    def visible_names(self) -> list[str]:
        """The names the filter lets through, in order."""
        return [self.proxy.index(row, 0).data() for row in range(self.proxy.rowCount())]

    def row_texts(self, name: str) -> list[list[str]]:
        """A person's row and their role rows as shown: [[name, annotations, proposed], [role, …], …]."""
        for row in range(self.model.rowCount()):
            item = self.model.item(row, 0)
            if item.text() == name:
                rows = [[self.model.item(row, c).text() for c in range(3)]]
                rows += [[item.child(r, c).text() for c in range(3)] for r in range(item.rowCount())]
                return rows
        return []

    # --- choosing --------------------------------------------------------------------------------------

    @property
    def chosen(self) -> tuple[PersonCounts, str | None] | None:
        return self._chosen

    def choose(self, name: str, role: str | None = None) -> None:
        """Choose a person (and one of their roles) as a click on their row does."""
        line = self.find(name)
        if line is None:
            return
        self._select(line.name, role)
        self._chosen = (line, role)
        self._update_status()
        self.person_chosen.emit(line, role)

    def clear_choice(self) -> None:
        was = self._chosen is not None
        self._chosen = None
        self.tree.clearSelection()
        self._update_status()
        if was:
            self.person_chosen.emit(None, None)

    def _select(self, name: str, role: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data() != name:
                continue
            if role is not None:
                for child in range(self.proxy.rowCount(index)):
                    if self.proxy.index(child, 0, index).data(SPEAKER_ROLE) == role:
                        self.tree.expand(index)
                        index = self.proxy.index(child, 0, index)
                        break
            self.tree.setCurrentIndex(index)
            return

    def _choose(self, index: QModelIndex) -> None:
        line = index.siblingAtColumn(0).data(LINE_ROLE)
        if line is None:
            return
        role = index.siblingAtColumn(0).data(SPEAKER_ROLE)
        self._chosen = (line, role)
        self._update_status()
        self.person_chosen.emit(line, role)

    def _menu(self, point: QPoint) -> None:
        line = self.tree.indexAt(point).siblingAtColumn(0).data(LINE_ROLE)
        if line is None or line.person is None:
            return  # only proposed: nobody to rename or merge yet
        menu = QMenu(self)
        menu.addAction(f"Rename {line.name}…", lambda: self.rename_requested.emit(line))
        merge = menu.addAction(f"Merge {line.name} into…", lambda: self.merge_requested.emit(line))
        merge.setEnabled(sum(1 for other in self._lines if other.person is not None) > 1)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    def _current_line(self) -> PersonCounts | None:
        index = self.tree.currentIndex()
        return index.siblingAtColumn(0).data(LINE_ROLE) if index.isValid() else None

    def _rename_current(self) -> None:
        line = self._current_line()
        if line is not None and line.person is not None:
            self.rename_requested.emit(line)

    def _menu_at_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self._menu(self.tree.visualRect(index).center())

    def _search(self) -> None:
        if self._chosen is None or self._chosen[0].person is None:
            return
        name = self._chosen[0].name.replace('"', " ")
        self.search_requested.emit(f'speaker:"{" ".join(name.split())}"')

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def _update_status(self) -> None:
        if not self._lines:
            self.status.setText(
                "Nobody yet. Give an annotation a speaker in the Inspector, or accept quotations and "
                "citations in the Evidence panel."
            )
        elif self._chosen is None:
            people = len(self._lines)
            grey = (
                " Grey: only in evidence still to decide."
                if any(line.person is None for line in self._lines)
                else ""
            )
            self.status.setText(
                f"{people} {'person or body' if people == 1 else 'people and bodies'}. Choose one to see "
                f"only their annotations.{grey}"
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self._chosen
        self.search_button.setEnabled(chosen is not None and chosen[0].person is not None)
        who = chosen[0].name if chosen is not None else "this person"
        self.search_button.setToolTip(literal(f'Search every source: speaker:"{who}"'))
        self.show_all_button.setEnabled(chosen is not None)
