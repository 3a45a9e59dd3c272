"""The claims table and the timeline in the window on a project of 500 sources (issue 17: the table opens
in under 1 s): from View › Claims table to the window shown with its first rows, to every figure listed,
and to the groups across sources; the longest the window's event loop was held up meanwhile; and the
timeline laid out from the dates read.

Usage, from the repository root::

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_claims_ui.py [--sources 500] [--per-source 102]

The project is built as bench_figures.py --sources builds it (tests/helpers/large_project.py, each
source's records stored through the service: 51,000 figures for 500 sources). "Held up" is the longest gap
between the ticks of a 5 ms timer while the worker reads: what a hand on the keyboard would feel. Not a
test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2]))
sys.path.insert(0, str(Path(__file__).parent))
from bench_figures import prose
from PySide6.QtCore import QSettings, QTimer

from annotator.domain.figures.dates import find_dates
from annotator.domain.figures.numbers import find_figures
from annotator.services.figures import Found
from annotator.services.project import Project
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings
from annotator.ui.threads import deliver_pending
from tests.helpers.large_project import build_large_project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--per-source", type=int, default=102)
    parser.add_argument("--corpus", type=Path, default=Path(__file__).parents[3] / "shared" / "corpus")
    args = parser.parse_args()
    app = application()
    from annotator.domain.structure.detect import detect as detect_marks

    unit = prose(120_000, args.corpus)
    marks = detect_marks(unit)
    figures = find_figures(unit, marks)[: args.per_source]
    dates = find_dates(unit, marks)[: args.per_source]
    text = unit[: max(f.end for f in figures) + 1]
    with tempfile.TemporaryDirectory(prefix="annotator-bench-claims-") as tmp:
        path = Path(tmp) / "many.annotator"
        built = build_large_project(path, sources=args.sources, annotations=args.sources * 2, links=1)
        with Project.open(path, backup=False) as project:
            for sid in built.source_ids:
                project.figures.store(Found(sid, tuple(figures), tuple(dates), text))
            settings = AppSettings(QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat))
            window = MainWindow(project, settings)
            window.resize(1366, 768)
            window.show()
            app.processEvents()
            controller = window.figures
            gaps: list[float] = []
            last = [time.perf_counter()]

            def tick() -> None:
                now = time.perf_counter()
                gaps.append(now - last[0])
                last[0] = now

            timer = QTimer()
            timer.timeout.connect(tick)
            timer.start(5)
            began = time.perf_counter()
            controller.claims_action.trigger()
            shown = time.perf_counter() - began
            first = listed = grouped = None
            while controller._worker is not None or controller.claims.rowCount() == 0:
                app.processEvents()
                now = time.perf_counter() - began
                if first is None and controller.claims.rowCount():
                    first = now
                if listed is None and controller.claims.rowCount() >= len(figures) * args.sources:
                    listed = now
                if now > 120:
                    break
                time.sleep(0.001)
            deliver_pending()  # the worker's last batches (sent through annotator.ui.threads)
            app.processEvents()
            grouped = time.perf_counter() - began
            timer.stop()
            rows = controller.claims.rowCount()
            claims_gap, ticks = max(gaps, default=0.0), len(gaps)
            gaps.clear()
            timer.start(5)
            began = time.perf_counter()
            last[0] = began
            controller.timeline_action.trigger()
            opened = time.perf_counter() - began
            view = controller.timeline
            while view is not None and not view.is_laid_out() and time.perf_counter() - began < 120:
                app.processEvents()
            timeline = time.perf_counter() - began
            timer.stop()
            timeline_gap = max(gaps, default=0.0)
            statements = len(controller.dates)
            window.close()
    groups = len(controller.group_list)
    print(f"{args.sources} sources, {rows:,} figures, {groups} groups, {statements:,} dates")
    print(f"window shown           {shown:.3f} s")
    print(f"first rows shown       {first:.3f} s")
    print(f"every figure listed    {listed:.3f} s" if listed is not None else "every figure listed    (not)")
    print(f"groups arrived         {grouped:.3f} s")
    print(f"event loop held up     {claims_gap * 1000:.0f} ms at most ({ticks} ticks)")
    print(f"timeline window shown  {opened:.3f} s")
    print(f"timeline laid out      {timeline:.3f} s (event loop held up {timeline_gap * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
