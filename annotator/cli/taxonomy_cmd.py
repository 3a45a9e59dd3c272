"""Commands for the taxonomy: list, add and delete tags."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from annotator.cli import records
from annotator.cli.output import AddCommand, json_flag, print_json

if TYPE_CHECKING:
    from annotator.services.project import Project


def _tags(project: Project, args: argparse.Namespace) -> int:
    taxonomy = project.taxonomy.taxonomy()
    usage = project.taxonomy.usage()
    items = [
        records.tag_record(taxonomy, tag, depth, usage.get(tag.id, 0))
        for facet in taxonomy.facets
        for depth, tag in taxonomy.walk(facet.id)
    ]
    if args.json:
        print_json(items)
        return 0
    for facet in taxonomy.facets:
        print(f"{facet.slug}  ({facet.name}: {facet.description})")
        for depth, tag in taxonomy.walk(facet.id):
            indent = "  " * (depth + 1)
            key = f"  [{tag.shortcut}]" if tag.shortcut else ""
            print(f"{indent}{taxonomy.path(tag):<34} {tag.name}{key}  ({usage.get(tag.id, 0)})")
    return 0


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
        print_json([records.tag_record(taxonomy, tag, len(taxonomy.ancestors(tag)), 0)])
    else:
        print(f"added {taxonomy.path(tag)}")
    return 0


def _tag_delete(project: Project, args: argparse.Namespace) -> int:
    in_use = "merge" if args.merge_into else ("remove" if args.remove else None)
    project.taxonomy.delete_tag(args.tag, in_use=in_use, merge_into=args.merge_into)
    print(f"deleted {args.tag}")
    return 0


def register(command: AddCommand) -> None:
    p = command("tags", _tags, "list the taxonomy")
    json_flag(p)

    p = command("tag-add", _tag_add, "add a tag to a facet")
    p.add_argument("facet", help="facet slug: bias, provenance, claim-type…")
    p.add_argument("name", help="display name; the slug is made from it")
    p.add_argument("--parent", help="parent tag (slug or path)")
    p.add_argument("--color", help="#RRGGBB (default: the facet's colour)")
    p.add_argument("--description", default="", help="one-line definition")
    p.add_argument("--shortcut", default="", help='keyboard shortcut, for example "B, 0"')
    json_flag(p)

    p = command("tag-delete", _tag_delete, "delete a tag; if annotations carry it, say what happens to them")
    p.add_argument("tag", help="tag path, for example bias/polemical")
    choice = p.add_mutually_exclusive_group()
    choice.add_argument("--remove", action="store_true", help="remove the tag from the annotations")
    choice.add_argument("--merge-into", metavar="TAG", help="give the annotations this tag instead")
