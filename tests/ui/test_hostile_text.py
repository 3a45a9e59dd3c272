"""Titles, quotes, tag names, notes and file names that look like HTML, wherever Qt guesses a text's format.

Tooltips, message boxes and labels left at ``Qt.AutoText`` render a string as HTML when its first line holds
a tag (``Qt.mightBeRichText``): ``Title <img src="/a/fifo">`` would be drawn as markup and Qt would read the
file it names (a FIFO hangs the app). Each string the models and widgets hand to Qt must show exactly the
characters of the project's text, and showing it once through the same path (a real tooltip, a painted
label or box) must read nothing: the FIFO's watcher process (tests/security/test_previews.py) counts readers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument, QUndoStack
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QPushButton, QToolTip

from annotator.domain.model import Annotation, Link, Relation
from annotator.services.project import Project
from annotator.ui.dialogs.export import ExportDialog
from annotator.ui.dialogs.export_filter import FilterPanel
from annotator.ui.dialogs.import_options import ImportDialog
from annotator.ui.dialogs.link import LinkDialog
from annotator.ui.dialogs.metadata import MetadataDialog
from annotator.ui.dialogs.metadata_import import MetadataImportDialog
from annotator.ui.dialogs.source_tools import ReimportDialog, SplitDialog
from annotator.ui.dialogs.taxonomy_editor import TaxonomyEditor
from annotator.ui.errors import show_error
from annotator.ui.import_runner import ImportProgress
from annotator.ui.main_window import MainWindow
from annotator.ui.models.links import LinkListModel
from annotator.ui.opening import ask
from annotator.ui.settings import AppSettings
from annotator.ui.text import literal, plain_label
from annotator.ui.widgets.tag_picker import TagPicker
from tests.security.test_previews import Watch, watch  # noqa: F401 - a fixture
from tests.security.test_security import network  # noqa: F401 - a fixture `watch` needs

pytestmark = pytest.mark.gui


def shown(text: str) -> str:
    """The characters Qt draws for a string whose format it guesses (a tooltip, an AutoText label)."""
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def drawn(label: QLabel) -> str:
    """The characters a label draws, by the format it is set to."""
    if label.textFormat() == Qt.TextFormat.AutoText:
        return shown(label.text())
    if label.textFormat() == Qt.TextFormat.RichText:
        document = QTextDocument()
        document.setHtml(label.text())
        return document.toPlainText()
    return label.text()


def show_once(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Through Qt's own paths: a real tooltip (laid out at once, images and all), and an AutoText label."""
    QToolTip.showText(QPoint(40, 40), text)
    QToolTip.hideText()
    label = QLabel(text)
    qtbot.addWidget(label)
    label.grab()


class Hostile:
    def __init__(self, project: Project, live: str, fifo: Path) -> None:
        self.project, self.live, self.fifo = project, live, fifo
        self.file_name = f'minutes <img src="{fifo.name}"> R&D.txt'  # a file name has no slash: relative
        text = f"{live} began the minutes.\nThe quota was read out in the schoolhouse.\n"
        self.source_id = project.sources.import_bytes(
            self.file_name, text.encode(), {"title": f"Title {live}", "authors": [f"Author {live}"]}
        ).source_id
        other = project.sources.import_bytes("other.txt", f"{live} the other side.\n".encode()).source_id
        project.taxonomy.add_facet(f"Facet {live}", slug="hostile", description=f"About {live}")
        self.tag = project.taxonomy.add_tag(
            "hostile", f"Tag {live}", slug="tag", description=f"Describes {live}", shortcut="Ctrl+Alt+H"
        )
        self.annotation: Annotation = project.annotations.create(
            self.source_id, 0, len(live), ["hostile/tag"], note=f"Note {live}\nand a second line {live}"
        )
        self.other = project.annotations.create(other, 0, len(live), ["hostile/tag"])
        self.link: Link = project.links.create(self.annotation.id, self.other.id, "cites", note=f"Why {live}")
        self.title = f"Title {live}"


@pytest.fixture
def hostile(project: Project, watch: Watch, monkeypatch: pytest.MonkeyPatch) -> Hostile:  # noqa: F811
    # A relative ``src`` (all a file name can hold) is looked for in the working folder: the FIFO's.
    monkeypatch.chdir(watch.trap.path.parent)
    live = f'<b>bold</b> <img src="{watch.trap.path}"> R&D &amp; <i>x'
    return Hostile(project, live, watch.trap.path)


