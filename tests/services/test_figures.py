"""The figures service: records detected once per source and stored with the detectors' version (recomputed
when stale, not stored in a read-only project), compared across sources with the spread and whether each
figure is cited, and exported as CSV and XLSX (read back with csv and openpyxl)."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from annotator.domain.errors import InvalidInput, NotFound
from annotator.domain.figures import FIGURES_VERSION
from annotator.domain.structure import STRUCTURE_VERSION
from annotator.services.project import Project

ONE = """The Famine

There is no accounting of how many died in the famine of 1932-1933, but the best estimate is around six
million people (Conquest 1986, 306). By the end of the 1930s, the Gulag contained nearly three million
inmates.

On December 1, 1934, Sergei Kirov was assassinated. It is estimated that about eight million were arrested
in 1936-1938. Of these, perhaps 700,000 were executed.
"""
TWO = """Revision notes

The famine of 1932–33 killed 3.5 million people. Officially recorded executions alone number 681,692 for the
years 1937 and 1938 (Service, 222). Some 14 million passed through the gulags from 1929 to 1953.
"""


def _stored(path: Path) -> list[tuple[int, int, int]]:
    with sqlite3.connect(path) as connection:
        return connection.execute(
            "SELECT source_id, version, structure_version FROM source_figures ORDER BY source_id"
        ).fetchall()


@pytest.fixture
def two_sources(project: Project, write_file) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    one = project.sources.import_file(write_file("one.txt", ONE)).source_id
    two = project.sources.import_file(write_file("two.txt", TWO)).source_id
    return one, two


def test_figures_are_records_of_the_stored_text_and_are_stored_once(
    project: Project, project_path: Path, two_sources: tuple[int, int]
) -> None:
    one, two = two_sources
    records = project.figures.figures(one)
    text = project.sources.text(one)
    assert [(r.text, r.figure.counted, r.figure.period_start, r.figure.period_end) for r in records] == [
        ("six\nmillion", "famine deaths", 1932, 1933),
        ("three million", "Gulag inmates", 1937, 1939),
        ("eight million", "arrests", 1936, 1938),
        ("700,000", "executions", 1936, 1938),
    ]
    assert all(text[r.figure.start : r.figure.end] == r.text for r in records)
    assert _stored(project_path) == [(one, FIGURES_VERSION, STRUCTURE_VERSION)]
    assert [r.id for r in project.figures.figures(one)] == [r.id for r in records]  # stable ids
    everything = project.figures.figures()
    assert {r.source_id for r in everything} == {one, two}
    assert project.figures.stale() == []


def test_records_of_older_detectors_are_recomputed(project: Project, project_path: Path,
                                                   two_sources: tuple[int, int]) -> None:  # fmt: skip
    one, _ = two_sources
    project.figures.figures(one)
    with sqlite3.connect(project_path) as connection:
        connection.execute("UPDATE source_figures SET version = 0, figures = '[]'")
    assert project.figures.stale() == list(two_sources)
    assert len(project.figures.figures(one)) == 4
    assert _stored(project_path)[0] == (one, FIGURES_VERSION, STRUCTURE_VERSION)
    assert project.figures.refresh() == 1
    assert project.figures.stale() == []


def test_a_read_only_project_lists_figures_without_storing_them(project_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        source = project.sources.import_file(write_file("one.txt", ONE)).source_id
    with Project.open(project_path, read_only=True) as project:
        assert len(project.figures.figures(source)) == 4
        assert len(project.figures.dates(source)) >= 3
    assert _stored(project_path) == []


def test_dates_are_records_with_the_event(project: Project, two_sources: tuple[int, int]) -> None:
    one, _ = two_sources
    kirov = next(d for d in project.figures.dates(one) if d.statement.date_start == "1934-12-01")
    assert (kirov.text, kirov.statement.date_end, kirov.statement.event) == (
        "December 1, 1934",
        "1934-12-01",
        "Sergei Kirov was assassinated",
    )


@pytest.mark.both_engines
def test_compare_groups_across_sources_with_spread_and_citations(
    project: Project, two_sources: tuple[int, int]
) -> None:
    one, two = two_sources
    groups = {g.key: g for g in project.figures.compare()}
    famine = groups["death famine"]
    assert [(f.source_id, f.figure.value, f.cited) for f in famine.figures] == [
        (one, 6e6, True),
        (two, 3.5e6, False),
    ]
    assert famine.figures[0].citation == "(Conquest 1986, 306)"
    assert (famine.period_start, famine.period_end, famine.spread) == (1932, 1933, round(6 / 3.5, 2))
    executions = groups["execution"]
    assert [(f.source_id, f.figure.value, f.cited) for f in executions.figures] == [
        (one, 700_000, False),
        (two, 681_692, True),
    ]
    gulag = groups["gulag inmate"]
    assert [f.figure.value for f in gulag.figures] == [3e6, 14e6]
    assert gulag.spread == round(14 / 3, 2)
    assert "arrest" not in groups  # one figure alone is not a comparison
    assert [g.group for g in project.figures.compare()] == list(range(1, len(groups) + 1))


@pytest.mark.both_engines
def test_claims_table_exports_to_csv_and_xlsx(
    project: Project, two_sources: tuple[int, int], tmp_path: Path
) -> None:
    one, two = two_sources
    rows = project.figures.export(tmp_path / "claims.csv")
    with (tmp_path / "claims.csv").open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert len(table) == rows == len(project.figures.figures())
    six = next(r for r in table if r["text"] == "six\nmillion")
    assert (
        six["source_id"],
        six["value"],
        six["unit"],
        six["counted"],
        six["period_start"],
        six["cited"],
    ) == (str(one), "6000000.0", "people", "famine deaths", "1932", "True")
    assert six["source"].startswith("one") and six["group"] != ""
    assert six["citation"] == "(Conquest 1986, 306)"

    project.figures.export(tmp_path / "claims.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "claims.xlsx").active
    header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header[:13] == [
        "source_id",
        "source",
        "citation",
        "text",
        "value",
        "low",
        "high",
        "approx",
        "unit",
        "counted",
        "period",
        "period_start",
        "period_end",
    ]
    assert header[13] == "group"
    assert len(body) == rows
    assert [r[4] for r in body if r[0] == two][:1] == [3.5e6]

    dates = project.figures.export(tmp_path / "dates.xlsx", "dates", [one])
    sheet = openpyxl.load_workbook(tmp_path / "dates.xlsx").active
    header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert header == [
        "source_id", "source", "text", "event", "date_start", "date_end", "start", "end", "when"
    ]  # fmt: skip
    assert len(body) == dates and ["December 1, 1934", "Sergei Kirov was assassinated"] in [
        r[2:4] for r in body
    ]


def test_bad_export_and_unknown_sources_are_refused(project: Project, two_sources: tuple[int, int],
                                                    tmp_path: Path) -> None:  # fmt: skip
    with pytest.raises(InvalidInput, match=r"claims\.pdf: cannot write pdf"):
        project.figures.export(tmp_path / "claims.pdf")
    with pytest.raises(InvalidInput, match=r"the folder .*no-such-folder does not exist"):
        project.figures.export(tmp_path / "no-such-folder" / "claims.csv")
    with pytest.raises(NotFound):
        project.figures.figures(999)


def test_whether_a_figure_is_cited_is_stored_with_it_and_compare_reads_no_evidence(
    project: Project, two_sources: tuple[int, int], project_path: Path
) -> None:
    one, two = two_sources
    listed = {(f.source_id, f.text): (f.cited, f.citation) for f in project.figures.figures()}
    assert listed[(one, "six\nmillion")] == (True, "(Conquest 1986, 306)")
    assert listed[(two, "3.5 million")] == (False, "")
    with sqlite3.connect(project_path) as connection:
        query = "SELECT figures FROM source_figures WHERE source_id = ?"
        (stored,) = connection.execute(query, (one,)).fetchone()
    assert next((r["text"], r["cited"], r["citation"]) for r in json.loads(stored)) == (
        "six\nmillion", True, "(Conquest 1986, 306)"
    )
    project.figures.compare()
    # The evidence of neither source was read (detected and stored) to say which figures are cited.
    assert set(project.evidence.stale()) >= {one, two}


COLUMN = """Parade notes

