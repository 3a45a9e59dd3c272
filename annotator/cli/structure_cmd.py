"""Commands for the structure of a source: its marks (note calls, reference marks, pages, headings, notes)
and its outline."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.structure import MarkKind

if TYPE_CHECKING:
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


def _upgrade_sources(project: Project, args: argparse.Namespace) -> int:
    candidates = project.upgrades.candidates()
    if args.list:
        if args.json:
            print_json(
                [
                    {"source_id": c.source_id, "title": c.title, "file": c.file_name, "pipeline": c.pipeline,
                     "annotations": c.annotations}
                    for c in candidates
                ]
            )
            return 0
        if not candidates:
            print("every source is up to date with the current import steps")
        for c in candidates:
            print(f"{c.source_id:>5}  {c.title}  ({c.file_name}, {c.annotations} annotations)")
        return 0
    results = project.upgrades.upgrade(args.source or None)
    if args.json:
        print_json(
            [
                {
                    "source_id": r.source_id,
                    "new_source_id": r.new_source_id,
                    "unchanged": r.unchanged,
                    "old_removed": r.old_removed,
                    "error": r.error,
                    "report": r.report.to_json() if r.report is not None else None,
                }
                for r in results
            ]
        )
    else:
        if not results:
            print("every source is up to date with the current import steps")
        for r in results:
            if r.error is not None:
                print(f"source {r.source_id} ({r.title}): not re-imported: {r.error}")
            elif r.unchanged:
                print(f"source {r.source_id} ({r.title}): text unchanged; marked up to date")
            else:
                assert r.report is not None
                fate = "removed" if r.old_removed else "kept (it still holds the orphans listed)"
                print(
                    f"source {r.source_id} ({r.title}): re-imported as source {r.new_source_id}; "
                    f"{r.report.reanchored} annotations re-anchored, {len(r.report.orphans)} orphaned; "
                    f"old version {fate}"
                )
                for orphan in r.report.orphans:
                    quote = orphan.quote[:60]
                    print(f"  orphan: annotation {orphan.annotation_id} “{quote}” ({orphan.reason})")
    return 2 if any(r.error for r in results) else 0


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

    p = command(
        "upgrade-sources",
        _upgrade_sources,
        "re-import sources made by older import steps as new versions (annotations follow; backup first)",
    )
    p.add_argument("source", type=int, nargs="*", metavar="SOURCE", help="only these (default: every one)")
    p.add_argument("--list", action="store_true", help="only list the sources that would be re-imported")
    json_flag(p)
