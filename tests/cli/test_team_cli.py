"""The command line on a team project: ``--project postgresql://…`` everywhere, ``publish`` and ``clone``."""

from __future__ import annotations

from pathlib import Path

from tests.cli.conftest import Result


def test_commands_work_on_a_url_as_on_a_file(cli, server_url: str, write_file) -> None:  # type: ignore[no-untyped-def]
    source = write_file("speech.txt", "Comrades, the harvest of 1933 was a victory.\n")
    assert cli("import", source, project=server_url).code == 0
    listed: Result = cli("sources", "--json", project=server_url)
    assert listed.code == 0 and [s["title"] for s in listed.json()] == ["speech"]
    made = cli("annotate", "1", "--start", "0", "--end", "8", "--tag", "claim-type/factual", project=server_url)
    assert made.code == 0, made.err
    annotations = cli("annotations", "--json", project=server_url).json()
    assert [a["quote"] for a in annotations] == ["Comrades"]
    assert annotations[0]["coder"]  # the database user
    found = cli("search", "harvest", "--json", project=server_url)
    assert found.code == 0 and found.json()
    # `check` reads files; on a server it says what does that work instead, in one line.
    refused = cli("check", project=server_url)
    assert refused.code == 2 and "pg_dump" in refused.err and len(refused.err.splitlines()) == 1


def test_publish_and_clone_from_the_command_line(  # type: ignore[no-untyped-def]
    cli, project_path: Path, empty_server_url: str, tmp_path: Path, write_file
) -> None:
    assert cli("import", write_file("a.txt", "The first account of the meeting.\n")).code == 0
    published = cli("publish", project_path, empty_server_url, "--json", project=None)
    assert published.code == 0, published.err
    assert published.json()[0]["rows"]["sources"] == 1
    again = cli("publish", project_path, empty_server_url, project=None)
    assert again.code == 2 and "holds a project already" in again.err
    copy = tmp_path / "copy.annotator"
    cloned = cli("clone", empty_server_url, copy, project=None)
    assert cloned.code == 0 and str(copy) in cloned.out
    assert [s["title"] for s in cli("sources", "--json", project=copy).json()] == ["a"]
