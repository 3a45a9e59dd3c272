"""Screenshots of the reader on a book chapter extracted from a PDF: reflowed paragraphs, note calls raised,
the outline, and a note shown on hover; at a laptop's 1366×768 and at 1920×1080.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m annotator.ui.structure_screenshots [FOLDER]

(default folder: resources/screenshots). The chapter is invented for the picture and laid out the way text
copied out of a typeset PDF arrives: lines of about seventy characters, blank lines at page breaks, running
heads with page numbers between two halves of a sentence, note calls glued to words, the notes at the end.
"""

from __future__ import annotations

import sys
import tempfile
import textwrap
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QToolTip

from annotator.domain.structure import MarkKind
from annotator.services.project import Project
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from annotator.ui.screenshot_kit import private_settings, settle

TITLE = "The Grain Front"
PARAGRAPHS = [
    "CHAPTER SIX",
    "The Politics of Requisition",
    "When the district committee of Verkhnyaya Balka met in the first week of January 1930, its secretary "
    "had already received three telegrams from the regional centre, each more impatient than the last. The "
    "grain plan for the winter had been fixed in Moscow at a figure nobody in the district believed could be "
    "met, and the committee spent most of the evening deciding how to report the shortfall without being "
    "accused of sabotage.54 The minutes record a long silence after the figure was read aloud.",
    "The solution the committee found was the one found in many districts that winter: the shortfall was "
    "blamed on the richer households, who were said to be hiding grain in pits and in the houses of "
    "relatives. Brigades of activists, some of them sent from the towns, went from yard to yard with iron "
    "rods to probe the earth.55 What they found was rarely grain; what they left behind was fear, and a "
    "conviction among the villagers that the new order meant to take everything they had.",
    "Historians have disagreed about how far these brigades acted on instructions and how far on their own "
    "zeal. The district archive holds few written orders, and those that survive are vague about methods "
    "while precise about quantities.56 Memoirs written decades later by former activists describe a "
    "whirlwind of terror,57 in which no one, not even the brigade leaders, knew where the campaign would "
    "stop; the reports they sent at the time describe an orderly collection proceeding according to plan.",
    "The two kinds of evidence cannot both be taken at their word. The reports were written for superiors "
    "who wanted to hear that the plan was being met, and they were written in a language of percentages and "
    "deadlines that left little room for the people whose grain was being taken. The memoirs were written "
    "by men who had reasons of their own, in the 1960s, to present themselves as swept along by events they "
    "did not control.58",
    "Between these two accounts stands a third, which historians have only lately begun to read: the "
    "letters that villagers wrote to the newspapers and to the party's central committee in the spring of "
    "1930. They are angry, frightened and often shrewd, and they describe the requisition in the words of "
    "those who suffered it rather than of those who carried it out.59 Some ask for nothing more than the "
    "return of a cow; others set out, with a precision a statistician might envy, how much seed each "
    "household had left and how many weeks it would last.",
    "Such letters were not written in freedom. Many were drafted with the help of a village teacher or a "
    "literate neighbour, and their authors knew that a complaint could be read as an attack on the party's "
    "line. They praise Stalin and blame the district; they distinguish carefully between the policy, "
    "which they call wise, and its execution, which they call a disgrace.60 Read with that in mind, they "
    "are among the best evidence we have of what the winter meant in the villages, and of how the people "
    "who lived through it chose to speak about it to those in power.",
    "The district committee itself changed its tone in March, after Stalin's article on the dizziness of "
    "success was read aloud at its meeting. The same men who had demanded the seizure of every hidden pood "
    "now blamed excesses on overzealous activists, and several brigade leaders were dismissed.61 None of "
    "the grain was returned. The minutes of that meeting are shorter than those of January, and the "
    "secretary, for once, recorded no silence at all.",
    "Notes",
    "54 Minutes of the district committee, 6 January 1930 (district archive, fond 12, file 3).",
    "55 Report of the brigade leader to the district committee, 19 January 1930.",
    "56 Telegram of the regional committee, 2 January 1930; the figures are given to the last pood.",
    "57 Memoir of a former activist, written in 1964, chapter 3.",
    "58 On the writing of such memoirs see the discussion in chapter 9 below.",
    "59 Letters to the regional newspaper, March–April 1930 (regional archive, fond 4, files 17–19).",
    "60 Letter of a group of peasants to the central committee, 12 April 1930.",
    "61 Minutes of the district committee, 18 March 1930.",
]
LINES_PER_PAGE = 16
FIRST_PAGE = 184


def chapter_text() -> str:
    """The chapter as copied out of its PDF: wrapped lines, page breaks with running heads, notes."""
    lines: list[str] = []
    for paragraph in PARAGRAPHS:
        lines += textwrap.wrap(paragraph, 72) if len(paragraph) > 72 else [paragraph]
        lines.append("")
    pages = [lines[i : i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]
    out: list[str] = []
    for number, page in enumerate(pages, start=FIRST_PAGE):
        if number > FIRST_PAGE:
            head = f"{number} STALINIST SOCIALISM" if number % 2 == 0 else f"THE GRAIN FRONT {number}"
            out += ["", head, ""]
        out += page
    return "\n".join(out).rstrip() + "\n"


def take_screenshots(folder: Path) -> list[Path]:
    application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = private_settings(Path(tmp))
        chapter = Path(tmp) / "grain-front-chapter.txt"
        chapter.write_text(chapter_text(), encoding="utf-8")
        with Project.open(Path(tmp) / "book.annotator") as project:
            source = project.sources.import_file(chapter, {"title": TITLE, "authors": ["A. Historian"]})
            window = MainWindow(project, settings)
            for width, height in ((1366, 768), (1920, 1080)):
                window.resize(width, height)
                window.show()
                window.open_source(source.source_id)
                window.outline_dock.show()
                window.outline_dock.raise_()
                calls = project.structure.marks(source.source_id, {MarkKind.NOTE_CALL})
                call = next((c for c in calls if c.label == "57"), calls[0] if calls else None)
                settle()
                if call is not None:
                    reader = window.reader
                    reader.scroll_to(call.start)
                    settle()
                    cursor = QTextCursor(reader.document())
                    cursor.setPosition(reader._positions.to_utf16(call.start + 1))
                    point = reader.viewport().mapToGlobal(reader.cursorRect(cursor).center())
                    QCursor.setPos(point)
                    QToolTip.showText(point + QPoint(4, 4), reader.structure.tooltip(call), reader.viewport())
                    settle(500)
                path = folder / f"reader-structure-{width}x{height}.png"
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
