"""The command line on a team project: ``--project postgresql://…`` everywhere, ``publish`` and ``clone``."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from tests.cli.conftest import Result


def test_commands_work_on_a_url_as_on_a_file(cli, server_url: str, write_file) -> None:  # type: ignore[no-untyped-def]
    url = server_url
    source = write_file("speech.txt", "Comrades, the harvest of 1933 was a victory.\n")
    assert cli("import", source, project=server_url).code == 0
    listed: Result = cli("sources", "--json", project=server_url)
    assert listed.code == 0 and [s["title"] for s in listed.json()] == ["speech"]
    made = cli("annotate", "1", "--start", "0", "--end", "8", "--tag", "claim-type/factual", project=url)
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


def test_team_add_and_list(cli, postgres_server, server_url: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import uuid

    login = f"ana_{uuid.uuid4().hex[:6]}"
    secret = tmp_path / "password.txt"
    secret.write_text("s3cret\n", encoding="utf-8")
    added = cli(
        "team", "add", login, "--role", "coder", "--password-file", secret, "--json", project=server_url
    )
    assert added.code == 0, added.err
    assert added.json() == [{"login": login, "role": "coder", "created": True}]
    assert "s3cret" not in added.out + added.err
    listed = cli("team", "list", "--json", project=server_url).json()
    assert {"login": login, "role": "coder", "can_login": True} in listed
    assert [m["role"] for m in listed if m["login"] == postgres_server.superuser] == ["owner"]
    # Changing the role of an existing login asks for no password.
    again = cli("team", "add", login, "--role", "reader", project=server_url)
    assert again.code == 0 and f"{login} is a reader" in again.out
    # The new reader, through the CLI: refused in one line, no traceback, nothing changed.
    as_reader = server_url.replace(f"{postgres_server.superuser}@", f"{login}@")
    assert cli("import", tmp_path / "password.txt", project=as_reader).code == 2
    refused = cli("tag-add", "bias", "Invented", project=as_reader)
    assert refused.code == 2 and "reader" in refused.err and len(refused.err.splitlines()) == 1
    assert "Traceback" not in refused.err


def test_a_coder_is_told_plainly_when_the_server_refuses(  # type: ignore[no-untyped-def]
    cli, postgres_server, server_url: str, tmp_path: Path
) -> None:
    import uuid

    login = f"ivo_{uuid.uuid4().hex[:6]}"
    secret = tmp_path / "pw"
    secret.write_text("pw\n", encoding="utf-8")
    assert (
        cli("team", "add", login, "--role", "coder", "--password-file", secret, project=server_url).code == 0
    )
    as_coder = server_url.replace(f"{postgres_server.superuser}@", f"{login}@")
    refused = cli("tag-add", "bias", "Invented", project=as_coder)
    assert refused.code == 2, refused.err
    assert "server refused" in refused.err and len(refused.err.splitlines()) == 1
    assert "Traceback" not in refused.err


def test_team_commands_on_a_project_file_say_they_are_for_team_projects(cli, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    for args in (("team", "list"), ("team", "add", "maria", "--role", "coder")):
        refused = cli(*args)
        assert refused.code == 2 and "for team projects on a PostgreSQL server" in refused.err
    assert not project_path.exists()  # nothing made on the way


def test_team_remove_revokes_the_role_and_keeps_the_logins_work(  # type: ignore[no-untyped-def]
    cli, postgres_server, server_url: str, tmp_path: Path, write_file
) -> None:
    import uuid

    login, other = f"rui_{uuid.uuid4().hex[:6]}", f"eva_{uuid.uuid4().hex[:6]}"
    secret = tmp_path / "pw"
    secret.write_text("pw\n", encoding="utf-8")
    for name in (login, other):
        assert (
            cli("team", "add", name, "--role", "coder", "--password-file", secret, project=server_url).code
            == 0
        )
    assert (
        cli(
            "import", write_file("s.txt", "The harvest of 1933 was declared a victory.\n"), project=server_url
        ).code
        == 0
    )
    as_coder = server_url.replace(f"{postgres_server.superuser}@", f"{login}@")
    made = cli("annotate", "1", "--start", "4", "--end", "11", "--note", "mine", project=as_coder)
    assert made.code == 0, made.err

    # Another coder may not remove anyone: refused in one line, nothing changed.
    as_other = server_url.replace(f"{postgres_server.superuser}@", f"{other}@")
    refused = cli("team", "remove", login, project=as_other)
    assert refused.code == 2 and "owner" in refused.err and len(refused.err.splitlines()) == 1, refused.err
    assert {"login": login, "role": "coder", "can_login": True} in cli(
        "team", "list", "--json", project=server_url
    ).json()

    removed = cli("team", "remove", login, "--json", project=server_url)
    assert removed.code == 0, removed.err
    assert removed.json() == [{"login": login, "removed": "coder"}]
    listed = cli("team", "list", "--json", project=server_url).json()
    assert login not in [m["login"] for m in listed] and other in [m["login"] for m in listed]
    # The login and its work stay: the annotation is there with its coder; only the role in the project went.
    annotations = cli("annotations", "--json", project=server_url).json()
    assert [(a["note"], a["coder"]) for a in annotations] == [("mine", login)]
    with psycopg.connect(postgres_server.url("postgres")) as connection:
        assert connection.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,)).fetchone()
    # Without a role the login can no longer write to the project.
    assert cli("annotate", "1", "--start", "0", "--end", "3", project=as_coder).code == 2

    # A non-member, and the owner of the project's tables: refused in one line, exit 2.
    again = cli("team", "remove", login, project=server_url)
    assert again.code == 2 and "not a member" in again.err and len(again.err.splitlines()) == 1
    owner = cli("team", "remove", postgres_server.superuser, project=server_url)
    assert owner.code == 2 and "owns" in owner.err and len(owner.err.splitlines()) == 1
    assert "Traceback" not in again.err + owner.err


def test_a_server_wanting_a_password_gets_it_from_the_password_file(  # type: ignore[no-untyped-def]
    cli, password_server, tmp_path: Path, monkeypatch
) -> None:
    """The command line asks nothing: without a password it says so in one line, naming the password file;
    with one in PGPASSFILE (libpq's own reading) it works."""
    from tests.helpers.postgres import PASSWORD

    _cluster, url = password_server
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-file"))
    refused = cli("sources", "--json", project=url)
    assert refused.code == 2 and len(refused.err.splitlines()) == 1, refused.err
    assert "no password supplied" in refused.err and "PGPASSFILE" in refused.err
    passfile = tmp_path / "pgpass"
    user = url.split("//", 1)[1].split("@", 1)[0]
    port = url.rsplit(":", 1)[1].split("/", 1)[0]
    passfile.write_text(f"127.0.0.1:{port}:seminar:{user}:{PASSWORD}\n", encoding="utf-8")
    passfile.chmod(0o600)  # libpq ignores a password file others may read
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    listed = cli("sources", "--json", project=url)
    assert listed.code == 0 and listed.json() == [], listed.err
    assert PASSWORD not in listed.out + listed.err


def test_a_server_wanting_a_password_gets_it_from_the_system_keyring(  # type: ignore[no-untyped-def]
    cli, password_server, tmp_path: Path, monkeypatch
) -> None:
    """The keyring's entry (service ``annotator``, user ``USER@HOST:PORT/DB``) opens the project when the URL
    and the password file have none: a real keyring backend (keyrings.alt's file), in the test's folder."""
    keyring = pytest.importorskip("keyring")
    alt = pytest.importorskip("keyrings.alt.file")
    from annotator.storage.server import KEYRING_SERVICE, ServerAddress
    from tests.helpers.postgres import PASSWORD

    _cluster, url = password_server
    backend = alt.PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # not the user's own keyring
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-file"))
    assert cli("sources", "--json", project=url).code == 2  # nothing in the keyring yet
    keyring.set_password(KEYRING_SERVICE, ServerAddress.parse(url).keyring_user, PASSWORD)
    listed = cli("sources", "--json", project=url)
    assert listed.code == 0 and listed.json() == [], listed.err
    assert PASSWORD not in listed.out + listed.err
