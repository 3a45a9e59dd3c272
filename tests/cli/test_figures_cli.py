"""``annotator figures`` and ``annotator dates``: the records as a JSON contract (exactly the issue's fields),
the comparison across sources, exports, and one-line errors with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from annotator.services.project import Project

ONE = """The famine of 1932-1933 killed around six million people. On December 1, 1934, Sergei Kirov was
assassinated. By the end of the 1930s, the Gulag contained nearly three million inmates.
"""
TWO = """The famine of 1932–33 killed 3.5 million people (Davies 2004, 401). Other estimates of famine deaths
run from 5 to 7
million.
"""
FIGURE_FIELDS = [
    "id",
    "source_id",
    "start",
    "end",
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
DATE_FIELDS = ["id", "source_id", "start", "end", "text", "event", "date_start", "date_end", "when"]


@pytest.fixture
def sources(project_path: Path, write_file) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        one = project.sources.import_file(write_file("one.txt", ONE)).source_id
        two = project.sources.import_file(write_file("two.txt", TWO)).source_id
    return one, two


def test_figures_json_has_exactly_the_contract_fields(cli, sources: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    one, two = sources
    result = cli("figures", "--source", one, "--json")
    assert (result.code, result.err) == (0, "")
    records = result.json()
    assert all(list(r) == FIGURE_FIELDS for r in records)
    six = records[0]
    assert six | {"id": ""} == {
        "id": "", "source_id": one, "start": ONE.index("around six") + 7, "end": ONE.index(" people"),
        "text": "six million", "value": 6e6, "low": None, "high": None, "approx": "around", "unit": "people",
        "counted": "famine deaths", "period": "1932-1933", "period_start": 1932, "period_end": 1933,
    }  # fmt: skip
    ranges = [r for r in cli("figures", "--json").json() if r["source_id"] == two and r["low"] is not None]
    assert [(r["text"], r["low"], r["high"], r["value"]) for r in ranges] == [
        ("from 5 to 7\nmillion", 5e6, 7e6, None)
    ]


def test_compare_json(cli, sources: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    one, two = sources
    groups = cli("figures", "--compare", "--json").json()
    famine = next(g for g in groups if g["counted"] == "famine deaths")
    assert list(famine) == ["group", "counted", "period_start", "period_end", "spread", "figures"]
    assert (famine["period_start"], famine["period_end"]) == (1932, 1933)
    assert [(f["source_id"], f["text"], f["cited"]) for f in famine["figures"]] == [
        (one, "six million", False),
        (two, "3.5 million", True),
        (two, "from 5 to 7\nmillion", False),
    ]
    assert famine["spread"] == round(7 / 3.5, 2)
    assert all(list(f)[: len(FIGURE_FIELDS)] == FIGURE_FIELDS for f in famine["figures"])
    text = cli("figures", "--compare").out
    assert "group 1: famine deaths  1932–1933  spread ×2" in text


def test_dates_json(cli, sources: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    one, _ = sources
    records = cli("dates", "--source", one, "--json").json()
    assert all(list(r) == DATE_FIELDS for r in records)
    kirov = next(r for r in records if r["date_start"] == "1934-12-01")
    assert (kirov["text"], kirov["date_end"], kirov["event"]) == (
        "December 1, 1934",
        "1934-12-01",
        "Sergei Kirov was\nassassinated".replace("\n", " "),
    )
    decade = next(r for r in records if r["text"] == "the end of the 1930s")
    assert (decade["date_start"], decade["date_end"]) == ("1937-01-01", "1939-12-31")


def test_export_writes_the_claims_table(cli, sources: tuple[int, int], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("figures", "--export", tmp_path / "claims.xlsx")
    assert result.code == 0 and "figures written to" in result.out
    rows = list(openpyxl.load_workbook(tmp_path / "claims.xlsx").active.iter_rows(values_only=True))
    assert rows[0][:4] == ("source_id", "source", "citation", "text") and len(rows) > 3
    assert cli("dates", "--export", tmp_path / "dates.csv").code == 0
    assert (tmp_path / "dates.csv").read_text(encoding="utf-8").startswith("source_id,source,text,event")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("figures", "--source", "99", "--json"), "annotator: no source with id 99"),
        (("dates", "--source", "99"), "annotator: no source with id 99"),
        (("figures", "--export", "claims.pdf"), "claims.pdf: cannot write pdf; use .csv or .xlsx"),
    ],
)
def test_errors_exit_2_with_one_line(
    cli, sources: tuple[int, int], args: tuple[str, ...], message: str
) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.code == 2 and result.out == ""
    assert result.err.count("\n") == 1 and message in result.err


def test_listing_works_while_the_app_holds_the_project(project_path: Path, sources: tuple[int, int]) -> None:
    from tests.helpers.holder import holding

    with holding(project_path):
        import subprocess
        import sys

        done = subprocess.run(
            [sys.executable, "-m", "annotator", "--project", str(project_path), "figures", "--json"],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert '"counted": "famine deaths"' in done.stdout


def test_figures_of_a_dated_source_are_dated_by_its_year(project_path: Path, cli, write_file) -> None:  # type: ignore[no-untyped-def]
    with Project.open(project_path) as project:
        text = "Column\n\nThis year some 12,000 soldiers will march, against 9,000 last year.\n"
        source = project.sources.import_file(write_file("column.txt", text)).source_id
        project.sources.update_metadata(source, {"date_text": "May 2015"})
    result = cli("figures", "--source", source, "--json")
    assert result.code == 0
    assert [(r["text"], r["period_start"]) for r in json.loads(result.out)] == [
        ("12,000", 2015), ("9,000", 2014)]


OLD = """On Sunday, January 9, 1905, the troops fired on the marchers in the capital.

