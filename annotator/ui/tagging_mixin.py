"""Tagging in the main window: keys, palette, picker, sticky tag, context menu, and annotation edits.

A mixin of MainWindow (it uses the window's readers, taxonomy, panels and undo stack), kept apart so that
each file stays readable. Every edit is an undoable command (ui/commands.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from annotator.domain.model import Annotation, Tag
from annotator.ui import commands
from annotator.ui.tagging import TagTarget, command_for_tag
from annotator.ui.widgets.tag_picker import TagPicker

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class TaggingMixin(_Base):
    def _target(self) -> TagTarget | None:
        reader = self.active_reader
        source = self.source_of(reader)
        if source is None:
            return None
        selected = reader.annotation(reader.selected_annotation_id)
        return TagTarget(source, reader.selected_range(), selected, reader)

    def apply_tag(self, tag_id: int) -> None:
        target = self._target()
        tag = self.taxonomy.tag_by_id(tag_id)
        if target is None or (target.selection is None and target.selected is None):
            self.statusBar().showMessage(
                "Select a passage (or click a highlight) first, then choose a tag.", 5000
            )
            return
        command = command_for_tag(self.project, target, tag_id, tag.name)
        if command is None:
            return
        if self.run(command) and isinstance(command, commands.CreateAnnotation) and command.annotation:
            self.active_reader.clear_selection()
            self.select_annotation(command.annotation.id, scroll=False)

    def apply_nth_tag(self, n: int) -> None:
        tags = self._active_facet_tags()
        if 1 <= n <= len(tags):
            self.apply_tag(tags[n - 1].id)

    def _active_facet_tags(self) -> list[Tag]:
        if not self.taxonomy.facets:
            return []
        facet = self.taxonomy.facets[self.active_facet]
        return [tag for _, tag in self.taxonomy.walk(facet.id)][:9]

    def cycle_facet(self) -> None:
        if self.taxonomy.facets:
            self.active_facet = (self.active_facet + 1) % len(self.taxonomy.facets)
            self._show_active_facet()

    def _show_active_facet(self) -> None:
        if not self.taxonomy.facets:
            return
        facet = self.taxonomy.facets[self.active_facet]
        self.palette.taxonomy_model.set_active_facet(facet.id)
        names = ", ".join(f"{i}: {t.name}" for i, t in enumerate(self._active_facet_tags(), start=1))
        self.statusBar().showMessage(f"Keys 1–9 tag as {facet.name} — {names}   (Tab: next facet)", 8000)

    def tag_picker(self) -> None:
        picker = TagPicker(self.taxonomy, self)
        if picker.exec() and picker.chosen_tag_id is not None:
            self.apply_tag(picker.chosen_tag_id)

    def toggle_sticky(self, on: bool) -> None:
        if on:
            picker = TagPicker(self.taxonomy, self)
            picker.setWindowTitle("Sticky tag: every new selection gets…")
            if not picker.exec() or picker.chosen_tag_id is None:
                self.sticky_action.setChecked(False)
                return
            self.sticky_tag_id = picker.chosen_tag_id
            name = self.taxonomy.tag_by_id(self.sticky_tag_id).name
            self.statusBar().showMessage(
                f"Sticky tag on: every new selection is tagged “{name}” (Ctrl+K to stop)"
            )
        else:
            self.sticky_tag_id = None
            self.statusBar().showMessage("Sticky tag off", 3000)

    def _on_passage_selected(self) -> None:
        if self.sticky_tag_id is not None and self.active_reader.selected_range():
            self.apply_tag(self.sticky_tag_id)

    def select_annotation(self, annotation_id: int | None, scroll: bool = False) -> None:
        reader = self.active_reader
        reader.select_annotation(annotation_id, scroll=scroll)
        self.annotation_panel.select(annotation_id)
        self.inspector.show_annotation(reader.annotation(annotation_id))

    def _annotation(self, annotation_id: int) -> Annotation | None:
        for reader in (self.active_reader, self.reader, self.compare_view.left, self.compare_view.right):
            found = reader.annotation(annotation_id)
            if found is not None:
                return found
        return None

    def _update_annotation(self, annotation_id: int, after: dict, text: str) -> None:  # type: ignore[type-arg]
        annotation = self._annotation(annotation_id)
        if annotation is not None:
            self.run(commands.UpdateAnnotation(self.project, annotation, after, text))

    def _remove_tag(self, annotation_id: int, tag_id: int) -> None:
        annotation = self._annotation(annotation_id)
        if annotation is not None:
            remaining = [t.id for t in annotation.tags if t.id != tag_id]
            name = self.taxonomy.tag_by_id(tag_id).name
            self.run(commands.set_tags(self.project, annotation, remaining, f"Remove tag {name}"))

    def delete_annotation(self, annotation_id: int) -> None:
        annotation = self._annotation(annotation_id)
        if annotation is not None:
            self.run(commands.DeleteAnnotation(self.project, annotation))

    def _delete_selected(self) -> None:
        if self.active_reader.selected_annotation_id is not None:
            self.delete_annotation(self.active_reader.selected_annotation_id)

    def _reader_menu(self, point) -> None:  # type: ignore[no-untyped-def]
        reader = self.active_reader
        menu = QMenu(self)
        selection = reader.selected_range()
        offset = reader._positions.to_code_point(reader.cursorForPosition(point).position())
        hits = reader.annotations_at(offset) if selection is None else []
        if selection is not None or reader.selected_annotation_id is not None:
            for facet in self.taxonomy.facets:
                submenu = menu.addMenu(f"Tag as {facet.name}")
                for _, tag in self.taxonomy.walk(facet.id):
                    submenu.addAction(tag.name, lambda tag_id=tag.id: self.apply_tag(tag_id))
        if selection is not None:
            source_id = self.source_of(reader)
            menu.addAction(
                "Annotate without a tag",
                lambda: self.run(commands.CreateAnnotation(self.project, source_id, *selection, [])),
            )
            menu.addSeparator()
            menu.addAction("Copy", reader.copy)
        if reader is self.reader and self.current_source_id is not None:
            menu.addAction("Split the source here…", lambda: self.split_source(offset))
        for annotation in hits[:3]:
            quote = " ".join(annotation.quote.exact.split())[:30]
            menu.addSeparator()
            menu.addAction(f"Select “{quote}…”", lambda a=annotation.id: self.select_annotation(a))
            menu.addAction("Delete this annotation", lambda a=annotation.id: self.delete_annotation(a))
        if not menu.isEmpty():
            menu.exec(reader.viewport().mapToGlobal(point))
