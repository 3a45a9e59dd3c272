"""``annotator matrix`` and ``annotator chart``: the records, and every chart file opened back and checked
against counts made with bare sqlite3."""

from __future__ import annotations

import os
import re
import struct
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

import pypdfium2
import pytest

from annotator.services.project import Project
from tests.cli.test_lazy_imports import _imported_after
from tests.helpers.overview_project import Independent, OverviewSample, build_overview_sample

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def sample(project_path: Path) -> OverviewSample:
    with Project.open(project_path) as project:
        project.rename("Famine 1932")
        return build_overview_sample(project, per_source=15)


def _ids(svg: Path, prefix: str) -> list[str]:
    root = ET.parse(svg).getroot()
    return [e.get("id", "") for e in root.iter() if e.get("id", "").startswith(prefix)]


def _texts(svg: Path) -> str:
    root = ET.parse(svg).getroot()
    return "\n".join("".join(e.itertext()) for e in root.iter(f"{SVG}text"))


def test_matrix_json_records_match_the_database(cli, sample: OverviewSample, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("matrix", "--json")
    assert result.code == 0, result.err
    db = Independent(project_path)
    assert {(r["source_id"], r["tag"], r["count"]) for r in result.json()} == {
        (s, db.paths[t], n) for (t, s), n in db.matrix().items()
    }
    assert all(set(r) == {"source_id", "tag", "count"} for r in result.json())
    one = sample.source_ids[0]
    only = cli("matrix", "--json", "--source", one, "--tag", "bias/polemical").json()
    polemical = db.tag_id("bias/polemical")
    assert only == [{"source_id": one, "tag": "bias/polemical", "count": db.matrix({one})[(polemical, one)]}]


def test_profile_svg_has_a_bar_per_counted_tag_and_source_and_the_caption(
    cli, sample, project_path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "profile.svg"
    result = cli("chart", "profile", "--facet", "bias", "--out", out)
    assert result.code == 0, result.err
    assert result.out == f"wrote profile chart to {out}\n"
    db = Independent(project_path)
    expected = {f"bar:{s}:{t}" for (t, s), n in db.matrix().items() if db.paths[t].startswith("bias/") and n}
    assert set(_ids(out, "bar:")) == expected and len(_ids(out, "bar:")) == len(expected)
    text = _texts(out)
    assert "Project “Famine 1932” · filter: everything" in text
    assert "Memoir of a village teacher" in text and "Polemical" in text


def test_matrix_pdf_prints_each_count_and_tag(cli, sample, project_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "matrix.pdf"
    assert cli("chart", "matrix", "--kind", "primary", "--out", out).code == 0
    pdf = pypdfium2.PdfDocument(out)
    try:
        assert len(pdf) == 1
        page = pdf[0]
        text = page.get_textpage().get_text_range()
    finally:
        pdf.close()
    db = Independent(project_path)
    primary = {s for s, k in db.kinds.items() if k == "primary"}
    counts = db.matrix(primary)
    for (t, _), _n in counts.items():
        assert db.names[t] in text and db.paths[t] not in text  # tags by name, as the Tags panel shows them
    words = text.split()
    printed = Counter(int(w) for w in words if w.isdigit())
    extra = printed - Counter(counts.values())
    assert printed - extra == Counter(counts.values())
    today = date.today()
    assert set(extra) <= {today.day, today.year, 1932}  # the caption's date, the title's and project's year
    assert "filter: primary sources" in " ".join(words)


def test_cooccurrence_png_is_sized_from_its_tags(cli, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "co.png"
    assert cli("chart", "cooccurrence", "--out", out).code == 0
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert width > height > 600  # six tags: square cells with room for the rotated labels, at 150 dpi


def test_codeline_svg_has_a_segment_per_tagged_passage(cli, sample, project_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = sample.source_ids[1]
    out = tmp_path / "line.svg"
    assert cli("chart", "codeline", "--source", source, "--out", out).code == 0
    db = Independent(project_path)
    expected = {
        f"segment:{a}:{t}"
        for a, (s, _, _) in db.annotations.items()
        if s == source
        for t in db.tags_of.get(a, ())
    }
    assert set(_ids(out, "segment:")) == expected


def test_bad_charts_are_refused_in_one_line(cli, sample, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for args, message in [
        (("chart", "matrix", "--out", tmp_path / "x.txt"), "x.txt: a chart is written as .svg, .pdf or .png"),
        (("chart", "codeline", "--out", tmp_path / "x.svg"), "give exactly one --source"),
        (("chart", "profile", "--facet", "mood", "--out", tmp_path / "x.svg"), "no facet 'mood'"),
        (("chart", "matrix", "--out", tmp_path / "nowhere" / "x.svg"), "does not exist"),
        (("matrix", "--source", "999"), "no source with id 999"),
    ]:
        result = cli(*args)
        assert result.code == 2 and message in result.err and result.err.count("\n") == 1, result.err
    assert not list(tmp_path.glob("x.*"))


def test_matplotlib_is_imported_only_to_draw(sample, project_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert _imported_after("import annotator.cli.main", packages=("matplotlib",)) == []
    window = "import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\nimport annotator.ui.main_window\n"
    assert _imported_after(window, packages=("matplotlib",)) == []  # the Overview window imports it
    env = os.environ | {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    code = (
        "import sys\n"
        "from annotator.cli.main import main\n"
        "assert main(['matrix', '--json', '--project', sys.argv[1]]) == 0\n"
    )
    assert _imported_after(code, str(project_path), env=env, packages=("matplotlib",)) == []


def test_links_chart_pdf_names_the_relations_and_counts(cli, sample, project_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        ids = sample.annotation_ids  # 15 per source
        project.links.create(ids[0], ids[15], "contradicts")
        project.links.create(ids[1], ids[16], "contradicts")
        project.links.create(ids[2], ids[45], "cites")
    out = tmp_path / "links.pdf"
    result = cli("chart", "links", "--out", out)
    assert result.code == 0, result.err
    pdf = pypdfium2.PdfDocument(out)
    try:
        text = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert "contradicts" in text and "cites" in text and "corroborates" not in text
    assert "Memoir of a village" in text and "Famine 1932" in text


def test_timeline_svg_has_a_bar_per_dated_source(cli, sample, project_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "timeline.svg"
    assert cli("chart", "timeline", "--out", out).code == 0
    assert sorted(_ids(out, "source:")) == sorted(f"source:{s}:0" for s in sample.source_ids)
    assert "A survey of the famine literature · 15" in _texts(out)  # the title and its annotations


def test_matrix_json_with_a_query_counts_only_the_passages_overlapping_a_hit(  # type: ignore[no-untyped-def]
    cli, sample: OverviewSample, project_path: Path
) -> None:
    result = cli("matrix", "--json", "--query", "famine")
    assert result.code == 0, result.err
    db = Independent(project_path)
    hits = {s: [m.span() for m in re.finditer(r"\bfamine\b", t)] for s, t in db.texts.items()}
    expected: Counter[tuple[int, str]] = Counter()
    for a, (s, b, e) in db.annotations.items():
        if any(hb < e and b < he for hb, he in hits[s]):
            for t in db.tags_of.get(a, ()):
                expected[(s, db.paths[t])] += 1
    assert expected and {(r["source_id"], r["tag"]): r["count"] for r in result.json()} == dict(expected)


def _svgs(html: str) -> list:  # type: ignore[type-arg]
    """Each inline ``<svg>`` of the page, parsed as XML on its own (well-formed, in the SVG namespace)."""
    from lxml import etree

    found = re.findall(r"<svg\b.*?</svg>", html, flags=re.DOTALL)
    return [etree.fromstring(svg.encode("utf-8")) for svg in found]


def test_html_export_with_charts_inlines_the_profile_and_matrix_as_svg(  # type: ignore[no-untyped-def]
    cli, sample: OverviewSample, project_path: Path, tmp_path: Path
) -> None:
    import lxml.html

    out = tmp_path / "excerpts.html"
    result = cli("export", "--format", "html", "--charts", "--facet", "bias", "--out", out)
    assert result.code == 0, result.err
    html = out.read_text(encoding="utf-8")
    profile, matrix = _svgs(html)
    assert profile.tag == matrix.tag == f"{SVG}svg"
    db = Independent(project_path)
    bias = {t for t, p in db.paths.items() if p.startswith("bias/")}
    counts = {k: n for k, n in db.matrix().items() if k[0] in bias and n}
    ids = [e.get("id", "") for e in profile.iter()]
    assert {i for i in ids if i.startswith("chart-profile-bar:")} == {
        f"chart-profile-bar:{s}:{t}" for t, s in counts
    }
    cells = [e.get("id", "") for e in matrix.iter() if e.get("id", "").startswith("chart-matrix-cell:")]
    assert sorted(cells) == sorted(f"chart-matrix-cell:{t}:{s}" for t, s in counts)
    texts = "".join(matrix.itertext())
    assert all(str(n) in texts for n in counts.values())
    assert "Project “Famine 1932” · filter: facet bias" in "".join(profile.itertext())
    # One file: the page names no other file, and ids are not repeated between the two charts.
    page = lxml.html.fromstring(out.read_bytes())
    assert page.xpath("//script") == [] and page.xpath("//link") == []
    refs = re.findall(r'(?:href|src)="([^"]*)"', html)
    assert refs and all(r.startswith(("#", "data:image/png;base64,")) for r in refs)
    every_id = re.findall(r'\bid="([^"]*)"', html)
    assert len(every_id) == len(set(every_id))
    plain = tmp_path / "plain.html"
    assert cli("export", "--format", "html", "--out", plain).code == 0
    assert "<svg" not in plain.read_text(encoding="utf-8")


def test_charts_in_another_format_are_refused_by_name(cli, sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "excerpts.md"
    result = cli("export", "--format", "md", "--charts", "--out", out)
    assert result.code != 0 and "charts are exported in HTML only, not md" in result.err
    assert "Traceback" not in result.err and not out.exists()
