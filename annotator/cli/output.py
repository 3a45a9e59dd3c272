"""What every subcommand shares: how handlers are registered and how records are printed."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.services.project import Project

Handler = Callable[["Project", argparse.Namespace], int]
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]


WithoutProject = Callable[[Any, argparse.Namespace], int]


def add_without_project(
    command: AddCommand, name: str, run: WithoutProject, help_text: str
) -> argparse.ArgumentParser:
    """Register a subcommand that main runs as ``run(project_path, args)`` instead of opening the project
    (check, publish, clone, team: they open what they need themselves)."""
    parser = command(name, lambda _project, _args: 0, help_text)  # never called: main runs ``run``
    parser.set_defaults(without_project=run)
    return parser


def use_utf8_stdout() -> None:
    """Offsets are code points: whatever the locale, print UTF-8 and never translate newlines."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")


def json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print one JSON array of records and nothing else"
    )


def print_json(items: list[dict[str, Any]]) -> None:
    json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
