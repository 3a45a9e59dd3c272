"""``annotator``: the command line, and the way into the GUI.

Exit codes: 0 success; 2 any error, with one line on stderr: bad input or a refusal (the message says
what and which file), or an unexpected internal error (its traceback goes to the log file, whose path the
line names; set ANNOTATOR_DEBUG=1 to see it on stderr too). 130 when interrupted with Ctrl+C.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from annotator import __version__
from annotator.cli import (
    annotations_cmd,
    bibliography_cmd,
    check_cmd,
    coders_cmd,
    compare_cmd,
    evidence_cmd,
    export_cmd,
    figures_cmd,
    links_cmd,
    overview_cmd,
    people_cmd,
    search_cmd,
    sources_cmd,
    structure_cmd,
    taxonomy_cmd,
    team_cmd,
    transfer_cmd,
)
from annotator.cli.access import open_for
from annotator.cli.logs import command_logging
from annotator.cli.output import Handler, use_utf8_stdout
from annotator.domain.errors import AnnotatorError
from annotator.services.log_file import LOGGER, file_handler, log_path

# Scripts only need to tell success from failure: every failure, expected or not, exits 2.
EXIT_OK, EXIT_BAD_INPUT = 0, 2
EXIT_INTERNAL = EXIT_BAD_INPUT


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # One line, as every other error: the usage argparse would print first spans several.
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {' '.join(message.split())} (see {self.prog} --help)\n")


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS so that --project given before the subcommand is not overwritten by the subparser's default.
    common.add_argument(
        "--project",
        type=project_argument,
        default=argparse.SUPPRESS,
        help="project file, or a team project's PostgreSQL URL (postgresql://USER@HOST/DATABASE); "
        "default: the default project in your data folder",
    )
    return common


def project_argument(value: str) -> Path | str:
    """A ``--project`` value: a file's path, or a server's URL kept as it is (a Path would fold its //)."""
    from annotator.storage.server import is_server_url

    return value.strip() if is_server_url(value) else Path(value)


# Each module registers its subcommands with their handlers; a new feature adds a module here.
COMMAND_GROUPS = (
    sources_cmd,
    taxonomy_cmd,
    annotations_cmd,
    links_cmd,
    compare_cmd,
    export_cmd,
    search_cmd,
    bibliography_cmd,
    structure_cmd,
    evidence_cmd,
    figures_cmd,
    people_cmd,
    overview_cmd,
    coders_cmd,
    check_cmd,
    transfer_cmd,
    team_cmd,
)


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="annotator",
        description="Annotator: a workbench for source criticism. Without a command, the app opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        p.set_defaults(handler=handler)
        return p

    for group in COMMAND_GROUPS:
        group.register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    project_path = getattr(args, "project", None)
    try:
        if args.command is None:
            from annotator.ui.app import run_gui

            return run_gui(project_path)
        use_utf8_stdout()
        if getattr(args, "without_project", None) is not None:  # `check` reads the file, damaged or not
            with command_logging():
                return args.without_project(project_path, args)
        with command_logging():
            # A command that can be answered without the project's services tries that first (issue 23).
            directly = getattr(args, "directly", None)
            done = directly(project_path, args) if directly is not None else None
            if done is not None:
                return done
            with open_for(args.command, project_path, args) as project:
                return args.handler(project, args)
    except AnnotatorError as e:
        print(f"annotator: {one_line(str(e))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `annotator show 1 | head`: the reader went away; that is not an error.
        sys.stderr.close()
        return EXIT_OK
    except Exception as e:
        if os.environ.get("ANNOTATOR_DEBUG"):
            traceback.print_exc()
        where = _log_internal_error(e)
        details = f"details in {where}" if where is not None else "set ANNOTATOR_DEBUG=1 for details"
        first_line = one_line(next(iter(str(e).strip().splitlines()), ""))
        print(f"annotator: internal error: {type(e).__name__}: {first_line} ({details})", file=sys.stderr)
        return EXIT_INTERNAL


def one_line(message: str) -> str:
    """``message`` with its control and invisible format characters escaped (``\\n``, ``\\u202e``): a file
    name or a typed value holding a newline, or a bidi override that would turn the rest of the line
    around, keeps the message one line that reads as it is."""
    return "".join(
        repr(c)[1:-1] if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") else c for c in message
    )


def _log_internal_error(error: Exception) -> Path | None:
    """Append the traceback to the user's log file; its path, or None if it cannot be written."""
    handler = file_handler()
    if handler is None:
        return None
    try:
        exc_info = (type(error), error, error.__traceback__)
        record = logging.getLogger(LOGGER).makeRecord(
            LOGGER, logging.ERROR, __file__, 0, "internal error in a command", (), exc_info
        )
        handler.handle(record)
    finally:
        handler.close()
    return log_path()
