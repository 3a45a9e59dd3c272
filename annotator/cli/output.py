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
