"""Charts drawn from domain data alone (no project): labels, the cut to the busiest sources, bad paths."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from annotator.domain.errors import InvalidInput
from annotator.domain.overview import ChartSource, ChartTag, Matrix, Profile
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


def test_a_chart_file_must_be_svg_pdf_or_png(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match=r"x\.jpg: a chart is written as \.svg, \.pdf or \.png"):
        charts.write_chart(Matrix(TAGS, (), {}), tmp_path / "x.jpg", "caption")
