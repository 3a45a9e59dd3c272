"""``annotator``: the command line, and the way into the GUI.

Exit codes: 0 success; 2 bad input or a refusal (one line on stderr); 1 an unexpected internal error
(one line too; set ANNOTATOR_DEBUG=1 to see the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

from annotator import __version__
from annotator.cli import commands
from annotator.cli.commands import METADATA_OPTIONS
from annotator.domain.errors import AnnotatorError

EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS so that --project given before the subcommand is not overwritten by the subparser's default.
    common.add_argument(
        "--project",
        type=Path,
        default=argparse.SUPPRESS,
        help="project file (default: the default project in your data folder)",
    )
    return common


def _json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print one JSON array of records and nothing else"
    )


def _metadata_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("source metadata")
    group.add_argument(
        "--author", action="append", dest="authors", metavar="NAME", help="an author (repeat for several)"
    )
    for option, field, help_text in METADATA_OPTIONS:
        group.add_argument(option, dest=field, help=help_text)


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="annotator",
        description="Annotator: a workbench for source criticism. Without a command, the app opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"annotator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, parents=[common])

    p = command("import", "import files as new sources")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    _metadata_options(p)
    _json_flag(p)

    p = command("sources", "list the sources")
    _json_flag(p)

    p = command("show", "print a source's stored text exactly (or a range of it), and nothing else")
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument("--start", type=int, help="first code point (default: 0)")
    p.add_argument("--end", type=int, help="code point after the last (default: the end)")

    p = command("info", "print a source's metadata")
    p.add_argument("source", type=int, metavar="SOURCE")
    _json_flag(p)

    p = command("edit", "change a source's metadata (its text never changes)")
    p.add_argument("source", type=int, metavar="SOURCE")
    _metadata_options(p)
    _json_flag(p)

    p = command("delete-source", "delete a source with its annotations and links")
    p.add_argument("source", type=int, metavar="SOURCE")

    p = command("tags", "list the taxonomy")
    _json_flag(p)

    p = command("tag-add", "add a tag to a facet")
    p.add_argument("facet", help="facet slug: bias, provenance, claim-type…")
    p.add_argument("name", help="display name; the slug is made from it")
    p.add_argument("--parent", help="parent tag (slug or path)")
    p.add_argument("--color", help="#RRGGBB (default: the facet's colour)")
    p.add_argument("--description", default="", help="one-line definition")
    p.add_argument("--shortcut", default="", help='keyboard shortcut, for example "B, 0"')
    _json_flag(p)

    p = command("tag-delete", "delete a tag; if annotations carry it, say what happens to them")
    p.add_argument("tag", help="tag path, for example bias/polemical")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--remove", action="store_true", help="remove the tag from the annotations")
    choice.add_argument("--merge-into", metavar="TAG", help="give the annotations this tag instead")

    p = command("annotate", "annotate a passage of a source")
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument("--start", type=int, required=True, help="first code point of the passage")
    p.add_argument("--end", type=int, required=True, help="code point after the passage")
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        dest="tags",
        metavar="FACET/TAG",
        help="a tag path (repeat for several), for example bias/loaded-language",
    )
    p.add_argument("--note", default="", help="a note (Markdown)")
    p.add_argument("--confidence", type=int, help="how sure you are, 1 (a guess) to 5 (certain)")
    p.add_argument("--evidence", default="", help='evidence reference, for example "Sakwa, 37"')
    _json_flag(p)

    p = command("annotations", "list annotations in text order")
    p.add_argument("--source", type=int, help="only this source's")
    p.add_argument(
        "--tag", action="append", dest="tags", metavar="FACET/TAG", help="only those with this tag"
    )
    _json_flag(p)

    p = command("edit-annotation", "change an annotation's tags, note, confidence or evidence")
    p.add_argument("annotation", type=int, metavar="ANNOTATION")
    p.add_argument("--add-tag", action="append", default=[], metavar="FACET/TAG")
    p.add_argument("--remove-tag", action="append", default=[], metavar="FACET/TAG")
    p.add_argument("--note")
    p.add_argument("--confidence", type=int)
    p.add_argument("--evidence")
    _json_flag(p)

    p = command("delete-annotation", "delete an annotation (and the links that end at it)")
    p.add_argument("annotation", type=int, metavar="ANNOTATION")

    p = command("link", "link two annotations")
    p.add_argument("a", type=int, metavar="A", help="annotation id")
    p.add_argument("b", type=int, metavar="B", help="annotation id")
    p.add_argument(
        "--relation", required=True, help="corroborates, contradicts, cites, paraphrases or same-event"
    )
    p.add_argument("--note", default="")
    _json_flag(p)

    p = command("links", "list links between annotations")
    p.add_argument("--source", type=int, help="only links with an end in this source")
    _json_flag(p)

    p = command("unlink", "delete a link")
    p.add_argument("link", type=int, metavar="LINK")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    project_path = getattr(args, "project", None)
    try:
        if args.command is None:
            from annotator.ui.app import run_gui

            return run_gui(project_path)
        return commands.run(args, project_path)
    except AnnotatorError as e:
        print(f"annotator: {e}", file=sys.stderr)
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
        print(
            f"annotator: internal error: {type(e).__name__}: {e} (set ANNOTATOR_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
