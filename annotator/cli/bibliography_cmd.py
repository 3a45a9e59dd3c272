"""Metadata from Zotero and other reference managers: CSL-JSON and BibTeX onto matching sources, the
project's sources out as CSL-JSON and BibTeX, and items straight from Zotero's own library."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.cli.output import AddCommand, json_flag, print_json

if TYPE_CHECKING:
    from annotator.services.project import Project


def _metadata_import(project: Project, args: argparse.Namespace) -> int:
    report = project.sources.import_metadata(args.file, source_id=args.source, key=args.key)
    if args.json:
        print_json(
            [
                {
                    "key": m.entry.key,
                    "title": m.entry.title,
                    "source_id": m.source_id,
                    "matched_by": m.by or None,
                    "fields": list(report.applied.get(m.source_id, ())) if m.source_id is not None else [],
                    "note": m.note,
                }
                for m in report.matches
            ]
        )
        return 0
    for m in report.matches:
        if m.source_id is not None and m.source_id in report.applied:
            fields = ", ".join(f.replace("_", " ") for f in report.applied[m.source_id])
            print(f"{m.entry.key}: “{m.entry.title}” → source {m.source_id} (by {m.by}): {fields}")
        else:
            print(f"{m.entry.key}: “{m.entry.title}” not applied: {m.note or 'see the warnings'}")
    for warning in report.warnings:
        print(f"  warning: {warning}")
    return 0


def _bibliography(project: Project, args: argparse.Namespace) -> int:
    to_stdout = str(args.out) == "-"
    exported = project.sources.export_bibliography(args.format, None if to_stdout else args.out, args.source)
    if to_stdout:
        sys.stdout.write(exported.text)
    elif args.json:
        print_json(
            [
                {"source_id": source_id, "key": key, "format": exported.format, "file": str(exported.path)}
                for source_id, key in exported.keys.items()
            ]
        )
    else:
        print(f"wrote {len(exported.keys)} reference(s) as {exported.format} to {exported.path}")
    return 0


def _zotero_import(project: Project, args: argparse.Namespace) -> int:
    if not args.item and not args.match:
        return _zotero_list(project, args)
    report = project.sources.import_zotero(
        args.data_dir, args.item or (), match=args.match, overwrite=args.overwrite
    )
    if args.json:
        records = [
            {
                "key": m.entry.key,
                "title": m.entry.title,
                "source_id": m.source_id,
                "matched_by": m.by or None,
                "fields": list(report.applied.get(m.source_id, ())) if m.source_id is not None else [],
                "kept": list(report.kept.get(m.source_id, ())) if m.source_id is not None else [],
                "note": m.note,
            }
            for m in report.matches
        ]
        records += [{"key": key, "source_id": sid, "created": True} for key, sid in report.created.items()]
        print_json(records)
        for warning in report.warnings:
            print(f"annotator: warning: {warning}", file=sys.stderr)
        return 0
    for m in report.matches:
        if m.source_id is None:
            print(f"{m.entry.key}: “{m.entry.title}” not matched: {m.note}")
            continue
        filled = ", ".join(f.replace("_", " ") for f in report.applied.get(m.source_id, ())) or "nothing new"
        print(f"{m.entry.key}: “{m.entry.title}” → source {m.source_id} (by {m.by}): {filled}")
        if kept := report.kept.get(m.source_id):
            names = ", ".join(f.replace("_", " ") for f in kept)
            print(f"  kept the source's own {names} (--overwrite replaces them)")
    for key, source_id in report.created.items():
        print(f"{key}: imported as source {source_id}")
    for warning in report.warnings:
        print(f"  warning: {warning}")
    return 0


def _zotero_list(project: Project, args: argparse.Namespace) -> int:
    items = project.sources.zotero_items(args.data_dir)
    if args.json:
        print_json(
            [
                {
                    "key": item.key,
                    "type": item.zotero_type,
                    "title": item.title,
                    "creators": item.creators,
                    "year": item.year,
                    "files": list(item.file_names),
                }
                for item in items
            ]
        )
        return 0
    if not items:
        print("The Zotero library holds no items.")
    for item in items:
        files = f"  [{', '.join(item.file_names)}]" if item.file_names else ""
        who = item.creators or "—"
        print(f"{item.key}  {item.zotero_type:<16} {item.year or '—':<4}  {who}  |  {item.title}{files}")
    if items:
        print("Import with --item KEY (a new source from its attached file), or --match to fill sources.")
    return 0


def register(command: AddCommand) -> None:
    p = command(
        "bibliography",
        _bibliography,
        "write the sources' references as CSL-JSON or BibTeX (for Zotero, LaTeX, citeproc)",
    )
    p.add_argument("--format", required=True, choices=("csl-json", "bibtex"))
    p.add_argument(
        "--source",
        type=int,
        nargs="+",
        metavar="SOURCE",
        help="only these sources (default: all), in this order",
    )
    p.add_argument(
        "--out", type=Path, required=True, metavar="FILE", help="the file to write ('-': print it)"
    )
    json_flag(p)

    p = command(
        "zotero-import",
        _zotero_import,
        "metadata from Zotero's own library (read from a copy; Zotero may be running): list its items, "
        "import chosen ones from their attached files, or --match them to sources by title or file name",
    )
    p.add_argument(
        "data_dir",
        type=Path,
        metavar="ZOTERO_DATA_DIR",
        help="Zotero's data directory (or its zotero.sqlite)",
    )
    p.add_argument("--item", nargs="+", metavar="KEY", help="the items, by their 8-character Zotero keys")
    p.add_argument(
        "--match",
        action="store_true",
        help="fill the empty fields of the sources the items match (by title or attached file name)",
    )
    p.add_argument(
        "--overwrite", action="store_true", help="with --match: replace the fields the sources already have"
    )
    json_flag(p)

    p = command(
        "metadata-import",
        _metadata_import,
        "fill source metadata from a CSL-JSON (.json) or BibTeX (.bib) file, matching by title or file name",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--source", type=int, metavar="SOURCE", help="apply the entry to this source instead of matching"
    )
    p.add_argument("--key", help="the entry to use, by its citation key or CSL id")
    json_flag(p)
