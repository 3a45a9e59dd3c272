"""The evidence in the window on an 850,000-character book (issue 16): opening it until its proposals are
painted, how long the window's event loop was held up meanwhile, painting a screen with and without the
proposals, and a key press that accepts one (20 of them: median and 95th percentile, and the window's own
part).

Usage, from the repository root::

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_evidence_ui.py [--chars 850000]

The text is the held-out texts of evidence_heldout.py (essay, notes, a blog with comments) repeated, imported
as .txt into a new project. "Held up" is the longest gap between the ticks of a 5 ms timer while the evidence
is detected in the worker and arrives: what a hand on the keyboard would feel; measured a second time with
the evidence made stale and the source opened again once the reader is laid out, so that the window's other
work on opening a book (its first layout) is not in it. Not a test.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
import evidence_heldout as heldout
from PySide6.QtCore import QSettings, QTimer

from annotator.services.project import Project
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=850_000)
    parser.add_argument(
        "--no-freeze", action="store_true", help="leave the heap unfrozen (the app freezes it once shown)"
    )
    args = parser.parse_args()
    unit = "\n\n".join([heldout.strip(heldout.ESSAY)[0], heldout.strip(heldout.NOTES)[0], heldout.BLOG])
    text = (unit * (args.chars // len(unit) + 1))[: args.chars]
    app = application()
    with tempfile.TemporaryDirectory(prefix="annotator-bench-evidence-ui-") as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
        with Project.open(Path(tmp) / "book.annotator", backup=False) as project:
            project.sources.import_bytes("book.txt", text.encode("utf-8"))
            ticks: list[float] = []
            timer = QTimer()
            timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
            timer.start(5)
            began = time.perf_counter()
            window = MainWindow(project, settings)  # opens the source: the evidence is read in a worker
            window.resize(1920, 1080)
            window.show()
            built = time.perf_counter()
            ticks.append(built)
            while not window.evidence.items():
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()
            arrived = time.perf_counter()
            timer.stop()
            gaps = [b - a for a, b in itertools.pairwise(ticks)]
            proposals, items = len(window.reader.proposals), len(window.evidence.items())
            print(f"{len(text):,} characters, {items:,} items, {proposals:,} proposals")
            print(f"window built and shown (source opened):   {built - began:.3f} s")
            print(f"opening until the proposals arrived:      {arrived - began:.3f} s")
            print(f"longest the event loop was held up after: {max(gaps) * 1000:.0f} ms")

            if not args.no_freeze:
                gc.freeze()  # as annotator.ui.app.run_gui does once the window is up
            # Again, with the reader laid out and nothing else to do: what holds the loop up now is the
            # evidence's part alone (detected in the worker, stored and shown from the window's thread).
            with sqlite3.connect(Path(tmp) / "book.annotator") as connection:
                connection.execute("UPDATE source_evidence SET version = version - 1")
            for _ in range(50):
                app.processEvents()
                time.sleep(0.01)
            ticks = [time.perf_counter()]
            timer.start(5)
            began = time.perf_counter()
            collections: list[float] = []  # the full garbage collections meanwhile: they stop every thread
            gc_began: list[float] = []

            def collected(phase: str, info: dict[str, int]) -> None:
                if phase == "start":
                    gc_began[:] = [time.perf_counter()]
                elif info["generation"] == 2 and gc_began:
                    collections.append(time.perf_counter() - gc_began[0])

            gc.callbacks.append(collected)
            window.evidence.source_opened(window.current_source_id)
            while not window.evidence.items():
                app.processEvents()
                time.sleep(0.001)
            app.processEvents()
            arrived = time.perf_counter()
            timer.stop()
            gc.callbacks.remove(collected)
            gaps = [b - a for a, b in itertools.pairwise(ticks)]
            print(
                f"detected again with the reader laid out: {arrived - began:.3f} s, the longest the event "
                f"loop was held up {max(gaps) * 1000:.0f} ms (full garbage collections meanwhile: "
                f"{', '.join(f'{c * 1000:.0f} ms' for c in collections) or 'none'})"
            )

            reader = window.reader
            bar = reader.verticalScrollBar()
            for step in range(40):  # every screen laid out once: the first paint of a screen lays it out
                bar.setValue(bar.maximum() * step // 40)
                reader.viewport().repaint()
            for shown in (True, False):
                window.evidence.set_shown(shown)
                times = []
                for step in range(40):
                    bar.setValue(bar.maximum() * step // 40)
                    app.processEvents()
                    start = time.perf_counter()
                    reader.viewport().repaint()
                    times.append(time.perf_counter() - start)
                state = "with proposals" if shown else "without them"
                print(f"repaint of the reader {state}: median {statistics.median(times) * 1000:.1f} ms")
            window.evidence.set_shown(True)

            spent: list[float] = []
            decided = window.evidence.decided

            def timed(*a, **k) -> None:  # type: ignore[no-untyped-def]
                start = time.perf_counter()
                decided(*a, **k)
                spent.append(time.perf_counter() - start)

            window.evidence.decided = timed  # type: ignore[method-assign]
            totals = []
            for n in range(20):
                item = reader.proposals.items()[len(reader.proposals) // 2 + n]
                start = time.perf_counter()
                window.evidence.accept([item.id])
                totals.append(time.perf_counter() - start)
            p95 = statistics.quantiles(totals, n=20)[-1]
            print(
                f"accept one (20 presses): median {statistics.median(totals) * 1000:.0f} ms in all, p95 "
                f"{p95 * 1000:.0f} ms, of which the window's part (reader and panel) "
                f"{statistics.median(spent) * 1000:.1f} ms"
            )
            window.close()
    del app


if __name__ == "__main__":
    main()
