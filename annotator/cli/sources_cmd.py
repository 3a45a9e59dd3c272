"""Commands for sources: import, list, show, metadata."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.cli import records
from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.errors import AnnotatorError, InvalidInput
from annotator.domain.importing import ImportOptions
from annotator.domain.metadata import CSL_FIELDS, apply_changes, field_name

if TYPE_CHECKING:
    from annotator.domain.model import SourceSummary
    from annotator.services.project import Project
    from annotator.services.sources import ImportReport

METADATA_OPTIONS = (
    # (option, field, help)
    ("--title", "title", "title (default: the file name without extension)"),
    ("--date", "date_text", 'date of the source as written: "1931", "c. 1931", "1929–1930", "May 1931"'),
    ("--kind", "kind", "primary, secondary or tertiary"),
    ("--genre", "genre", "speech, memoir, article, report, web page…"),
    ("--publisher", "publisher", "publisher or venue"),
    ("--url", "url", "web address of the source"),
    ("--language", "language", "language code (en, ru, de, fr…); detected when not given"),
    ("--accessed", "date_accessed", "date accessed, YYYY-MM-DD"),
    ("--archive", "archive", "archive holding the original"),
    ("--collection", "archival_collection", "archival collection or fond"),
    ("--archival-file", "archival_file", "archival file (delo)"),
    ("--folio", "archival_folio", "folio or page (list)"),
    ("--provenance", "provenance_note", "how the source reached us"),
    ("--reliability-note", "reliability_note", "assessment of the source's reliability"),
    ("--rating", "reliability_rating", "reliability rating from 1 to 5"),
)


def metadata_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("source metadata")
    group.add_argument(
        "--author", action="append", dest="authors", metavar="NAME", help="an author (repeat for several)"
    )
    for option, field, help_text in METADATA_OPTIONS:
        group.add_argument(option, dest=field, help=help_text)
    group.add_argument(
        "--old-style",
        dest="old_style",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the source writes its days in the Julian calendar (Old Style: Russia before 1918, Britain "
        "before 1752); the timeline gives them in the Gregorian one, the text is never changed",
    )


def _metadata_from(args: argparse.Namespace) -> dict[str, Any]:
    given = {
        field: getattr(args, field) for _, field, _ in METADATA_OPTIONS if getattr(args, field) is not None
    }
    if args.authors:
        given["authors"] = args.authors
    if args.old_style is not None:
        given["old_style"] = args.old_style
    return given


# The reference's fields added with 0009, shown under their CSL-JSON names (the older ones keep the names
# scripts already read; the whole item, every field under its CSL name, is under "csl").
CSL_SHOWN = {
    csl: name
    for csl, name in CSL_FIELDS.items()
    if name not in ("title", "authors", "date_text", "genre", "url", "date_accessed", "language")
}


def _source_info(project: Project, source_id: int) -> dict[str, Any]:
    from annotator.io.bibliography import csl_item, item_type

    source = project.sources.get(source_id)
    m = source.metadata
    shown = set(CSL_SHOWN.values())
    info = {
        "id": source.id,
        "uuid": source.uuid,
        **{name: getattr(m, name) for name in m.field_names() if name not in shown},
        **{
            csl: list(value) if isinstance(value := getattr(m, name), tuple) else value
            for csl, name in CSL_SHOWN.items()
        },
        "type": item_type(m),
        "csl": csl_item(str(source.id), m),
        "authors": list(m.authors),
        "kind": m.kind.value if m.kind else None,
        "date_range": [source.date_range.start, source.date_range.end] if source.date_range else None,
        "file_name": source.original.name,
        "media_type": source.original.media_type,
        "sha256": source.original.sha256,
        "size": source.original.size,
        "encoding": source.encoding,
        "length": source.length,
        "imported": source.imported_at.isoformat(),
        "modified": source.modified_at.isoformat(),
    }
    versions = project.sources.version_info(source_id)
    info["version"] = versions.version
    info["previous_version_id"] = versions.previous_version_id
    info["next_version_ids"] = list(versions.next_version_ids)
    info["pages"] = len(project.sources.page_map(source_id))
    return info


def _print_info(info: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print_json([info])
        return
    for key, value in info.items():
        if key != "csl" and value not in ("", None, []):
            shown = "; ".join(value) if isinstance(value, list) else value
            print(f"{key.replace('_', ' '):>20}: {shown}")


def _import(project: Project, args: argparse.Namespace) -> int:
    metadata = _metadata_from(args)
    options = ImportOptions(reflow=args.reflow, clean_web=args.clean_web, split_articles=args.split_articles)
    if args.new_version_of is not None and len(args.files) != 1:
        raise InvalidInput("--new-version-of takes exactly one FILE")
    results: list[dict[str, Any]] = []
    failed = 0
    # Captures of one site imported together (or held by the project) are cleaned with each other: what
    # the site repeats outside its articles is furniture. So is a capture re-imported as a new version of
    # its source (--new-version-of): the way to re-clean an older capture, its annotations re-anchored.
    siblings = project.sources.site_captures(args.files) if args.clean_web else ()
    for path in args.files:
        if path.suffix.lower() == ".qdpx":  # a REFI-QDA project: sources, codebook and codings at once
            failed += _import_qdpx(project, path, results, args.json, args.merge)
            continue
        if path.suffix.lower() == ".qdc":  # a REFI-QDA codebook: into the taxonomy, not a text source
            failed += _import_qdc(project, path, args, results)
            continue
        try:
            report = project.sources.import_file(
                path, metadata, options=options, new_version_of=args.new_version_of, siblings=siblings
            )
        except AnnotatorError as e:
            failed += 1
            results.append(records.refused_record(str(path), str(e)))
            print(f"annotator: {e}", file=sys.stderr)
            continue
        results.append(records.import_record(report))
        if not args.json:
            _print_import(path, report)
    if args.json:
        print_json(results)
    return 2 if failed else 0


def _print_import(path: Path, report: ImportReport) -> None:
    language = f", {report.language}" if report.language else ""
    encoding = f", {report.encoding}" if report.encoding else ""
    version = (
        f" (version {report.version} of source {report.previous_version_id})" if report.version > 1 else ""
    )
    print(
        f"imported {path} as source {report.source_id}{version}: “{report.title}” "
        f"({report.format}, {report.length} characters{encoding}{language})"
    )
    done = []
    if report.lines_reflowed:
        done.append(
            f"joined {report.lines_reflowed} wrapped lines ({report.hyphens_joined} split words joined, "
            f"{report.hyphens_kept} hyphens kept)"
        )
    if report.furniture_removed:
        done.append(f"removed {report.furniture_removed} lines of page furniture")
    if report.running_heads_removed:
        done.append(f"took out {report.running_heads_removed} running heads and page numbers")
    if report.pages_mapped:
        done.append(f"mapped {report.pages_mapped} pages")
    if report.paragraphs:
        done.append(f"{report.paragraphs} paragraphs")
    if report.split_into:
        done.append(f"split into {len(report.split_into)} sources, one per article")
    if report.version > 1:
        methods = ", ".join(f"{n} {method}" for method, n in sorted(report.methods.items()))
        done.append(
            f"re-anchored {report.reanchored} annotations{f' ({methods})' if methods else ''}, "
            f"{len(report.orphans)} orphaned"
        )
    if done:
        print("  " + "; ".join(done))
    for orphan in report.orphans:
        print(
            f"  orphan: annotation {orphan.annotation_id} “{orphan.quote[:60]}” ({orphan.reason}); "
            f"it stays on source {report.previous_version_id}"
        )
        if orphan.suggested_start is not None:
            print(
                f"    suggested place ({orphan.suggested_method}): {orphan.suggested_start}–"
                f"{orphan.suggested_end} “{orphan.suggested_quote[:60]}”; to confirm: "
                f"annotator place {orphan.annotation_id} --on {report.source_id}"
            )
    if report.web_capture_detected and not report.clean_web:
        print("  this looks like a saved web page: --clean-web removes its page furniture")
    if report.articles and not report.split_into:
        titles = "; ".join(f"“{a['title']}”" for a in report.articles)
        print(f"  {len(report.articles)} articles found ({titles}): --split-articles imports one source each")
    for warning in report.warnings:
        print(f"  warning: {warning}")


def _place(project: Project, args: argparse.Namespace) -> int:
    placed = project.sources.place_orphan(args.annotation, args.on, args.start, args.end)
    if args.json:
        print_json([records.annotation_record(project.annotations.get(args.annotation))])
        return 0
    quote = project.sources.text(placed.source_id)[placed.start : placed.end]
    print(
        f"placed annotation {placed.annotation_id} on source {placed.source_id} at "
        f"{placed.start}–{placed.end}: “{quote[:60]}” (it was on source {placed.from_source_id} at "
        f"{placed.from_start}–{placed.from_end})"
    )
    return 0


def _split(project: Project, args: argparse.Namespace) -> int:
    split = project.sources.split(args.source, args.at, args.title)
    if args.json:
        print_json(
            [
                {
                    "source_id": split.first_id,
                    "length": split.first_length,
                    "annotations": split.first_annotations,
                },
                {
                    "source_id": split.second_id,
                    "length": split.second_length,
                    "annotations": split.second_annotations,
                },
            ]
        )
    else:
        print(
            f"split source {split.source_id} into {split.first_id} ({split.first_length} characters, "
            f"{split.first_annotations} annotations) and {split.second_id} "
            f"({split.second_length} characters, {split.second_annotations} annotations)"
        )
    return 0


def _sources(project: Project, args: argparse.Namespace) -> int:
    return _print_sources(project.sources.list(), args)


def _sources_directly(project_path: Path | None, args: argparse.Namespace) -> int | None:
    """``sources`` without opening the project's services (most of the command's time was importing them);
    None when the project needs the usual open (see services/listing.py)."""
    from annotator.services.listing import list_sources

    sources = list_sources(project_path)
    return None if sources is None else _print_sources(sources, args)


def _print_sources(sources: list[SourceSummary], args: argparse.Namespace) -> int:
    if args.json:
        print_json([records.source_record(s) for s in sources])
        return 0
    if not sources:
        print("No sources yet. Import some: annotator import FILE...")
    for s in sources:
        authors = "; ".join(s.authors) or "—"
        kind = s.kind.value if s.kind else "—"
        print(
            f"{s.id:>5}  {s.title}  |  {authors}  |  {s.date_text or '—'}  |  {kind}  |  "
            f"{s.length} chars  |  {s.annotation_count} annotations"
        )
    return 0


def _show(project: Project, args: argparse.Namespace) -> int:
    text = project.sources.text(args.source)
    if args.page is not None:
        if args.start is not None or args.end is not None:
            raise InvalidInput("give either --page or --start/--end, not both")
        start, end = project.structure.page_range(args.source, args.page)
        sys.stdout.write(text[start:end].strip("\n") + "\n")
        sys.stdout.flush()
        return 0
    start = 0 if args.start is None else args.start
    end = len(text) if args.end is None else args.end
    if not 0 <= start <= end <= len(text):
        raise InvalidInput(f"the range {start}–{end} is outside the text (0–{len(text)})")
    sys.stdout.write(text[start:end])
    sys.stdout.flush()
    return 0


def _info(project: Project, args: argparse.Namespace) -> int:
    _print_info(_source_info(project, args.source), args.json)
    return 0


def _fields(project: Project, source_id: int, given: list[str]) -> dict[str, Any]:
    """``--field NAME=VALUE`` as changes, each checked alone so that a refusal names its field."""
    if not given:
        return {}
    current = project.sources.get(source_id).metadata
    changes: dict[str, Any] = {}
    for text in given:
        name, equals, value = text.partition("=")
        if not equals or not name.strip():
            raise InvalidInput(f"--field {text!r}: write it as NAME=VALUE, like --field volume=12")
        try:
            field = field_name(name.strip())
            apply_changes(current, {field: value})
        except InvalidInput as e:
            raise InvalidInput(f"--field {name.strip()}: {e}") from None
        changes[field] = value
    return changes


def _edit(project: Project, args: argparse.Namespace) -> int:
    changes = {**_metadata_from(args), **_fields(project, args.source, args.field or [])}
    if not changes:
        raise InvalidInput(
            "nothing to change; give at least one metadata option, such as --title or --field volume=12"
        )
    project.sources.update_metadata(args.source, changes)
    _print_info(_source_info(project, args.source), args.json)
    return 0


def _delete_source(project: Project, args: argparse.Namespace) -> int:
    title = project.sources.get(args.source).title
    project.sources.delete(args.source)
    print(f"deleted source {args.source}, “{title}”, with its annotations")
    return 0


def register(command: AddCommand) -> None:
    p = command("import", _import, "import files as new sources")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument(
        "--reflow",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="join hard-wrapped lines and split words (default: when the text is detected as hard-wrapped)",
    )
    p.add_argument(
        "--clean-web",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="remove web-page furniture such as 'Share' or 'Back to top' lines (default: off; the report "
        "says web_capture_detected when the file looks like a saved web page)",
    )
    p.add_argument(
        "--split-articles",
        action="store_true",
        help="import a capture holding several articles (\"from Wikipedia\" … \"from Grokipedia\") as one "
        "source per article, where the import finds them (see \"articles\" in the --json report)",
    )
    p.add_argument(
        "--new-version-of",
        type=int,
        metavar="SOURCE",
        help="import FILE as a new version of SOURCE (identical bytes allowed), re-anchoring its annotations",
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help="a .qdpx whose sources are in the project already adds its codings to them, each kept as its "
        "coder's (several coders' files of the same sources, for `annotator agreement`)",
    )
    p.add_argument(
        "--codebook",
        choices=("merge", "new-facet"),
        default="merge",
        help="how a REFI-QDA codebook (.qdc) joins the taxonomy: its categories matched to facets by name "
        "and its codes to their tags (merge, the default), or all of it in one new facet (new-facet)",
    )
    p.add_argument("--facet-name", metavar="NAME", help="the new facet's name with --codebook new-facet "
                   "(default: the file's name)")  # fmt: skip
    metadata_options(p)
    json_flag(p)

    p = command(
        "place",
        _place,
        "put an orphaned annotation on another version of its source: at the place the import suggested, "
        "or at --start/--end",
    )
    p.add_argument("annotation", type=int, metavar="ANNOTATION")
    p.add_argument("--on", type=int, required=True, metavar="SOURCE", help="the version to put it on")
    p.add_argument("--start", type=int, help="first code point of the passage (default: the suggestion)")
    p.add_argument("--end", type=int, help="code point after the passage (default: the suggestion)")
    json_flag(p)

    p = command("split", _split, "split a source in two at a position; annotations go with their text")
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument("--at", type=int, required=True, metavar="OFFSET", help="code point where part two begins")
    p.add_argument("--title", help="title of part two (default: the title with “(part 2)”)")
    json_flag(p)

    p = command("sources", _sources, "list the sources")
    p.set_defaults(directly=_sources_directly)
    json_flag(p)

    p = command("show", _show, "print a source's stored text exactly (or a range of it), and nothing else")
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument("--start", type=int, help="first code point (default: 0)")
    p.add_argument("--end", type=int, help="code point after the last (default: the end)")
    p.add_argument(
        "--page",
        metavar="LABEL",
        help="print the text of one printed page, where the source's pages are known (e.g. 184)",
    )

    p = command("info", _info, "print a source's metadata")
    p.add_argument("source", type=int, metavar="SOURCE")
    json_flag(p)

    p = command("edit", _edit, "change a source's metadata (its text never changes)")
    p.add_argument("source", type=int, metavar="SOURCE")
    metadata_options(p)
    p.add_argument(
        "--field",
        action="append",
        metavar="NAME=VALUE",
        help="set one field by its CSL-JSON name (container-title, publisher-place, volume, issue, page, "
        "edition, editor, translator, DOI, ISBN, archive, archive_location, call-number, original-date, "
        "note, type…) or ours; names separated by ';' (editor=Fitzpatrick, Sheila; Viola, Lynne); "
        "repeat for several",
    )
    json_flag(p)

    p = command("delete-source", _delete_source, "delete a source with its annotations and links")
    p.add_argument("source", type=int, metavar="SOURCE")


def _import_qdpx(
    project: Project, path: Path, results: list[dict[str, Any]], as_json: bool, merge: bool = False
) -> int:
    """Import a .qdpx through the exchange service; 1 if it was refused (the message is printed)."""
    try:
        report = project.exchange.import_qdpx(path, merge=merge)
    except AnnotatorError as e:
        results.append(records.refused_record(str(path), str(e)))
        print(f"annotator: {e}", file=sys.stderr)
        return 1
    results.append(
        {
            "file": str(path),
            "status": "imported",
            "format": "qdpx",
            "source_ids": list(report.source_ids),
            "annotations": report.annotations,
            "links": report.links,
            "facets_created": list(report.facets_created),
            "tags_created": list(report.tags_created),
            "tags_matched": report.tags_matched,
            "placed": list(report.placed),
            "warnings": list(report.warnings),
        }
    )
    if not as_json:
        print(
            f"imported {path}: {len(report.source_ids)} source(s), {report.annotations} annotation(s), "
            f"{report.links} link(s); {len(report.tags_created)} new tag(s), {report.tags_matched} matched"
        )
        for placed in report.placed:
            print(f"  note: {placed}")
        for warning in report.warnings:
            print(f"  warning: {warning}")
    return 0


def _import_qdc(project: Project, path: Path, args: argparse.Namespace, results: list[dict[str, Any]]) -> int:
    """Import a .qdc codebook into the taxonomy; 1 if it was refused (the message is printed)."""
    try:
        report = project.exchange.import_codebook(path, args.codebook, args.facet_name or "")
    except AnnotatorError as e:
        results.append(records.refused_record(str(path), str(e)))
        print(f"annotator: {e}", file=sys.stderr)
        return 1
    results.append(
        {
            "file": str(path),
            "status": "imported",
            "format": "qdc",
            "facets_created": list(report.facets_created),
            "tags_created": list(report.tags_created),
            "tags_matched": report.tags_matched,
            "warnings": list(report.warnings),
        }
    )
    if not args.json:
        print(
            f"imported codebook {path} ({args.codebook}): {len(report.facets_created)} new facet(s), "
            f"{len(report.tags_created)} new tag(s), {report.tags_matched} matched"
        )
        for warning in report.warnings:
            print(f"  warning: {warning}")
    return 0
