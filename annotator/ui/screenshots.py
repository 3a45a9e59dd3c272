"""Screenshots of the main screens on the sample project, for the README; the main window, the compare view
and the search panel at 1920×1080 and on a laptop's 1366×768.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m annotator.ui.screenshots [FOLDER]

(default folder: resources/screenshots). Works offscreen too, with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from annotator.services.project import Project
from annotator.services.sample import build_sample_project
from annotator.ui.app import application
from annotator.ui.dialogs.metadata import MetadataDialog
from annotator.ui.dialogs.taxonomy_editor import TaxonomyEditor
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings


def _settle(app: QApplication, ms: int = 200) -> None:
    # A local loop: QApplication.quit() would close every window.
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"saved {path}")


def take_screenshots(folder: Path) -> list[Path]:
    app = application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        project = build_sample_project(Path(tmp) / "sample.annotator")
        window = MainWindow(project, settings)
        window.show()
        memoir = next(s.id for s in project.sources.list() if s.title.startswith("Memoir"))
        report = next(s.id for s in project.sources.list() if s.title.startswith("Report"))
        chosen = next(a for a in project.annotations.list(source_id=memoir) if "Fyodor" in a.quote.exact)
        link = next(link for link in project.links.list() if link.relation.value == "contradicts")
        # The big screen's pictures keep the names the README has always used.
        for size, suffix in ((QSize(1920, 1080), ""), (QSize(1366, 768), "-1366x768")):
            window.resize(size)
            window.fit_docks(size)
            window.open_source(memoir)
            window.select_annotation(chosen.id, scroll=True)
            window.annotations_dock.raise_()
            _settle(app)
            saved.append(folder / f"main-window{suffix}.png")
            _save(window, saved[-1])

            window.show_compare(report, memoir)
            window.show_link(link)
            _settle(app)
            saved.append(folder / f"compare-view{suffix}.png")
            _save(window, saved[-1])
            window.close_compare()

            window.annotations_dock.raise_()
            window.focus_search()
            window.search_panel.query.setEditText("kulak*")
            window.search_panel.submit()
            hits = window.search_panel.hits()
            if hits:
                window.open_hit(hits[0])
            _settle(app)
            saved.append(folder / f"search{suffix}.png")
            _save(window, saved[-1])
            window.library_dock.raise_()

        dialog = MetadataDialog(project.sources.get(memoir), window)
        dialog.show()
        _settle(app)
        saved.append(folder / "source-metadata.png")
        _save(dialog, saved[-1])
        dialog.close()

        editor = TaxonomyEditor(project, window.undo_stack, window)
        editor.show()
        _settle(app)
        saved.append(folder / "taxonomy-editor.png")
        _save(editor, saved[-1])
        editor.close()
        window.close()
        project.close()

        empty = Project.open(Path(tmp) / "empty.annotator")
        welcome = MainWindow(empty, settings)
        welcome.resize(1500, 920)
        welcome.show()
        _settle(app)
        saved.append(folder / "welcome.png")
        _save(welcome, saved[-1])
        welcome.close()
        empty.close()
    return saved


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots")
    take_screenshots(target)
