"""Screenshots of coders: the reader showing everyone's annotations (each coder's colour in the margin), one
coder's (the reader's filter and the Overview dock's Coder), and Tools › Inter-coder agreement… on an
invented speech coded by two students and their teacher; at a laptop's 1366×768 and at 1920×1080.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m annotator.ui.coders_screenshots [FOLDER]

(default folder: resources/screenshots).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from annotator.services.project import Project
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from annotator.ui.screenshot_kit import private_settings, settle

TITLE = "Speech to the district soviet, 1930"
SPEECH = """Speech to the district soviet, 1930

Comrades, the kulak saboteurs have been routed in every village of the district. Forty-two households \
joined the collective farm voluntarily, and not one of them was pressed, said the chairman.

The grain plan was fulfilled by the fourteenth of March, ahead of every other district, thanks to the \
heroic efforts of the brigades. Those who spread rumours of hunger are enemies of the people.

A teacher wrote to the newspaper that nobody dared to object at the meeting. The committee declared the \
letter a slander and the teacher was removed from the school.

We shall not stop until the last wrecker has been driven out of our villages.
"""

# (coder, phrase, tag): what each of three readers marked.
CODING = (
    ("anna", "kulak saboteurs", "bias/loaded-language"),
    ("anna", "voluntarily, and not one of them was pressed", "provenance/official-document"),
    ("anna", "heroic efforts of the brigades", "bias/loaded-language"),
    ("anna", "enemies of the people", "bias/loaded-language"),
    ("anna", "nobody dared to object", "claim-type/factual"),
    ("boris", "the kulak saboteurs have been routed", "bias/loaded-language"),
    ("boris", "Forty-two households joined the collective farm voluntarily", "claim-type/factual"),
    ("boris", "enemies of the people", "bias/loaded-language"),
    ("boris", "declared the letter a slander", "bias/loaded-language"),
    ("boris", "the last wrecker", "bias/loaded-language"),
    ("teacher", "kulak saboteurs", "bias/loaded-language"),
    ("teacher", "heroic efforts", "bias/loaded-language"),
    ("teacher", "enemies of the people", "bias/loaded-language"),
    ("teacher", "last wrecker", "bias/loaded-language"),
)


def prepare(project: Project) -> int:
    source = project.sources.import_bytes("speech.txt", SPEECH.encode(), {"title": TITLE}).source_id
    for login, phrase, tag in CODING:
        project.coders.act_as(login)
        start = SPEECH.index(phrase)
        project.annotations.create(source, start, start + len(phrase), [tag])
    names = {"anna": "Anna K.", "boris": "Boris P.", "teacher": "Dr. Teacher"}
    for login, name in names.items():
        project.coders.act_as(login)
        project.coders.set_name(name)
    return source


def _grab(window, path: Path, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    screen = QGuiApplication.primaryScreen()
    image = screen.grabWindow(0, 0, 0, width, height)
    if image.isNull() or not image.save(str(path)):
        window.grab().save(str(path))  # offscreen: the window alone
    print(f"saved {path}")


def take_screenshots(folder: Path) -> list[Path]:
    application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = private_settings(Path(tmp))
        with Project.open(Path(tmp) / "speech.annotator") as project:
            source = prepare(project)
            window = MainWindow(project, settings)
            for width, height in ((1366, 768), (1920, 1080)):
                window.resize(width, height)
                window.move(0, 0)
                window.show()
                window.open_source(source)
                window.coders.show("everyone")
                settle(500)
                path = folder / f"coders-reader-{width}x{height}.png"
                _grab(window, path, width, height)
                saved.append(path)
                # The coder filter: one coder's annotations in the reader, and the Overview dock's Coder.
                boris = next(c for c in project.coders.list() if c.login == "boris")
                window.coders.show("one", boris.id)
                window.toggle_overview_dock(True)
                overview = window.overview_dock.widget()
                overview.coder.setCurrentIndex(overview.coder.findData("boris"))
                overview.show_tab("profile")
                settle(800)
                path = folder / f"coders-filter-{width}x{height}.png"
                _grab(window, path, width, height)
                saved.append(path)
                window.toggle_overview_dock(False)
                window.coders.show("everyone")
                dialog = window.coders.show_agreement()
                dialog.facet_box.setCurrentIndex(dialog.facet_box.findData("bias"))
                dialog.compute()
                dialog.resize(min(1100, width - 80), height - 120)
                dialog.move(40, 40)
                settle(500)
                path = folder / f"agreement-{width}x{height}.png"
                _grab(dialog, path, width, height)
                saved.append(path)
                dialog.close()
            window.close()
    return saved


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots"))
