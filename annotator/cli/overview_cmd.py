"""Commands for the Overview (issue 20): ``matrix`` prints the code matrix, ``chart`` writes a chart file."""

from __future__ import annotations

import argparse
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.errors import InvalidInput
from annotator.domain.excerpts import ExcerptFilter, TagMatch
from annotator.domain.overview import caption

if TYPE_CHECKING:
    from annotator.services.project import Project

CHART_KINDS = ("profile", "matrix", "cooccurrence", "codeline", "links", "timeline")


def _filter(args: argparse.Namespace) -> ExcerptFilter:
    return ExcerptFilter(
        source_ids=tuple(args.sources or ()),
        tags=tuple(args.tags or ()),
        tag_match=TagMatch.ALL if args.all_tags else TagMatch.ANY,
        kind=args.kind,
        year_from=args.year_from,
        year_to=args.year_to,
        query=args.query or "",
        coders=tuple(args.coders or ()),
    )


def _filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("which annotations (every option given must hold)")
    group.add_argument(
        "--source",
        dest="sources",
        action="append",
        type=int,
        metavar="ID",
        help="in this source (repeatable)",
    )
    group.add_argument(
        "--tag", dest="tags", action="append", metavar="FACET/TAG", help="carrying this tag (repeatable)"
    )
    group.add_argument("--all-tags", action="store_true", help="carrying every --tag given, not just one")
    group.add_argument("--kind", metavar="KIND", help="from primary, secondary or tertiary sources")
    group.add_argument("--query", metavar="QUERY", help="overlapping a hit of this search query")
    group.add_argument(
        "--coder", dest="coders", action="append", metavar="NAME", help="made by this coder (repeatable)"
    )
    group.add_argument(
        "--from", dest="year_from", type=int, metavar="YEAR", help="sources dated in or after YEAR"
    )
    group.add_argument(
        "--to", dest="year_to", type=int, metavar="YEAR", help="sources dated in or before YEAR"
    )


def _matrix(project: Project, args: argparse.Namespace) -> int:
    matrix = project.overview.matrix(_filter(args), facet=args.facet)
    if args.json:
        print_json(matrix.records())
        return 0
    for record in matrix.records():
        print(f"{record['source_id']:>5}  {record['tag']:<40} {record['count']:>6}")
    return 0


def _chart(project: Project, args: argparse.Namespace) -> int:
    out: Path = args.out
    if out.suffix.lower() not in (".svg", ".pdf", ".png"):
        raise InvalidInput(f"{out}: a chart is written as .svg, .pdf or .png")
    if not out.parent.is_dir():
        raise InvalidInput(f"{out}: the folder {out.parent} does not exist")
    excerpt_filter = _filter(args)
    overview = project.overview
    data: Any
    if args.kind_of_chart == "profile":
        facet = args.facet or project.taxonomy.taxonomy().facets[0].slug
        data = overview.profile(facet, excerpt_filter)
    elif args.kind_of_chart == "matrix":
        data = overview.matrix(excerpt_filter, facet=args.facet)
    elif args.kind_of_chart == "cooccurrence":
        data = overview.cooccurrence(excerpt_filter, facet=args.facet)
    elif args.kind_of_chart == "links":
        data = overview.link_map(excerpt_filter)
    elif args.kind_of_chart == "timeline":
        data = overview.timeline(excerpt_filter)
    else:
        if len(excerpt_filter.source_ids) != 1:
            raise InvalidInput("a code line is drawn for one source: give exactly one --source ID")
        data = overview.code_line(excerpt_filter.source_ids[0], excerpt_filter, facet=args.facet)
    from annotator.io.charts import write_chart  # Matplotlib only when a chart is drawn
    from annotator.services.output_files import write_whole

    # Drawn in a scratch folder, then written whole beside FILE and renamed over it: Matplotlib stopped by a
    # full disk left half a file (and its PDF writer failed again, on its own error, while closing).
    with tempfile.TemporaryDirectory(prefix="annotator-chart-") as scratch:
        drawn = Path(scratch) / f"chart{out.suffix.lower()}"
        try:
            write_chart(data, drawn, caption(project.name, excerpt_filter, date.today()),
                        per_words=args.per_words)  # fmt: skip
        except Exception as e:
            cause = _os_error(e)
            if cause is None:
                raise
            raise InvalidInput(f"{out}: cannot be drawn ({cause.strerror or cause})") from None
        write_whole(out, drawn.read_bytes())
    print(f"wrote {args.kind_of_chart} chart to {out}")
    return 0


def _os_error(error: BaseException) -> OSError | None:
    """The OSError that ``error`` is or arose from, if any (a writer failing while it handles one)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, OSError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def register(command: AddCommand) -> None:
    p = command("matrix", _matrix, "print the code matrix: annotations per tag and source")
    p.add_argument("--facet", metavar="FACET", help="only the tags of this facet")
    _filter_options(p)
    json_flag(p)

    p = command("chart", _chart, "write an Overview chart to an SVG, PDF or PNG file")
    p.add_argument("kind_of_chart", choices=CHART_KINDS, metavar="KIND", help=", ".join(CHART_KINDS))
    p.add_argument(
        "--facet",
        metavar="FACET",
        help="the profile's facet (default: the first); other charts: only its tags",
    )
    p.add_argument("--per-words", action="store_true", help="profile: per 10,000 words instead of counts")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.svg, FILE.pdf or FILE.png")
    _filter_options(p)
