"""``annotator team add NAME --role owner|coder|reader``, ``team remove NAME`` and ``team list``: who may do
what in a team project, enforced by its PostgreSQL server (grants and row-level security, see
storage/team.py).

Only for a project on a server (``--project postgresql://…``); a project file has no roles and is told so
before anything is opened or made. A new login's password is asked for (not echoed), or read from the
first line of ``--password-file``; it goes to the server only, never to a file or the log.
"""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from annotator.cli.output import AddCommand, add_without_project, json_flag, print_json
from annotator.domain.errors import InvalidInput

EXIT_OK = 0
ROLES = ("owner", "coder", "reader")


def _password(args: argparse.Namespace, login: str) -> str:
    if args.password_file is not None:
        path = Path(args.password_file)
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as e:
            raise InvalidInput(f"{path}: cannot read the password file ({e.__class__.__name__})") from None
        if not lines or not lines[0]:
            raise InvalidInput(f"{path}: the password file's first line is empty")
        return lines[0]
    password = getpass.getpass(f"Password for the new login {login}: ")
    if not password:
        raise InvalidInput(f"no password given for the new login {login}; nothing was changed")
    return password


def run_team(project_path: Path | str | None, args: argparse.Namespace) -> int:
    from annotator.services.project import Project
    from annotator.storage.server import is_server_url

    if not is_server_url(project_path):
        where = project_path or "the default project"
        raise InvalidInput(
            "`annotator team` is for team projects on a PostgreSQL server "
            f"(--project postgresql://USER@HOST/DB); {where} is a project file, which has no roles"
        )
    with Project.open(project_path) as project:
        if args.action == "list":
            members = project.team.members()
            if args.json:
                print_json([{"login": m.login, "role": m.role, "can_login": m.can_login} for m in members])
            else:
                for m in members:
                    print(f"{m.role:7} {m.login}")
            return EXIT_OK
        if args.action == "remove":
            if not args.name:
                raise InvalidInput("team remove needs the member's login name: annotator team remove NAME")
            role = project.team.remove(args.name)
            login = args.name.strip()
            if args.json:
                print_json([{"login": login, "removed": role}])
            else:
                print(f"{login} is no longer a {role} of {project.location} (their login and work are kept)")
            return EXIT_OK
        if not args.name:
            raise InvalidInput(
                "team add needs the new member's login name: annotator team add NAME --role ROLE"
            )
        if args.role is None:
            raise InvalidInput("team add needs --role owner, coder or reader")
        password = None if project.team.exists(args.name) else _password(args, args.name.strip())
        added = project.team.add(args.name, args.role, password)
        if args.json:
            print_json([{"login": added.login, "role": added.role, "created": added.created}])
        else:
            made = "new login " if added.created else ""
            print(f"{made}{added.login} is a {added.role} of {project.location}")
    return EXIT_OK


def register(command: AddCommand) -> None:
    p = add_without_project(
        command,
        "team",
        run_team,
        "a team project's members and their roles (owner, coder, reader), enforced by its PostgreSQL server",
    )
    p.add_argument(
        "action",
        choices=("add", "remove", "list"),
        help="add a member (or change their role), remove one (their login and work are kept), or list them",
    )
    p.add_argument("name", nargs="?", help="add, remove: the member's login name on the server")
    p.add_argument("--role", choices=ROLES, help="add: owner (taxonomy, sources, coders), coder, reader")
    p.add_argument(
        "--password-file", metavar="FILE", help="add: read a new login's password from the file's first line"
    )
    json_flag(p)