@pytest.fixture
def window(qtbot, hostile: Hostile, settings: AppSettings) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    main = MainWindow(hostile.project, settings)
    qtbot.addWidget(main)
    main.resize(1200, 800)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes are painted and their texts recorded, as Qt shows them, instead of blocking."""
    seen: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        for name in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label = box.findChild(QLabel, name)
            if label is not None and label.text():
                plain = label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(
                    label.text()
                )
                seen.append((name, label.text() if plain else shown(label.text())))
        box.grab()
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def test_the_trap_catches_qt_reading_what_markup_names(qtbot, watch: Watch) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The check is real: the same markup, unescaped, makes Qt open the FIFO."""
    show_once(qtbot, f'Title <img src="{watch.trap.path}">')
    qtbot.waitUntil(lambda: watch.trap.readers > 0, timeout=5000)


def test_literal_shows_exactly_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "plain & simple",
        "Title <b>x</b>",
        "a &amp; b <i>",
        "<p>one\n\n  two  spaces\tand a tab</p>",
    ):
        assert shown(literal(text)) == text
    assert literal("no markup here\n<b>only on line two</b>") == "no markup here\n<b>only on line two</b>"
    assert plain_label("<b>x</b>").textFormat() == Qt.TextFormat.PlainText


def test_model_tooltips_show_the_text_and_read_nothing(
    qtbot,
    window: MainWindow,
    hostile: Hostile,
    watch: Watch,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    live, tips = hostile.live, []
    library = window.library.model
    row = library.row_of(hostile.source_id)
    assert row is not None
    tips.append((library.index(row, 0).data(Qt.ItemDataRole.ToolTipRole), f"Title {live}\n"))

    window.open_source(hostile.source_id)
    annotations = window.annotation_panel.model()
    assert annotations.rowCount() == 1
    tip = annotations.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    tips.append((tip, f"Tag {live}\n\nNote {live}\nand a second line {live}"))

    links = LinkListModel()
    links.set_links([hostile.link])
    tips.append(
        (
            links.index(0, 0).data(Qt.ItemDataRole.ToolTipRole),
            f"{live}\n\n{Relation.CITES.label}\n\n{live}\n\nWhy {live}",
        )
    )

    taxonomy = window.palette.taxonomy_model
    tag_index = taxonomy.index_of_tag(hostile.tag.id)
    tips.append((tag_index.data(Qt.ItemDataRole.ToolTipRole), f"Tag {live} (hostile/tag)\nDescribes {live}"))
    tips.append((tag_index.parent().data(Qt.ItemDataRole.ToolTipRole), f"Facet {live}: About {live}\n"))

    for tip, expected in tips:
        assert isinstance(tip, str) and expected in shown(tip), (tip, expected)
        show_once(qtbot, tip)
    watch.check("model tooltips")


def test_widget_tooltips_show_the_text_and_read_nothing(
    qtbot,
    window: MainWindow,
    hostile: Hostile,
    watch: Watch,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    live, tips = hostile.live, []
    actions = [a for a in window._tag_actions if a.text().strip() == f"Tag {live}"]
    assert len(actions) == 1
    tips.append((actions[0].toolTip(), f"Describes {live}"))

    picker = TagPicker(hostile.project.taxonomy.taxonomy())
    qtbot.addWidget(picker)
    rows = [picker.proxy.index(r, 0) for r in range(picker.proxy.rowCount())]
    tips += [
        (i.data(Qt.ItemDataRole.ToolTipRole), f"Describes {live}") for i in rows if "Tag <b>" in i.data()
    ]

    panel = FilterPanel(hostile.project)
    qtbot.addWidget(panel)
    items = [panel.sources.item(r) for r in range(panel.sources.count())]
    tips += [(i.toolTip(), f"Title {live}\nAuthor {live}") for i in items if i.text().startswith("Title")]
    tag_items = [i for i in panel._tag_items() if i.text(0) == f"Tag {live}"]
    tips += [(i.toolTip(0), f"hostile/tag\nDescribes {live}") for i in tag_items]

    window.open_source(hostile.source_id)
    window.select_annotation(hostile.annotation.id)
    chips = [w for w in window.inspector.findChildren(QPushButton) if w.text().startswith("Tag <b>")]
    tips += [(c.toolTip(), "Remove the tag hostile/tag") for c in chips]  # a tag's path is made of slugs

    dialog = ImportDialog(hostile.project, [hostile.fifo.with_name(hostile.file_name)])
    qtbot.addWidget(dialog)
    tips.append((dialog.table.item(0, 0).toolTip(), hostile.file_name))

    assert len(tips) == 6, [e[:20] for _, e in tips]
    for tip, expected in tips:
        assert expected in shown(tip), (tip, expected)
        show_once(qtbot, tip)
    watch.check("widget tooltips")


def test_labels_show_the_text_and_read_nothing(
    qtbot,
    window: MainWindow,
    hostile: Hostile,
    watch: Watch,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    project, live = hostile.project, hostile.live
    short = f'<b>x</b> <img src="{hostile.fifo.name}"> R&D &amp;'  # quotes are cut at 90 characters
    link = LinkDialog(f"left {short}", f"right {short}")
    qtbot.addWidget(link)
    assert link.quotes.textFormat() == Qt.TextFormat.RichText
    assert drawn(link.quotes) == f"“left {short}”\nand\n“right {short}”"

    source = project.sources.get(hostile.source_id)
    metadata = MetadataDialog(source)
    qtbot.addWidget(metadata)
    facts = [w for w in metadata.findChildren(QLabel) if w.text().startswith("Imported from")]
    assert len(facts) == 1 and facts[0].textFormat() == Qt.TextFormat.RichText
    assert drawn(facts[0]).startswith(f"Imported from {hostile.file_name} · ")

    split = SplitDialog(project, hostile.source_id, project.sources.text(hostile.source_id).index("The"))
    qtbot.addWidget(split)
    assert drawn(split.first).startswith(f"“Title {live}” — ")
    reimport = ReimportDialog(project, hostile.source_id)
    qtbot.addWidget(reimport)
    intro = [w for w in reimport.findChildren(QLabel) if w.text().startswith("Source ")]
    assert len(intro) == 1 and f"“Title {live}”, is version 1" in drawn(intro[0])

    # Labels that show messages (which quote file names, titles and queries) never take them for markup.
    export = ExportDialog(project, None, settings=window.settings)
    qtbot.addWidget(export)
    bibliography = MetadataImportDialog(project, hostile.source_id)
    qtbot.addWidget(bibliography)
    message_labels = [
        export.count_label,
        export.status,
        metadata.error,
        metadata.date_hint,
        bibliography.status,
        reimport.error,
        reimport.found,
        split.error,
        reimport.preview.summary,
        reimport.preview.message,
    ]
    for label in message_labels:
        label.setText(f"{hostile.file_name}: refused {live}")
        assert label.textFormat() == Qt.TextFormat.PlainText
    for widget in (link, metadata, split, reimport, export, bibliography):
        widget.show()
        qtbot.waitExposed(widget)
        widget.grab()
        widget.close()

    progress = ImportProgress(None, 2)
    progress.start(0, hostile.file_name)
    label = progress.dialog.findChild(QLabel)
    assert drawn(label) == f"Importing {hostile.file_name}… (1 of 2)"
    progress.dialog.show()
    progress.dialog.grab()
    progress.finish()
    watch.check("labels")


def test_message_boxes_show_the_text_and_read_nothing(
    qtbot,
    window: MainWindow,
    hostile: Hostile,
    watch: Watch,  # noqa: F811
    boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    live = hostile.live
    show_error(window, f"Cannot open {live}", f"{hostile.file_name}: the file is {live}", f"Advice {live}")
    assert ask(window, "Damaged", f"{hostile.file_name} is damaged {live}", ["Open read-only"]) is None
    assert boxes == [
        ("qt_msgbox_label", f"Cannot open {live}"),
        ("qt_msgbox_informativelabel", f"{hostile.file_name}: the file is {live}\n\nAdvice {live}"),
        ("qt_msgbox_label", f"{hostile.file_name} is damaged {live}"),
    ]

    # The taxonomy editor asks about a tag by its name: in its own box, Qt's static ones and a chooser.
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text: asked.append(text))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _parent, _title, text, *_args: (asked.append(text), ("", False))[1]
    )
    editor = TaxonomyEditor(hostile.project, QUndoStack(), window)
    qtbot.addWidget(editor)
    editor.select_tag(hostile.tag.id)
    editor.delete()  # in use: the editor's own box, which asks what to do with the annotations
    assert boxes[-1] == (
        "qt_msgbox_label",
        f"2 annotation(s) carry the tag “Tag {live}”. What should happen to them?",
    )
    editor.move_to()
    unused = hostile.project.taxonomy.add_tag("hostile", f"Unused {live}", slug="unused")
    editor.refresh()
    editor.select_tag(unused.id)
    editor.delete()
    assert [shown(text) for text in asked] == [
        f"Move “Tag {live}” under:",
        f"Delete the tag “Unused {live}”?",
    ]
    for text in asked:
        show_once(qtbot, text)

    about: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: about.append(text))
    window.about()
    assert f"Project: {hostile.project.path}" in shown(about[0])
    watch.check("message boxes")