In 490 BC the Athenians defeated the Persians at Marathon; from 27 BC to AD 14 Augustus ruled alone.
"""


def test_the_old_style_setting_from_the_command_line_and_dates_before_our_era(  # type: ignore[no-untyped-def]
    cli, project_path: Path, write_file
) -> None:
    with Project.open(project_path) as project:
        source = project.sources.import_file(write_file("old.txt", OLD)).source_id

    def days() -> dict[str, tuple[str, str]]:
        records = cli("dates", "--source", source, "--json").json()
        return {r["text"]: (r["date_start"], r["when"]) for r in records}

    assert days()["January 9, 1905"] == ("1905-01-09", "1905-01-09")
    assert days()["490 BC"] == ("-0489-01-01", "490 BC")
    assert days()["from 27 BC to AD 14"] == ("-0026-01-01", "27 BC – AD 14")
    result = cli("edit", source, "--old-style", "--json")
    assert (result.code, result.json()[0]["old_style"]) == (0, True)
    assert days()["January 9, 1905"] == ("1905-01-22", "1905-01-22")  # recomputed: stale after the edit
    lines = cli("dates", "--source", source).out.splitlines()
    assert any("490 BC" in line and "Athenians defeated" in line for line in lines)
    assert cli("edit", source, "--no-old-style", "--json").json()[0]["old_style"] is False
    assert days()["January 9, 1905"][0] == "1905-01-09"
    assert cli("edit", source, "--field", "old_style=yes", "--json").json()[0]["old_style"] is True
    refused = cli("edit", source, "--field", "old_style=perhaps")
    assert refused.code == 2 and "neither yes nor no" in refused.err


ANCIENT = "In 480 BC the fleet of the league held 370 ships; from 27 BC to AD 14 the legions numbered 28.\n"


def test_figures_before_our_era_take_their_years_as_periods(  # type: ignore[no-untyped-def]
    cli, project_path: Path, write_file
) -> None:
    with Project.open(project_path) as project:
        source = project.sources.import_file(write_file("ancient.txt", ANCIENT)).source_id
    records = cli("figures", "--source", source, "--json").json()
    # the years written with their era are no figures; astronomical years, as the dates are (480 BC = -479)
    assert [(r["text"], r["period_start"], r["period_end"]) for r in records] == [
        ("370", -479, -479), ("28", -26, 14)]
    lines = cli("figures", "--source", source).out.splitlines()
    assert any("370" in line and "480 BC" in line for line in lines)
    assert any("28" in line and "27 BC – AD 14" in line for line in lines)
