"""Commands for annotations: create, list, edit, delete."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from annotator.cli import records
from annotator.cli.output import AddCommand, json_flag, print_json
from annotator.domain.errors import InvalidInput
from annotator.domain.model import SpeakerRole

if TYPE_CHECKING:
    from annotator.services.project import Project

# The role a speaker given to `annotate` has unless --role says otherwise.
ANNOTATE_ROLE = SpeakerRole.QUOTED.value


def _print_annotations(annotations: list[Any], as_json: bool) -> None:
    if as_json:
        print_json([records.annotation_record(a) for a in annotations])
        return
    for a in annotations:
        quote = " ".join(a.quote.exact.split())
        quote = quote if len(quote) <= 70 else quote[:69] + "…"
        tags = ", ".join(t.path for t in a.tags) or "no tags"
        print(f"{a.id:>5}  source {a.source_id} [{a.start}–{a.end}]  “{quote}”  ({tags})")
        if a.speaker is not None:
            print(f"       speaker: {a.speaker.label}")
        if a.coder is not None:
            print(f"       coder: {a.coder.shown}")
        if a.note:
            print(f"       note: {' '.join(a.note.split())}")


def _annotate(project: Project, args: argparse.Namespace) -> int:
    if args.role is not None and args.speaker is None:
        # Said before anything is made: the annotation would otherwise be made with nobody speaking in it.
        raise InvalidInput(f"--role {args.role} needs --speaker (who speaks as {args.role}?)")
    annotation = project.annotations.create(
        args.source,
        args.start,
        args.end,
        args.tags,
        note=args.note,
        confidence=args.confidence,
        evidence_ref=args.evidence,
        speaker=None if args.speaker is None else (args.speaker, args.role or ANNOTATE_ROLE),
    )
    if args.json:
        print_json([records.annotation_record(annotation)])
    else:
        print(f"annotation {annotation.id}: “{annotation.quote.exact}”")
    return 0


def _annotations(project: Project, args: argparse.Namespace) -> int:
    listed = project.annotations.list(
        source_id=args.source, tags=args.tags, speaker=args.speaker, coders=args.coders
    )
    _print_annotations(listed, args.json)
    return 0


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
    if args.no_speaker:
        changes["speaker"] = None
    elif args.speaker is not None:
        kept = current.speaker.role.value if current.speaker is not None else SpeakerRole.QUOTED.value
        changes["speaker"] = (args.speaker, args.role or kept)
    elif args.role is not None:
        if current.speaker is None:
            raise InvalidInput(f"annotation {args.annotation} has no speaker to give a role (add --speaker)")
        changes["speaker"] = (current.speaker.name, args.role)
    updated = project.annotations.update(
        args.annotation, tags=tags, note=args.note, evidence_ref=args.evidence, **changes
    )
    _print_annotations([updated], args.json)
    return 0


def _delete_annotation(project: Project, args: argparse.Namespace) -> int:
    deleted = project.annotations.delete(args.annotation)
    extra = f" and {len(deleted.links)} link(s)" if deleted.links else ""
    print(f"deleted annotation {args.annotation}{extra}")
    return 0


def _speaker_options(p: argparse.ArgumentParser, default_role: str | None) -> None:
    p.add_argument(
        "--speaker", metavar="NAME", help="who speaks in the passage, a person or a body (made if new)"
    )
    # No argparse default: a --role given without --speaker must be told from one not given.
    p.add_argument(
        "--role",
        choices=[r.value for r in SpeakerRole],
        help="as what they speak" + (f" (default {default_role})" if default_role else ""),
    )


def register(command: AddCommand) -> None:
    p = command("annotate", _annotate, "annotate a passage of a source")
    p.add_argument("source", type=int, metavar="SOURCE")
    p.add_argument("--start", type=int, required=True, help="first code point of the passage")
    p.add_argument("--end", type=int, required=True, help="code point after the passage")
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        dest="tags",
        metavar="FACET/TAG",
        help="a tag path (repeat for several), for example bias/loaded-language",
    )
    p.add_argument("--note", default="", help="a note (Markdown)")
    p.add_argument("--confidence", type=int, help="how sure you are, 1 (a guess) to 5 (certain)")
    p.add_argument("--evidence", default="", help='evidence reference, for example "Sakwa, 37"')
    _speaker_options(p, default_role=ANNOTATE_ROLE)
    json_flag(p)

    p = command("annotations", _annotations, "list annotations in text order")
    p.add_argument("--source", type=int, help="only this source's")
    p.add_argument(
        "--tag", action="append", dest="tags", metavar="FACET/TAG", help="only those with this tag"
    )
    p.add_argument(
        "--speaker", metavar="NAME", help="only those this person or body speaks in (a unique beginning)"
    )
    p.add_argument(
        "--coder",
        action="append",
        dest="coders",
        metavar="NAME",
        help="only those this coder made (login or display name; repeat for several)",
    )
    json_flag(p)

    p = command(
        "edit-annotation",
        _edit_annotation,
        "change an annotation's tags, note, confidence, evidence or speaker",
    )
    p.add_argument("annotation", type=int, metavar="ANNOTATION")
    p.add_argument("--add-tag", action="append", default=[], metavar="FACET/TAG")
    p.add_argument("--remove-tag", action="append", default=[], metavar="FACET/TAG")
    p.add_argument("--note")
    p.add_argument("--confidence", type=int)
    p.add_argument("--evidence")
    _speaker_options(p, default_role=None)
    p.add_argument("--no-speaker", action="store_true", help="nobody said: clear the speaker")
    json_flag(p)

    p = command(
        "delete-annotation", _delete_annotation, "delete an annotation (and the links that end at it)"
    )
    p.add_argument("annotation", type=int, metavar="ANNOTATION")
