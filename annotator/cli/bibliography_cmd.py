"""Metadata from Zotero and other reference managers: CSL-JSON and BibTeX onto matching sources."""

from __future__ import annotations

import argparse
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


def register(command: AddCommand) -> None:
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