Seventy years ago, about 40,000 troops marched past the tribune. This year some 12,000 soldiers will
take part.
"""


def test_the_sources_publication_year_dates_its_figures_and_a_new_date_recomputes_them(
    project: Project, project_path: Path, write_file  # type: ignore[no-untyped-def]
) -> None:
    source = project.sources.import_file(write_file("column.txt", COLUMN)).source_id
    undated = {r.text: (r.figure.period_start, r.figure.period_end) for r in project.figures.figures(source)}
    assert undated == {"40,000": (None, None), "12,000": (None, None)}
    project.sources.update_metadata(source, {"date_text": "9 May 2015"})
    assert project.figures.stale() == [source]  # the stored figures were read without the date
    dated = {r.text: (r.figure.period_start, r.figure.period_end) for r in project.figures.figures(source)}
    assert dated == {"40,000": (1945, 1945), "12,000": (2015, 2015)}
    assert project.figures.stale() == []
    project.sources.update_metadata(source, {"reliability_note": "a columnist's"})  # same year: kept
    assert project.figures.stale() == []
    project.sources.update_metadata(source, {"date_text": "2005"})
    assert project.figures.stale() == [source]
    records, _, _ = project.figures.stored([source])
    assert records == []
    found = project.figures.detect_unstored(source, offload=True)
    assert {r.text: r.figure.period_start for r in found[0]} == {"40,000": 1935, "12,000": 2005}
    project.figures.store(found[2])
    assert project.figures.stale() == []
    project.sources.update_metadata(source, {"date_text": "1930s"})  # a decade names no one year
    assert {r.text: r.figure.period_start for r in project.figures.figures(source)} == {
        "40,000": None, "12,000": None}


BULLETIN = """Mill bulletin

