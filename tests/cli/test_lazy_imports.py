"""The command line and the window import only what they use: importers, exporters, search ranking (numpy)
and BibTeX load on first use (issue 23). Each check runs in a fresh interpreter, whose ``sys.modules`` is
the whole story of what was imported."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from annotator.services.project import Project

# Packages that cost tenths of a second to import and that listing sources or opening a window never needs.
HEAVY = (
    "trafilatura",
    "courlan",
    "htmldate",
    "lxml",
    "pypdfium2",
    "docx",
    "openpyxl",
    "numpy",
    "lingua",
    "bibtexparser",
)


def _imported_after(
    code: str, *args: str, env: dict[str, str] | None = None, packages: tuple[str, ...] = HEAVY
) -> list[str]:
    """The ``packages`` in ``sys.modules`` after running ``code`` in a new interpreter."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps([m for m in {packages!r} if m in sys.modules]))\n"
    done = subprocess.run(
        [sys.executable, "-c", probe, *args], capture_output=True, text=True, check=False, env=env
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_importing_the_command_line_imports_no_heavy_package() -> None:
    assert _imported_after("import annotator.cli.main") == []


def test_listing_sources_imports_no_importer_exporter_or_search_package(tmp_path: Path) -> None:
    path = tmp_path / "tiny.annotator"
    with Project.open(path) as project:
        project.sources.import_bytes("a.txt", b"A tiny source about the harvest of 1932 in the village.")
    env = os.environ | {"XDG_CACHE_HOME": str(tmp_path / "cache")}
    code = (
        "import sys\n"
        "from annotator.cli.main import main\n"
        "assert main(['sources', '--json', '--project', sys.argv[1]]) == 0\n"
    )
    # Nor Whoosh: the project makes its search service at first use (the window and `search` do). Nor
    # SQLAlchemy: an up-to-date project is listed through the stdlib sqlite3 (services/listing.py).
    database_layer = ("sqlalchemy", "alembic")
    assert _imported_after(code, str(path), env=env, packages=(*HEAVY, "whoosh", *database_layer)) == []


def test_importing_the_command_line_imports_no_database_layer() -> None:
    # Each command imports the project's services when it runs (cli/access.py), not every command's start-up.
    assert _imported_after("import annotator.cli.main", packages=("sqlalchemy", "alembic")) == []


def test_importing_the_command_line_imports_no_search_index() -> None:
    assert _imported_after("import annotator.cli.main", packages=("whoosh",)) == []


def test_opening_the_window_module_imports_no_heavy_package() -> None:
    code = "import os\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\nimport annotator.ui.main_window\n"
    assert _imported_after(code) == []


_OPEN_WINDOW = (  # a new process opens the window on the project given and paints its reader once
    "import os, sys\n"
    "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
    "from pathlib import Path\n"
    "from annotator.ui.app import application, open_window\n"
    "app = application()\n"
    "window = open_window(Path(sys.argv[1]))\n"
    "window.show()\n"
    "window.reader.viewport().repaint()\n"
)


def _private_folders(tmp_path: Path) -> dict[str, str]:
    folders = {"XDG_CACHE_HOME": tmp_path / "cache", "XDG_CONFIG_HOME": tmp_path / "config"}
    return dict(os.environ) | {name: str(folder) for name, folder in folders.items()}


def test_starting_the_window_on_a_project_imports_no_heavy_package_nor_the_search_service(
    tmp_path: Path,
) -> None:
    path = tmp_path / "tiny.annotator"
    with Project.open(path) as project:
        project.sources.import_bytes("a.txt", b"A tiny source about the harvest of 1932 in the village.")
    env = _private_folders(tmp_path)
    code = (
        _OPEN_WINDOW
        + "assert window.finish_opening() and window.project is not None\n"  # the whole window, project open
    )
    # The search service (and numpy, through its phrase search) is made at the first search.
    lazy = (*HEAVY, "annotator.services.search")
    assert _imported_after(code, str(path), env=env, packages=lazy) == []


def test_the_window_paints_the_last_source_before_importing_the_database_layer(tmp_path: Path) -> None:
    # The first screen is read through the stdlib sqlite3 (services/first_screen.py); SQLAlchemy, Alembic,
    # the ORM and the services come once it is painted.
    path = tmp_path / "tiny.annotator"
    with Project.open(path) as project:
        project.sources.import_bytes("a.txt", b"A tiny source about the harvest of 1932 in the village.")
        project.annotations.create(1, 2, 6, ["bias/ideological"])
    env = _private_folders(tmp_path)
    code = _OPEN_WINDOW + "assert window.project is None and len(window.reader.annotations()) == 1\n"
    later = ("sqlalchemy", "alembic", "annotator.storage.orm", "annotator.services.project", "whoosh")
    assert _imported_after(code, str(path), env=env, packages=(*HEAVY, *later)) == []
