"""Figures as annotations in every export format (issue 17, item 4): ``ExportOptions(figures=True)`` (the
CLI's ``export --figures``) adds each figure detected in the exported sources as an excerpt with its value,
unit, what it counts and its period. Each file is read back with its own library."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from lxml import etree, html
from openpyxl import load_workbook

from annotator.domain.excerpts import ExcerptFilter
from annotator.io.exporters.base import ExportOptions
from annotator.services.project import Project

FAMINE = (
    "The famine of 1932–33 killed about 3.5 million people in Ukraine. The harvest of that year was poor.\n"
)
GULAG = "By 1939 the camps held 1,317,195 prisoners (Khlevniuk, 2004, 77).\n"
ON = ExportOptions(figures=True)


@pytest.fixture
def sources(project: Project) -> tuple[int, int]:
    famine = project.sources.import_bytes("famine.txt", FAMINE.encode(), {"title": "Famine"}).source_id
    gulag = project.sources.import_bytes("gulag.txt", GULAG.encode(), {"title": "Gulag"}).source_id
    start = FAMINE.index("The harvest")
    project.annotations.create(famine, start, start + len("The harvest of that year was poor"), note="poor")
    return famine, gulag


def _export(project: Project, fmt: str, tmp_path: Path, options: ExportOptions = ON) -> Path:
    path = tmp_path / f"out.{fmt}"
    project.exports.export(ExcerptFilter(), fmt, path, options=options)
    return path


def test_csv_has_a_row_per_figure_with_its_columns(project: Project, sources: tuple[int, int],
                                                    tmp_path: Path) -> None:
    path = _export(project, "csv", tmp_path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    figures = [r for r in rows if r["Figure value"]]
    assert [(r["Title"], r["Quote"], r["Figure value"], r["Figure approx"], r["Figure unit"],
             r["Figure counted"], r["Figure period"]) for r in figures] == [
        ("Famine", "3.5 million", "3500000.0", "about", "people", "famine deaths", "1932–1933"),
        ("Gulag", "1,317,195", "1317195.0", "", "people", "Gulag inmates", "1939"),
    ]  # fmt: skip
    annotation = next(r for r in rows if not r["Figure value"])
    assert annotation["Note"] == "poor" and annotation["Excerpt"]
    # in text order: the figure (offset 33) before the annotation (offset 67) of the same source
    assert [r["Title"] for r in rows] == ["Famine", "Famine", "Gulag"]


def test_without_the_option_nothing_changes(project: Project, sources: tuple[int, int],
                                            tmp_path: Path) -> None:
    path = _export(project, "csv", tmp_path, ExportOptions())
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert "Figure value" not in rows[0] and len(rows) == 2


def test_xlsx_has_the_figure_columns_as_numbers(project: Project, sources: tuple[int, int],
                                                tmp_path: Path) -> None:
    sheet = load_workbook(_export(project, "xlsx", tmp_path))["Excerpts"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    value, counted = header.index("Figure value"), header.index("Figure counted")
    assert [(r[value], r[counted]) for r in rows[1:] if r[value] is not None] == [
        (3_500_000, "famine deaths"), (1_317_195, "Gulag inmates")
    ]


def test_docx_markdown_and_html_have_a_figure_line(project: Project, sources: tuple[int, int],
                                                   tmp_path: Path) -> None:
    line = "about 3,500,000 people; counted: famine deaths; period: 1932–1933"
    paragraphs = [p.text for p in docx.Document(str(_export(project, "docx", tmp_path))).paragraphs]
    assert f"Figure: {line}" in paragraphs
    assert f"**Figure:** {line}" in _export(project, "md", tmp_path).read_text(encoding="utf-8")
    tree = html.fromstring(_export(project, "html", tmp_path).read_bytes())
    assert [d.text_content() for d in tree.xpath('//div[contains(@class, "figure")]')] == [
        f"Figure {line}", "Figure 1,317,195 people; counted: Gulag inmates; period: 1939"
    ]


def test_w3c_annotations_carry_the_figure_in_their_body(project: Project, sources: tuple[int, int],
                                                         tmp_path: Path) -> None:
    data = json.loads(_export(project, "w3c", tmp_path).read_text(encoding="utf-8"))
    items = data["first"]["items"] if "first" in data else data["items"]
    tagged = {"purpose": "tagging", "type": "TextualBody", "value": "Figures"}
    figures = [a for a in items if tagged in a.get("body", [])]
    assert len(figures) == 2
    described = [b["value"] for b in figures[1]["body"] if b["purpose"] == "describing"]
    assert described == ["Figure: 1,317,195 people; counted: Gulag inmates; period: 1939"]
    assert '"exact": "1,317,195"' in json.dumps(figures[1]["target"])
    assert len({a["id"] for a in items}) == len(items)


def test_refi_qda_codes_figures_with_a_code_of_their_own(project: Project, sources: tuple[int, int],
                                                         tmp_path: Path) -> None:
    with zipfile.ZipFile(_export(project, "qdpx", tmp_path)) as archive:
        root = etree.fromstring(archive.read("project.qde"))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    (code,) = root.xpath('//q:Code[@name="Figures"]', namespaces=ns)
    assert code.get("isCodable") == "true" and code.findtext("q:Description", namespaces=ns)
    coded = root.xpath(f'//q:PlainTextSelection[q:Coding/q:CodeRef/@targetGUID="{code.get("guid")}"]',
                       namespaces=ns)
    assert [s.get("name") for s in coded] == ["3.5 million", "1,317,195"]
    assert coded[0].findtext("q:Description", namespaces=ns) == (
        "Figure: about 3,500,000 people; counted: famine deaths; period: 1932–1933"
    )
    guids = root.xpath("//@guid")
    assert len(guids) == len(set(guids))
    schema_path = Path(__file__).resolve().parents[2].parent / "shared" / "schemas" / "Project.xsd"
    if schema_path.exists():  # the standard's schema, where it is beside the repository
        schema = etree.XMLSchema(etree.parse(str(schema_path)))
        assert schema.validate(root), schema.error_log


def test_a_source_filter_exports_only_that_sources_figures(project: Project, sources: tuple[int, int],
                                                           tmp_path: Path) -> None:
    path = tmp_path / "gulag.csv"
    project.exports.export(ExcerptFilter(source_ids=(sources[1],)), "csv", path, options=ON)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert [r["Quote"] for r in rows] == ["1,317,195"]


def test_cli_export_figures(project_path: Path, sources: tuple[int, int], tmp_path: Path) -> None:
    out = tmp_path / "cli.csv"
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "--project", str(project_path), "export", "--format", "csv",
         "--out", str(out), "--figures"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "exported 3 excerpts" in done.stdout
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["Figure counted"] for r in rows if r["Figure value"]] == ["famine deaths", "Gulag inmates"]
