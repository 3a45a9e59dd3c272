"""A worker for the crash-safety test: random annotation edits until it is killed.

Run as ``python crash_worker.py PROJECT SEED``. Before each change it prints the intent (``? op ...``) and,
once the service call has returned (the transaction is committed), the acknowledgement (``ok``); stdout is
flushed after every line, so the test knows every acknowledged change and the one at most in flight.

Lines: ``? C start end tag,tag`` then ``ok C id``; ``? U id note`` then ``ok``; ``? D id`` then ``ok``.
"""

from __future__ import annotations

import random
import sys

from annotator.services.project import Project

TAGS = (
    "bias/polemical",
    "provenance/hearsay",
    "claim-type/factual",
    "claim-type/statistical",
    "bias/loaded-language",
)


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    project = Project.open(path)
    source = project.sources.list()[0]
    length = len(project.sources.text(source.id))
    ids = [a.id for a in project.annotations.list()]
    out = sys.stdout
    out.write("ready\n")
    out.flush()
    while True:
        roll = rng.random()
        if roll < 0.45 or not ids:
            start = rng.randrange(0, length - 1)
            end = rng.randrange(start + 1, min(length, start + 200) + 1)
            tags = rng.sample(TAGS, rng.randint(0, 3))
            out.write(f"? C {start} {end} {','.join(tags)}\n")
            out.flush()
            created = project.annotations.create(source.id, start, end, tags=tags)
            ids.append(created.id)
            out.write(f"ok C {created.id}\n")
        elif roll < 0.85:
            target = rng.choice(ids)
            # Notes of varied length, so that commits touch varied numbers of pages.
            note = f"n{rng.randrange(10**9)}" + "x" * rng.choice((0, 10, 500, 5000))
            out.write(f"? U {target} {note}\n")
            out.flush()
            project.annotations.update(target, note=note)
            out.write("ok\n")
        else:
            target = ids.pop(rng.randrange(len(ids)))
            out.write(f"? D {target}\n")
            out.flush()
            project.annotations.delete(target)
            out.write("ok\n")
        out.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
