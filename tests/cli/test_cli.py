"""Every subcommand, through the real entry point, on a real project file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.texts import ENGLISH, RUSSIAN


@pytest.fixture
def imported(cli, write_file) -> int:  # type: ignore[no-untyped-def]
    result = cli("import", write_file("report.txt", ENGLISH), "--json")
    assert result.code == 0, result.err
    return result.json()[0]["source_id"]


def test_import_reports_each_file(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    good = write_file("letter.txt", RUSSIAN, encoding="koi8-r")
    empty = write_file("empty.txt", b"")
    result = cli(
        "import",
        good,
        empty,
        "--json",
        "--author",
        "A. Teacher",
        "--author",
        "B. Pupil",
        "--date",
        "c. 1931",
        "--kind",
        "primary",
    )
    assert result.code == 2
    reports = result.json()
    assert reports[0]["status"] == "imported"
    assert reports[0]["encoding"] == "koi8-r"
    assert reports[0]["language"] == "ru"
    assert reports[1] == {
        "file": str(empty),
        "status": "refused",
        "error": f"{empty.name}: the file is empty (it holds no text)",
    }
    assert result.err.strip() == f"annotator: {empty.name}: the file is empty (it holds no text)"
    source = cli("sources", "--json").json()[0]
    assert source["authors"] == ["A. Teacher", "B. Pupil"]
    assert (source["date"], source["kind"], source["title"]) == ("c. 1931", "primary", "letter")


def test_import_human_output(cli, write_file) -> None:  # type: ignore[no-untyped-def]
    result = cli("import", write_file("report.txt", ENGLISH), "--title", "District report")
    assert result.code == 0
    assert "as source 1: “District report”" in result.out


def test_duplicate_import_is_refused_with_exit_2(cli, write_file, imported) -> None:  # type: ignore[no-untyped-def]
    result = cli("import", write_file("copy.txt", ENGLISH))
    assert result.code == 2
    assert f"already in the project as source {imported}" in result.err
    assert "Traceback" not in result.err
    assert len(cli("sources", "--json").json()) == 1


def test_sources_records(cli, imported) -> None:  # type: ignore[no-untyped-def]
    records = cli("sources", "--json").json()
    assert set(records[0]) >= {
        "id",
        "title",
        "authors",
        "date",
        "kind",
        "file_name",
        "sha256",
        "length",
        "annotations",
    }
    assert records[0]["length"] == len(ENGLISH)
    human = cli("sources")
    assert "report" in human.out


def test_show_prints_exactly_the_text(cli, imported) -> None:  # type: ignore[no-untyped-def]
    assert cli("show", imported).out == ENGLISH
    start = ENGLISH.index("kulaks")
    assert cli("show", imported, "--start", start, "--end", start + 6).out == "kulaks"
    bad = cli("show", imported, "--start", 5, "--end", 10_000)
    assert bad.code == 2 and bad.out == ""


def test_info_and_edit(cli, imported) -> None:  # type: ignore[no-untyped-def]
    result = cli(
        "edit",
        imported,
        "--title",
        "Report",
        "--url",
        "https://archive.example/r",
        "--rating",
        "4",
        "--archive",
        "Regional archive",
        "--collection",
        "f. 12",
        "--json",
    )
    assert result.code == 0, result.err
    info = cli("info", imported, "--json").json()[0]
    assert (info["title"], info["reliability_rating"], info["archival_collection"]) == ("Report", 4, "f. 12")
    assert info["length"] == len(ENGLISH)
    assert cli("edit", imported, "--url", "nonsense").code == 2
    assert cli("edit", imported).code == 2
    assert "Report" in cli("info", imported).out


def test_tags_listing(cli) -> None:  # type: ignore[no-untyped-def]
    records = cli("tags", "--json").json()
    paths = [r["path"] for r in records]
    assert "bias/loaded-language" in paths and "provenance/cited-scholarship" in paths
    assert "claim-type/statistical" in paths and len(paths) == 26
    assert "bias/loaded-language" in cli("tags").out


def test_tag_add_and_delete(cli, imported) -> None:  # type: ignore[no-untyped-def]
    added = cli("tag-add", "bias", "Soviet triumphalism", "--color", "#884400", "--json").json()[0]
    assert added["path"] == "bias/soviet-triumphalism"
    cli("annotate", imported, "--start", 0, "--end", 3, "--tag", "bias/soviet-triumphalism")
    refused = cli("tag-delete", "bias/soviet-triumphalism")
    assert refused.code == 2 and "choose" in refused.err
    assert cli("tag-delete", "bias/soviet-triumphalism", "--merge-into", "bias/propaganda").code == 0
    assert cli("annotations", "--json").json()[0]["tags"] == ["bias/propaganda"]
    assert cli("tag-delete", "bias/propaganda", "--remove").code == 0


def test_annotate_and_list(cli, imported) -> None:  # type: ignore[no-untyped-def]
    start = ENGLISH.index("eleven families")
    result = cli(
        "annotate",
        imported,
        "--start",
        start,
        "--end",
        start + 15,
        "--tag",
        "CLAIM-TYPE/statistical",
        "--tag",
        "provenance/official-document",
        "--note",
        "a <note> & more",
        "--confidence",
        "4",
        "--evidence",
        "report, p. 2",
        "--json",
    )
    assert result.code == 0, result.err
    record = cli("annotations", "--json").json()[0]
    assert record["quote"] == "eleven families"
    assert record["tags"] == ["provenance/official-document", "claim-type/statistical"]
    assert (record["start"], record["end"], record["source_id"]) == (start, start + 15, imported)
    assert record["note"] == "a <note> & more"
    assert cli("annotations", "--source", imported, "--tag", "bias/polemical", "--json").json() == []
    assert "eleven families" in cli("annotations").out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--start", 10, "--end", 5), "not a passage"),
        (("--start", 0, "--end", 5, "--tag", "bias/unknown"), "no tag"),
        (("--start", 0, "--end", 5, "--tag", "mood/gloomy"), "no facet"),
    ],
)
def test_annotate_refusals(cli, imported, args, message) -> None:  # type: ignore[no-untyped-def]
    result = cli("annotate", imported, *args)
    assert result.code == 2
    assert message in result.err and len(result.err.strip().splitlines()) == 1
    assert cli("annotations", "--json").json() == []


def test_edit_and_delete_annotation(cli, imported) -> None:  # type: ignore[no-untyped-def]
    cli("annotate", imported, "--start", 0, "--end", 3, "--tag", "bias/polemical")
    result = cli(
        "edit-annotation",
        1,
        "--add-tag",
        "claim-type/causal",
        "--remove-tag",
        "bias/polemical",
        "--note",
        "changed",
        "--confidence",
        2,
        "--json",
    )
    record = result.json()[0]
    assert (record["tags"], record["note"], record["confidence"]) == (["claim-type/causal"], "changed", 2)
    assert cli("delete-annotation", 1).code == 0
    assert cli("annotations", "--json").json() == []
    assert cli("delete-annotation", 1).code == 2


def test_link_links_unlink(cli, imported) -> None:  # type: ignore[no-untyped-def]
    cli("annotate", imported, "--start", 0, "--end", 3)
    cli("annotate", imported, "--start", 10, "--end", 20)
    link = cli("link", 1, 2, "--relation", "contradicts", "--note", "really?", "--json").json()[0]
    assert (link["relation"], link["a"]["annotation_id"], link["b"]["annotation_id"]) == ("contradicts", 1, 2)
    assert cli("links", "--source", imported, "--json").json() == [link]
    assert "contradicts" in cli("links").out
    assert cli("link", 1, 2, "--relation", "refutes").code == 2
    assert cli("unlink", link["id"]).code == 0
    assert cli("links", "--json").json() == []


def test_delete_source(cli, imported) -> None:  # type: ignore[no-untyped-def]
    assert cli("delete-source", imported).code == 0
    assert cli("sources", "--json").json() == []
    assert cli("show", imported).code == 2


@pytest.mark.parametrize(
    "args",
    [
        ("show", 99),
        ("info", 99),
        ("annotations", "--tag", "x"),
        ("link", 1, 2, "--relation", "cites"),
        ("unlink", 5),
        ("tag-delete", "bias/none"),
    ],
)
def test_unknown_ids_and_tags_exit_2(cli, args) -> None:  # type: ignore[no-untyped-def]
    result = cli(*args)
    assert result.code == 2
    assert result.err.startswith("annotator: ") and "Traceback" not in result.err


def test_usage_errors_exit_2(cli) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exit_info:
        cli("annotate", "not-a-number", "--start", 1, "--end", 2)
    assert exit_info.value.code == 2


def test_project_option_before_the_subcommand(cli, write_file, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = cli("--project", project_path, "import", write_file("a.txt", ENGLISH), project=None)
    assert result.code == 0
    assert len(cli("sources", "--json").json()) == 1


def test_a_broken_project_file_is_a_clear_error(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.annotator"
    bad.write_text("not a database")
    result = cli("sources", "--project", bad, project=None)
    assert result.code == 2
    assert "not an Annotator project" in result.err


def test_console_script_and_module_entry_points(tmp_path: Path, write_file) -> None:  # type: ignore[no-untyped-def]
    """Real processes: `python -m annotator` and the installed `annotator` script."""
    project = tmp_path / "p.annotator"
    source = write_file("a.txt", "Ünïcode text\nsecond line\n")
    module = subprocess.run(
        [sys.executable, "-m", "annotator", "import", str(source), "--project", str(project), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert module.returncode == 0, module.stderr
    script = Path(sys.executable).with_name("annotator")
    shown = subprocess.run(
        [str(script), "show", "1", "--project", str(project)],
        capture_output=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LC_ALL": "C"},
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == "Ünïcode text\nsecond line\n".encode()
    bad = subprocess.run(
        [str(script), "show", "7", "--project", str(project)], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2
    assert bad.stderr == "annotator: no source with id 7 (see `annotator sources`)\n"
    listed = json.loads(
        subprocess.run(
            [str(script), "sources", "--json", "--project", str(project)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    assert listed[0]["length"] == len("Ünïcode text\nsecond line\n")
