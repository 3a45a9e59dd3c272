"""The default tag colours as the reader paints them: the provenance tags told apart in the text."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QImage, QTextCursor

from annotator.domain.color_vision import VISIONS, delta_e_2000, hex_to_rgb, rgb_to_lab, simulate
from annotator.services.project import Project
from annotator.ui.main_window import MainWindow
from annotator.ui.settings import AppSettings

pytestmark = pytest.mark.gui


def _painted_fill(image: QImage, x: int, y: int) -> str:
    """The commonest colour in a small patch (the highlight, not the letters' ink)."""
    counts = Counter(image.pixelColor(x + dx, y + dy).name() for dx in range(-6, 7) for dy in range(-3, 4))
    return counts.most_common(1)[0][0]


@pytest.mark.parametrize("facet", ["bias", "provenance", "claim-type"])
def test_each_tag_of_a_facet_is_told_apart_in_the_text(  # type: ignore[no-untyped-def]
    qtbot, project: Project, write_file, settings: AppSettings, facet: str
) -> None:
    taxonomy = project.taxonomy.taxonomy()
    facet_id = next(f.id for f in taxonomy.facets if f.slug == facet)
    paths = [taxonomy.path(tag) for _, tag in taxonomy.walk(facet_id)]
    lines = [f"Passage {i} of the report, tagged as {path}." for i, path in enumerate(paths)]
    text = "\n\n".join(lines) + "\n"
    source = project.sources.import_file(write_file("tags.txt", text), {"title": "Tags"}).source_id
    for line, path in zip(lines, paths, strict=True):
        start = text.index(line)
        project.annotations.create(source, start, start + len(line), [path])
    window = MainWindow(project, settings)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    window.open_source(source)
    reader = window.reader
    qtbot.waitUntil(lambda: reader.viewport().height() > 0)
    image = reader.viewport().grab().toImage()
    fills = []
    for line in lines:
        cursor = QTextCursor(reader.document())
        cursor.setPosition(text.index(line) + 3)
        rect = reader.cursorRect(cursor)
        assert rect.bottom() < image.height()  # on screen
        fills.append(_painted_fill(image, rect.center().x(), rect.center().y() - 2))
    assert len(set(fills)) == len(paths)
    for vision in VISIONS:
        labs = [rgb_to_lab(simulate(hex_to_rgb(fill), vision)) for fill in fills]
        closest = min(
            (delta_e_2000(labs[i], labs[j]), paths[i], paths[j])
            for i in range(len(labs))
            for j in range(i + 1, len(labs))
        )
        assert closest[0] >= 3.5, (vision, closest)
