"""``annotator publish LOCAL URL`` and ``annotator clone URL LOCAL``: a project to a team server and back.

Neither opens a project for work: ``publish`` reads the local file (read-only when a window holds it) and
writes into an empty PostgreSQL database; ``clone`` reads the server's project into a new file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.cli.output import AddCommand, add_without_project, json_flag, print_json

EXIT_OK = 0


def _report(report: object, args: argparse.Namespace) -> int:
    from annotator.services.transfer import TransferReport

    assert isinstance(report, TransferReport)
    if args.json:
        record = {"source": report.source, "target": report.target, "uuid": report.uuid, "rows": report.rows}
        print_json([record])
    else:
        print(report.summary()[0].upper() + report.summary()[1:])
    return EXIT_OK


def run_publish(_project: Path | str | None, args: argparse.Namespace) -> int:
    from annotator.services.transfer import publish

    return _report(publish(args.local, args.url), args)


def run_clone(_project: Path | str | None, args: argparse.Namespace) -> int:
    from annotator.services.transfer import clone

    return _report(clone(args.url, args.local), args)


def register(command: AddCommand) -> None:
    p = add_without_project(
        command,
        "publish",
        run_publish,
        "copy a local project into an empty PostgreSQL database, for a team (ids and uuids kept)",
    )
    p.add_argument("local", type=Path, metavar="LOCAL", help="the project file to publish")
    p.add_argument("url", metavar="URL", help="the empty database: postgresql://USER@HOST/DATABASE")
    json_flag(p)
    p = add_without_project(
        command, "clone", run_clone, "copy a team project from its PostgreSQL database into a new local file"
    )
    p.add_argument("url", metavar="URL", help="the team project: postgresql://USER@HOST/DATABASE")
    p.add_argument("local", type=Path, metavar="LOCAL", help="the new project file (NAME.annotator)")
    json_flag(p)
