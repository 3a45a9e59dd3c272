"""``annotator check``: the full check of a project file, without opening it for work.

Unlike the other commands it never opens the project through ``Project.open``: that refuses a damaged file,
which is exactly what must be checked, and would take the lock, back up and upgrade. The file is only read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from annotator.cli.output import AddCommand, add_without_project, json_flag, print_json

EXIT_OK, EXIT_DAMAGED = 0, 2


def run_check(project_path: Path | None, args: argparse.Namespace) -> int:
    """Check the file named by PROJECT (or ``--project``, or the default project); 0 sound, 2 damaged."""
    # Here, not at the top: every command's start-up imports this module (issue 23).
    from annotator.services.project import default_project_path
    from annotator.services.project_check import check_project
    from annotator.storage.server import is_server_url

    path = args.project_file or project_path or default_project_path()
    if is_server_url(path):
        print(
            "annotator: a team project on a PostgreSQL server is checked by the server (pg_amcheck) and "
            "backed up with pg_dump; `check` reads project files",
            file=sys.stderr,
        )
        return EXIT_DAMAGED
    if not Path(path).exists():
        print(f"annotator: cannot check {path}: there is no such file", file=sys.stderr)
        return EXIT_DAMAGED
    result = check_project(path)
    if args.json:
        backup = result.intact_backup
        print_json(
            [
                {
                    "path": str(result.path),
                    "ok": result.ok,
                    "problems": list(result.problems),
                    "damaged_sources": [
                        {"id": d.id, "uuid": d.uuid, "title": d.title, "problem": d.problem}
                        for d in result.damaged
                    ],
                    "texts_checked": result.texts_checked,
                    "originals_checked": result.originals_checked,
                    "intact_backup": str(backup.path) if backup else None,
                    "intact_backup_taken_at": backup.taken_at.isoformat() if backup else None,
                }
            ]
        )
    else:
        for problem in result.problems:
            print(f"damaged: {problem}")
        for source in result.damaged:
            print(f"damaged: source {source.id} “{source.title}”: {source.problem}")
        if result.intact_backup is not None:
            print(f"intact in backup: {result.intact_backup.path}")
        if result.ok:
            print(result.summary())
    if result.ok:
        return EXIT_OK
    print(f"annotator: {result.summary()}", file=sys.stderr)
    return EXIT_DAMAGED


def _project_file(value: str) -> Path | str:
    from annotator.cli.main import project_argument

    return project_argument(value)


def register(command: AddCommand) -> None:
    p = add_without_project(
        command,
        "check",
        run_check,
        "check a project fully: its structure, and every stored text and original file against its checksum",
    )
    p.add_argument(
        "project_file", nargs="?", type=_project_file, metavar="PROJECT", help="the project file to check"
    )
    json_flag(p)
