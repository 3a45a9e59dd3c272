"""Commands for comparing sources: similar passages."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from annotator.cli.output import AddCommand, json_flag, print_json

if TYPE_CHECKING:
    from annotator.services.project import Project


def _similar(project: Project, args: argparse.Namespace) -> int:
    results = project.compare.similar(args.source_a, args.start, args.end, args.source_b, top=args.top)
    text = project.sources.text(args.source_b) if not args.json else ""
    records = [
        {
            "source_id": r.source_id,
            "start": r.passage.start,
            "end": r.passage.end,
            "score": r.passage.score,
            "strength": r.passage.strength,
            "terms": list(r.passage.terms),
            "matches": [list(span) for span in r.passage.matches],
        }
        for r in results
    ]
    if args.json:
        print_json(records)
        return 0
    if not records:
        print("No similar passage found.")
    for rank, r in enumerate(results, start=1):
        passage = " ".join(text[r.passage.start : r.passage.end].split())
        passage = passage if len(passage) <= 160 else passage[:159] + "…"
        print(
            f"{rank}. [{r.passage.start}–{r.passage.end}] score {r.passage.score:.2f}  "
            f"({', '.join(r.passage.terms)})\n   {passage}"
        )
    return 0


def register(command: AddCommand) -> None:
    p = command("similar", _similar, "rank the passages of SOURCE_B most like a passage of SOURCE_A")
    p.add_argument("source_a", type=int, metavar="SOURCE_A")
    p.add_argument("start", type=int, metavar="START", help="first code point of the passage in SOURCE_A")
    p.add_argument("end", type=int, metavar="END", help="code point after the passage")
    p.add_argument("source_b", type=int, metavar="SOURCE_B")
    p.add_argument("--top", type=int, default=5, help="how many passages (default 5)")
    json_flag(p)
