"""``annotator figures`` and ``annotator dates``: the figures (quantitative statements) and the dated
statements of the sources, as records; ``figures --compare`` groups the figures that count the same thing
over overlapping periods across sources; ``--export FILE`` writes them as CSV or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.historical_dates import shown, years_text

if TYPE_CHECKING:
    from annotator.services.figures import FigureRecord
    from annotator.services.project import Project


def _sources(args: argparse.Namespace) -> list[int] | None:
    return None if args.source is None else [args.source]


def _figures(project: Project, args: argparse.Namespace) -> int:
    service = project.figures
    if args.export is not None:
        rows = service.export(args.export, "figures", _sources(args))
        print(f"{rows} figures written to {args.export}")
        return 0
    if args.compare:
        groups = service.compare(_sources(args))
        if args.json:
            print_json([g.as_dict() for g in groups])
            return 0
        if not groups:
            print("no figures count the same thing")
        for g in groups:
            period = _years(g.period_start, g.period_end)
            spread = "-" if g.spread is None else f"×{g.spread:g}"
            print(f"group {g.group}: {g.counted or g.key}  {period}  spread {spread}")
            for f in g.figures:
                cited = f"cited: {f.citation}" if f.cited else "not cited"
                print(f"    {_line(f)}  [{cited}]")
        return 0
    records = service.figures(args.source)
    if args.json:
        print_json([r.as_dict() for r in records])
        return 0
    if not records:
        print("no figures found" if args.source is None else f"source {args.source} has no figures")
    for r in records:
        print(_line(r))
    return 0


def _dates(project: Project, args: argparse.Namespace) -> int:
    service = project.figures
    if args.export is not None:
        rows = service.export(args.export, "dates", _sources(args))
        print(f"{rows} dated statements written to {args.export}")
        return 0
    records = service.dates(args.source)
    if args.json:
        print_json([r.as_dict() for r in records])
        return 0
    if not records:
        print("no dated statements found" if args.source is None else f"source {args.source} has none")
    for r in records:
        d = r.statement
        when = shown(d.date_start, d.date_end, "…")  # ("490 BC", "27 BC – AD 14"; ISO from the year 1000)
        print(f"{r.id}  source {r.source_id:<4} {when:<23} {_short(r.text, 24):<24} {_short(d.event, 70)}")
    return 0


def _years(start: int | None, end: int | None) -> str:
    return "(no period)" if start is None else years_text(start, end)


def _short(text: str, n: int) -> str:
    shown = " ".join(text.split())
    return shown if len(shown) <= n else shown[: n - 1] + "…"


def _line(r: FigureRecord) -> str:
    f = r.figure
    amount = f"{f.value:,.6g}" if f.value is not None else f"{f.low or 0:,.6g}–{f.high or 0:,.6g}"
    return (
        f"{r.id}  source {r.source_id:<4} {_short(r.text, 28):<28} = {amount:<22} {f.unit:<9} "
        f"{_short(f.counted or '-', 40):<40} {_years(f.period_start, f.period_end)}"
    )


def register(command: AddCommand) -> None:
    p = command(
        "figures",
        _figures,
        "list the figures (quantitative statements) of the sources with their value, unit, what they count "
        "and the period; --compare groups those that count the same thing across sources",
    )
    p.add_argument("--source", type=int, metavar="SOURCE", help="only this source's figures")
    p.add_argument(
        "--compare", action="store_true",
        help="group figures counting the same thing over overlapping periods, with the spread (highest ÷ "
        "lowest) and whether each is cited",
    )  # fmt: skip
    p.add_argument(
        "--export", type=Path, metavar="FILE", help="write the claims table to FILE (.csv or .xlsx)"
    )
    json_flag(p)
    d = command("dates", _dates, "list the dated statements of the sources: the date or period and the event")
    d.add_argument("--source", type=int, metavar="SOURCE", help="only this source's dated statements")
    d.add_argument("--export", type=Path, metavar="FILE", help="write them to FILE (.csv or .xlsx)")
    json_flag(d)
