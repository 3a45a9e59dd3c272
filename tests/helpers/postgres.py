"""A throwaway PostgreSQL cluster for the tests: initdb + pg_ctl in a temporary folder, a unix socket only.

Started once per test session (by the ``postgres_server`` fixture in tests/conftest.py) and stopped at its
end. PostgreSQL refuses to run as root, so under root (CI) the server runs as the ``postgres`` system user
that Debian's package creates (through ``runuser``); otherwise as the user running the tests. It listens on
no TCP port, only on a socket in its own folder, with trust authentication for the folder's owner; fsync is
off (a test cluster need not survive a power cut). Each test gets a fresh database made from a template
that already holds a new project (CREATE DATABASE … TEMPLATE copies its files, ~0.1 s, where running the
migrations and seeding the taxonomy take ~0.5 s), given its own uuid and name; ``new_database(None)`` makes
an empty one (for the migrations, publishing).

Without PostgreSQL's binaries (a developer's machine) ``find_binaries`` returns None and the tests on the
server are skipped, saying so; ``.ci/setup test`` installs them.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

TEMPLATE = "annotator_template"
PASSWORD = "horse staple 1933"  # the password of the login the ``password_server`` fixture makes
SERVER_USER = "postgres"  # the system user Debian's postgresql package creates; also the superuser's name


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, else Debian's versioned folder (newest first)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for folder in sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version, reverse=True):
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    return None


def _version(folder: Path) -> float:
    try:
        return float(folder.parent.name)
    except ValueError:
        return 0.0


def why_unavailable() -> str | None:
    """Why no test cluster can be started here, or None if one can."""
    if find_binaries() is None:
        return "PostgreSQL is not installed (initdb/pg_ctl not found; `bash .ci/setup test` installs it)"
    if not hasattr(os, "geteuid"):
        return "the test cluster is started on POSIX systems only"
    import pwd

    if os.geteuid() == 0:
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return f"running as root, and there is no '{SERVER_USER}' system user to run PostgreSQL as"
        if shutil.which("runuser") is None:
            return "running as root, and runuser (util-linux) is missing"
    return None


@dataclass
class TestCluster:
    """A running cluster: ``url(name)`` is a database's libpq URL, as a user would type it."""

    folder: Path
    binaries: Path
    superuser: str
    _counter: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    tcp_port: int | None = None  # a cluster that also listens on 127.0.0.1, asking for passwords there

    @property
    def socket_folder(self) -> Path:
        return self.folder

    def url(self, database: str, user: str | None = None) -> str:
        port = f"&port={self.tcp_port}" if self.tcp_port else ""  # the socket's name carries the port
        return f"postgresql://{user or self.superuser}@/{database}?host={self.socket_folder}{port}"

    def tcp_url(self, database: str, user: str) -> str:
        """The database over TCP on 127.0.0.1, where the server wants the login's password (SCRAM)."""
        assert self.tcp_port, "start_cluster(tcp_port=...) listens on TCP"
        return f"postgresql://{user}@127.0.0.1:{self.tcp_port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """One statement outside a transaction (CREATE/DROP DATABASE need that), as the superuser."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = TEMPLATE) -> str:
        """A fresh database (a new project from the template, or empty if ``template`` is None); its name."""
        import psycopg

        name = f"t{os.getpid()}_{next(self._counter)}"
        self.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template or "template0"}" STRATEGY FILE_COPY')
        if template == TEMPLATE:  # its own identity, as Project.open gives a new project
            with psycopg.connect(self.url(name)) as connection:
                for key, value in (("project_uuid", str(uuid.uuid4())), ("name", name)):
                    connection.execute("UPDATE project_meta SET value = %s WHERE key = %s", (value, key))
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        pg_ctl = str(self.binaries / "pg_ctl")
        _run(self, [pg_ctl, "-D", str(self.folder / "data"), "-m", "immediate", "stop"])
        shutil.rmtree(self.folder, ignore_errors=True)


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


def _run(cluster: TestCluster, command: list[str]) -> None:
    subprocess.run(_as_server_user(command), check=True, capture_output=True, cwd=cluster.folder, timeout=60)


def start_cluster(tcp_port: int | None = None) -> TestCluster:
    """initdb and start a cluster in a new temporary folder; the template database with the tables.

    With ``tcp_port`` it also listens on 127.0.0.1 at that port, where every login must give its password
    (scram-sha-256), as on a real server; its socket still trusts its users (for the set-up)."""
    import pwd

    binaries = find_binaries()
    assert binaries is not None, why_unavailable()
    # Not under pytest's tmp_path: its folders are private to the user running the tests (0700), and the
    # server runs as another one under root.
    folder = Path(tempfile.mkdtemp(prefix="annotator-pg-"))
    superuser = SERVER_USER if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    if os.geteuid() == 0:
        entry = pwd.getpwnam(SERVER_USER)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    cluster = TestCluster(folder, binaries, superuser, tcp_port=tcp_port)
    data = folder / "data"
    auth = ["--auth-local=trust", "--auth-host=scram-sha-256"] if tcp_port else ["-A", "trust"]
    listen = f"listen_addresses='127.0.0.1' -c port={tcp_port}" if tcp_port else "listen_addresses=''"
    try:
        _run(cluster, [str(binaries / "initdb"), "-D", str(data), "-U", superuser, *auth,
                       "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])  # fmt: skip
        options = (
            f"-k {folder} -c {listen} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200 -c shared_buffers=32MB"
        )
        _run(cluster, [str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                       "-l", str(folder / "server.log"), "-w", "-t", "30", "start"])  # fmt: skip
    except subprocess.CalledProcessError as e:
        shutil.rmtree(folder, ignore_errors=True)
        why = e.stderr.decode(errors="replace")
        raise RuntimeError(f"could not start a test PostgreSQL cluster: {why}") from e
    cluster.execute(f'CREATE DATABASE "{TEMPLATE}" TEMPLATE template0')
    _migrate(cluster.url(TEMPLATE))
    return cluster


def _migrate(url: str) -> None:
    from annotator.services.project import Project

    Project.open(url).close()
