"""The Source menu: metadata, a new version by re-importing, splitting at the cursor, metadata from a
bibliography — each about the source open in the reader; and File › Import from Zotero…"""

from __future__ import annotations

from PySide6.QtGui import QUndoStack

from annotator.ui import commands
from annotator.ui.controllers.actions import make_action
from annotator.ui.controllers.host import Host
from annotator.ui.dialogs.metadata import MetadataDialog
from annotator.ui.dialogs.metadata_import import MetadataImportDialog
from annotator.ui.dialogs.source_tools import ReimportDialog, SplitDialog
from annotator.ui.dialogs.zotero_import import ZoteroImportDialog


class SourcesController:
    def __init__(self, host: Host, undo_stack: QUndoStack) -> None:
        self.host = host
        self.undo_stack = undo_stack
        owner = host.window_widget()
        self.metadata_action = make_action(owner, "Source &metadata…", self.edit_metadata, "Ctrl+Shift+M")
        self.reimport_action = make_action(
            owner,
            "Import as &new version…",
            self.reimport_source,
            tip="Import this source again with other options, or from a corrected file",
        )
        self.reclean_action = make_action(
            owner,
            "&Clean again with this site's pages…",
            self.reclean_source,
            tip="A new version of this web page, cleaned with the other pages of its site the project holds",
        )
        self.split_action = make_action(owner, "&Split at cursor…", lambda: self.split_source())
        self.bibliography_action = make_action(
            owner,
            "Metadata from &bibliography…",
            self.import_bibliography,
            tip="Fill metadata from a Zotero CSL-JSON or BibTeX file",
        )
        self.zotero_action = make_action(
            owner,
            "Import from &Zotero…",
            self.import_zotero,
            tip="Import items of your Zotero library, or fill sources' metadata from the items they match",
        )

    def source_shown(self, shown: bool) -> None:
        """What needs a source open is offered only while one is; cleaning again with the site's pages,
        while a web capture is."""
        for action in (self.metadata_action, self.reimport_action, self.split_action):
            action.setEnabled(shown)
        source_id = self.host.current_source_id
        self.reclean_action.setEnabled(
            shown and source_id is not None and self.host.project.sources.is_web_capture(source_id)
        )

    def edit_metadata(self) -> None:
        host = self.host
        if host.current_source_id is None:
            return
        source = host.project.sources.get(host.current_source_id)
        dialog = MetadataDialog(source, host.window_widget())
        if dialog.exec() and dialog.changes:
            host.run(commands.EditMetadata(host.project, source.id, source.metadata, dialog.changes))
            host.refresh_library()

    def reimport_source(self, *, reclean: bool = False) -> None:
        host = self.host
        if host.current_source_id is not None:
            ReimportDialog(
                host.project,
                host.current_source_id,
                host.window_widget(),
                on_open=host.open_source,
                undo_stack=self.undo_stack,
                reclean=reclean,
            ).exec()

    def reclean_source(self) -> None:
        """A new version of the web page open, cleaned again with its site's pages (previewed first)."""
        self.reimport_source(reclean=True)

    def split_source(self, offset: int | None = None) -> None:
        host = self.host
        if host.current_source_id is None:
            return
        if offset is None:
            offset = host.reader._positions.to_code_point(host.reader.textCursor().position())
        dialog = SplitDialog(host.project, host.current_source_id, offset, host.window_widget())
        if dialog.exec() and dialog.result_report is not None:
            host.open_source(dialog.result_report.first_id)

    def import_bibliography(self) -> None:
        MetadataImportDialog(self.host.project, self.host.current_source_id, self.host.window_widget()).exec()

    def import_zotero(self) -> None:
        ZoteroImportDialog(self.host.project, self.host.window_widget()).exec()
        self.host.refresh_library()
