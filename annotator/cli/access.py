"""How a command opens its project: for writing when it changes it, read-only when it must and only reads.

The app holds its project for writing as long as it is open (storage/lock.py). A command that only reads
(listing, showing, searching, exporting) then opens the project read-only and works on it as it is; one
that changes it is refused, naming the process that holds it. A project that can only be read anyway (its
folder cannot be written to, its disk is full) is read the same way; a command that would change it is
refused before it starts, with one line saying why.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.domain.errors import InvalidInput, ProjectLocked, ReadOnlyProject

if TYPE_CHECKING:
    from annotator.services.project import Project

# The commands that never change the project (``reindex`` rewrites only the search index, a cache outside
# it). Any other command counts as changing it, so a new one is refused rather than allowed by mistake.
READING_COMMANDS = frozenset(
    {
        "agreement",
        "annotations",
        "bibliography",
        "chart",
        "dates",
        "figures",
        "info",
        "links",
        "marks",
        "matrix",
        "outline",
        "people",
        "reindex",
        "search",
        "show",
        "similar",
        "sources",
        "tags",
    }
)
# Commands that only read unless given one of these options (argparse dests): ``evidence`` lists proposals,
# ``evidence --accept/--accept-kind/--reject`` decides on them; ``zotero-import`` lists a Zotero library's
# items, ``--item`` imports them and ``--match`` fills sources from them; ``export --default-style`` keeps
# the style in the project.
CHANGING_OPTIONS: dict[str, tuple[str, ...]] = {
    "evidence": ("accept", "accept_kind", "reject"),
    "zotero-import": ("item", "match"),
    "export": ("default_style",),
    "coder": ("name",),
}


def reads_only(command: str, args: argparse.Namespace | None = None) -> bool:
    """Whether ``command`` (with ``args``, as parsed) leaves the project unchanged."""
    options = CHANGING_OPTIONS.get(command)
    if options is None:
        return command in READING_COMMANDS
    return args is not None and not any(getattr(args, o, None) for o in options)


@contextmanager
def open_for(command: str, path: Path | None, args: argparse.Namespace | None = None) -> Iterator[Project]:
    """The project at ``path`` (the default one if None), opened as ``command`` needs it.

    Raises ProjectLocked (naming the holder) for a changing command while another process has the project,
    and ReadOnlyProject (saying why) for one when the project can only be read.
    """
    # Here, not at the top: importing the project's services (and SQLAlchemy) is most of a command's start-up,
    # which `annotator --help` or a command answered without them need not pay (issue 23).
    from annotator.services.project import HeldElsewhere, Project

    reading = reads_only(command, args)
    try:
        project = Project.open(path)
    except HeldElsewhere as e:
        if not reading:
            raise ProjectLocked(
                f"{e.holder_phrase()}; close it first (commands that only read, such as `sources`, `search` "
                "and `export`, work meanwhile)"
            ) from None
        project = Project.open(path, read_only=True)
    else:
        # Its folder cannot be written to, or its disk is full. A reading command prints its output alone
        # (scripts read it); a changing one is refused before it starts, saying why.
        if project.read_only and not reading:
            reason = project.read_only_reason or f"{project.path} can only be read"
            project.close()
            raise ReadOnlyProject(reason)
    with project:
        _refuse_writing_over(project, args)
        yield project


# The options that name a file a command writes (argparse dests).
OUTPUT_OPTIONS = ("out", "export")


def _refuse_writing_over(project: Project, args: argparse.Namespace | None) -> None:
    """InvalidInput when an output option names the project's own file: `export --out` given the project's
    name (a slip of tab completion) replaced the project with the export."""
    for dest in OUTPUT_OPTIONS:
        value = getattr(args, dest, None)
        if isinstance(value, Path) and project.owns(value):
            raise InvalidInput(
                f"{value}: that is the project {project.path.name} itself (or a file it keeps beside it); "
                f"give --{dest} another file name"
            )
