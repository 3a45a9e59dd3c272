"""Commands for the structure of a source: its marks (note calls, reference marks, pages, headings, notes)
and its outline."""

from __future__ import annotations

import argparse

from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.structure import MarkKind
from annotator.services.project import Project


def _marks(project: Project, args: argparse.Namespace) -> int:
    kinds = None if not args.kind else {MarkKind(k) for k in args.kind}
    marks = project.structure.marks(args.source, kinds)
    text = project.sources.text(args.source)
    if args.json:
        print_json([m.as_dict(text) for m in marks])
        return 0
    summary = project.structure.summary(args.source)
    for m in marks:
        shown = " ".join(text[m.start : m.end].split())
        target = "" if m.target_start is None else f" → {m.target_start}–{m.target_end}"
        print(f"{m.kind.value:<15} {m.start:>8}–{m.end:<8} {m.label:<6} {shown[:70]}{target}")
    if summary.calls_without_notes:
        print(f"source {args.source} has {summary.note_calls} note calls but does not carry their notes")
    return 0


def _outline(project: Project, args: argparse.Namespace) -> int:
    entries = project.structure.outline(args.source)
    if args.json:
        print_json([{"level": e.level, "title": e.title, "start": e.start, "end": e.end} for e in entries])
        return 0
    if not entries:
        print(f"source {args.source} has no headings")
    for e in entries:
        print(f"{'  ' * (e.level - 1)}{e.title}  ({e.start})")
    return 0


def register(command: AddCommand) -> None:
    p = command("marks", _marks, "list a source's marks: note calls, reference marks, pages, headings, notes")
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in MarkKind],
        help="only marks of this kind (repeat for several)",
    )
    json_flag(p)

    p = command("outline", _outline, "list a source's headings, as the reader's outline shows them")
    p.add_argument("source", type=int, metavar="SOURCE")
    json_flag(p)
