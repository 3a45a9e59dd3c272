"""Commands for coders and their agreement: `coder` (who I am, my display name, the project's coders) and
`agreement` (Krippendorff's alpha and Cohen's kappa per facet and tag)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.coders import Coder

if TYPE_CHECKING:
    from annotator.services.project import Project


def coder_record(coder: Coder, current: bool = False) -> dict[str, object]:
    return {
        "id": coder.id,
        "login": coder.login,
        "name": coder.name,
        "shown": coder.shown,
        "color": coder.color,
        "current": current,
        "uuid": coder.uuid,
    }


def _coder(project: Project, args: argparse.Namespace) -> int:
    if args.name is not None:
        me = project.coders.set_name(args.name)
    else:
        login = project.coders.login()
        me = next((c for c in project.coders.list() if c.login == login), Coder(0, "", login, "", ""))
    coders = project.coders.list() if args.list else [me]
    if args.json:
        print_json([coder_record(c, c.login == me.login) for c in coders])
        return 0
    for c in coders:
        mark = "*" if c.login == me.login else " "
        shown = f"{c.name} ({c.login})" if c.name else c.login
        print(f"{mark} {shown}  {c.color}".rstrip())
    return 0


def _number(value: float | None) -> str:
    return "   –  " if value is None else f"{value:6.3f}"


def _agreement(project: Project, args: argparse.Namespace) -> int:
    report = project.agreement.compute(args.coders, sources=args.sources, facets=args.facets, tags=args.tags)
    if args.json:
        print_json([f.record() for f in report.figures])
        return 0
    names = " / ".join(c.shown for c in report.coders)
    print(f"{names}: {len(report.source_ids)} source(s), units are characters")
    print(f"{'':40} {'alpha':>6} {'kappa':>6} {'units':>8}")
    for f in report.figures:
        label = f.label if f.tag is None else f"  {f.label}"
        print(f"{label[:40]:40} {_number(f.alpha)} {_number(f.kappa)} {f.units:>8}")
    if args.disagreements:
        for d in report.disagreements:
            print(f"\nsource {d.source_id} [{d.start}–{d.end}] “{' '.join(d.text.split())}”")
            for coder, tags in zip(report.coders, d.tags, strict=True):
                print(f"    {coder.shown}: {', '.join(tags) or '—'}")
    return 0


def register(command: AddCommand) -> None:
    p = command("coder", _coder, "who you annotate as (the OS user here), your display name, the coders")
    p.add_argument("--name", help="set your display name (empty: show the login)")
    p.add_argument("--list", action="store_true", help="list every coder of the project (* marks you)")
    json_flag(p)

    p = command(
        "agreement",
        _agreement,
        "inter-coder agreement: Krippendorff's alpha (and Cohen's kappa for two coders) per facet and tag, "
        "on character units",
    )
    p.add_argument("--coders", nargs="+", required=True, metavar="CODER", help="two coders or more")
    p.add_argument(
        "--facet", action="append", dest="facets", metavar="FACET", help="this facet and its tags (repeat)"
    )
    p.add_argument(
        "--tag", action="append", dest="tags", metavar="FACET/TAG", help="only these tags (repeat)"
    )
    p.add_argument(
        "--source",
        nargs="+",
        dest="sources",
        type=int,
        metavar="SOURCE",
        help="compare on these sources (default: those every chosen coder annotated)",
    )
    p.add_argument("--disagreements", action="store_true", help="also list the passages they disagree on")
    json_flag(p)
