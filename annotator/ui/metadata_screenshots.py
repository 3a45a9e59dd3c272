"""Screenshots of the metadata dialog with a reference's fields: a chapter in an edited volume (Publication)
and an archival document cited by its shelfmark (Archive) at a laptop's 1366×768, and the chapter with
"More fields" shown at 1920×1080.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m annotator.ui.metadata_screenshots [FOLDER]

(default folder: resources/screenshots). The references are real works' kind of metadata, typed for the
picture; the texts are a line each.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from annotator.services.project import Project
from annotator.ui.app import application
from annotator.ui.dialogs.metadata import MetadataDialog
from annotator.ui.main_window import MainWindow
from annotator.ui.screenshot_kit import private_settings, settle

CHAPTER = {
    "title": "The Peasant Nightmare: Visions of Apocalypse in the Soviet Countryside",
    "authors": ["Viola, Lynne"],
    "date_text": "2000",
    "kind": "secondary",
    "genre": "book chapter",
    "item_type": "chapter",
    "container_title": "Stalinism: New Directions",
    "editors": ["Fitzpatrick, Sheila"],
    "publisher": "Routledge",
    "publisher_place": "London",
    "page": "286–308",
    "isbn": "978-0-19-505791-1",
    "language": "en",
    "reliability_rating": 4,
}
ARCHIVAL = {
    "title": "Spravka o khode khlebozagotovok po Nizhne-Volzhskomu kraiu",
    "authors": ["OGPU, Secret-Political Department"],
    "date_text": "1932-11-07",
    "kind": "primary",
    "genre": "memorandum",
    "item_type": "manuscript",
    "archive": "RGASPI",
    "archive_location": "f. 17, op. 3, d. 1003, l. 4–4 ob.",
    "call_number": "17/3/1003",
    "translators": ["Historian, A."],
    "language": "ru",
    "provenance_note": "Copied in the reading room, March 2019; the file's cover lists 212 sheets.",
    "reliability_note": "An internal report to superiors: figures rounded towards the plan.",
    "reliability_rating": 3,
}


def take_screenshots(folder: Path) -> list[Path]:
    application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = private_settings(Path(tmp))
        with Project.open(Path(tmp) / "references.annotator") as project:
            chapter = project.sources.import_bytes("viola-peasant-nightmare.txt", b"The chapter.", CHAPTER)
            archival = project.sources.import_bytes("spravka-1932.txt", b"Spravka.", ARCHIVAL)
            window = MainWindow(project, settings)
            shots = (
                ("chapter", chapter.source_id, False, 1366, 768),
                ("archival", archival.source_id, False, 1366, 768),
                ("more", chapter.source_id, True, 1920, 1080),
            )
            for name, source_id, more, width, height in shots:
                window.resize(width, height)
                window.move(0, 0)
                window.show()
                window.open_source(chapter.source_id)
                dialog = MetadataDialog(project.sources.get(source_id), window)
                dialog.more.setChecked(more)
                dialog.show()
                dialog.fit(height - 60)  # as on a laptop's screen, whatever the virtual display's size
                dialog.move((width - dialog.width()) // 2, max(0, (height - dialog.height()) // 2))
                settle()
                path = folder / f"metadata-{name}-{width}x{height}.png"
                image = QGuiApplication.primaryScreen().grabWindow(0, 0, 0, width, height)
                if image.isNull() or not image.save(str(path)):
                    dialog.grab().save(str(path))  # offscreen: the dialog alone
                print(f"saved {path}")
                saved.append(path)
                dialog.close()
            window.close()
    return saved


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots"))
