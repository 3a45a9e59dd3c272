"""Benchmarks of the reader and the main window (offscreen Qt).

Usage, from the repository root::

    python tests/benchmarks/bench_ui.py [--json]

- ``reader_open_1mb_5000``: from the click: the main window opens a 1 MB source with 5,000 annotations
  (``open_source``: the text and the annotations read from the project, the reader and its panels filled)
  until the first screen is painted with its highlights; baseline: a bare QPlainTextEdit laying out and
  painting the same text (issue 23's target: ratio ≤ 2). Its parts are reported too:
  ``reader_read_1mb_5000`` (the database read: text and annotations, through the services) and
  ``reader_show_1mb_5000`` (the reader alone given what was read, as this benchmark measured before).
- ``keyboard_annotation``: select a passage and press a tag key, with 5,000 annotations present, until
  the highlight is painted (target < 50 ms); baseline: the service call alone.
- ``start_up``: a new process up to a usable main window on a project with the last source open
  (target < 1.5 s); baseline: a new process showing a bare Qt main window.

Timings are medians of several runs; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from annotator.services.annotations import Passage
from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.widgets.reader import ReaderView

REPEATS = 5
WORDS = [
    "the",
    "of",
    "and",
    "grain",
    "procurement",
    "kolkhoz",
    "collective",
    "farm",
    "district",
    "committee",
    "report",
    "peasants",
    "village",
    "plenipotentiary",
    "harvest",
    "1932",
    "Stalin",
    "quota",
    "famine",
    "teacher",
    "memoir",
    "archive",
    "Kharkiv",
    "Dnipro",
    "‘kulak’",
]


def make_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        paragraph = " ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 160))) + "."
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(paragraphs)[:size]


def build_project(folder: Path, annotations: int) -> tuple[Project, int]:
    project = Project.open(folder / "bench.annotator")
    text = make_text(1_000_000)
    source_id = project.sources.import_bytes("big.txt", text.encode("utf-8")).source_id
    project.sources.import_bytes("small.txt", make_text(5_000, seed=8).encode("utf-8"))
    rng = random.Random(3)
    paths = [
        f"{f.slug}/{t.slug}"
        for f in project.taxonomy.taxonomy().facets
        for _, t in project.taxonomy.taxonomy().walk(f.id)
    ]
    # In bulk (Tag hits…'s batch): one to three tags each, as a coded source has.
    passages = []
    for start in rng.sample(range(len(text) - 200), annotations):
        passages.append(Passage(source_id, start, start + rng.randint(5, 180)))
    for path in paths:
        chosen = [p for p in passages if rng.random() < 2 / len(paths)]
        project.annotations.tag_passages(path, chosen)
    made = {(a.start, a.end) for a in project.annotations.list(source_id)}
    untagged = [p for p in passages if (p.start, p.end) not in made]
    if untagged:
        project.annotations.tag_passages(paths[0], untagged)
    assert len(project.annotations.list(source_id)) == annotations
    return project, source_id


def paint(app: QApplication, widget) -> None:  # type: ignore[no-untyped-def]
    widget.viewport().repaint()
    app.processEvents()


def bench_reader(app: QApplication, project: Project, source_id: int, folder: Path) -> list[dict]:  # type: ignore[type-arg]
    small = next(s.id for s in project.sources.list() if s.id != source_id)
    text = project.sources.text(source_id)
    taxonomy = project.taxonomy.taxonomy()
    order = {f.id: i for i, f in enumerate(taxonomy.facets)}
    facet_of_tag = {t.id: order[t.facet_id] for t in taxonomy.tags}
    bare_times, ours, reads, shows = [], [], [], []
    # The parts first, before any window exists (a window may start work of its own in the background).
    for _ in range(REPEATS):
        bare = QPlainTextEdit()
        bare.resize(1100, 800)
        bare.show()
        app.processEvents()
        started = time.perf_counter()
        bare.setPlainText(text)
        paint(app, bare)
        bare_times.append(time.perf_counter() - started)
        bare.close()

        started = time.perf_counter()
        read_text = project.sources.text(source_id)
        annotations = project.annotations.list(source_id=source_id)
        reads.append(time.perf_counter() - started)
        reader = ReaderView()
        reader.resize(1100, 800)
        reader.show()
        app.processEvents()
        started = time.perf_counter()
        reader.set_document(read_text, annotations, facet_of_tag)
        paint(app, reader)
        shows.append(time.perf_counter() - started)
        reader.close()

    settings = AppSettings(QSettings(str(folder / "reader.ini"), QSettings.Format.IniFormat))
    window = MainWindow(project, settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    for _ in range(REPEATS):
        window.open_source(small)  # away, so that the click below opens the big source anew
        paint(app, window.reader)
        started = time.perf_counter()
        window.open_source(source_id)  # what a click in the library does
        paint(app, window.reader)
        ours.append(time.perf_counter() - started)
        assert window.current_source_id == source_id
    window.close()
    baseline = statistics.median(bare_times) * 1000
    records = []
    for name, times in (
        ("reader_open_1mb_5000", ours),
        ("reader_read_1mb_5000", reads),
        ("reader_show_1mb_5000", shows),
    ):
        value = statistics.median(times) * 1000
        records.append(
            {
                "name": name,
                "value": round(value, 1),
                "unit": "ms",
                "baseline": round(baseline, 1),
                "ratio": round(value / baseline, 2),
            }
        )
    return records


def bench_keyboard(app: QApplication, project: Project, source_id: int, folder: Path) -> list[dict]:  # type: ignore[type-arg]
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(project, settings)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.open_source(source_id)
    text = window.reader.text
    times, service_times = [], []
    for i in range(REPEATS * 2):
        start = 1000 + i * 997
        window.reader.select_range(start, start + 12)
        window.reader.scroll_to(start)
        paint(app, window.reader)
        before = len(window.reader.annotations())
        started = time.perf_counter()
        QTest.keyClick(window.reader, Qt.Key.Key_1)
        paint(app, window.reader)
        times.append(time.perf_counter() - started)
        assert len(window.reader.annotations()) == before + 1
        started = time.perf_counter()
        project.annotations.create(source_id, start + 20, start + 30, ["bias/ideological"])
        service_times.append(time.perf_counter() - started)
        assert text  # the reader kept its text
    window.close()
    value, baseline = statistics.median(times) * 1000, statistics.median(service_times) * 1000
    return [
        {
            "name": "keyboard_annotation",
            "value": round(value, 1),
            "unit": "ms",
            "baseline": round(baseline, 2),
            "ratio": round(value / baseline, 1),
        }
    ]


_START_UP = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QSettings
from annotator.ui.app import application, open_window
from annotator.ui.settings import AppSettings
app = application()
window = open_window(Path(sys.argv[1]), AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
window.reader.viewport().repaint()
app.processEvents()
assert window.current_source_id is not None
window.close()
"""

