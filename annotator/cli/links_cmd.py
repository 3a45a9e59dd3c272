"""Commands for links between annotations."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from annotator.cli import records
from annotator.cli.output import AddCommand, json_flag, print_json

if TYPE_CHECKING:
    from annotator.services.project import Project


def _print_links(links: list[Any], as_json: bool) -> None:
    if as_json:
        print_json([records.link_record(link) for link in links])
        return
    for link in links:
        print(
            f"{link.id:>5}  {link.a.annotation_id} “{_short(link.a.quote)}”  —{link.relation.label}→  "
            f"{link.b.annotation_id} “{_short(link.b.quote)}”"
        )
        if link.note:
            print(f"       note: {' '.join(link.note.split())}")


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _link(project: Project, args: argparse.Namespace) -> int:
    _print_links([project.links.create(args.a, args.b, args.relation, args.note)], args.json)
    return 0


def _links(project: Project, args: argparse.Namespace) -> int:
    _print_links(project.links.list(source_id=args.source), args.json)
    return 0


def _unlink(project: Project, args: argparse.Namespace) -> int:
    project.links.delete(args.link)
    print(f"deleted link {args.link}")
    return 0


def register(command: AddCommand) -> None:
    p = command("link", _link, "link two annotations")
    p.add_argument("a", type=int, metavar="A", help="annotation id")
    p.add_argument("b", type=int, metavar="B", help="annotation id")
    p.add_argument(
        "--relation", required=True, help="corroborates, contradicts, cites, paraphrases or same-event"
    )
    p.add_argument("--note", default="")
    json_flag(p)

    p = command("links", _links, "list links between annotations")
    p.add_argument("--source", type=int, help="only links with an end in this source")
    json_flag(p)

    p = command("unlink", _unlink, "delete a link")
    p.add_argument("link", type=int, metavar="LINK")
