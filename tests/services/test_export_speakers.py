"""Exports carry the speaker, in every format, and can be filtered by speaker; each file is read back with
its own library (csv, openpyxl, python-docx, json, zipfile and our REFI-QDA import)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx
import openpyxl
import pytest

from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.excerpts import ExcerptFilter
from annotator.domain.model import SpeakerRole
from annotator.services.project import Project
from tests.helpers.excerpts import Sample, build_sample


@pytest.fixture
def sample(project: Project) -> Sample:
    s = build_sample(project)
    project.annotations.set_speaker(s.script, "Nikita Khrushchev", "quoted")
    project.annotations.set_speaker(s.denial, "the District Committee", "author")
    return s


def _export(project: Project, tmp_path: Path, name: str, **criteria: object) -> Path:
    path = tmp_path / f"out.{name}"
    project.exports.export(ExcerptFilter(**criteria), name, path)  # type: ignore[arg-type]
    return path


def test_csv_and_xlsx_have_speaker_and_role_columns(project: Project, sample: Sample, tmp_path: Path) -> None:
    with _export(project, tmp_path, "csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    by_id = {int(r["Excerpt"]): r for r in rows}
    assert (by_id[sample.script]["Speaker"], by_id[sample.script]["Speaker role"]) == (
        "Nikita Khrushchev",
        "quoted",
    )
    assert by_id[sample.denial]["Speaker"] == "the District Committee"
    assert (by_id[sample.formula]["Speaker"], by_id[sample.formula]["Speaker role"]) == ("", "")

    sheet = openpyxl.load_workbook(_export(project, tmp_path, "xlsx"))["Excerpts"]
    values = list(sheet.values)
    header = list(values[0])
    cells = {row[0]: dict(zip(header, row, strict=True)) for row in values[1:]}
    assert cells[sample.script]["Speaker"] == "Nikita Khrushchev"
    assert cells[sample.script]["Speaker role"] == "quoted"
    assert cells[sample.formula]["Speaker"] in (None, "")


def test_docx_markdown_and_html_have_a_speaker_line(project: Project, sample: Sample, tmp_path: Path) -> None:
    paragraphs = [p.text for p in docx.Document(str(_export(project, tmp_path, "docx"))).paragraphs]
    assert "Speaker: Nikita Khrushchev (quoted)" in paragraphs
    assert "Speaker: the District Committee (author)" in paragraphs
    assert sum(p.startswith("Speaker: ") for p in paragraphs) == 2

    markdown = _export(project, tmp_path, "md").read_text(encoding="utf-8")
    assert "**Speaker:** Nikita Khrushchev (quoted)" in markdown
    html = _export(project, tmp_path, "html").read_text(encoding="utf-8")
    assert '<span class="label">Speaker </span>Nikita Khrushchev (quoted)' in html


def test_w3c_has_a_describing_body_with_the_speaker(project: Project, sample: Sample, tmp_path: Path) -> None:
    data = json.loads(_export(project, tmp_path, "w3c").read_text(encoding="utf-8"))
    uuid = project.annotations.get(sample.script).uuid
    (item,) = [i for i in data["first"]["items"] if i["id"] == f"urn:uuid:{uuid}"]
    speaker = {"type": "TextualBody", "purpose": "describing", "value": "Speaker: Nikita Khrushchev (quoted)",
               "annotator:speaker": "Nikita Khrushchev", "annotator:speakerRole": "quoted"}  # fmt: skip
    assert speaker in item["body"]


def test_refi_qda_carries_the_speaker_into_another_project(
    project: Project, sample: Sample, tmp_path: Path
) -> None:
    path = _export(project, tmp_path, "qdpx")
    with Project.open(tmp_path / "fresh.annotator") as fresh:
        fresh.exchange.import_qdpx(path)
        spoken = {a.quote.exact: a.speaker for a in fresh.annotations.list() if a.speaker is not None}
        originals = {a.quote.exact: a.speaker for a in project.annotations.list() if a.speaker is not None}
        assert {q: (s.name, s.role) for q, s in spoken.items()} == {
            q: (s.name, s.role) for q, s in originals.items()
        }
        assert SpeakerRole.AUTHOR in {s.role for s in spoken.values()}
        # The speaker line is data, not a note: the notes are as they were.
        notes = {a.quote.exact: a.note for a in fresh.annotations.list()}
        assert notes == {a.quote.exact: a.note for a in project.annotations.list()}


def test_exports_filter_by_speaker(project: Project, sample: Sample, tmp_path: Path) -> None:
    ids = [e.id for e in project.exports.excerpts(ExcerptFilter(speaker="khrushchev"))]
    assert ids == [sample.script]
    assert [e.id for e in project.exports.excerpts(ExcerptFilter(speaker="District"))] == [sample.denial]
    assert ExcerptFilter(speaker=" Khrushchev ").describe() == "excerpts spoken by Khrushchev"
    with open(_export(project, tmp_path, "csv", speaker="Nikita"), encoding="utf-8-sig", newline="") as f:
        assert [int(r["Excerpt"]) for r in csv.DictReader(f)] == [sample.script]
    with pytest.raises(NotFound, match="nobody called 'Stalin'"):
        project.exports.count(ExcerptFilter(speaker="Stalin"))
    project.annotations.set_speaker(sample.formula, "Nikolai Bukharin", "cited")
    with pytest.raises(InvalidInput, match="could be several people"):
        project.exports.count(ExcerptFilter(speaker="Ni"))


def test_a_hostile_speaker_name_stays_text_in_every_format(project: Project, tmp_path: Path) -> None:
    s = build_sample(project)
    hostile = '=HYPERLINK("http://x") <script>alert(1)</script> & *Co*'
    project.annotations.set_speaker(s.script, hostile, "quoted")
    html = _export(project, tmp_path, "html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; *Co*" in html
    markdown = _export(project, tmp_path, "md").read_text(encoding="utf-8")
    assert r"\<script\>alert(1)\</script\> \& \*Co\*" in markdown
    with _export(project, tmp_path, "csv").open(encoding="utf-8-sig", newline="") as f:
        speakers = {r["Speaker"] for r in csv.DictReader(f)}
    assert "'" + hostile in speakers  # a spreadsheet must not run it as a formula
    sheet = openpyxl.load_workbook(_export(project, tmp_path, "xlsx"))["Excerpts"]
    cells = [c for row in sheet.iter_rows() for c in row if c.value == hostile]
    assert cells and all(c.data_type == "s" for c in cells)
    paragraphs = [p.text for p in docx.Document(str(_export(project, tmp_path, "docx"))).paragraphs]
    assert f"Speaker: {hostile} (quoted)" in paragraphs
