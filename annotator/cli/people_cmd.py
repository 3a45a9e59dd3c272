"""``annotator people``: everyone who speaks or is cited across the sources, with counts by role; renaming
and merging people."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from annotator.cli.output import AddCommand, json_flag, print_json

if TYPE_CHECKING:
    from annotator.services.people import PersonCounts
    from annotator.services.project import Project


def _counts(counts: dict) -> str:  # type: ignore[type-arg]
    return ", ".join(f"{n} {role.value}" for role, n in sorted(counts.items(), key=lambda kv: kv[0].value))


def _line(line: PersonCounts) -> str:
    who = f"{line.person.id:>5}" if line.person is not None else "    -"
    parts = [f"{who}  {line.name} ({line.kind.value})"]
    if line.annotations:
        parts.append(f"annotations: {_counts(line.annotations)}")
    if line.proposed:
        parts.append(f"proposed: {_counts(line.proposed)}")
    return "  ".join(parts)


def _people(project: Project, args: argparse.Namespace) -> int:
    lines = project.people.counts(proposals=not args.no_proposals)
    if args.json:
        print_json([line.as_dict() for line in lines])
        return 0
    if not lines:
        print("nobody speaks in an annotation or a proposal yet")
    for line in lines:
        print(_line(line))
    return 0


def _rename(project: Project, args: argparse.Namespace) -> int:
    person = project.people.rename(args.person, args.name, args.kind)
    print(f"person {person.id}: {person.name} ({person.kind.value})")
    return 0


def _merge(project: Project, args: argparse.Namespace) -> int:
    merged = project.people.merge(args.person, args.into)
    print(
        f"merged {merged.person.name} into {merged.into.name}: "
        f"{len(merged.annotation_ids)} annotation(s) moved"
    )
    return 0


def register(command: AddCommand) -> None:
    p = command("people", _people, "everyone who speaks or is cited, with counts by role")
    p.add_argument(
        "--no-proposals", action="store_true", help="count annotations only, not the evidence proposed"
    )
    json_flag(p)

    p = command("rename-person", _rename, "rename a person or body (every annotation of theirs shows it)")
    p.add_argument("person", type=int, metavar="PERSON", help="the id `annotator people` shows")
    p.add_argument("name")
    p.add_argument("--kind", choices=("person", "body"))

    p = command("merge-people", _merge, "make one person the same as another (their annotations move)")
    p.add_argument("person", type=int, metavar="PERSON", help="merged away")
    p.add_argument("into", type=int, metavar="INTO", help="kept")
