"""Scanning a long text a piece at a time: the same matches as ``pattern.finditer``, and a word of progress.

A regular expression runs in one call that holds the interpreter: a search for a rare pattern over a book
(850,000 characters) took 100–200 ms in one call, and the window, whose thread waits for the interpreter
meanwhile, froze that long although detection runs in a worker. ``finditer`` looks for each match in a
piece of the text (``PIECE`` characters) at a time, so other threads get their turn between pieces, and
tells the progress sink of the thread, if any, how far it got.

The matches are those of ``pattern.finditer(text, pos)`` for every pattern whose attempt at a position
reads fewer than ``REACH`` characters past it (the detectors' patterns stop at a line, a sentence or a
bracket of a few hundred characters): a match is looked for with the text cut ``REACH`` characters after
the piece, then taken as the whole text would give it (``pattern.match`` at its start). Patterns that
match the empty string are not used with it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

PIECE = 25_000  # characters looked through in one call: 20-25 ms of the slowest pattern on a busy machine
REACH = 5_000  # how far past a piece a match attempt may need to read

Progress = Callable[[float], None]  # told the share of the work done, 0.0 to 1.0

# Where the scans of the running detection say how far they got: (characters scanned so far) -> None.
_scanned: ContextVar[Callable[[int], None] | None] = ContextVar("evidence_scanned", default=None)


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None, overlapping: bool = False
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)``, a piece of the text at a time (see the module's docstring);
    ``overlapping``: each next match is looked for from the character after the start of the last."""
    end = len(text) if endpos is None else min(endpos, len(text))
    told = _scanned.get()
    at = pos
    while at <= end:
        stop = min(end, at + PIECE)
        window = min(end, stop + REACH)
        # Every attempt starting in [at, stop) reads no further than the cut: it ends as in the whole text.
        found = pattern.search(text, at, window)
        if found is None or (found.start() >= stop and stop < end):
            if told is not None:
                told(stop - at)
            if stop >= end:
                return
            at = stop  # a match starting past the piece is looked for again with the next one
            continue
        if window < end and found.end() > window - REACH:  # it ran near the cut: as the whole text has it
            whole = pattern.match(text, found.start(), end)
            if whole is None:
                at = found.start() + 1
                continue
            found = whole
        if told is not None:
            told(max(0, found.end() - at))
        yield found
        at = found.start() + 1 if overlapping or found.end() == found.start() else found.end()


@contextmanager
def reporting(report: Progress, start: float, share: float, text_length: int, scans: int) -> Iterator[None]:
    """Within the block, the scans of ``finditer`` in this thread (or task) move the progress from
    ``start`` by up to ``share``: expected ``scans`` passes over ``text_length`` characters fill it. A
    different number of passes only makes the share fill sooner (it stops full) or later."""
    expected = max(1, text_length * scans)
    done = 0
    last = -1.0

    def scanned(characters: int) -> None:
        nonlocal done, last
        done += characters
        now = start + share * min(1.0, done / expected)
        if now - last >= 0.01:  # a percent at a time: telling is cheap, but a window repaints
            last = now
            report(now)

    token = _scanned.set(scanned)
    try:
        yield
    finally:
        _scanned.reset(token)
