"""The taxonomy editor: add, rename, recolour, describe, re-key, reorder, move and delete tags.

Every change is an undoable command pushed on the main window's stack; deleting a tag that annotations
carry asks whether to remove it from them or to merge it into another tag.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from annotator.domain.model import Tag
from annotator.services.project import Project
from annotator.ui import commands
from annotator.ui.errors import show_error
from annotator.ui.models.taxonomy import FACET_ID_ROLE, TAG_ID_ROLE, TaxonomyModel
from annotator.ui.text import literal
from annotator.ui.widgets.tag_picker import TagPicker


class TaxonomyEditor(QDialog):
    def __init__(self, project: Project, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit the taxonomy")
        self.project = project
        self.undo_stack = undo_stack
        self.model = TaxonomyModel()
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().resizeSection(0, 320)
        self.tree.selectionModel()  # created lazily; make sure it exists for the buttons
        buttons = [
            ("Add tag…", self.add_tag),
            ("Add child tag…", self.add_child_tag),
            ("Rename…", self.rename),
            ("Colour…", self.recolour),
            ("Description…", self.describe),
            ("Shortcut…", self.set_shortcut),
            ("Move up", lambda: self.move_by(-1)),
            ("Move down", lambda: self.move_by(1)),
            ("Move to…", self.move_to),
            ("Delete…", self.delete),
            ("Add facet…", self.add_facet),
        ]
        column = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for label, slot in buttons:
            button = QPushButton(label)
            button.clicked.connect(slot)
            column.addWidget(button)
            self.buttons[label] = button
        column.addStretch(1)
        hint = QLabel("Every change is saved at once and can be undone with Ctrl+Z.")
        hint.setStyleSheet("color: #666")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.tree, 1)
        row.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.resize(720, 560)
        self.refresh()
        # Undo and redo (Ctrl+Z here or in the main window) change the taxonomy under the tree.
        undo_stack.indexChanged.connect(self._refresh_keeping_selection)

    def _refresh_keeping_selection(self) -> None:
        # The window's undo stack outlives this dialog: once Qt has deleted the dialog's widgets, there is
        # nothing left to refresh (this used to end the app with "TaxonomyModel already deleted").
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.model)):
            return
        tag = self.current_tag()
        self.refresh(tag.id if tag else None)

    def refresh(self, keep_tag: int | None = None) -> None:
        self.model.set_taxonomy(self.project.taxonomy.taxonomy(), self.project.taxonomy.usage())
        self.tree.expandAll()
        if keep_tag is not None:
            self.select_tag(keep_tag)

    def select_tag(self, tag_id: int) -> None:
        index = self.model.index_of_tag(tag_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _current(self) -> QModelIndex:
        return self.tree.currentIndex()

    def current_tag(self) -> Tag | None:
        tag_id = self._current().data(TAG_ID_ROLE)
        return self.model.taxonomy.tag_by_id(tag_id) if tag_id is not None else None

    def _push(self, command: commands.ServiceCommand, keep_tag: int | None = None) -> bool:
        error = commands.push(self.undo_stack, command)
        if error is not None:
            show_error(self, "Not changed", str(error))
            return False
        self.refresh(keep_tag)
        return True

    def add_tag(self, parent_tag: Tag | None = None) -> None:
        facet_id = self._current().data(FACET_ID_ROLE)
        if facet_id is None:
            QMessageBox.information(self, "Add tag", "Select a facet or a tag first.")
            return
        name, ok = QInputDialog.getText(self, "Add tag", "Name of the new tag:")
        if ok and name.strip():
            command = commands.AddTag(
                self.project, facet_id, name, parent=parent_tag.id if parent_tag else None
            )
            if self._push(command) and command.tag is not None:
                self.select_tag(command.tag.id)

    def add_child_tag(self) -> None:
        tag = self.current_tag()
        if tag is None:
            QMessageBox.information(self, "Add child tag", "Select the tag to add a child to.")
            return
        self.add_tag(parent_tag=tag)

    def rename(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        name, ok = QInputDialog.getText(self, "Rename tag", "New name:", text=tag.name)
        if ok and name.strip() and name.strip() != tag.name:
            self._push(commands.UpdateTag(self.project, tag, {"name": name.strip()}), tag.id)

    def recolour(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        color = QColorDialog.getColor(QColor(tag.color), self, f"Colour of “{tag.name}”")
        if color.isValid() and color.name().upper() != tag.color:
            self._push(commands.UpdateTag(self.project, tag, {"color": color.name().upper()}), tag.id)

    def describe(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        text, ok = QInputDialog.getText(self, "Description", "One-line definition:", text=tag.description)
        if ok and text.strip() != tag.description:
            self._push(commands.UpdateTag(self.project, tag, {"description": text.strip()}), tag.id)

    def set_shortcut(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        text, ok = QInputDialog.getText(
            self, "Shortcut", "Keys (for example  B, 3  or  Ctrl+Alt+L), empty for none:", text=tag.shortcut
        )
        if ok and text.strip() != tag.shortcut:
            self._push(commands.UpdateTag(self.project, tag, {"shortcut": text.strip()}), tag.id)

    def move_by(self, step: int) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        siblings = self.model.taxonomy.children(tag.facet_id, tag.parent_id)
        index = [t.id for t in siblings].index(tag.id) + step
        if 0 <= index < len(siblings):
            self._push(commands.MoveTag(self.project, tag, parent_id=tag.parent_id, index=index), tag.id)

    def move_to(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        taxonomy = self.model.taxonomy
        places: list[tuple[str, int, int | None]] = []
        for facet in taxonomy.facets:
            places.append((f"{facet.name} (top level)", facet.id, None))
            for depth, other in taxonomy.walk(facet.id):
                if other.id != tag.id and tag not in taxonomy.ancestors(other):
                    places.append((f"{facet.name} › {'  ' * depth}{other.name}", facet.id, other.id))
        labels = [p[0] for p in places]
        label, ok = QInputDialog.getItem(
            self, "Move tag", literal(f"Move “{tag.name}” under:"), labels, 0, False
        )
        if ok:
            _, facet_id, parent_id = places[labels.index(label)]
            count = len(taxonomy.children(facet_id, parent_id))
            command = commands.MoveTag(self.project, tag, parent_id=parent_id, index=count, facet_id=facet_id)
            self._push(command, tag.id)

    def delete(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        uses = self.project.taxonomy.usage().get(tag.id, 0)
        if not uses:
            answer = QMessageBox.question(self, "Delete tag", literal(f"Delete the tag “{tag.name}”?"))
            if answer == QMessageBox.StandardButton.Yes:
                self._push(commands.DeleteTag(self.project, tag))
            return
        box = QMessageBox(self)
        box.setWindowTitle("Delete a tag in use")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a tag name that looks like HTML is still a name
        box.setText(f"{uses} annotation(s) carry the tag “{tag.name}”. What should happen to them?")
        remove = box.addButton("Remove the tag from them", QMessageBox.ButtonRole.DestructiveRole)
        merge = box.addButton("Merge into another tag…", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is remove:
            self._push(commands.DeleteTag(self.project, tag, in_use="remove"))
        elif box.clickedButton() is merge:
            picker = TagPicker(self.model.taxonomy, self)
            picker.setWindowTitle(f"Merge “{tag.name}” into…")
            if picker.exec() and picker.chosen_tag_id not in (None, tag.id):
                self._push(
                    commands.DeleteTag(self.project, tag, in_use="merge", merge_into=picker.chosen_tag_id),
                    picker.chosen_tag_id,
                )

    def add_facet(self) -> None:
        name, ok = QInputDialog.getText(self, "Add facet", "Name of the new facet (a dimension of analysis):")
        if ok and name.strip():
            color = QColorDialog.getColor(QColor("#607D8B"), self, "Colour of the facet")
            self._push(
                commands.AddFacet(
                    self.project, name.strip(), color.name().upper() if color.isValid() else "#607D8B"
                )
            )
