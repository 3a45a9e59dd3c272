"""The metadata dialog with the reference's fields: grouped (Publication, Archive, Identifiers), only those
the reference type uses shown, the rest under "More fields", a field with a value always shown; edits
validated and collected as changes."""

from pathlib import Path

from annotator.domain.model import Source
from annotator.services.project import Project
from annotator.ui import commands
from annotator.ui.dialogs.metadata import MetadataDialog


def _source(project: Project, **metadata: object) -> Source:
    number = len(project.sources.list())
    report = project.sources.import_bytes(
        f"s{number}.txt", f"Source {number}.".encode(), {"title": "A source", **metadata}
    )
    return project.sources.get(report.source_id)


def test_the_fields_follow_the_reference_type(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Project.open(tmp_path / "p.annotator") as project:
        dialog = MetadataDialog(_source(project, item_type="article-journal"))
        qtbot.addWidget(dialog)
        shown = dialog.visible_fields()
        assert {"container_title", "volume", "issue", "page", "doi", "url"} <= shown
        assert not {"archive_location", "call_number", "isbn", "publisher", "edition"} & shown
        assert dialog.container_label.text() == "Journal"
        assert dialog.archive_box.isHidden() and not dialog.publication_box.isHidden()

        dialog.type.setCurrentIndex(dialog.type.findData("manuscript"))
        shown = dialog.visible_fields()
        assert {"archive", "archive_location", "call_number"} <= shown and "volume" not in shown
        assert not dialog.archive_box.isHidden()

        dialog.more.setChecked(True)
        assert dialog.visible_fields() == set(dialog._rows)
        dialog.more.setChecked(False)
        dialog.type.setCurrentIndex(dialog.type.findData("webpage"))
        assert dialog.container_label.text() == "Website"
        assert dialog.visible_fields() >= {"container_title", "url", "date_accessed"}


def test_a_field_with_a_value_is_never_hidden_and_the_genre_decides_without_a_type(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    with Project.open(tmp_path / "p.annotator") as project:
        dialog = MetadataDialog(_source(project, genre="book chapter", isbn="0-19-505791-0", archive="GARF"))
        qtbot.addWidget(dialog)
        assert dialog.chosen_type() == "chapter" and dialog.container_label.text() == "Book title"
        assert {"isbn", "editors", "container_title", "archive"} <= dialog.visible_fields()
        assert "archive_location" not in dialog.visible_fields()


def test_edits_are_validated_and_collected(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with Project.open(tmp_path / "p.annotator") as project:
        source = _source(project, item_type="chapter")
        dialog = MetadataDialog(source)
        qtbot.addWidget(dialog)
        dialog.container.setText("Stalinism: New Directions")
        dialog.editors.setText("Fitzpatrick, Sheila; Schlögel, Karl")
        dialog.page.setText("286-308")
        dialog.isbn.setText("978-0-19-505791-2")
        dialog._accept()
        assert dialog.result() == 0 and "ISBN '978-0-19-505791-2'" in dialog.error.text()
        dialog.isbn.setText("978-0-19-505791-1")
        dialog._accept()
        assert dialog.changes == {
            "container_title": "Stalinism: New Directions",
            "editors": ("Fitzpatrick, Sheila", "Schlögel, Karl"),
            "page": "286–308",
            "isbn": "978-0-19-505791-1",
        }
        project.sources.update_metadata(source.id, dialog.changes)

        document = _source(project, item_type="manuscript")
        archival = MetadataDialog(document)
        qtbot.addWidget(archival)
        archival.more.setChecked(True)
        archival.collection.setText("f. 17, op. 3")
        archival.file.setText("d. 1003")
        archival.editors.setText("Khlevniuk, Oleg")
        archival._accept()
        # The parts make the whole shelfmark while it was theirs.
        assert archival.changes["archive_location"] == "f. 17, op. 3, d. 1003"
        # One undoable step, as the window applies it: undone, everything is as it was.
        command = commands.EditMetadata(project, document.id, document.metadata, archival.changes)
        command.do()
        assert project.sources.get(document.id).metadata.editors == ("Khlevniuk, Oleg",)
        command.undo_it()
        assert project.sources.get(document.id).metadata == document.metadata


def test_kind_genre_and_reference_type_each_say_what_they_are_for(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Side by side, "Kind: secondary", "Genre: book chapter" and "Reference type: Book chapter" read as one
    question asked three times."""
    with Project.open(tmp_path / "p.annotator") as project:
        dialog = MetadataDialog(_source(project, item_type="chapter", genre="book chapter", kind="secondary"))
        qtbot.addWidget(dialog)
        assert "primary" in dialog.kind.toolTip().lower() and "secondary" in dialog.kind.toolTip()
        assert "filter" in dialog.genre.toolTip()
        assert "citation styles" in dialog.type.toolTip()


def test_the_old_style_setting_is_set_in_the_dialog_and_recomputes_the_dates(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QPoint, Qt

    with Project.open(tmp_path / "p.annotator") as project:
        report = project.sources.import_bytes(
            "tsar.txt", b"On Sunday, January 9, 1905, the troops fired on the marchers.", {"title": "1905"}
        )
        source = project.sources.get(report.source_id)
        assert [r.statement.date_start for r in project.figures.dates(source.id)] == ["1905-01-09"]
        dialog = MetadataDialog(source)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert not dialog.old_style.isChecked() and "Julian" in dialog.old_style.text()
        dialog.scroll.ensureWidgetVisible(dialog.old_style)
        box = dialog.old_style
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on its square
        assert dialog.old_style.isChecked()
        dialog._accept()
        assert dialog.changes == {"old_style": True}
        # As the window applies it: one undoable step that makes the dates stale and recomputed.
        command = commands.EditMetadata(project, source.id, source.metadata, dialog.changes)
        command.do()
        assert project.figures.stale() == [source.id]
        assert [r.statement.date_start for r in project.figures.dates(source.id)] == ["1905-01-22"]
        reopened = MetadataDialog(project.sources.get(source.id))
        qtbot.addWidget(reopened)
        assert reopened.old_style.isChecked()
        command.undo_it()
        assert project.sources.get(source.id).metadata.old_style is False
        assert [r.statement.date_start for r in project.figures.dates(source.id)] == ["1905-01-09"]
