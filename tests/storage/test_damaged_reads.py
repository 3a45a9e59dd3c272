"""A damaged file met while reading: one clear ProjectDamaged naming the file, never a raw driver error.

The quick check on open catches broken page structure, but a file opened read-only to salvage what it holds
skips it, and bytes garbled inside a text pass it. Both are made here in real files: garbage over the page
holding the middle of one source's text (structure broken), and bytes inside that text (text broken).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from annotator.cli.main import main
from annotator.domain.errors import AnnotatorError, ProjectDamaged
from annotator.services.project import Project

SOURCES = 6
VICTIM = 3  # the source whose text is damaged


def _text(i: int) -> str:
    """About 22 kB each: far more than a page, so every text runs over a chain of overflow pages."""
    return "\n".join(
        f"Source {i}, line {j}: the committee recorded the grain quota of village {i * 1000 + j}."
        for j in range(300)
    )


def _build(path: Path) -> dict[int, str]:
    """A closed project (no WAL left) with several long sources; their ids and texts.

    The files have CRLF line ends, so their original bytes (kept too) never match the stored text's LF.
    """
    texts = {}
    with Project.open(path) as project:
        for i in range(SOURCES):
            data = _text(i).replace("\n", "\r\n").encode()
            report = project.sources.import_bytes(f"s{i}.txt", data, {"title": f"Source {i}"})
            texts[report.source_id] = _text(i)
    assert not path.with_name(path.name + "-wal").exists()
    return texts


def _stored_text_at(path: Path, source: int = VICTIM) -> int:
    """Where in the file the middle of a source's stored text lies (whichever table holds it)."""
    data = path.read_bytes()
    for line in range(150, 170):  # a marker that a page boundary does not cut in two
        marker = f".\nSource {source}, line {line}:".encode()
        if data.count(marker) == 1:
            return data.index(marker)
    raise AssertionError("the stored text was not found in the file")


def _break_structure(path: Path) -> None:
    """Garbage over the whole page holding the middle of one text (its link to the next page too)."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as check:
        size = check.execute("PRAGMA page_size").fetchone()[0]
    check.close()
    offset = _stored_text_at(path) // size * size
    with path.open("r+b") as f:
        f.seek(offset)
        f.write((b"\xde\xad\xbe\xef garbage " * size)[:size])


def _garble_text(path: Path) -> None:
    """Bytes that are no UTF-8 in the middle of one text: the file's structure stays sound."""
    with path.open("r+b") as f:
        f.seek(_stored_text_at(path) + 1)
        f.write(b"\xff\xfe" * 8)


def _read_all(project: Project, texts: dict[int, str]) -> tuple[list[ProjectDamaged], list[int]]:
    """Read every source's text: the errors, and the ids read intact (anything else fails the test)."""
    errors, intact = [], []
    for source_id, expected in texts.items():
        try:
            assert project.sources.text(source_id) == expected
            intact.append(source_id)
        except ProjectDamaged as e:
            errors.append(e)
    return errors, intact


def _assert_clear(error: AnnotatorError, path: Path) -> None:
    message = str(error)
    assert str(path) in message and "damaged" in message and "Restore backup" in message, message
    assert "\n" not in message and "\\x" not in message and "village" not in message, message


def test_broken_pages_read_from_a_read_only_salvage_are_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "register.annotator"
    texts = _build(path)
    _break_structure(path)
    with pytest.raises(ProjectDamaged):  # the quick check sees it: the app offers a read-only view
        Project.open(path)
    before = path.read_bytes()
    with Project.open(path, read_only=True) as project:
        errors, intact = _read_all(project, texts)
        assert errors and list(texts)[VICTIM] not in intact and len(intact) >= SOURCES - 2, intact
        _assert_clear(errors[0], path)
        assert "malformed" in str(errors[0])
        try:  # the source list walks the broken row too: the same clear error, or the full list
            titles = [s.title for s in project.sources.list()]
        except ProjectDamaged as e:
            _assert_clear(e, path)
        else:
            assert len(titles) == SOURCES
    assert path.read_bytes() == before  # reading the salvage changed nothing


def test_garbled_text_passes_the_quick_check_and_is_a_clear_error_when_read(tmp_path: Path) -> None:
    path = tmp_path / "register.annotator"
    texts = _build(path)
    _garble_text(path)
    with Project.open(path) as project:  # structurally sound: opens for writing
        errors, intact = _read_all(project, texts)
        assert len(errors) == 1 and list(texts)[VICTIM] not in intact and len(intact) == SOURCES - 1
        _assert_clear(errors[0], path)
        assert "UTF-8" in str(errors[0])
        assert len(project.sources.list()) == SOURCES  # the rest of the project still works
        project.rename("Register")
        assert project.name == "Register"


def test_a_wrong_query_is_not_mistaken_for_damage(project: Project) -> None:
    with pytest.raises(OperationalError, match="no such table"), project._uow.read() as session:
        session.execute(text("SELECT * FROM no_such_table"))


@pytest.mark.parametrize("damage", [_break_structure, _garble_text], ids=["structure", "text"])
def test_cli_show_on_a_damaged_file_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage: Callable[[Path], None]
) -> None:
    path = tmp_path / "register.annotator"
    texts = _build(path)
    damage(path)
    codes, errors = [], []
    for source_id in texts:
        codes.append(main(["show", str(source_id), "--project", str(path)]))
        errors.append(capsys.readouterr().err)
    failed = [(c, e) for c, e in zip(codes, errors, strict=True) if c != 0]
    assert failed, "no read met the damage"
    for code, err in failed:
        assert code == 2, err
        assert err.count("\n") == 1 and err.startswith("annotator: ") and str(path) in err, err
        assert "damaged" in err and "Traceback" not in err
