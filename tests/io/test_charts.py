"""Charts drawn from domain data alone (no project): labels, the cut to the busiest sources, bad paths."""

from __future__ import annotations

import itertools
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput
from annotator.domain.overview import ChartSource, ChartTag, Cooccurrence, LinkMap, Matrix, Profile
from annotator.io import charts

TAGS = (
    ChartTag(1, "bias/polemical", "Polemical", "#1188AA"),
    ChartTag(2, "bias/apologetic", "Apologetic", "#33BBAA"),
)


def _sources(n: int) -> tuple[ChartSource, ...]:
    return tuple(ChartSource(i, f"Source {i:03}", "primary", "1932", 1000, 6000) for i in range(1, n + 1))


def test_a_matrix_of_many_sources_draws_the_busiest_and_says_so(tmp_path: Path) -> None:
    sources = _sources(charts.MAX_SOURCES + 10)
    counts = {(1, s.id): s.id for s in sources}  # the later the source, the more annotations
    out = charts.write_chart(Matrix(TAGS, sources, counts), tmp_path / "m.svg", "caption")
    root = ET.parse(out).getroot()
    cells = [e.get("id") for e in root.iter() if (e.get("id") or "").startswith("cell:")]
    assert sorted(cells) == sorted(f"cell:1:{s.id}" for s in sources[10:])
    text = " ".join("".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text"))
    assert f"the {charts.MAX_SOURCES} sources with the most annotations, of {len(sources)}" in text


def test_long_titles_are_wrapped_and_cut_never_lost(tmp_path: Path) -> None:
    title = "A very long title of a report of the district committee on the grain procurement campaign " * 3
    assert charts.label(title).count("\n") == 1 and charts.label(title).endswith("…")
    assert all(len(line) <= charts.LABEL_WIDTH for line in charts.label(title).splitlines())
    profile = Profile(
        "bias", "Bias", TAGS, (ChartSource(1, title, None, "", 100, 600),), {(1, 1): 2, (1, 2): 1}
    )
    out = charts.write_chart(profile, tmp_path / "p.png", "caption")
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_matrix_and_cooccurrence_label_tags_by_name_not_path(tmp_path: Path) -> None:
    sources = _sources(2)
    for data, name in ((Matrix(TAGS, sources, {(1, 1): 3, (2, 2): 1}), "m.svg"),
                       (Cooccurrence(TAGS, {(1, 2): 2}, {1: 3, 2: 1}), "co.svg")):  # fmt: skip
        root = ET.parse(charts.write_chart(data, tmp_path / name, "caption")).getroot()
        text = " ".join("".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text"))
        assert "Polemical" in text and "Apologetic" in text, name
        assert "bias/" not in text, name


def test_a_chart_file_must_be_svg_pdf_or_png(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"x\.jpg: a chart is written as \.svg, \.pdf or \.png"):
        charts.write_chart(Matrix(TAGS, (), {}), tmp_path / "x.jpg", "caption")


def test_a_link_map_draws_an_edge_per_pair_and_relation_with_its_count(tmp_path: Path) -> None:
    sources = _sources(4)
    edges = {(1, 2, "contradicts"): 3, (1, 2, "cites"): 1, (2, 4, "corroborates"): 2, (3, 3, "cites"): 5}
    links = LinkMap(sources, {1: 10, 2: 4, 3: 7, 4: 1}, edges)
    out = charts.write_chart(links, tmp_path / "links.svg", "caption")
    root = ET.parse(out).getroot()
    drawn = {e.get("id") for e in root.iter() if (e.get("id") or "").startswith("link:")}
    assert drawn == {"link:1:2:contradicts", "link:1:2:cites", "link:2:4:corroborates"}  # none inside one
    text = [("".join(e.itertext())).strip() for e in root.iter("{http://www.w3.org/2000/svg}text")]
    assert {"3", "1", "2"} <= set(text) and "contradicts" in text and "Source 001" in text
    assert charts.parse_gid("link:1:2:same-event") == charts.Mark("link", 1, 2, "same-event")


def test_a_heat_maps_cells_are_one_image_whose_clicks_name_the_cell_under_the_mouse() -> None:
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.text import Text

    sources = _sources(3)
    matrix = Matrix(TAGS, sources, {(1, 1): 3, (1, 3): 12, (2, 2): 1})
    figure = charts.figure_for(matrix)  # as the window draws it
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    (image,) = [a for a in figure.findobj() if hasattr(a, "annotator_grid")]
    ax = figure.axes[0]

    def click(column: float, row: float) -> charts.Mark | None:
        x, y = ax.transData.transform((column, row))
        return charts.mark_of(image, MouseEvent("button_press_event", canvas, x, y, 1))

    assert click(2, 0) == charts.Mark("cell", 1, 3)
    assert click(2.4, -0.4) == charts.Mark("cell", 1, 3)  # anywhere in the cell
    assert click(1, 1) == charts.Mark("cell", 2, 2)
    assert click(1, 0) is None  # an empty cell lists nothing
    # On a screen the counts are glyph outlines (no texts to lay out); in a vector file they are texts.
    counts = {t.get_text() for t in figure.findobj(Text)}
    assert not counts & {"3", "12", "1"}
    vector = charts.figure_for(matrix, vector=True)
    assert {t.get_text() for t in vector.findobj(Text)} >= {"3", "12", "1"}


def test_a_link_map_of_many_sources_draws_the_busiest_and_picks_edges_from_one_collection() -> None:
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.lines import Line2D

    sources = _sources(charts.MAX_SOURCES + 5)
    annotations = {s.id: s.id for s in sources}  # the later, the busier
    edges = {(s.id, s.id + 1, "cites"): 1 for s in sources[:-1]}
    edges[(sources[0].id, sources[1].id, "contradicts")] = 2  # between two of the quietest: left out
    figure = charts.figure_for(LinkMap(sources, annotations, edges))
    FigureCanvasAgg(figure).draw()
    (cites,) = [a for a in figure.findobj() if hasattr(a, "annotator_marks")]
    kept = {s.id for s in sources[5:]}
    assert cites.annotator_marks == [f"link:{a}:{b}:cites" for a, b, _ in sorted(edges) if {a, b} <= kept]
    assert not [a for a in figure.findobj(Line2D) if (a.get_gid() or "").startswith("link:")]
    event = MouseEvent("button_press_event", figure.canvas, 0, 0)
    assert charts.mark_of(cites, event, [3]) == charts.parse_gid(cites.annotator_marks[3])
    assert f"the {charts.MAX_SOURCES} sources with the most annotations, of {len(sources)}" in (
        figure.axes[0].get_title()
    )


def test_dollars_in_a_title_stay_dollars_not_mathematics(tmp_path: Path) -> None:
    from matplotlib.text import Text

    title = "Bread at $5 and $10"
    profile = Profile("bias", "Bias", TAGS, (ChartSource(1, title, None, "", 100, 600),), {(1, 1): 2})
    figure = charts.figure_for(profile)
    ticks = [t for t in figure.findobj(Text) if "Bread" in t.get_text()]
    assert all(not t._preprocess_math(t.get_text())[1] for t in ticks)  # not mathtext
    # On screen the titles are a column Pillow draws as they are (no mathematics there): unescaped.
    from annotator.io.text_column import TextColumn

    assert title in [text for column in figure.findobj(TextColumn) for _, text in column.lines]
    root = ET.parse(charts.write_chart(profile, tmp_path / "p.svg", "caption")).getroot()
    text = " ".join("".join(e.itertext()) for e in root.iter("{http://www.w3.org/2000/svg}text"))
    assert title in text


def test_a_timeline_of_many_sources_draws_its_bars_as_collections_and_names_each_lane_once() -> None:
    """500 sources were 500 rectangles and 500 ticks (7 s to draw): on screen the bars are collections
    picked by index, the lanes labelled once each, and a click still names the source under it."""
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.patches import Rectangle

    from annotator.domain.overview import DatedSource, SourceTimeline

    placed = []
    for n, source in enumerate(_sources(120)):
        kind = ("primary", "secondary", "tertiary")[n % 3]
        year = 1900 + n % 50
        start, end = (f"{year}-01-01", f"{year + 3}-12-31") if n % 2 else (f"{year}-05-01", f"{year}-05-01")
        placed.append(DatedSource(ChartSource(source.id, source.title, kind, str(year), 10, 100), start, end,
                                  n % 5 == 0, n))  # fmt: skip
    figure = charts.figure_for(SourceTimeline(tuple(placed)))
    FigureCanvasAgg(figure).draw()
    assert not [a for a in figure.findobj(Rectangle) if (a.get_gid() or "").startswith("source:")]
    bars = [a for a in figure.findobj() if hasattr(a, "annotator_marks")]
    marks = [m for b in bars for m in b.annotator_marks]
    assert sorted(marks) == sorted(f"source:{d.source.id}:0" for d in placed)
    event = MouseEvent("button_press_event", figure.canvas, 0, 0)
    assert charts.mark_of(bars[0], event, [2]) == charts.parse_gid(bars[0].annotator_marks[2])
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["primary", "secondary", "tertiary"]


def test_a_timeline_file_of_many_sources_shows_the_busiest_and_says_so(tmp_path: Path) -> None:
    """On screen every source has its row (the window scrolls); a file of 500 rows was a page 150 inches
    tall (6 s to write as PNG), so a file keeps the sources with the most annotations, as other charts do."""
    from annotator.domain.overview import DatedSource, SourceTimeline

    many = charts.MAX_SOURCES + 7
    placed = tuple(
        DatedSource(ChartSource(s.id, s.title, "primary", "1932", 10, 100), f"{1900 + s.id}-01-01",
                    f"{1900 + s.id}-12-31", False, s.id)
        for s in _sources(many)
    )  # fmt: skip
    timeline = SourceTimeline(placed)
    screen = charts.figure_for(timeline)
    assert screen.get_size_inches()[1] == charts.timeline_size(timeline)[1]
    out = charts.write_chart(timeline, tmp_path / "timeline.svg", "caption")
    ids = {e.get("id") for e in ET.parse(out).iter() if (e.get("id") or "").startswith("source:")}
    assert ids == {f"source:{s}:0" for s in range(8, many + 1)}  # the busiest: the later
    assert f"the {charts.MAX_SOURCES} sources with the most annotations, of {many}" in out.read_text()


def test_a_profile_on_screen_draws_a_collection_per_tag_picked_by_index() -> None:
    """A bar artist per cell and a text per total made a profile PNG over a second: on screen and in PNG
    each tag's bars are one collection naming its cells (zeros left out), and a click names the cell."""
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.patches import Rectangle

    sources = _sources(40)
    counts = {(s.id, t.id): (s.id + t.id) % 4 for s in sources for t in TAGS}
    figure = charts.figure_for(Profile("bias", "Bias", TAGS, sources, counts))
    FigureCanvasAgg(figure).draw()
    assert not [a for a in figure.findobj(Rectangle) if (a.get_gid() or "").startswith("bar:")]
    bars = [a for a in figure.findobj() if hasattr(a, "annotator_marks")]
    assert sorted(m for b in bars for m in b.annotator_marks) == sorted(
        f"bar:{s}:{t}" for (s, t), n in counts.items() if n
    )
    event = MouseEvent("button_press_event", figure.canvas, 0, 0)
    assert charts.mark_of(bars[1], event, [0]) == charts.parse_gid(bars[1].annotator_marks[0])


def test_a_code_lines_paragraph_labels_never_run_into_each_other() -> None:
    """An essay whose second and third paragraphs start 20 characters apart in 10,000: their numbers were
    printed over each other ("23"); a label too close to the one before is left out, its line kept."""
    from matplotlib.figure import Figure

    from annotator.domain.overview import CodeLine, Segment

    starts = (0, 180, 200, 9_400, 9_800)
    line = CodeLine(
        ChartSource(1, "An essay", "secondary", "1995", 40, 10_000),
        TAGS[:1],
        (Segment(300, 900, 1, 1),),
        tuple((start, str(n)) for n, start in enumerate(starts, 1)),
    )
    figure = Figure(figsize=(8, 3))
    charts.draw_codeline(figure, line)
    (ax,) = figure.axes
    ticks = list(ax.get_xticks())
    assert ticks[0] == 0 and 9_400 in ticks
    assert all(b - a >= 10_000 / 40 for a, b in itertools.pairwise(ticks))
    # every paragraph keeps its faint line (axvline)
    assert sorted(line.get_xdata()[0] for line in ax.lines) == list(starts)


def test_a_timeline_lane_of_sources_without_a_kind_says_so_in_words() -> None:
    """The lane of sources whose kind was never set was labelled with a lone dash."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from annotator.domain.overview import DatedSource, SourceTimeline

    memoir = ChartSource(1, "A memoir", "primary", "1962", 10, 100)
    essay = ChartSource(2, "An essay", None, "1995", 10, 100)
    placed = (
        DatedSource(memoir, "1962-01-01", "1962-12-31", False, 3),
        DatedSource(essay, "1995-01-01", "1995-12-31", False, 2),
    )
    figure = charts.figure_for(SourceTimeline(placed))
    FigureCanvasAgg(figure).draw()
    assert [t.get_text() for t in figure.axes[0].get_yticklabels()] == ["primary", "kind not set"]
