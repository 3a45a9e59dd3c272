"""`annotator sources` reads an up-to-date project without the project's services (services/listing.py),
and leaves any other to the usual open: the same output either way (issue 23)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from annotator.cli import records
from annotator.services.project import Project
from annotator.storage import migrate
from annotator.storage.database import create_project_engine


def _fill(path: Path) -> list[dict[str, object]]:
    with Project.open(path) as project:
        source = project.sources.import_bytes(
            "decree.txt",
            b"On the protection of socialist property.",
            {"authors": ["TsIK"], "date_text": "1932"},
        ).source_id
        project.sources.import_bytes("letter.txt", b"Dear comrade, the quota cannot be met.", {})
        project.annotations.create(source, 7, 21, ["claim-type/interpretive"])
        return [records.source_record(s) for s in project.sources.list()]


def test_sources_json_is_what_the_services_list(cli, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = _fill(project_path)
    result = cli("sources", "--json")
    assert result.code == 0 and result.err == ""
    assert result.json() == expected


def test_sources_of_a_project_saved_by_an_older_version_upgrades_it_first(  # type: ignore[no-untyped-def]
    cli, project_path: Path
) -> None:
    expected = _fill(project_path)
    engine = create_project_engine(project_path)
    with engine.begin() as connection:
        command.downgrade(migrate.config(connection), migrate.revisions()[-2])
    engine.dispose()

    result = cli("sources", "--json")

    assert result.code == 0 and result.json() == expected
    connection = sqlite3.connect(project_path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.head(),)
    connection.close()


def test_sources_of_a_damaged_project_names_it(cli, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    _fill(project_path)
    data = bytearray(project_path.read_bytes())
    data[4096 : 4096 + 512] = b"\xff" * 512
    project_path.write_bytes(bytes(data))

    result = cli("sources", "--json")

    assert result.code == 2 and result.out == ""
    assert result.err.startswith(f"annotator: {project_path} is damaged") and result.err.count("\n") == 1
