"""Test set-up shared by every test: offscreen Qt, private user folders, project fixtures."""

from __future__ import annotations

import atexit
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


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "test.annotator"


@pytest.fixture
def project(project_path: Path) -> Iterator[Project]:
    with Project.open(project_path) as opened:
        yield opened


@pytest.fixture
def write_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write ``data`` (bytes, or text encoded as ``encoding``) to a file in the test's folder."""

    def write(name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(data.encode(encoding) if isinstance(data, str) else data)
        return path

    return write
