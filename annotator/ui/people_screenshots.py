"""Screenshots of the People panel and the inspector with a speaker: an invented essay whose quotations
and most citations were accepted from the Evidence panel (so their annotations have speakers), one person
chosen in the People panel (the Annotations panel shows only theirs) and one of their annotations in the
inspector; at a laptop's 1366×768 and at 1920×1080.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m annotator.ui.people_screenshots [FOLDER]

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

TITLE = "The Thaw and its Critics"
ESSAY = """The Thaw and its Critics

The reforms of the late 1950s were narrower than their champions claimed (Sakwa, 37). Khrushchev later \
wrote that the camps had been “a crime against the party and the people”, and the so-called “enemies of \
the people” came home in their thousands (Davies 1989, 1029).

The regional committees bargained with Moscow over every figure (Service, 155). As Fitzpatrick has shown, \
the bargaining left its own records, and they do not read like the speeches. “We were all his prisoners,” \
Khrushchev told the congress, “and none of us dared to say what we saw.”

The Central Committee declared in June 1956 that “the cult of the individual has been overcome”, a claim \
few in the provinces believed. According to Conquest, “the release was a trickle before it was a flood” \
(Conquest 1990, 12).

Historians still disagree about how far the change went (Wheatcroft 1996; Davies 1989, 1031). Khrushchev \
himself said in 1961 that “the party has told the people the whole truth”, which it had not.

2 comments on “The Thaw and its Critics”

Jane Roe says:
May 3, 2018 at 4:12 pm
My grandfather came back from Vorkuta in 1956 and never spoke of it.

John Smith says:
May 4, 2018 at 9:30 am
The article forgets how many never came back at all.
"""


def prepare(project: Project, path: Path) -> tuple[int, int]:
    """The essay imported, its quotations, comments and citations accepted (with their speakers), and one
    passage given its speaker by hand; the source and the annotation to show in the inspector."""
    path.write_text(ESSAY, encoding="utf-8")
    source = project.sources.import_file(path, {"title": TITLE, "authors": ["A. Historian"]}).source_id
    items = project.evidence.items(source)
    # A few citations are left proposed, so that the panel shows both kinds of count.
    left = ("Wheatcroft", "1031", "Service")
    chosen = [
        i.id
        for i in items
        if i.proposal.tags and (i.speaker or i.evidence.cited_author) and not any(w in i.text for w in left)
    ]
    project.evidence.accept(source, chosen)
    phrase = "bargained with Moscow"
    start = ESSAY.index(phrase)
    bargaining = project.annotations.create(source, start, start + len(phrase), ["bias/polemical"])
    project.annotations.set_speaker(bargaining.id, "the Regional Committee", "author")
    spoken = [a for a in project.annotations.list(source) if a.speaker and a.speaker.name == "Khrushchev"]
    return source, (spoken[1] if len(spoken) > 1 else spoken[0]).id


def take_screenshots(folder: Path) -> list[Path]:
    application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = private_settings(Path(tmp))
        with Project.open(Path(tmp) / "thaw.annotator") as project:
            source, shown = prepare(project, Path(tmp) / "thaw.txt")
            window = MainWindow(project, settings)
            for width, height in ((1366, 768), (1920, 1080)):
                window.resize(width, height)
                window.show()
                window.open_source(source)
                for _ in range(50):  # the proposals are read in a worker: until they arrive
                    if window.evidence.items():
                        break
                    settle(100)
                window.people_dock.show()
                window.people_dock.raise_()
                settle()
                window.people.refresh()
                window.people.panel.choose("Khrushchev")
                window.select_annotation(shown, scroll=True)
                settle(500)
                path = folder / f"people-{width}x{height}.png"
                screen = QGuiApplication.primaryScreen()
                image = screen.grabWindow(0, 0, 0, width, height)
                if image.isNull() or not image.save(str(path)):
                    window.grab().save(str(path))  # offscreen: the window alone
                print(f"saved {path}")
                saved.append(path)
            window.close()
    return saved


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots"))
