"""The subcommands: each opens the project, calls one service, prints records."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from annotator.cli import records
from annotator.domain.errors import AnnotatorError, InvalidInput
from annotator.services.project import Project

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


Handler = Callable[[Project, argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}


def _handles(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _HANDLERS[name] = handler
        return handler

    return register


def _utf8_stdout() -> None:
    # Offsets are code points: whatever the locale, print UTF-8 and never translate newlines.
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", newline="\n")


def _print_json(items: list[dict[str, Any]]) -> None:
    json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def run(args: argparse.Namespace, project_path: Path | None) -> int:
    _utf8_stdout()
    with Project.open(project_path) as project:
        return _HANDLERS[args.command](project, args)


def _metadata_from(args: argparse.Namespace) -> dict[str, Any]:
    given = {
        field: getattr(args, field) for _, field, _ in METADATA_OPTIONS if getattr(args, field) is not None
    }
    if args.authors:
        given["authors"] = args.authors
    return given


@_handles("import")
def _import(project: Project, args: argparse.Namespace) -> int:
    metadata = _metadata_from(args)
    results: list[dict[str, Any]] = []
    failed = 0
    for path in args.files:
        try:
            report = project.sources.import_file(path, metadata)
        except AnnotatorError as e:
            failed += 1
            results.append(records.refused_record(str(path), str(e)))
            print(f"annotator: {e}", file=sys.stderr)
            continue
        results.append(records.import_record(report))
        if not args.json:
            language = f", {report.language}" if report.language else ""
            print(
                f"imported {path} as source {report.source_id}: “{report.title}” "
                f"({report.length} characters, {report.encoding}{language})"
            )
    if args.json:
        _print_json(results)
    return 2 if failed else 0


@_handles("sources")
def _sources(project: Project, args: argparse.Namespace) -> int:
    sources = project.sources.list()
    if args.json:
        _print_json([records.source_record(s) for s in sources])
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


@_handles("show")
def _show(project: Project, args: argparse.Namespace) -> int:
    text = project.sources.text(args.source)
    start = 0 if args.start is None else args.start
    end = len(text) if args.end is None else args.end
    if not 0 <= start <= end <= len(text):
        raise InvalidInput(f"the range {start}–{end} is outside the text (0–{len(text)})")
    sys.stdout.write(text[start:end])
    sys.stdout.flush()
    return 0


def _source_info(project: Project, source_id: int) -> dict[str, Any]:
    source = project.sources.get(source_id)
    m = source.metadata
    info = {
        "id": source.id,
        "uuid": source.uuid,
        **{name: getattr(m, name) for name in m.field_names()},
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
    return info


def _print_info(info: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _print_json([info])
        return
    for key, value in info.items():
        if value not in ("", None, []):
            shown = "; ".join(value) if isinstance(value, list) else value
            print(f"{key.replace('_', ' '):>20}: {shown}")


@_handles("info")
def _info(project: Project, args: argparse.Namespace) -> int:
    _print_info(_source_info(project, args.source), args.json)
    return 0


@_handles("edit")
def _edit(project: Project, args: argparse.Namespace) -> int:
    changes = _metadata_from(args)
    if not changes:
        raise InvalidInput("nothing to change; give at least one metadata option, such as --title")
    project.sources.update_metadata(args.source, changes)
    _print_info(_source_info(project, args.source), args.json)
    return 0


@_handles("delete-source")
def _delete_source(project: Project, args: argparse.Namespace) -> int:
    title = project.sources.get(args.source).title
    project.sources.delete(args.source)
    print(f"deleted source {args.source}, “{title}”, with its annotations")
    return 0


@_handles("tags")
def _tags(project: Project, args: argparse.Namespace) -> int:
    taxonomy = project.taxonomy.taxonomy()
    usage = project.taxonomy.usage()
    items = [
        records.tag_record(taxonomy, tag, depth, usage.get(tag.id, 0))
        for facet in taxonomy.facets
        for depth, tag in taxonomy.walk(facet.id)
    ]
    if args.json:
        _print_json(items)
        return 0
    for facet in taxonomy.facets:
        print(f"{facet.slug}  ({facet.name}: {facet.description})")
        for depth, tag in taxonomy.walk(facet.id):
            indent = "  " * (depth + 1)
            key = f"  [{tag.shortcut}]" if tag.shortcut else ""
            print(f"{indent}{taxonomy.path(tag):<34} {tag.name}{key}  ({usage.get(tag.id, 0)})")
    return 0


@_handles("tag-add")
def _tag_add(project: Project, args: argparse.Namespace) -> int:
    tag = project.taxonomy.add_tag(
        args.facet,
        args.name,
        parent=args.parent,
        color=args.color,
        description=args.description,
        shortcut=args.shortcut,
    )
    taxonomy = project.taxonomy.taxonomy()
    if args.json:
        _print_json([records.tag_record(taxonomy, tag, len(taxonomy.ancestors(tag)), 0)])
    else:
        print(f"added {taxonomy.path(tag)}")
    return 0


@_handles("tag-delete")
def _tag_delete(project: Project, args: argparse.Namespace) -> int:
    in_use = "merge" if args.merge_into else ("remove" if args.remove else None)
    project.taxonomy.delete_tag(args.tag, in_use=in_use, merge_into=args.merge_into)
    print(f"deleted {args.tag}")
    return 0


@_handles("annotate")
def _annotate(project: Project, args: argparse.Namespace) -> int:
    annotation = project.annotations.create(
        args.source,
        args.start,
        args.end,
        args.tags,
        note=args.note,
        confidence=args.confidence,
        evidence_ref=args.evidence,
    )
    if args.json:
        _print_json([records.annotation_record(annotation)])
    else:
        print(f"annotation {annotation.id}: “{annotation.quote.exact}”")
    return 0


def _print_annotations(annotations: list[Any], as_json: bool) -> None:
    if as_json:
        _print_json([records.annotation_record(a) for a in annotations])
        return
    for a in annotations:
        quote = " ".join(a.quote.exact.split())
        quote = quote if len(quote) <= 70 else quote[:69] + "…"
        tags = ", ".join(t.path for t in a.tags) or "no tags"
        print(f"{a.id:>5}  source {a.source_id} [{a.start}–{a.end}]  “{quote}”  ({tags})")
        if a.note:
            print(f"       note: {' '.join(a.note.split())}")


@_handles("annotations")
def _annotations(project: Project, args: argparse.Namespace) -> int:
    _print_annotations(project.annotations.list(source_id=args.source, tags=args.tags), args.json)
    return 0


@_handles("edit-annotation")
def _edit_annotation(project: Project, args: argparse.Namespace) -> int:
    current = project.annotations.get(args.annotation)
    tags: list[str | int] | None = None
    if args.add_tag or args.remove_tag:
        taxonomy = project.taxonomy.taxonomy()
        removing = {t.id for t in taxonomy.resolve_all(args.remove_tag)}
        tags = [t.id for t in current.tags if t.id not in removing]
        tags += [t.id for t in taxonomy.resolve_all(args.add_tag)]
    changes: dict[str, Any] = {}
    if args.confidence is not None:
        changes["confidence"] = args.confidence
    updated = project.annotations.update(
        args.annotation, tags=tags, note=args.note, evidence_ref=args.evidence, **changes
    )
    _print_annotations([updated], args.json)
    return 0


@_handles("delete-annotation")
def _delete_annotation(project: Project, args: argparse.Namespace) -> int:
    deleted = project.annotations.delete(args.annotation)
    extra = f" and {len(deleted.links)} link(s)" if deleted.links else ""
    print(f"deleted annotation {args.annotation}{extra}")
    return 0


def _print_links(links: list[Any], as_json: bool) -> None:
    if as_json:
        _print_json([records.link_record(link) for link in links])
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


@_handles("link")
def _link(project: Project, args: argparse.Namespace) -> int:
    _print_links([project.links.create(args.a, args.b, args.relation, args.note)], args.json)
    return 0


@_handles("links")
def _links(project: Project, args: argparse.Namespace) -> int:
    _print_links(project.links.list(source_id=args.source), args.json)
    return 0


@_handles("unlink")
def _unlink(project: Project, args: argparse.Namespace) -> int:
    project.links.delete(args.link)
    print(f"deleted link {args.link}")
    return 0