The spinning mill closed last April and the weavers were paid off yesterday.
"""


def test_the_sources_date_dates_what_its_text_tells_from_the_time_of_writing(
    project: Project, write_file  # type: ignore[no-untyped-def]
) -> None:
    source = project.sources.import_file(write_file("bulletin.txt", BULLETIN)).source_id
    assert project.figures.dates(source) == []  # no date known: nothing guessed
    project.sources.update_metadata(source, {"date_text": "9 May 2015"})
    assert project.figures.stale() == [source]
    dated = {r.text: (r.statement.date_start, r.statement.date_end) for r in project.figures.dates(source)}
    assert dated == {"last April": ("2015-04-01", "2015-04-30"), "yesterday": ("2015-05-08", "2015-05-08")}
    project.sources.update_metadata(source, {"date_text": "2015"})  # the same year, but no month nor day
    assert project.figures.stale() == [source]
    assert project.figures.dates(source) == []
    found = project.figures.detect_unstored(source, offload=True)
    assert found[1] == []


def test_the_offloaded_detection_takes_the_publication_year_too(
    project: Project, write_file, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    import annotator.services.figures as figures_service

    source = project.sources.import_file(write_file("column.txt", COLUMN)).source_id
    project.sources.update_metadata(source, {"date_text": "2015"})
    monkeypatch.setattr(figures_service, "OFFLOAD_CHARS", 1)  # this short text goes to a process of its own
    found = project.figures.detect_unstored(source, offload=True)
    assert {r.text: r.figure.period_start for r in found[0]} == {"40,000": 1945, "12,000": 2015}


TSAR = """On Sunday, January 9, 1905, the troops fired on the marchers in the capital.

In 490 BC the Athenians defeated the Persians at Marathon, and the 5th century BC saw the walls rebuilt.
"""


def test_the_old_style_setting_recomputes_the_sources_dates_in_the_gregorian_calendar(
    project: Project, write_file, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    import annotator.services.figures as figures_service

    source = project.sources.import_file(write_file("tsar.txt", TSAR)).source_id
    days = {r.text: r.statement.date_start for r in project.figures.dates(source)}
    assert days["January 9, 1905"] == "1905-01-09"
    assert project.figures.stale() == []
    project.sources.update_metadata(source, {"old_style": True})
    assert project.sources.get(source).metadata.old_style is True
    assert project.figures.stale() == [source]  # stored with the other calendar: detected again
    days = {r.text: r.statement.date_start for r in project.figures.dates(source)}
    assert days["January 9, 1905"] == "1905-01-22"
    assert days["490 BC"] == "-0489-01-01" and days["the 5th century BC"] == "-0499-01-01"
    assert project.sources.text(source) == TSAR  # the text is never changed
    project.sources.update_metadata(source, {"reliability_note": "a pamphlet"})  # same calendar: kept
    assert project.figures.stale() == []
    monkeypatch.setattr(figures_service, "OFFLOAD_CHARS", 1)  # a process of its own reads the setting too
    found = project.figures.detect_unstored(source, offload=True)
    assert {d.text: d.statement.date_start for d in found[1]}["January 9, 1905"] == "1905-01-22"
    project.sources.update_metadata(source, {"old_style": False})
    assert project.figures.stale() == [source]
    assert {r.text: r.statement.date_start for r in project.figures.dates(source)}["January 9, 1905"] == (
        "1905-01-09")


def test_dates_before_our_era_are_exported_and_read_back(
    project: Project, write_file, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    import csv

    source = project.sources.import_file(write_file("tsar.txt", TSAR)).source_id
    project.figures.export(tmp_path / "dates.csv", "dates", [source])
    with (tmp_path / "dates.csv").open(encoding="utf-8", newline="") as f:
        rows = {r["text"]: r for r in csv.DictReader(f)}
    assert (rows["490 BC"]["date_start"], rows["490 BC"]["date_end"], rows["490 BC"]["when"]) == (
        "-0489-01-01", "-0489-12-31", "490 BC")
    assert rows["the 5th century BC"]["when"] == "5th century BC"
    assert rows["January 9, 1905"]["when"] == "1905-01-09"
    project.figures.export(tmp_path / "dates.xlsx", "dates", [source])
    sheet = openpyxl.load_workbook(tmp_path / "dates.xlsx").active
    header, *body = [list(r) for r in sheet.iter_rows(values_only=True)]
    back = {r[2]: dict(zip(header, r, strict=True)) for r in body}
    # text cells, not numbers or dates (a spreadsheet holds no date before 1900)
    assert (back["490 BC"]["date_start"], back["490 BC"]["when"]) == ("-0489-01-01", "490 BC")
