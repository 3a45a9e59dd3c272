"""``annotator evidence``: the citations, quotations and other voices detected in a source, proposed as
annotations, and the historian's decisions on them (accept, accept a whole kind, reject)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.evidence import ITEM_KINDS

if TYPE_CHECKING:
    from annotator.services.evidence import Decided, EvidenceItem
    from annotator.services.project import Project


def _evidence(project: Project, args: argparse.Namespace) -> int:
    if args.accept or args.accept_kind or args.reject:
        return _decide(project, args)
    items = project.evidence.items(args.source, args.kind)
    if args.json:
        print_json([item.as_dict() for item in items])
        return 0
    if not items:
        which = "these kinds" if args.kind else "any kind"
        print(f"source {args.source} has no evidence of {which} detected")
    for item in items:
        print(_line(item))
    return 0


def _decide(project: Project, args: argparse.Namespace) -> int:
    service = project.evidence
    decided: Decided
    if args.reject:
        decided = service.reject(args.source, args.reject)
    elif args.accept_kind:
        decided = service.accept_kind(args.source, args.accept_kind)
    else:
        decided = service.accept(args.source, args.accept)
    chosen = set(decided.ids)
    items = [item for item in service.items(args.source) if item.id in chosen]
    if args.json:
        print_json([{**item.as_dict(), "annotation_id": item.annotation_id} for item in items])
        return 0
    verb = "rejected" if args.reject else "accepted"
    if not items:
        print(f"nothing {verb}: no item was left to decide")
    for item in items:
        made = f" → annotation {item.annotation_id}" if item.annotation_id is not None else ""
        print(f"{verb} {item.id} ({item.kind} {item.start}–{item.end}){made}")
    return 0


def _line(item: EvidenceItem) -> str:
    shown = " ".join(item.text.split())
    shown = shown if len(shown) <= 60 else shown[:59] + "…"
    who = item.speaker or item.evidence.cited_author
    if item.evidence.scare:
        who = "(scare quote)"
    tags = ", ".join(item.proposed_tags) or "-"
    return (
        f"{item.id}  {item.kind:<14} {item.start:>8}–{item.end:<8} {item.state:<9} {who or '-':<20} "
        f"{shown}  [{tags}]"
    )


def register(command: AddCommand) -> None:
    p = command(
        "evidence",
        _evidence,
        "list the citations, quotations and other voices detected in a source, with the tags they propose; "
        "accept or reject them",
    )
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument(
        "--kind", action="append", choices=ITEM_KINDS, help="only items of this kind (repeat for several)"
    )
    decide = p.add_mutually_exclusive_group()
    decide.add_argument(
        "--accept", nargs="+", metavar="ID", help="make the proposed annotations of these items (one change)"
    )
    decide.add_argument(
        "--accept-kind", choices=ITEM_KINDS, metavar="KIND",
        help="accept every proposed item of this kind (scare quotes and rejected items are left)",
    )  # fmt: skip
    decide.add_argument(
        "--reject", nargs="+", metavar="ID", help="reject these items: they are not proposed again"
    )
    json_flag(p)
