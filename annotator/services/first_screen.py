"""The window's first screen, read before the project's services exist: the remembered source's text with the
annotations (and structure marks) its first screen shows, through the stdlib ``sqlite3`` (``storage.direct``).

Starting the window spent most of its time importing SQLAlchemy and the ORM and opening the project through
them before anything was painted (issue 23). ``read_first_screen`` takes the project's lock and makes the
checks ``Project.open`` makes on a file that needs nothing more (``direct.open_current``: an Annotator
project at the head revision that passes SQLite's quick check), so the window can paint the source at once
and open the project right after. For anything else — no such file, a file to create or upgrade, another
window holding it, a folder that cannot be written to, damage, a text that fails its checksum — it gives None
and holds nothing: the caller opens the project the usual way, which does that work or says what is wrong.

The lock is held until ``FirstScreen.release`` (after ``Project.open`` took its own hold): no other
window can take the project between the first paint and the opening.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from annotator.domain.errors import ProjectError
from annotator.domain.model import Annotation
from annotator.domain.structure import STRUCTURE_VERSION, Mark
from annotator.domain.taxonomy import Taxonomy
from annotator.storage import direct, direct_reads, lock
from annotator.storage.database import PROJECT_SUFFIX, check_location
from annotator.storage.meta_repo import PROJECT_NAME, PROJECT_UUID


@dataclass
class FirstScreen:
    """What the reader paints first, read from the project at ``path`` (whose lock this holds)."""

    path: Path
    uuid: str
    name: str  # the project's name, as ``Project.name`` gives it
    source_id: int
    title: str
    text: str = field(repr=False)
    annotations: list[Annotation] = field(repr=False)  # the first screen's; all of them when ``complete``
    complete: bool
    taxonomy: Taxonomy = field(repr=False)
    marks: list[Mark] | None = field(repr=False)  # the stored structure marks; None: still to be computed
    _held: bool = field(default=True, repr=False)

    def release(self) -> None:
        """Let go of this read's hold on the project's lock (once; ``Project.open`` takes its own)."""
        if self._held:
            self._held = False
            lock.release(self.path)


def read_first_screen(
    path: Path, remembered: Callable[[str], tuple[int | None, bool]], chars: int, whole_below: int = 500
) -> FirstScreen | None:
    """The first screen of the project at ``path``. ``remembered(uuid)`` gives the source last read (None,
    or one that no longer exists: the first source) and whether its view was scrolled down. Read are that
    source's text and, as ``AnnotationService.first_screen`` reads them, the annotations sharing a character
    with its first ``chars`` characters — all of them when it has fewer than ``whole_below`` or its view
    was scrolled down (where the view begins is known only once the text is laid out). None (and nothing
    held) when the project must be opened the usual way (see the module)."""
    path = Path(path).expanduser().absolute()
    if path.suffix != PROJECT_SUFFIX or not path.is_file():
        return None
    try:
        check_location(path)
        lock.acquire(path)
    except ProjectError:  # held by another window, a folder that cannot be written to: Project.open asks
        return None
    found = None
    try:
        connection = direct.open_current(path)
        if connection is not None:
            try:
                found = _read(connection, path, remembered, chars, whole_below)
            finally:
                connection.close()
    except (sqlite3.Error, OSError, ValueError, TypeError):  # Project.open meets it too, and says what it is
        found = None
    finally:
        if found is None:
            lock.release(path)
    return found


def _read(
    connection: sqlite3.Connection,
    path: Path,
    remembered: Callable[[str], tuple[int | None, bool]],
    chars: int,
    whole_below: int,
) -> FirstScreen | None:
    uuid = direct_reads.meta_value(connection, PROJECT_UUID)
    if not uuid:
        return None
    source_id, scrolled = remembered(uuid)
    title = direct_reads.source_title(connection, source_id) if source_id is not None else None
    if title is None:
        scrolled = False
        source_id = direct_reads.first_source_id(connection)
        if source_id is None:
            return None  # no source: the welcome pane, which the usual way shows as fast
        title = direct_reads.source_title(connection, source_id) or ""
    text = direct_reads.source_text(connection, source_id)
    if text is None:
        return None
    taxonomy = direct_reads.taxonomy(connection)
    complete = scrolled or direct_reads.annotation_count(connection, source_id) < whole_below
    annotations = direct_reads.annotations(connection, taxonomy, source_id, None if complete else (0, chars))
    return FirstScreen(
        path=path,
        uuid=uuid,
        name=direct_reads.meta_value(connection, PROJECT_NAME) or path.stem,
        source_id=source_id,
        title=title,
        text=text,
        annotations=annotations,
        complete=complete,
        taxonomy=taxonomy,
        marks=direct_reads.structure_marks(connection, source_id, STRUCTURE_VERSION),
    )
