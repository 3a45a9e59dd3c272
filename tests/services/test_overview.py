"""The Overview's aggregates against counts computed independently from the project file (bare sqlite3)."""

from __future__ import annotations

import re
import sqlite3

import pytest

from annotator.domain.errors import NotFound
from annotator.domain.excerpts import ExcerptFilter
from annotator.domain.overview import PER_WORDS
from annotator.services.project import Project
from tests.helpers.overview_project import Independent, OverviewSample, build_overview_sample


@pytest.fixture
def sample(project: Project) -> OverviewSample:
    return build_overview_sample(project)


def test_profile_counts_and_densities_match_the_database(project: Project, sample: OverviewSample) -> None:
    db = Independent(project.location)
    profile = project.overview.profile("bias")
    expected = db.matrix()
    bias = {t for t, p in db.paths.items() if p.startswith("bias/")}
    assert {t.id for t in profile.tags} == bias
    assert {s.id for s in profile.sources} == {s for (t, s) in expected if t in bias}
    for source in profile.sources:
        assert source.words == db.words(source.id)
        for tag in profile.tags:
            n = expected[(tag.id, source.id)]
            assert profile.count(source.id, tag.id) == n
            assert profile.density(source.id, tag.id) == pytest.approx(n * PER_WORDS / db.words(source.id))
    assert sum(profile.counts.values()) == sum(n for (t, _), n in expected.items() if t in bias)


def test_profile_sorts_by_one_tag_highest_first(project: Project, sample: OverviewSample) -> None:
    profile = project.overview.profile("bias")
    polemical = next(t.id for t in profile.tags if t.path == "bias/polemical")
    ordered = profile.sorted_by(polemical)
    counts = [ordered.count(s.id, polemical) for s in ordered.sources]
    assert counts == sorted(counts, reverse=True) and len(ordered.sources) == len(profile.sources)
    dense = profile.sorted_by(polemical, per_words=True)
    densities = [dense.density(s.id, polemical) for s in dense.sources]
    assert densities == sorted(densities, reverse=True)


@pytest.mark.both_engines
def test_matrix_matches_the_database_and_its_records_name_tags_by_path(
    project: Project, sample: OverviewSample
) -> None:
    db = Independent(project.location)
    matrix = project.overview.matrix()
    expected = db.matrix()
    assert dict(matrix.counts) == dict(expected)
    records = matrix.records()
    assert {(r["source_id"], r["tag"], r["count"]) for r in records} == {
        (s, db.paths[t], n) for (t, s), n in expected.items()
    }
    assert {t.path for t in matrix.tags} >= set(db.paths[t] for t, _ in expected)


def test_matrix_filtered_by_kind_and_by_source(project: Project, sample: OverviewSample) -> None:
    db = Independent(project.location)
    primary = {s for s in sample.source_ids if db.kinds[s] == "primary"}
    assert dict(project.overview.matrix(ExcerptFilter(kind="primary")).counts) == dict(db.matrix(primary))
    one = sample.source_ids[1]
    filtered = project.overview.matrix(ExcerptFilter(source_ids=(one,)))
    assert dict(filtered.counts) == dict(db.matrix({one}))
    assert [s.id for s in filtered.sources] == [one]


def test_matrix_filtered_by_tags_keeps_those_rows(project: Project, sample: OverviewSample) -> None:
    db = Independent(project.location)
    polemical = db.tag_id("bias/polemical")
    matrix = project.overview.matrix(ExcerptFilter(tags=("bias/polemical",)))
    assert [t.path for t in matrix.tags] == ["bias/polemical"]
    assert dict(matrix.counts) == {k: n for k, n in db.matrix().items() if k[0] == polemical}


@pytest.mark.both_engines
def test_cooccurrence_matches_a_brute_force_count(project: Project, sample: OverviewSample) -> None:
    db = Independent(project.location)
    co = project.overview.cooccurrence()
    expected = db.cooccurrence()
    assert expected  # the sample has overlapping passages with different tags
    assert dict(co.pairs) == expected
    a, b = next(iter(expected))
    assert co.count(a, b) == co.count(b, a) == expected[(a, b)]
    totals = db.matrix()
    assert co.count(a, a) == sum(n for (t, _), n in totals.items() if t == a)


def test_cooccurrence_of_a_filter_matches_a_brute_force_count_of_its_passages(
    project: Project, sample: OverviewSample
) -> None:
    """The SQL counts an annotation's own tags apart from the pairs of overlapping ones: both narrowed."""
    db = Independent(project.location)
    source = sample.source_ids[1]
    db.annotations = {a: row for a, row in db.annotations.items() if row[0] == source}
    expected = db.cooccurrence()
    assert any(len(db.tags_of.get(a, ())) > 1 for a in db.annotations)  # an annotation's own pairs too
    assert dict(project.overview.cooccurrence(ExcerptFilter(source_ids=(source,))).pairs) == expected


