"""Screenshots of the claims table (every figure, then grouped across sources with a proposed link) and of
the timeline, on the texts of a corpus folder imported at run time into a temporary project (nothing of
them is kept); at a laptop's 1366×768 and at 1920×1080.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m annotator.ui.claims_screenshots [FOLDER] [CORPUS]

(default folder: resources/screenshots; default corpus: ../shared/corpus). Saved: claims-WxH.png (the
table, as the Claims table window shows it), claims-grouped-WxH.png and timeline-WxH.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from annotator.services.project import Project
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from annotator.ui.models.figures import proposal_for
from annotator.ui.screenshot_kit import private_settings, settle

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def _save(widget: QWidget, path: Path, width: int, height: int) -> None:
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0, 0, 0, width, height)
    if image.isNull() or not image.save(str(path)):
        widget.grab().save(str(path))  # offscreen: the window alone
    print(f"saved {path}")


def take_screenshots(folder: Path, corpus: Path = CORPUS) -> list[Path]:
    application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = private_settings(Path(tmp))
        with Project.open(Path(tmp) / "corpus.annotator") as project:
            for path in sorted(corpus.iterdir()):
                if path.is_file():
                    project.sources.import_file(path, {})
            for source in project.sources.list():
                project.evidence.items(source.id)  # the citations, as opening each source once would
            window = MainWindow(project, settings)
            controller = window.figures
            for width, height in ((1366, 768), (1920, 1080)):
                window.resize(width, height)
                window.move(0, 0)
                window.show()
                settle()
                claims = controller.show_window()
                claims.move(0, 0)
                claims.resize(width, height)
                for _ in range(300):
                    if controller._worker is None and controller.claims.rowCount():
                        break
                    settle(100)
                panel = controller.window_panel
                assert panel is not None
                panel.grouped.setChecked(False)
                panel.select_rows([0])
                settle()
                path = folder / f"claims-{width}x{height}.png"
                _save(claims, path, width, height)
                saved.append(path)
                panel.grouped.setChecked(True)
                # The first group that proposes a link, selected: its proposal shows above the table.
                proposing = [r for (r, _n), g in zip(panel.groups_model.spans(), panel.groups_model.groups(),
                                                     strict=True) if proposal_for(g) is not None]  # fmt: skip
                panel.select_rows(proposing[:1] or [0])
                settle()
                path = folder / f"claims-grouped-{width}x{height}.png"
                _save(claims, path, width, height)
                saved.append(path)
                claims.hide()
                timeline = controller.show_timeline()
                timeline.move(0, 0)
                timeline.resize(width, height)
                settle()
                controller._fill_timeline()  # laid out for this size
                settle(500)
                path = folder / f"timeline-{width}x{height}.png"
                _save(timeline, path, width, height)
                saved.append(path)
                timeline.hide()
            window.close()
    return saved


if __name__ == "__main__":
    take_screenshots(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots"),
        Path(sys.argv[2]) if len(sys.argv) > 2 else CORPUS,
    )
