"""A small project for the Overview tests: four sources of invented prose with overlapping, multi-tagged
annotations (seeded), written through the real services, and the same counts computed independently from
the project file with plain ``sqlite3``."""

from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.services.project import Project

TAGS = (
    "bias/polemical",
    "bias/apologetic",
    "bias/loaded-language",
    "claim-type/statistical",
    "claim-type/factual",
    "provenance/eyewitness",
)
_VOCABULARY = "grain quota village harvest committee famine district seed report chairman granary winter"
WORDS = tuple(_VOCABULARY.split())


@dataclass(frozen=True, slots=True)
class OverviewSample:
    source_ids: list[int]
    annotation_ids: list[int]


def build_overview_sample(project: Project, seed: int = 20, per_source: int = 25) -> OverviewSample:
    rng = random.Random(seed)
    metas = [
        ("Report of the district committee on the harvest of 1932", "primary", "1932"),
        ("Memoir of a village teacher", "secondary", "1968"),
        ("Letter to the regional newspaper", "primary", "1933"),
        ("A survey of the famine literature", "tertiary", "1990"),
    ]
    source_ids: list[int] = []
    annotation_ids: list[int] = []
    for n, (title, kind, date) in enumerate(metas):
        paragraphs = [" ".join(rng.choice(WORDS) for _ in range(40 + 10 * n)) + "." for _ in range(6 + 2 * n)]
        text = "\n\n".join(paragraphs) + "\n"
        sid = project.sources.import_bytes(
            f"source-{n}.txt", text.encode(), {"title": title, "kind": kind, "date_text": date}
        ).source_id
        source_ids.append(sid)
        length = len(project.sources.text(sid))
        for _ in range(per_source):
            start = rng.randrange(0, length - 120)
            tags = rng.sample(TAGS, rng.randint(0, 3))
            annotation_ids.append(
                project.annotations.create(sid, start, start + rng.randint(5, 110), tags).id
            )
    return OverviewSample(source_ids, annotation_ids)


class Independent:
    """The project's annotations, tags and texts read with bare sqlite3, and counts made from them here."""

    def __init__(self, location: Path | str) -> None:
        """``location``: the project's file, or its database's URL (``Project.location``)."""
        connection: Any
        if str(location).startswith("postgresql://"):
            import psycopg

            connection = psycopg.connect(str(location))
        else:
            connection = sqlite3.connect(location)
        try:
            self.annotations = {
                a: (s, b, e)
                for a, s, b, e in connection.execute(
                    "SELECT id, source_id, start_pos, end_pos FROM annotations"
                )
            }
            self.tags_of: dict[int, set[int]] = {}
            for a, t in connection.execute("SELECT annotation_id, tag_id FROM annotation_tags"):
                self.tags_of.setdefault(a, set()).add(t)
            self.paths = {
                t: f"{f}/{s}"
                for t, f, s in connection.execute(
                    "SELECT tags.id, facets.slug, tags.slug FROM tags"
                    " JOIN facets ON facets.id = tags.facet_id"
                )
            }
            # Each tag as the charts label it: its name, with its facet's where another tag has that name.
            named = list(connection.execute(
                "SELECT tags.id, tags.name, facets.name FROM tags JOIN facets ON facets.id = tags.facet_id"
            ))  # fmt: skip
            repeated = Counter(name.casefold() for _, name, _ in named)
            self.names = {
                t: f"{name} ({facet})" if repeated[name.casefold()] > 1 else name for t, name, facet in named
            }
            self.texts = dict(connection.execute("SELECT source_id, text FROM source_texts"))
            self.kinds = dict(connection.execute("SELECT id, kind FROM sources"))
        finally:
            connection.close()

    def tag_id(self, path: str) -> int:
        return next(t for t, p in self.paths.items() if p == path)

    def words(self, source_id: int) -> int:
        return len(re.findall(r"\S+", self.texts[source_id]))

    def matrix(self, sources: set[int] | None = None) -> Counter[tuple[int, int]]:
        """(tag id, source id) -> annotations."""
        counts: Counter[tuple[int, int]] = Counter()
        for a, (s, _, _) in self.annotations.items():
            if sources is None or s in sources:
                for t in self.tags_of.get(a, ()):
                    counts[(t, s)] += 1
        return counts

    def overlapping_pairs(self) -> list[tuple[int, int]]:
        """Unordered pairs of annotations of one source that overlap, each annotation with itself included."""
        ids = sorted(self.annotations)
        pairs = []
        for i, x in enumerate(ids):
            sx, bx, ex = self.annotations[x]
            for y in ids[i:]:
                sy, by, ey = self.annotations[y]
                if sx == sy and bx < ey and by < ex:
                    pairs.append((x, y))
        return pairs

    def cooccurrence(self) -> dict[tuple[int, int], int]:
        """Pairs of overlapping tagged passages (an annotation with two tags: two passages in one place)."""
        found: Counter[tuple[int, int]] = Counter()
        for x, y in self.overlapping_pairs():
            tags_x, tags_y = self.tags_of.get(x, set()), self.tags_of.get(y, set())
            if x == y:
                for a in tags_x:
                    for b in tags_x:
                        if a < b:
                            found[(a, b)] += 1
                continue
            for tx in tags_x:
                for ty in tags_y:
                    if tx != ty:
                        found[(min(tx, ty), max(tx, ty))] += 1
        return dict(found)

    def cooccurring(self, a: int, b: int) -> set[int]:
        ids: set[int] = set()
        for x, y in self.overlapping_pairs():
            tx, ty = self.tags_of.get(x, set()), self.tags_of.get(y, set())
            if (a in tx and b in ty) or (b in tx and a in ty):
                ids |= {x, y}
        return ids