def test_code_line_lists_each_tagged_passage_in_text_order(project: Project, sample: OverviewSample) -> None:
    db = Independent(project.location)
    source = sample.source_ids[2]
    line = project.overview.code_line(source)
    expected = sorted(
        (b, e, t, a) for a, (s, b, e) in db.annotations.items() if s == source for t in db.tags_of.get(a, ())
    )
    assert [(g.start, g.end, g.tag_id, g.annotation_id) for g in line.segments] == expected
    assert line.source.length == len(db.texts[source])
    assert not line.marks_are_pages and line.marks[0] == (0, "1")  # paragraphs, numbered from 1
    assert {t.id for t in line.tags} == {g.tag_id for g in line.segments}
    with pytest.raises(NotFound, match="no source with id 999"):
        project.overview.code_line(999)


def test_passages_behind_a_cell_and_a_cooccurrence(project: Project, sample: OverviewSample) -> None:
    db = Independent(project.location)
    polemical, statistical = db.tag_id("bias/polemical"), db.tag_id("claim-type/statistical")
    source = sample.source_ids[0]
    cell = project.overview.passages(source_id=source, tag_id=polemical)
    expected = {
        a for a, (s, _, _) in db.annotations.items() if s == source and polemical in db.tags_of.get(a, ())
    }
    assert {e.id for e in cell} == expected and len(cell) == len(expected)
    assert all(e.location for e in cell)  # cited like an export
    row = project.overview.passages(tag_id=polemical)
    assert {e.id for e in row} == {a for a in db.annotations if polemical in db.tags_of.get(a, ())}
    both = project.overview.passages(tag_id=polemical, other_tag_id=statistical)
    assert {e.id for e in both} == db.cooccurring(polemical, statistical)


def test_bad_filters_are_refused_by_name(project: Project, sample: OverviewSample) -> None:
    with pytest.raises(NotFound, match="no facet 'mood'"):
        project.overview.profile("mood")
    with pytest.raises(NotFound, match="no source with id 99"):
        project.overview.matrix(ExcerptFilter(source_ids=(99,)))


def test_link_map_counts_links_per_pair_of_sources_and_relation(
    project: Project, sample: OverviewSample
) -> None:
    ids = sample.annotation_ids
    made = [
        (ids[0], ids[30], "contradicts"),
        (ids[1], ids[31], "contradicts"),
        (ids[60], ids[2], "contradicts"),
        (ids[3], ids[80], "cites"),
        (ids[4], ids[5], "corroborates"),
    ]
    for a, b, relation in made:
        project.links.create(a, b, relation)
    db = Independent(project.location)
    expected: dict[tuple[int, int, str], int] = {}
    for a, b, relation in made:
        sa, sb = db.annotations[a][0], db.annotations[b][0]
        key = (min(sa, sb), max(sa, sb), relation)
        expected[key] = expected.get(key, 0) + 1
    links = project.overview.link_map()
    assert dict(links.edges) == expected
    assert dict(links.annotations) == {
        s: sum(1 for a in db.annotations.values() if a[0] == s) for s in sample.source_ids
    }
    first, second = sample.source_ids[0], sample.source_ids[1]
    behind = project.overview.linked_passages(second, first, "contradicts")
    assert {e.id for e in behind} == {ids[0], ids[30], ids[1], ids[31]}


def test_timeline_places_sources_by_their_dates(project: Project, sample: OverviewSample) -> None:
    undated = project.sources.import_bytes("u.txt", b"An undated leaflet about the harvest.\n").source_id
    db = Independent(project.location)
    connection = sqlite3.connect(project.path)
    try:
        rows = {
            r[0]: r[1:]
            for r in connection.execute("SELECT id, date_start, date_end, date_approximate FROM sources")
        }
    finally:
        connection.close()
    timeline = project.overview.timeline()
    assert {d.source.id: (d.start, d.end, bool(d.approximate)) for d in timeline.sources} == {
        s: (a, b, bool(c)) for s, (a, b, c) in rows.items()
    }
    assert [d.source.id for d in timeline.undated] == [undated]
    starts = [d.start for d in timeline.sources if d.start]
    assert starts == sorted(starts) and timeline.sources[-1].source.id == undated  # the undated last
    counts = {d.source.id: d.annotations for d in timeline.sources}
    assert counts == {s: sum(1 for a in db.annotations.values() if a[0] == s) for s in rows}
    primary = project.overview.timeline(ExcerptFilter(kind="primary"))
    assert {d.source.id for d in primary.sources} == {s for s, k in db.kinds.items() if k == "primary"}


