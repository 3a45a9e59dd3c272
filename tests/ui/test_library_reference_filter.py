"""The library's filter finds a source by its reference's words (migration 0009's fields), typed into the
real filter box of the library panel."""

from __future__ import annotations

import pytest

from annotator.services.project import Project
from annotator.ui.widgets.search_panel import snippet_html
from annotator.ui.widgets.side_panels import LibraryPanel

pytestmark = pytest.mark.gui


def test_the_filter_box_finds_a_source_by_its_shelfmark_doi_and_container(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    project.sources.import_bytes("a.txt", b"The district committee reported.", {
        "title": "Report on the sowing campaign", "archive": "GARF",
        "archive_location": "f. 5446, op. 1, d. 52", "doi": "10.2307/2500339",
        "container_title": "Slavic Review", "editors": ["Danilov, Viktor"],
    })  # fmt: skip
    project.sources.import_bytes("b.txt", b"Another text.", {"title": "Memoir", "publisher": "Nauka"})
    panel = LibraryPanel()
    qtbot.addWidget(panel)
    panel.model.set_sources(project.sources.list())

    def shown(typed: str) -> list[str]:
        panel.filter.clear()
        qtbot.keyClicks(panel.filter, typed)
        return [panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())]

    assert shown("d. 52") == ["Report on the sowing campaign"]
    assert shown("10.2307") == ["Report on the sowing campaign"]
    assert shown("slavic danilov") == ["Report on the sowing campaign"]
    assert shown("nauka") == ["Memoir"]
    assert shown("garf memoir") == []  # every word, in one source
    assert sorted(shown("")) == ["Memoir", "Report on the sowing campaign"]


def test_a_reference_hit_names_its_field_in_words(project: Project) -> None:
    project.sources.import_bytes("a.txt", b"The district committee reported.", {
        "title": "Report", "publisher_place": "Voronezh", "archive_location": "f. 5446, op. 1",
    })  # fmt: skip
    [hit] = project.search.search("voronezh").hits
    html = snippet_html(hit)
    assert "publisher place" in html and "publisher_place" not in html
