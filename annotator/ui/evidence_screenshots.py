"""Screenshots of the evidence found in a source: citations and quotations proposed in the reader (a dotted
underline in the colour of the facet of the tag they suggest), the tooltip naming what one suggests, and the
Evidence panel listing them by kind; at a laptop's 1366×768 and at 1920×1080.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m annotator.ui.evidence_screenshots [FOLDER]

(default folder: resources/screenshots). The essay is invented for the picture: parenthetical citations, a
quotation with its speaker named before it, a block quotation with an attribution line, a scare quote (not
proposed: nobody's words), and one citation already accepted, to show an annotation beside the proposals.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QToolTip

from annotator.services.project import Project
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from annotator.ui.screenshot_kit import private_settings, settle

TITLE = "The Thaw and its Witnesses"
PARAGRAPHS = [
    "The Thaw and its Witnesses",
    "Historians no longer describe the party state of the 1950s as a monolith (Sakwa, 37). The regional "
    "committees bargained with Moscow over every figure (Service, 155), and the bargaining left records of "
    "its own, which the central archives have only lately begun to release (Davies 1989, 1029).",
    "The release of prisoners began quietly. Khrushchev later wrote, “We were all his prisoners, and none "
    "of us dared to say what we saw.” The sentence was struck from the first edition of his memoirs and "
    "restored only in 1990 (Taubman 2003, 271).",
    "The so-called “enemies of the people” came home in their thousands, often to families who had been "
    "told nothing, and to neighbours who had moved into their rooms. Local officials were unsure whether "
    "to treat them as citizens or as suspects (Dobson, 112).",
    "The secret speech ended with a passage that few in the hall forgot:",
    "We must abolish the cult of the individual decisively, once and for all, and draw the proper "
    "conclusions concerning both ideological-theoretical and practical work.\n"
    "— Nikita Khrushchev, 1956",
    "What the speech left out mattered as much as what it said. It named the victims among the party's "
    "own members and passed over the peasants deported in the collectivisation, as Fitzpatrick has shown "
    "in her study of the village after Stalin (Fitzpatrick, 88).",
    "Letters to the editor show how readers took it. A teacher from Kursk wrote, “We read it aloud in the "
    "staff room, and nobody said a word afterwards.” Others asked the newspaper whether the history "
    "textbooks would now be withdrawn (Jones 2006, 45).",
]


def essay_text() -> str:
    return "\n\n".join(PARAGRAPHS) + "\n"


def take_screenshots(folder: Path) -> list[Path]:
    application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = private_settings(Path(tmp))
        essay = Path(tmp) / "thaw-and-its-witnesses.txt"
        essay.write_text(essay_text(), encoding="utf-8")
        with Project.open(Path(tmp) / "thaw.annotator") as project:
            project.sources.import_file(essay, {"title": TITLE, "authors": ["A. Historian"]})
            window = MainWindow(project, settings)
            window.move(0, 0)
            window.show()
            while window.evidence.wait_until_read():
                pass
            first = next(i for i in window.evidence.items() if i.kind == "citation")
            window.evidence.accept([first.id])  # one accepted: an annotation beside the proposals
            window.reader.clear_selection()
            for width, height in ((1366, 768), (1920, 1080)):
                window.resize(width, height)
                window.fit_docks(window.size())
                window.evidence_dock.show()
                window.evidence_dock.raise_()
                settle()
                reader = window.reader
                quote = next(i for i in window.evidence.items() if i.speaker == "Khrushchev")
                panel = window.evidence.panel
                panel.show_item(quote.id)
                reader.scroll_to(0)
                settle()
                cursor = QTextCursor(reader.document())
                cursor.setPosition(reader._positions.to_utf16(quote.start + 12))
                point = reader.viewport().mapToGlobal(reader.cursorRect(cursor).center())
                QCursor.setPos(point)
                offset = quote.start + 12
                QToolTip.showText(
                    point + QPoint(4, 4), reader.proposals.tooltip_at(offset), reader.viewport()
                )
                settle(500)
                path = folder / f"evidence-{width}x{height}.png"
                screen = QGuiApplication.primaryScreen()
                image = screen.grabWindow(0, 0, 0, width, height)
                if image.isNull() or not image.save(str(path)):
                    window.grab().save(str(path))  # offscreen: the window alone, without the tooltip
                print(f"saved {path}")
                saved.append(path)
                QToolTip.hideText()
            window.close()
    return saved


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots"))