@pytest.mark.both_engines
def test_a_search_query_narrows_every_chart_to_the_passages_overlapping_a_hit(
    project: Project, sample: OverviewSample
) -> None:
    db = Independent(project.location)
    # Independently: the annotations overlapping an occurrence of the word in their source's text.
    hits = {s: [m.span() for m in re.finditer(r"\bfamine\b", t)] for s, t in db.texts.items()}
    matching = {
        a for a, (s, b, e) in db.annotations.items() if any(hb < e and b < he for hb, he in hits.get(s, ()))
    }
    assert 0 < len(matching) < len(db.annotations)  # the query selects some, not all
    f = ExcerptFilter(query="famine")
    expected: dict[tuple[int, int], int] = {}
    for a in matching:
        for t in db.tags_of.get(a, ()):
            key = (t, db.annotations[a][0])
            expected[key] = expected.get(key, 0) + 1
    assert dict(project.overview.matrix(f).counts) == expected
    profile = project.overview.profile("bias", f)
    assert dict(profile.counts) == {
        (s, t): n for (t, s), n in expected.items() if db.paths[t].startswith("bias/")
    }
    polemical = db.tag_id("bias/polemical")
    behind = project.overview.passages(f, tag_id=polemical)
    assert {e.id for e in behind} == {a for a in matching if polemical in db.tags_of.get(a, ())}
    links = project.overview.link_map(f)
    assert dict(links.annotations) == {
        s: n for s in db.kinds if (n := sum(1 for a in matching if db.annotations[a][0] == s))
    }
    # With the other filters: the query's passages of primary sources only.
    primary = ExcerptFilter(query="famine", kind="primary")
    assert dict(project.overview.matrix(primary).counts) == {
        k: n for k, n in expected.items() if db.kinds[k[1]] == "primary"
    }
    assert not project.overview.matrix(ExcerptFilter(query="zeppelin")).counts


DATED = (
    "Minutes of the district committee, 14 March 1933.\n\n"
    "In January 1933 the grain quota was raised again. The famine reached the villages in the spring of "
    "1933, and from 1932 to 1934 the granaries stood empty.\n"
)


def test_the_timeline_carries_the_events_each_source_dates(project: Project, sample: OverviewSample) -> None:
    told = project.sources.import_bytes(
        "minutes.txt", DATED.encode(), {"title": "Minutes", "kind": "primary", "date_text": "14 March 1933"}
    ).source_id
    timeline = project.overview.timeline()
    # The figures and dates detector's statements of every source on the timeline, in date order.
    for placed in timeline.sources:
        expected = sorted(
            (r.statement for r in project.figures.dates(placed.source.id)),
            key=lambda d: (d.date_start, d.start),
        )
        assert list(timeline.events.get(placed.source.id, ())) == expected
    events = timeline.events[told]
    assert {(d.date_start, d.date_end) for d in events} >= {
        ("1933-01-01", "1933-01-31"),
        ("1932-01-01", "1934-12-31"),
    }
    assert all(DATED[d.start : d.end] for d in events) and timeline.undetected == 0
    secondary = project.overview.timeline(ExcerptFilter(kind="secondary"))
    assert told not in secondary.events  # only the sources the filter keeps
    assert not project.overview.timeline(events=False).events


def test_a_timeline_read_detects_at_most_so_many_sources_and_counts_the_rest(
    project: Project, sample: OverviewSample, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotator.services import overview

    for n in range(3):
        project.sources.import_bytes(
            f"d{n}.txt", f"{DATED}Copy {n}.\n".encode(), {"title": f"Minutes {n}", "date_text": "1933"}
        )
    monkeypatch.setattr(overview, "DETECT_AT_MOST", 2)
    sources = len(project.sources.list())
    first = project.overview.timeline()
    assert first.undetected == sources - 2 and len(first.events) <= 2
    # Detected ones are stored: each read gets two more, until none is left.
    reads = 1
    while project.overview.timeline().undetected:
        reads += 1
        assert reads <= sources
    assert project.overview.timeline().undetected == 0


def test_a_timeline_read_told_to_detect_none_reads_only_what_is_stored(
    project: Project, sample: OverviewSample
) -> None:
    """The window reads with ``detect=0`` (detection goes to a worker thread) and shows what is stored."""
    told = project.sources.import_bytes("minutes.txt", DATED.encode(), {"title": "Minutes"}).source_id
    timeline = project.overview.timeline(detect=0)
    assert not timeline.events and timeline.undetected == len(project.sources.list())
    assert told in project.figures.stored([told])[2]  # nothing detected, nothing stored
