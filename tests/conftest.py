"""Test set-up shared by every test: offscreen Qt, private user folders, project fixtures."""

from __future__ import annotations

import atexit
import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Before Qt or platformdirs are imported anywhere: no display here, and tests must never touch the
# real user's data, cache or settings folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_USER_DIRS = tempfile.mkdtemp(prefix="annotator-test-home-")
for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    os.environ[variable] = os.path.join(_USER_DIRS, variable.lower())
# Gone when the test process ends (default projects, search indexes and backups made there reach ~70 MB).
# Not at session finish: Qt and subprocess tests may still write there until the interpreter exits.
atexit.register(shutil.rmtree, _USER_DIRS, ignore_errors=True)

import pytest  # noqa: E402

from annotator.services.project import Project  # noqa: E402
from tests.helpers import postgres  # noqa: E402

# The engines a test marked ``both_engines`` runs on: a SQLite file, and a database on a throwaway PostgreSQL
# cluster (tests/helpers/postgres.py), skipped with the reason where PostgreSQL is not installed.
ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marked = metafunc.definition.get_closest_marker
    if "engine_name" in metafunc.fixturenames and marked("both_engines") and not marked("sqlite_only"):
        metafunc.parametrize("engine_name", ENGINES, indirect=True)


@pytest.fixture(autouse=True)
def _collect_server_connections(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a test on the PostgreSQL cluster, collect its garbage here, so a client connection it left
    unclosed is reported (filterwarnings=error) in this test, not in whichever later one the collector
    happens to run. (The one found so far: a window's deferred work reopening a closed team project.)"""
    yield
    if "postgres_server" not in request.fixturenames:
        return
    gc.collect()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.TestCluster]:
    """A PostgreSQL cluster for the whole session (started at the first test that needs it)."""
    why = postgres.why_unavailable()
    if why is not None:
        pytest.skip(why)
    cluster = postgres.start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def password_server() -> Iterator[tuple[postgres.TestCluster, str]]:
    """A second cluster, listening on 127.0.0.1 too, where logins must give their password (SCRAM), and the
    TCP URL of a database owned by a login whose password is ``postgres.PASSWORD`` (for the password
    question of the window, and the command line's password file)."""
    import socket
    import uuid

    why = postgres.why_unavailable()
    if why is not None:
        pytest.skip(why)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    cluster = postgres.start_cluster(tcp_port=port)
    try:
        login = f"ada_{uuid.uuid4().hex[:6]}"
        cluster.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{postgres.PASSWORD}'")
        cluster.execute(f"CREATE DATABASE seminar OWNER {login}")
        yield cluster, cluster.tcp_url("seminar", login)
    finally:
        cluster.stop()


@pytest.fixture
def server_url(postgres_server: postgres.TestCluster) -> Iterator[str]:
    """A fresh database on the test cluster holding a new project (as Project.open makes it): its URL."""
    name = postgres_server.new_database()
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def empty_server_url(postgres_server: postgres.TestCluster) -> Iterator[str]:
    """A fresh, empty database on the test cluster (no tables): its URL."""
    name = postgres_server.new_database(template=None)
    yield postgres_server.url(name)
    postgres_server.drop_database(name)


@pytest.fixture
def engine_name(request: pytest.FixtureRequest) -> str:
    """``sqlite`` unless the test is marked ``both_engines`` (then each of ENGINES in turn)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.annotator"


@pytest.fixture
def project_location(engine_name: str, project_path: Path, request: pytest.FixtureRequest) -> Path | str:
    """Where the test's project is: ``project_path``, or a new database's URL on the PostgreSQL engine."""
    if engine_name == "sqlite":
        return project_path
    return str(request.getfixturevalue("server_url"))


@pytest.fixture
def project(project_location: Path | str) -> Iterator[Project]:
    with Project.open(project_location) as opened:
        yield opened


@pytest.fixture
def write_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write ``data`` (bytes, or text encoded as ``encoding``) to a file in the test's folder."""

    def write(name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
        return path

    return write