_BARE = """
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
"""


def bench_start_up(project_path: Path, folder: Path) -> list[dict]:  # type: ignore[type-arg]
    def wall(code: str, *args: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True)
        return time.perf_counter() - started

    ini = str(folder / "start.ini")
    ours = [wall(_START_UP, str(project_path), ini) for _ in range(REPEATS)]
    bare = [wall(_BARE) for _ in range(REPEATS)]
    value, baseline = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    return [
        {
            "name": "start_up",
            "value": round(value),
            "unit": "ms",
            "baseline": round(baseline),
            "ratio": round(value / baseline, 2),
        }
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        print("building a project with a 1 MB source and 5,000 annotations…", file=sys.stderr)
        project, source_id = build_project(folder, 5_000)
        records = bench_reader(app, project, source_id, folder)
        records += bench_keyboard(app, project, source_id, folder)
        path = project.path
        project.close()
        records += bench_start_up(path, folder)
    if args.json:
        print(json.dumps(records))
        return
    print(f"{'name':<22} {'value':>8} {'unit':<5} {'baseline':>9} {'ratio':>6}")
    for r in records:
        print(f"{r['name']:<22} {r['value']:>8} {r['unit']:<5} {r['baseline']:>9} {r['ratio']:>6}")


if __name__ == "__main__":
    main()
