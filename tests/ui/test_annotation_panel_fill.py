"""The annotations panel filled with a source's thousands of cards at once (issue 23): a filter still hides
what it hides after a refill, nothing stays hidden once it is cleared, and cards are measured once."""

from __future__ import annotations

from annotator.domain.model import Annotation
from annotator.services.annotations import Passage
from annotator.services.project import Project
from annotator.ui.widgets.annotation_panel import AnnotationPanel

LINE = "The district committee reported on grain procurement in the village of Kharkiv.\n"


def _annotations(project: Project, count: int) -> list[Annotation]:
    source_id = project.sources.import_bytes("long.txt", (LINE * count).encode("utf-8")).source_id
    tag = next(
        f"{f.slug}/{t.slug}"
        for f in project.taxonomy.taxonomy().facets
        for _, t in project.taxonomy.taxonomy().walk(f.id)
    )
    step = len(LINE)
    project.annotations.tag_passages(tag, [Passage(source_id, i * step, i * step + 12) for i in range(count)])
    return project.annotations.list(source_id=source_id)


def test_a_filter_holds_across_refills_and_clearing_it_shows_every_card(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    annotations = _annotations(project, 300)
    panel = AnnotationPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    even = {a.id for a in annotations if a.id % 2 == 0}
    panel.set_filter(lambda a: a.id in even, "someone")
    panel.set_annotations(annotations, None)
    assert set(panel.visible_ids()) == even
    panel.set_annotations(list(reversed(annotations)), None)  # the rest of a source arriving, say
    assert set(panel.visible_ids()) == even
    panel.set_filter(None)
    assert panel.visible_ids() == [a.id for a in annotations]
    panel.set_annotations(annotations[:100], None)
    assert panel.visible_ids() == [a.id for a in annotations[:100]]
    panel.set_annotations(annotations, None)
    assert panel.visible_ids() == [a.id for a in annotations]
    assert not any(panel.isRowHidden(row) for row in range(panel.list_model.rowCount()))


def test_cards_are_measured_with_the_panels_fonts(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    """Card heights follow the panel's font: a larger font, taller cards (the fonts are kept per font)."""
    annotations = _annotations(project, 3)
    panel = AnnotationPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    panel.set_annotations(annotations, None)
    qtbot.waitUntil(lambda: panel.visualRect(panel.list_model.index(2, 0)).isValid())
    before = panel.sizeHintForIndex(panel.list_model.index(0, 0)).height()
    font = panel.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    panel.setFont(font)
    after = panel.sizeHintForIndex(panel.list_model.index(0, 0)).height()
    assert after > before
