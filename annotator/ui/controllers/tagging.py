"""Tagging: keys 1–9 and the active facet, the tag palette and its dock, the Tag menu and its shortcuts,
the type-ahead picker, the sticky tag, the reader's context menu, and the inspector's annotation edits.

Every edit is an undoable command (ui/commands.py); what a tag press does (a new annotation, a tag added
to the annotation with exactly that range, or a tag toggled on the selected one) is the service's decision
(AnnotationService.apply_tag), made in the transaction that does it.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from annotator.domain.model import Annotation, Tag
from annotator.ui import commands
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.host import Host
from annotator.ui.text import literal
from annotator.ui.widgets.inspector import Inspector
from annotator.ui.widgets.reader import ReaderView
from annotator.ui.widgets.side_panels import TagPalette
from annotator.ui.widgets.tag_picker import TagPicker


class TaggingController:
    def __init__(self, host: Host) -> None:
        self.host = host
        self.active_facet = 0  # the facet whose tags keys 1–9 give
        self.sticky_tag_id: int | None = None
        self.tag_actions: list[QAction] = []
        self.palette = TagPalette()
        self.palette.tag_clicked.connect(self.apply_tag)
        self.palette_dock: QDockWidget | None = None
        owner = host.window_widget()
        self.tag_menu = QMenu("&Tag", owner)
        self.picker_action = make_action(
            owner, "Apply &tag…", self.tag_picker, "Ctrl+T", "Type-ahead tag picker"
        )
        self.sticky_action = make_action(
            owner,
            "&Sticky tag",
            self.toggle_sticky,
            "Ctrl+K",
            "Give every new selection the chosen tag",
            checkable=True,
        )
        self.delete_action = make_action(
            owner, "&Delete annotation", self._delete_selected, QKeySequence.StandardKey.Delete
        )

    def dock_palette(self) -> QDockWidget:
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        self.palette_dock = self.host.dock("Tags", "tags", self.palette, left)
        return self.palette_dock

    def wire_reader(self, reader: ReaderView, activate: object) -> None:
        """What a reader's keys, selections and context menu do to tags (``activate`` makes it active)."""
        reader.tag_key_pressed.connect(lambda n: (activate(), self.apply_nth_tag(n)))  # type: ignore[operator]
        reader.facet_cycle_requested.connect(self.cycle_facet)
        reader.passage_selected.connect(lambda: (activate(), self._on_passage_selected()))  # type: ignore[operator]
        reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        reader.customContextMenuRequested.connect(
            lambda point: (activate(), self._reader_menu(point))  # type: ignore[operator]
        )

    def wire_inspector(self, inspector: Inspector) -> None:
        inspector.note_edited.connect(lambda a, note: self._update_annotation(a, {"note": note}, "Edit note"))
        inspector.confidence_edited.connect(
            lambda a, value: self._update_annotation(a, {"confidence": value}, "Set confidence")
        )
        inspector.evidence_edited.connect(
            lambda a, text: self._update_annotation(a, {"evidence_ref": text}, "Edit evidence reference")
        )
        inspector.speaker_edited.connect(
            lambda a, spec: self._update_annotation(
                a, {"speaker": spec}, f"Set speaker {spec[0]}" if spec else "Clear speaker"
            )
        )
        inspector.tag_removed.connect(self._remove_tag)
        inspector.delete_requested.connect(self.delete_annotation)

    # The taxonomy

    def taxonomy_changed(self) -> None:
        """The taxonomy was loaded or edited: the palette, the active facet and the Tag menu follow."""
        host = self.host
        self.active_facet = min(self.active_facet, max(0, len(host.taxonomy.facets) - 1))
        self.palette.taxonomy_model.set_taxonomy(host.taxonomy, host.project.taxonomy.usage())
        self._show_active_facet()
        self._rebuild_tag_menu()

    def _rebuild_tag_menu(self) -> None:
        """The Tag menu lists every tag with its shortcut; the actions also make the shortcuts work."""
        owner, taxonomy = self.host.window_widget(), self.host.taxonomy
        self.tag_menu.clear()
        self.tag_menu.addActions([self.picker_action, self.sticky_action])
        self.tag_menu.addSeparator()
        for action in self.tag_actions:
            owner.removeAction(action)
        self.tag_actions = []
        for facet in taxonomy.facets:
            submenu = self.tag_menu.addMenu(facet.name)
            for depth, tag in taxonomy.walk(facet.id):
                action = QAction(("    " * depth) + tag.name, owner)
                action.setToolTip(literal(tag.description))
                if tag.shortcut:
                    action.setShortcut(QKeySequence(tag.shortcut))
                action.triggered.connect(lambda _=False, tag_id=tag.id: self.apply_tag(tag_id))
                submenu.addAction(action)
                owner.addAction(action)  # shortcuts work with the menu closed
                self.tag_actions.append(action)

    # Tagging

    def apply_tag(self, tag_id: int) -> None:
        host = self.host
        reader = host.active_reader
        source = host.source_of(reader)
        selection, selected = reader.selected_range(), reader.selected_annotation_id
        if source is None or (selection is None and selected is None):
            host.statusBar().showMessage(
                "Select a passage (or click a highlight) first, then choose a tag.", 5000
            )
            return
        tag = host.taxonomy.tag_by_id(tag_id)
        command = commands.ApplyTag(
            host.project, tag, source, selection, selected if selection is None else None
        )
        if host.run(command) and command.tagging is not None and command.tagging.created:
            reader.clear_selection()
            host.select_annotation(command.tagging.created[0].id, scroll=False)

    def apply_nth_tag(self, n: int) -> None:
        tags = self.active_facet_tags()
        if 1 <= n <= len(tags):
            self.apply_tag(tags[n - 1].id)

    def active_facet_tags(self) -> list[Tag]:
        taxonomy = self.host.taxonomy
        if not taxonomy.facets:
            return []
        facet = taxonomy.facets[self.active_facet]
        return [tag for _, tag in taxonomy.walk(facet.id)][:9]

    def cycle_facet(self) -> None:
        facets = self.host.taxonomy.facets
        if facets:
            self.active_facet = (self.active_facet + 1) % len(facets)
            self._show_active_facet()

    def _show_active_facet(self) -> None:
        facets = self.host.taxonomy.facets
        if not facets:
            return
        facet = facets[self.active_facet]
        self.palette.taxonomy_model.set_active_facet(facet.id)
        names = ", ".join(f"{i}: {t.name}" for i, t in enumerate(self.active_facet_tags(), start=1))
        self.host.statusBar().showMessage(f"Keys 1–9 tag as {facet.name} — {names}   (Tab: next facet)", 8000)

    def tag_picker(self) -> None:
        picker = TagPicker(self.host.taxonomy, self.host.window_widget())
        if picker.exec() and picker.chosen_tag_id is not None:
            self.apply_tag(picker.chosen_tag_id)

    def toggle_sticky(self, on: bool) -> None:
        host = self.host
        if on:
            picker = TagPicker(host.taxonomy, host.window_widget())
            picker.setWindowTitle("Sticky tag: every new selection gets…")
            if not picker.exec() or picker.chosen_tag_id is None:
                self.sticky_action.setChecked(False)
                return
            self.sticky_tag_id = picker.chosen_tag_id
            name = host.taxonomy.tag_by_id(self.sticky_tag_id).name
            host.statusBar().showMessage(
                f"Sticky tag on: every new selection is tagged “{name}” (Ctrl+K to stop)"
            )
        else:
            self.sticky_tag_id = None
            host.statusBar().showMessage("Sticky tag off", 3000)

    def _on_passage_selected(self) -> None:
        if self.sticky_tag_id is not None and self.host.active_reader.selected_range():
            self.apply_tag(self.sticky_tag_id)

    # Annotation edits

    def _annotation(self, annotation_id: int) -> Annotation | None:
        host = self.host
        for reader in (host.active_reader, host.reader, host.compare_view.left, host.compare_view.right):
            found = reader.annotation(annotation_id)
            if found is not None:
                return found
        return None

    def _update_annotation(self, annotation_id: int, after: dict, text: str) -> None:  # type: ignore[type-arg]
        annotation = self._annotation(annotation_id)
        if annotation is not None:
            self.host.run(commands.UpdateAnnotation(self.host.project, annotation, after, text))

    def _remove_tag(self, annotation_id: int, tag_id: int) -> None:
        annotation = self._annotation(annotation_id)
        if annotation is not None:
            remaining = [t.id for t in annotation.tags if t.id != tag_id]
            name = self.host.taxonomy.tag_by_id(tag_id).name
            self.host.run(commands.set_tags(self.host.project, annotation, remaining, f"Remove tag {name}"))

    def delete_annotation(self, annotation_id: int) -> None:
        annotation = self._annotation(annotation_id)
        if annotation is not None:
            self.host.run(commands.DeleteAnnotation(self.host.project, annotation))

    def _delete_selected(self) -> None:
        if self.host.active_reader.selected_annotation_id is not None:
            self.delete_annotation(self.host.active_reader.selected_annotation_id)

    def _reader_menu(self, point: QPoint) -> None:
        host = self.host
        reader = host.active_reader
        menu = QMenu(host.window_widget())
        selection = reader.selected_range()
        offset = reader._positions.to_code_point(reader.cursorForPosition(point).position())
        hits = reader.annotations_at(offset) if selection is None else []
        if selection is not None or reader.selected_annotation_id is not None:
            for facet in host.taxonomy.facets:
                submenu = menu.addMenu(f"Tag as {facet.name}")
                for _, tag in host.taxonomy.walk(facet.id):
                    submenu.addAction(tag.name, lambda tag_id=tag.id: self.apply_tag(tag_id))
        if selection is not None:
            source_id = host.source_of(reader)
            menu.addAction(
                "Annotate without a tag",
                lambda: host.run(commands.CreateAnnotation(host.project, source_id, *selection, [])),
            )
            menu.addSeparator()
            menu.addAction("Copy", reader.copy)
        if reader is host.reader and host.current_source_id is not None:
            menu.addAction("Split the source here…", lambda: host.split_source(offset))
        for annotation in hits[:3]:
            quote = " ".join(annotation.quote.exact.split())[:30]
            menu.addSeparator()
            menu.addAction(f"Select “{quote}…”", lambda a=annotation.id: host.select_annotation(a))
            menu.addAction("Delete this annotation", lambda a=annotation.id: self.delete_annotation(a))
        if not menu.isEmpty():
            menu.exec(reader.viewport().mapToGlobal(point))
