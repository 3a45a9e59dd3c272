"""Screenshots of View › Overview on the sample project with a few dozen more annotations (a few by a second
coder): each tab with the passages of one mark listed, the matrix filtered by a search, and the Overview dock
in the main window, at a laptop's 1366×768 and at 1920×1080.

Run under a virtual display from the repository root::

    xvfb-run -a -s "-screen 0 1920x1080x24" python -m annotator.ui.overview_screenshots [FOLDER]

(default folder: resources/screenshots). The extra annotations are whole sentences of the sample texts,
tagged by a seeded draw from a few tags of the default taxonomy, so every chart has something to show.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from pathlib import Path

from annotator.io.charts import Mark
from annotator.services.sample import build_sample_project
from annotator.ui.app import application
from annotator.ui.main_window import MainWindow
from annotator.ui.screenshot_kit import private_settings, settle
from annotator.ui.widgets.overview import TABS

TAGS = (
    "bias/polemical",
    "bias/apologetic",
    "bias/loaded-language",
    "claim-type/statistical",
    "claim-type/factual",
    "claim-type/interpretive",
    "provenance/eyewitness",
    "provenance/unattributed",
)


def annotate_sentences(project, seed: int = 20, per_source: int = 9) -> int:  # type: ignore[no-untyped-def]
    """Tag ``per_source`` sentences of each source (seeded); the number of annotations made."""
    rng = random.Random(seed)
    made = 0
    for source in project.sources.list():
        text = project.sources.text(source.id)
        sentences = [m.span() for m in re.finditer(r"[^.!?\n]{20,}[.!?]", text)]
        for start, end in rng.sample(sentences, min(per_source, len(sentences))):
            project.annotations.create(source.id, start, end, tags=rng.sample(TAGS, rng.randint(1, 3)))
            made += 1
    return made


def _first_edge(project) -> Mark:  # type: ignore[no-untyped-def]
    """The link map's busiest edge (the sample project links its report to the memoir and the editorial)."""
    edges = project.overview.link_map().edges
    (a, b, relation), _ = max(edges.items(), key=lambda item: item[1])
    return Mark("link", a, b, relation)


def take_screenshots(folder: Path) -> list[Path]:
    application()
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        settings = private_settings(Path(tmp))
        project = build_sample_project(Path(tmp) / "sample.annotator")
        try:
            annotate_sentences(project)
            taxonomy = project.taxonomy.taxonomy()
            polemical = taxonomy.resolve("bias/polemical").id
            statistical = taxonomy.resolve("claim-type/statistical").id
            first = project.sources.list()[0].id
            marks = {
                "profile": Mark("bar", first, polemical),
                "matrix": Mark("cell", polemical, first),
                "cooccurrence": Mark("pair", polemical, statistical),
                "codeline": Mark("cell", statistical, first),
                "links": _first_edge(project),
                "timeline": Mark("source", first, 0),
            }
            # A second coder's few annotations: the Coder filter shows (it is hidden with one coder).
            project.coders.act_as("second-reader")
            annotate_sentences(project, seed=21, per_source=2)
            window = MainWindow(project, settings)
            window.show()

            def grab(widget, name: str) -> None:  # type: ignore[no-untyped-def]
                settle()
                path = folder / f"{name}-{width}x{height}.png"
                widget.grab().save(str(path))
                print(f"saved {path}")
                saved.append(path)

            for width, height in ((1366, 768), (1920, 1080)):
                window.resize(width, height)
                overview = window.show_overview()
                overview.setGeometry(0, 0, width, height)
                overview.sort.setCurrentIndex(overview.sort.findData(polemical))  # most polemical first
                for name in TABS:
                    overview.show_tab(name)
                    while name == "timeline" and overview.data["timeline"].undetected:
                        settle(100)  # the dates detected in the window's worker, then drawn again
                    overview.show_passages(marks[name])
                    grab(overview, f"overview-{name}")
                overview.set_query("collective")  # the search filter, then cleared for the dock
                overview.show_tab("matrix")
                grab(overview, "overview-matrix-search")
                overview.set_query("")
                overview.close()
                window.toggle_overview_dock(True)
                dock = window.overview_dock.widget()
                dock.show_tab("matrix")
                dock.show_passages(marks["matrix"])
                grab(window, "overview-dock")
                window.toggle_overview_dock(False)
            window.close()
        finally:
            project.close()
    return saved


if __name__ == "__main__":
    take_screenshots(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("resources/screenshots"))
