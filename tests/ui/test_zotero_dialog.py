"""File › Import from Zotero…: the library's items listed and searchable, the source each would fill shown
before anything changes, then filled (the historian's fields kept) or imported from attached files."""

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel

from annotator.services.project import Project
from annotator.ui.dialogs.zotero_import import ZoteroImportDialog
from tests.helpers.zotero_library import historians_library


def _select(dialog: ZoteroImportDialog, key: str) -> None:
    row = [item.key for item in dialog.items].index(key)
    dialog.table.selectionModel().select(
        dialog.table.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_items_are_listed_searched_matched_and_filled(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = historians_library(tmp_path / "Zotero")
    with Project.open(tmp_path / "p.annotator") as project:
        chapter = project.sources.import_bytes(
            "chapter.txt", b"The chapter.", {"title": "The Peasant Nightmare", "publisher": "Routledge UK"}
        ).source_id
        dialog = ZoteroImportDialog(project, data_dir=library)
        qtbot.addWidget(dialog)
        assert [item.key for item in dialog.items] == [
            "8ZQFJ2KT",
            "Q7V2M4CE",
            "R2D9AA1N",
            "T9H3ZK2W",
            "W4B8NE6S",
        ]
        row = [item.key for item in dialog.items].index("Q7V2M4CE")
        assert dialog.table.item(row, dialog.SOURCE).text() == f"{chapter}: The Peasant Nightmare (by title)"
        assert "5 items; 1 match a source" in dialog.status.text()
        assert not dialog.create_button.isEnabled()

        dialog.filter.setText("viola 2000")
        shown = [i.key for r, i in enumerate(dialog.items) if not dialog.table.isRowHidden(r)]
        assert shown == ["Q7V2M4CE"]
        dialog.filter.setText("")

        dialog.fill_matching()
        metadata = project.sources.get(chapter).metadata
        assert (
            metadata.container_title == "Stalinism: New Directions" and metadata.publisher == "Routledge UK"
        )
        assert dialog.status.text() == "Filled 1 source(s); kept 1 field(s) they had."
        assert "filled:" in dialog.table.item(row, dialog.SOURCE).text()


def test_selected_items_are_imported_from_their_files(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    library = historians_library(tmp_path / "Zotero")
    with Project.open(tmp_path / "p.annotator") as project:
        dialog = ZoteroImportDialog(project, data_dir=library)
        qtbot.addWidget(dialog)
        _select(dialog, "R2D9AA1N")
        assert dialog.selected_keys() == ["R2D9AA1N"] and dialog.create_button.isEnabled()
        dialog.import_selected()
        [source] = project.sources.list()
        assert source.title == "Spravka o khode khlebozagotovok"
        assert project.sources.get(source.id).metadata.archive == "RGASPI"
        assert dialog.status.text() == "Imported 1 source(s)."

        _select(dialog, "W4B8NE6S")  # a web page saved without a file
        dialog.import_selected()
        assert "no attached file" in dialog.status.text() and len(project.sources.list()) == 1


def test_a_folder_without_a_library_is_said_so(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Project.open(tmp_path / "p.annotator") as project:
        dialog = ZoteroImportDialog(project, data_dir=tmp_path)
        qtbot.addWidget(dialog)
        assert "no zotero.sqlite here" in dialog.status.text() and dialog.table.rowCount() == 0
        assert not dialog.match_button.isEnabled()


def test_item_types_are_named_in_words_and_zoteros_keys_stay_out_of_sight(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """'bookSection' and '8ZQFJ2KT' are Zotero's database, not what a historian sees in Zotero."""
    library = historians_library(tmp_path / "Zotero")
    with Project.open(tmp_path / "p.annotator") as project:
        dialog = ZoteroImportDialog(project, data_dir=library)
        qtbot.addWidget(dialog)
        types = {
            item.key: dialog.table.item(row, dialog.TYPE).text() for row, item in enumerate(dialog.items)
        }
        assert types["Q7V2M4CE"] == "Book chapter" and types["8ZQFJ2KT"] == "Journal article"
        assert not any(any(c.isupper() for c in t[1:]) for t in types.values())  # no camelCase left
        assert dialog.table.isColumnHidden(dialog.KEY)
        row = next(r for r, item in enumerate(dialog.items) if item.key == "Q7V2M4CE")
        assert "Q7V2M4CE" in dialog.table.item(row, dialog.TITLE).toolTip()
        qtbot.keyClicks(dialog.filter, "chapter")  # the words shown are searched
        assert [r for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r)] == [row]
