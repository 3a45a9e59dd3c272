"""The commands added in session 3 (people, speakers, figures, dates, evidence, bibliography, Zotero, --field,
chart) given bad input, or run while another Annotator holds the project.

Bad input exits 2 with one line on stderr naming what was wrong, never a traceback, and leaves every row of
the project as it was. Commands that only read work while the app holds the project; those that change it
are refused, naming the holder.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from annotator.services.project import Project
from tests.helpers.holder import holding
from tests.helpers.texts import ENGLISH
from tests.helpers.unprivileged import run_unprivileged
from tests.helpers.zotero_library import historians_library
from tests.services.test_derived_versions import digest_of, with_stale_row

FIGURES = "\nIn 1932 grain output was 69.9 million tons; by 1933 it had reached 89.8 million tons.\n"


# Derived from the text and stored the first time something reads them (a derived write, even while the
# command is then refused for a bad id): caches, not the historian's data.
DERIVED = {"source_structure", "source_evidence", "source_figures"}


def rows_checksum(path: Path) -> str:
    """Every row of every table but the derived ones, in a stable order: equal when the refused command
    changed nothing."""
    digest = hashlib.sha256()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in sorted(set(tables) - DERIVED):
            digest.update(table.encode())
            for row in sorted(repr(r) for r in connection.execute(f'SELECT * FROM "{table}"')):
                digest.update(row.encode())
    finally:
        connection.close()
    return digest.hexdigest()


@pytest.fixture
def populated(project_path: Path, write_file) -> Path:  # type: ignore[no-untyped-def]
    """A project with a source with figures, an annotation spoken by "the secretary" and another unspoken."""
    with Project.open(project_path) as project:
        source = project.sources.import_file(write_file("report.txt", ENGLISH + FIGURES)).source_id
        start = ENGLISH.index("spring sowing")
        project.annotations.create(source, start, start + 13, [], speaker=("the secretary", "quoted"))
        project.annotations.create(source, 0, 10, [], note="plain")
    return project_path


def _refused(cli, project_path: Path, *args: object) -> str:  # type: ignore[no-untyped-def]
    before = rows_checksum(project_path)
    result = cli(*args)
    assert result.code == 2, (args, result)
    assert len(result.err.strip().splitlines()) == 1 and result.err.startswith("annotator: "), result.err
    assert "internal error" not in result.err and "Traceback" not in result.err, result.err
    assert rows_checksum(project_path) == before, f"{args} changed the project"
    return result.err.strip()


INVISIBLE = "\u200f\u200e\u202b\u202c\u2066\u2069\u200b\ufeff"  # bidi marks, embeddings, isolates, zero-width


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("evidence", 99), "no source with id 99"),
        (("evidence", 1, "--reject", "abc"), "no evidence item 'abc'"),
        (("figures", "--source", 99), "no source with id 99"),
        (("dates", "--source", 99), "no source with id 99"),
        (("figures", "--compare", "--source", 99), "no source with id 99"),
        (("rename-person", 99, "X"), "no person with id 99"),
        (("rename-person", 1, "   "), "needs a name"),
        (("rename-person", 1, "\x00\x07"), "needs a name"),
        (("rename-person", 1, INVISIBLE), "needs a name"),
        (("rename-person", 1, "x" * 10_000), "longer than 200 characters"),
        (("merge-people", 1, 99), "no person with id 99"),
        (("annotate", 1, "--start", 0, "--end", 5, "--speaker", ""), "needs a name"),
        (("annotate", 1, "--start", 0, "--end", 5, "--speaker", INVISIBLE), "needs a name"),
        (("annotate", 1, "--start", 0, "--end", 5, "--speaker", "y" * 10_000), "longer than 200"),
        (("annotate", 1, "--start", 0, "--end", 5, "--role", "author"), "--role"),
        (("edit-annotation", 1, "--speaker", "\u202e\u202c"), "needs a name"),
        (("edit-annotation", 99, "--speaker", "X"), "no annotation with id 99"),
        (("edit", 99, "--field", "volume=1"), "no source with id 99"),
        (("edit", 1, "--field", "volume"), "--field 'volume'"),
        (("edit", 1, "--field", "nosuch=1"), "--field nosuch"),
        (("edit", 1, "--field", "DOI=not a doi"), "--field DOI"),
        (("edit", 1, "--field", "ISBN=123"), "--field ISBN"),
        (("edit", 1, "--field", "type=nonsense"), "--field type"),
        (("info", 99, "--json"), "no source with id 99"),
        (("annotations", "--speaker", ""), "needs a name"),
        (("export", "--format", "csv", "--speaker", " ", "--out", "{tmp}/e.csv"), "--speaker"),
        (("zotero-import", "{tmp}"), "no zotero.sqlite here"),
        (("zotero-import", "{tmp}/damaged"), "not a Zotero database"),
        (("zotero-import", "{tmp}/damaged", "--match"), "not a Zotero database"),
        (("metadata-import", "{tmp}/not.json"), "not valid CSL-JSON"),
        (("metadata-import", "{tmp}/report.txt"), "neither CSL-JSON nor BibTeX"),
        (("metadata-import", "{tmp}/binary.bib"), "UTF-8"),
        (("metadata-import", "{tmp}/deep.json"), "deep.json: not CSL-JSON (nested too deeply"),
        (("bibliography", "--format", "bibtex", "--out", "{tmp}"), "folder"),
        (("bibliography", "--format", "bibtex", "--out", "{tmp}/no/such.bib"), "does not exist"),
        (("figures", "--export", "{tmp}"), "use .csv or .xlsx"),
        (("figures", "--export", "{tmp}/figures.txt"), "use .csv or .xlsx"),
        (("dates", "--export", "{tmp}/no/such.csv"), "no/such.csv"),
        (("export", "--format", "docx", "--out", "{tmp}"), "folder"),
        (("chart", "profile", "--out", "{tmp}/folder.svg"), "folder.svg"),
    ],
    ids=lambda v: " ".join(map(str, v))[:60] if isinstance(v, tuple) else None,
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(  # type: ignore[no-untyped-def]
    cli, populated: Path, tmp_path: Path, args: tuple[object, ...], expected: str
) -> None:
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "zotero.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    (tmp_path / "not.json").write_text("hello, not JSON", encoding="utf-8")
    (tmp_path / "binary.bib").write_bytes(b"\x00\xff\xfe@@@")
    (tmp_path / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (tmp_path / "folder.svg").mkdir()
    args = tuple(str(a).replace("{tmp}", str(tmp_path)) for a in args)
    assert expected in _refused(cli, populated, *args)


def test_a_role_without_a_speaker_is_refused_as_edit_annotation_refuses_it(  # type: ignore[no-untyped-def]
    cli, populated: Path
) -> None:
    # Before, `annotate --role author` without --speaker made an annotation nobody speaks in.
    message = _refused(cli, populated, "annotate", 1, "--start", 0, "--end", 5, "--role", "author")
    assert message == "annotator: --role author needs --speaker (who speaks as author?)"
    made = cli("annotate", 1, "--start", 0, "--end", 5, "--speaker", "Kalinin", "--json").json()[0]
    assert (made["speaker"], made["speaker_role"]) == ("Kalinin", "quoted")  # the default role stays


def test_an_empty_speaker_filter_is_refused_not_taken_as_everyone(  # type: ignore[no-untyped-def]
    cli, populated: Path, tmp_path: Path
) -> None:
    # Before, `export --speaker ""` exported every excerpt, and `annotations --speaker ""` listed those of
    # the only person there was: a script passing an empty variable got the wrong excerpts without a word.
    out = tmp_path / "e.csv"
    assert "--speaker" in _refused(cli, populated, "export", "--format", "csv", "--speaker", "", "--out", out)
    assert not out.exists()
    assert "needs a name" in _refused(cli, populated, "annotations", "--speaker", "  ")


def test_an_unwritable_output_is_one_line_and_changes_nothing(populated: Path, tmp_path: Path) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    os.chmod(folder, 0o555)
    before = rows_checksum(populated)
    try:
        for args in (
            ("chart", "profile", "--out", folder / "c.svg"),
            ("bibliography", "--format", "bibtex", "--out", folder / "b.bib"),
            ("figures", "--export", folder / "f.csv"),
            ("dates", "--export", folder / "d.xlsx"),
            ("export", "--format", "csv", "--figures", "--out", folder / "e.csv"),
        ):
            result = run_unprivileged("-m", "annotator", *map(str, args), "--project", str(populated))
            assert result.returncode == 2, (args, result)
            assert len(result.stderr.splitlines()) == 1 and "internal error" not in result.stderr, result
            assert str(folder) in result.stderr and "Permission denied" in result.stderr, result
    finally:
        os.chmod(folder, 0o755)
    assert list(folder.iterdir()) == []
    assert rows_checksum(populated) == before


def test_reading_commands_work_and_changing_ones_are_refused_while_the_app_holds_the_project(  # type: ignore[no-untyped-def]
    cli, populated: Path, tmp_path: Path
) -> None:
    zotero = historians_library(tmp_path / "zotero")
    with holding(populated) as app:
        before = populated.read_bytes()
        for args in (
            ("people", "--json"),
            ("figures",),
            ("figures", "--compare"),
            ("dates", "--json"),
            ("figures", "--export", tmp_path / "f.csv"),
            ("dates", "--export", tmp_path / "d.xlsx"),
            ("evidence", 1),
            ("info", 1, "--json"),
            ("sources", "--json"),
            ("export", "--format", "csv", "--speaker", "secretary", "--figures", "--out", tmp_path / "e.csv"),
            # Before, these two were refused as if they changed the project: they only read it.
            ("bibliography", "--format", "bibtex", "--out", tmp_path / "b.bib"),
            ("bibliography", "--format", "csl-json", "--out", "-"),
            ("zotero-import", zotero),
            ("matrix", "--json"),
            ("chart", "profile", "--out", tmp_path / "profile.svg"),
            ("outline", 1),
            ("marks", 1),
        ):
            result = cli(*args)
            assert (result.code, result.err) == (0, ""), args
        assert "@misc{report," in (tmp_path / "b.bib").read_text(encoding="utf-8")
        for args in (
            ("rename-person", 1, "Secretary Ivanov"),
            ("merge-people", 1, 1),
            ("edit", 1, "--field", "volume=2"),
            ("edit-annotation", 1, "--role", "author"),
            ("annotate", 1, "--start", 0, "--end", 3, "--speaker", "Y"),
            ("evidence", 1, "--accept-kind", "quotation"),
            ("zotero-import", zotero, "--match"),
            ("metadata-import", tmp_path / "b.bib"),
            # Before: "is open read-only; changes are not saved", not saying who holds it.
            ("export", "--format", "md", "--style", "apa", "--default-style", "--out", tmp_path / "e.md"),
        ):
            result = cli(*args)
            assert result.code == 2, args
            assert f"process {app.pid}" in result.err, (args, result.err)
            assert len(result.err.splitlines()) == 1, (args, result.err)
        assert populated.read_bytes() == before


@pytest.mark.parametrize(("kind", "command"), [("evidence", ("evidence", "1")), ("figures", ("figures",))])
def test_stale_derived_data_is_recomputed_and_not_written_while_the_app_holds_the_project(  # type: ignore[no-untyped-def]
    cli, tmp_path: Path, kind: str, command: tuple[str, ...]
) -> None:
    path = tmp_path / "p.annotator"
    source, expected = with_stale_row(path, kind)
    assert source == 1
    with holding(path):
        digest = digest_of(path)
        result = cli(*command, "--json", project=path)
        assert (result.code, result.err) == (0, "")
        assert len(result.json()) == len(expected)
        assert digest_of(path) == digest


@pytest.mark.parametrize(
    "args",
    [
        ("export", "--format", "md", "--out", "{project}"),
        ("export", "--format", "docx", "--out", "{link}"),
        ("export", "--format", "csv", "--out", "{hard link}"),
        ("export", "--format", "qdpx", "--out", "{folder}/../test.annotator"),
        ("bibliography", "--format", "bibtex", "--out", "{project}"),
        ("bibliography", "--format", "csl-json", "--out", "{project}-wal"),
        ("bibliography", "--format", "csl-json", "--out", "{project}.lock"),
        ("figures", "--export", "{project}"),
        ("dates", "--export", "{project}"),
        ("chart", "profile", "--out", "{project}"),
    ],
    ids=lambda a: " ".join(a[:2]) + " " + a[-1],
)
def test_an_output_named_as_the_project_is_refused_and_the_project_survives(  # type: ignore[no-untyped-def]
    cli, populated: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    # Before, `export --out` and `bibliography --out` given the project's own name replaced the project
    # with the export: every source and annotation gone.
    (tmp_path / "folder").mkdir()
    (tmp_path / "link.annotator").symlink_to(populated)
    os.link(populated, tmp_path / "hard.annotator")
    where = {
        "{project}": str(populated),
        "{link}": str(tmp_path / "link.annotator"),
        "{hard link}": str(tmp_path / "hard.annotator"),
        "{folder}": str(tmp_path / "folder"),
    }
    argv = []
    for a in args:
        for key, value in where.items():
            a = a.replace(key, value)
        argv.append(a)
    data = populated.read_bytes()
    message = _refused(cli, populated, *argv)
    assert "that is the project test.annotator itself" in message
    assert populated.read_bytes() == data
    listed = cli("sources", "--json")
    assert listed.code == 0 and [s["title"] for s in listed.json()] == ["report"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("annotate", "1", "--start", "0", "--end", "5", "--speaker", "Bob", "--role", "king"), "--role"),
        (("edit-annotation", "1", "--role", "bogus"), "--role"),
        (("export", "--format", "md", "--style", "bogus", "--out", "x.md"), "--style"),
        (("bibliography", "--format", "ris", "--out", "x.ris"), "--format"),
        (("evidence", "1", "--kind", "nonsense"), "--kind"),
        (("rename-person", "one", "X"), "PERSON"),
        (("figures", "--source", "x"), "--source"),
    ],
    ids=lambda v: " ".join(v)[:50] if isinstance(v, tuple) else None,
)
def test_a_usage_error_is_one_line_naming_the_option(  # type: ignore[no-untyped-def]
    cli, populated: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], expected: str
) -> None:
    # Before, argparse printed its usage (several lines) before the message.
    before = rows_checksum(populated)
    with pytest.raises(SystemExit) as exit_info:
        cli(*args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith(f"annotator {args[0]}: "), err
    assert expected in err and f"(see annotator {args[0]} --help)" in err
    assert rows_checksum(populated) == before


@pytest.mark.parametrize(
    "args",
    [
        ("bibliography", "--format", "bibtex", "--out", "{tmp}/no\nsuch/x.bib"),
        ("export", "--format", "md", "--out", "{tmp}/no such\u202e/x.md"),
        ("edit", "1", "--field", "vol\nume=1"),
        ("metadata-import", "{tmp}/two\nlines.json"),
    ],
    ids=["newline in --out", "bidi override in --out", "newline in --field", "newline in a file name"],
)
def test_a_message_echoing_a_hostile_name_stays_one_line(  # type: ignore[no-untyped-def]
    cli, populated: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    # Before, a newline in a file name or a typed field name split the message over two lines.
    message = _refused(cli, populated, *(a.replace("{tmp}", str(tmp_path)) for a in args))
    assert "\u202e" not in message
    assert "\\n" in message or "\\u202e" in message


def test_a_project_with_no_sources_answers_each_reading_command_plainly(  # type: ignore[no-untyped-def]
    cli, project_path: Path, tmp_path: Path
) -> None:
    # Nothing to list is no error: exit 0 and a sentence, not an empty screen or a traceback.
    Project.open(project_path).close()
    before = rows_checksum(project_path)
    for args, said in (
        (("figures",), "no figures found"),
        (("dates",), "no dated statements found"),
        (("figures", "--compare"), "no figures count the same thing"),
        (("people",), "nobody speaks"),
        (("figures", "--export", tmp_path / "f.csv"), "0 figures written"),
        (("bibliography", "--format", "csl-json", "--out", tmp_path / "b.json"), "wrote 0 reference(s)"),
    ):
        result = cli(*args)
        assert (result.code, result.err) == (0, ""), args
        assert said in result.out, (args, result.out)
    assert cli("figures", "--json").json() == []
    assert rows_checksum(project_path) == before
