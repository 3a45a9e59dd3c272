"""``annotator export``: annotated excerpts to Markdown, HTML, DOCX, CSV, XLSX, W3C JSON or REFI-QDA."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.errors import InvalidInput
from annotator.domain.excerpts import CitationStyle, ExcerptFilter, GroupBy, TagMatch
from annotator.io.exporters.base import ExportOptions
from annotator.io.exporters.registry import exporter_for, format_names

if TYPE_CHECKING:
    from annotator.services.project import Project


def filter_from(args: argparse.Namespace) -> ExcerptFilter:
    """The excerpt filter the options describe (shared with any command that selects excerpts)."""
    if args.speaker is not None and not args.speaker.split():
        # The filter reads an empty name as no filter (the dialog's empty box): here that would be every
        # excerpt for a script whose variable came out empty.
        raise InvalidInput("--speaker needs a name (leave it out for the excerpts of every speaker)")
    return ExcerptFilter(
        source_ids=tuple(args.sources or ()),
        tags=tuple(args.tags or ()),
        tag_match=TagMatch.ALL if args.all_tags else TagMatch.ANY,
        facet=args.facet,
        relation=None if args.relation in (None, "any") else args.relation,
        linked=args.relation == "any",
        query=args.query or "",
        kind=args.kind,
        year_from=args.year_from,
        year_to=args.year_to,
        speaker=args.speaker,
        coders=tuple(args.coders or ()),
    )


def filter_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("which excerpts (every option given must hold)")
    group.add_argument(
        "--source",
        dest="sources",
        action="append",
        type=int,
        metavar="ID",
        help="from this source (repeatable)",
    )
    group.add_argument(
        "--tag", dest="tags", action="append", metavar="FACET/TAG", help="carrying this tag (repeatable)"
    )
    group.add_argument("--all-tags", action="store_true", help="carrying every --tag given, not just one")
    group.add_argument("--facet", metavar="FACET", help="carrying any tag of this facet")
    group.add_argument(
        "--relation",
        metavar="RELATION",
        help="linked as corroborates, contradicts, cites, paraphrases or same-event (or 'any')",
    )
    group.add_argument("--query", metavar="QUERY", help="overlapping a hit of this search query")
    group.add_argument(
        "--speaker", metavar="NAME", help="spoken by this person or body (any case, or a unique beginning)"
    )
    group.add_argument(
        "--coder", dest="coders", action="append", metavar="NAME", help="made by this coder (repeatable)"
    )
    group.add_argument("--kind", metavar="KIND", help="from primary, secondary or tertiary sources")
    group.add_argument(
        "--from", dest="year_from", type=int, metavar="YEAR", help="sources dated in or after YEAR"
    )
    group.add_argument(
        "--to", dest="year_to", type=int, metavar="YEAR", help="sources dated in or before YEAR"
    )


def _export(project: Project, args: argparse.Namespace) -> int:
    if args.default_style:
        if args.style is None:
            raise InvalidInput("--default-style needs --style: the style to make the project's default")
        project.exports.set_citation_style(args.style)
    style = CitationStyle(args.style) if args.style else project.exports.citation_style()
    options = ExportOptions(
        group_by=GroupBy(args.group_by), style=style, figures=args.figures, footnotes=not args.no_footnotes,
        charts=args.charts,
    )  # fmt: skip
    result = project.exports.export(filter_from(args), args.format, args.out, options=options)
    if args.json:
        print_json(
            [
                {
                    "format": result.format,
                    "path": str(result.path),
                    "excerpts": result.excerpts,
                    "bytes": result.size,
                }
            ]
        )
    else:
        plural = "" if result.excerpts == 1 else "s"
        what = (
            f"{result.excerpts} excerpt{plural}"
            if exporter_for(result.format).needs_excerpts
            else "the codebook"
        )
        print(f"exported {what} to {result.path} ({result.format}, {result.size:,} bytes)")
    return 0


def register(command: AddCommand) -> None:
    p = command("export", _export, "export annotated excerpts, with citations, to a file")
    p.add_argument("--format", required=True, metavar="FORMAT", help="one of " + ", ".join(format_names()))
    p.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help="the file to write (replaced if it exists)"
    )
    filter_options(p)
    p.add_argument(
        "--group-by",
        choices=[g.value for g in GroupBy],
        default="source",
        help="group excerpts (md, html, docx)",
    )
    p.add_argument(
        "--style",
        choices=[s.value for s in CitationStyle],
        default=None,
        help="citation style: Chicago notes, Chicago author-date, MLA and APA from the official CSL files, "
        "or the project's own short and full forms (default: the project's, short until one is chosen)",
    )
    p.add_argument(
        "--default-style",
        action="store_true",
        help="also make --style the project's default citation style",
    )
    p.add_argument(
        "--no-footnotes",
        action="store_true",
        help="DOCX with a notes style: put each citation after its excerpt instead of in a Word footnote",
    )
    p.add_argument(
        "--figures",
        action="store_true",
        help="add each figure detected in the exported sources as an excerpt with its value, unit, what it "
        "counts and its period (see `annotator figures`)",
    )
    p.add_argument(
        "--charts",
        action="store_true",
        help="HTML: put the Overview's tags-per-source profile (of --facet, else the first facet) and "
        "tags × sources matrix of the exported excerpts at the top, as inline SVG",
    )
    json_flag(p)
