"""A large project through the services: 500 sources, 100,000 annotations and 10,000 links.

The project is built in bulk (template rows from the real services, copied with SQL in one transaction;
see ``tests/helpers/large_project.py``), because the point is how the app copes with the result, not how
long 100,000 separate edits take. Everything checked below goes through the services: open, list sources,
list one source's annotations and links, search (including the first build of the index over every
paragraph and note), a filtered CSV export read back, and one edit. No timing is asserted; the figures
are printed by ``tests/benchmarks/bench_load.py``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.domain.excerpts import ExcerptFilter
from annotator.services.project import Project
from tests.helpers.large_project import NOTE_EVERY, TAGS, LargeProject, build_large_project

pytestmark = pytest.mark.slow

SOURCES, ANNOTATIONS, LINKS = 500, 100_000, 10_000


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> LargeProject:
    return build_large_project(
        tmp_path_factory.mktemp("load") / "large.annotator", SOURCES, ANNOTATIONS, LINKS
    )


@pytest.fixture(scope="module")
def opened(large: LargeProject) -> Iterator[Project]:
    with Project.open(large.path) as project:
        yield project


def test_the_fixture_has_the_promised_size(large: LargeProject) -> None:
    assert (len(large.source_ids), large.annotations, large.links) == (SOURCES, ANNOTATIONS, LINKS)


def test_it_opens_and_lists_every_source(opened: Project) -> None:
    sources = opened.sources.list()
    assert len(sources) == SOURCES
    assert len({s.title for s in sources}) == SOURCES


def test_the_annotations_and_links_of_one_source_are_listed_and_anchored(
    opened: Project, large: LargeProject
) -> None:
    source_id = large.source_ids[SOURCES // 2]
    text = opened.sources.text(source_id)
    annotations = opened.annotations.list(source_id=source_id)
    assert len(annotations) == ANNOTATIONS // SOURCES
    assert all(text[a.start : a.end] == a.quote.exact for a in annotations)
    assert all(len(a.tags) == 1 for a in annotations)
    ours = {a.id for a in annotations}
    links = opened.links.list(source_id=source_id)
    assert links and all(link.a.annotation_id in ours or link.b.annotation_id in ours for link in links)


def test_search_builds_the_index_and_finds_text_notes_and_filters(
    opened: Project, large: LargeProject
) -> None:
    # The first search builds the index over all 500 sources and 10,000 notes: it is part of the load.
    hits = opened.search.search("famine", limit=None).hits
    assert len({h.source_id for h in hits}) > SOURCES // 2
    in_one = opened.search.search(f"famine source:{large.source_ids[7]}", limit=None).hits
    assert in_one and {h.source_id for h in in_one} == {large.source_ids[7]}
    notes = opened.search.search(f'in:notes "note {NOTE_EVERY * 123}"').hits
    assert notes
    assert opened.search.search("kind:secondary grain").hits


def test_a_filtered_csv_export_holds_every_selected_excerpt(opened: Project, tmp_path: Path) -> None:
    selected = ExcerptFilter(tags=(TAGS[0],))
    expected = ANNOTATIONS // len(TAGS)
    assert opened.exports.count(selected) == expected
    result = opened.exports.export(selected, "csv", tmp_path / "polemical.csv")
    assert result.excerpts == expected
    rows = list(csv.DictReader(io.StringIO((tmp_path / "polemical.csv").read_text("utf-8-sig"))))
    assert len(rows) == expected


def test_an_edit_on_the_large_project_is_kept_and_counted(opened: Project, large: LargeProject) -> None:
    before = opened.generation()
    created = opened.annotations.create(large.source_ids[-1], 0, 6, tags=[TAGS[2]], note="added under load")
    assert opened.annotations.get(created.id).note == "added under load"
    assert opened.generation() == before + 1
    assert len(opened.annotations.list(source_id=large.source_ids[-1])) == ANNOTATIONS // SOURCES + 1
