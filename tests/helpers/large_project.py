"""A large project for the load test and benchmark: many sources, annotations and links (invented text).

Built *efficiently* rather than through the services: a few template rows are written by the real import
and annotation services (so every column holds exactly what the app writes), then copied with plain SQL
``INSERT``s in one transaction, with texts, quotes, tags and links generated here. The generation counter is
advanced once, as any committed change would. The checks that use the project then go through the
services, which is what the load test is about; 100,000 single-annotation transactions would only measure
the fixture.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from annotator.domain.anchors import quote_for
from annotator.services.project import Project

_VOCABULARY = """grain quota village soviet harvest committee famine instructor district seed horses teacher
minutes kolkhoz procurement report chairman secretary granary winter spring peasants brigade plan letter"""
WORDS = tuple(_VOCABULARY.split())
TAGS = (
    "bias/polemical",
    "bias/apologetic",
    "claim-type/factual",
    "claim-type/statistical",
    "provenance/archival",
)
RELATIONS = ("cites", "contradicts", "corroborates")
SLOT = 30  # one annotation per SLOT characters of text
NOTE_EVERY = 10  # every tenth annotation has a note (notes are indexed for search)


@dataclass(frozen=True, slots=True)
class LargeProject:
    path: Path
    source_ids: list[int]
    annotations: int
    links: int


def _text(rng: random.Random, length: int, number: int) -> str:
    words, size = [], 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    paragraphs = [" ".join(words[i : i + 60]) + "." for i in range(0, len(words), 60)]
    return f"Source {number} on the grain question\n\n" + "\n\n".join(paragraphs) + "\n"


def build_large_project(
    path: Path, sources: int = 500, annotations: int = 100_000, links: int = 10_000, seed: int = 1932
) -> LargeProject:
    rng = random.Random(seed)
    per_source = annotations // sources
    length = per_source * SLOT + 200
    texts = [_text(rng, length, n) for n in range(sources)]
    with Project.open(path) as project:  # the template rows, through the services
        template = project.sources.import_bytes(
            "source-0000.txt",
            texts[0].encode(),
            {"title": "Source 0", "kind": "primary", "date_text": "1932"},
        ).source_id
        first = project.annotations.create(template, 0, 6, tags=[TAGS[0]], note="template note")
        second = project.annotations.create(template, 7, 13, tags=[TAGS[1]])
        project.links.create(first.id, second.id, RELATIONS[0])
        tag_ids = {project.taxonomy.taxonomy().resolve(t).id: t for t in TAGS}
    connection = sqlite3.connect(path)
    try:
        connection.row_factory = sqlite3.Row
        connection.execute("PRAGMA foreign_keys = ON")  # the generated rows must hold together
        with connection:  # one transaction for everything below
            _copy(connection, texts, template, list(tag_ids), per_source, links, rng)
        source_ids = [r[0] for r in connection.execute("SELECT id FROM sources ORDER BY id")]
        (made,) = connection.execute("SELECT count(*) FROM annotations").fetchone()
        (linked,) = connection.execute("SELECT count(*) FROM links").fetchone()
    finally:
        connection.close()
    return LargeProject(path, source_ids, made, linked)


def _row(connection: sqlite3.Connection, table: str, key: str, value: int) -> dict[str, object]:
    row = connection.execute(f"SELECT * FROM {table} WHERE {key} = ?", (value,)).fetchone()
    return dict(row)


def _insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, object]]) -> None:
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    connection.executemany(sql, [tuple(r[c] for c in columns) for r in rows])


def _copy(
    connection: sqlite3.Connection,
    texts: list[str],
    template: int,
    tag_ids: list[int],
    per_source: int,
    links: int,
    rng: random.Random,
) -> None:
    source = _row(connection, "sources", "id", template)
    file = _row(connection, "source_files", "source_id", template)
    imported = _row(connection, "source_imports", "source_id", template)
    body = _row(connection, "source_texts", "source_id", template)
    annotation = dict(connection.execute("SELECT * FROM annotations ORDER BY id LIMIT 1").fetchone())
    link = dict(connection.execute("SELECT * FROM links LIMIT 1").fetchone())
    for table in ("links", "annotation_tags", "annotations"):  # the templates give way to generated rows
        connection.execute(f"DELETE FROM {table}")
    (next_source,) = connection.execute("SELECT max(id) + 1 FROM sources").fetchone()
    sources, files, imports, bodies = [], [], [], []
    for number, text in enumerate(texts[1:], start=1):
        source_id = next_source + number - 1
        data = text.encode()
        sources.append(
            source
            | {
                "id": source_id,
                "uuid": str(uuid.uuid4()),
                "title": f"Source {number}",
                "length": len(text),
                "kind": ("primary", "secondary", "tertiary")[number % 3],
            }
        )
        files.append(
            file
            | {
                "source_id": source_id,
                "name": f"source-{number:04d}.txt",
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
                "data": data,
            }
        )
        imports.append(imported | {"source_id": source_id})
        bodies.append(
            body | {"source_id": source_id, "text": text, "text_sha256": hashlib.sha256(data).hexdigest()}
        )
    _insert(connection, "sources", sources)
    _insert(connection, "source_files", files)
    _insert(connection, "source_imports", imports)
    _insert(connection, "source_texts", bodies)
    ids = [template] + [s["id"] for s in sources]
    rows, tags, annotation_id = [], [], 1
    for source_id, text in zip(ids, texts, strict=True):
        for slot in range(per_source):
            start = 40 + slot * SLOT + rng.randrange(0, 8)
            end = start + rng.randrange(4, 20)
            quote = quote_for(text, start, end)
            note = (
                f"note {annotation_id} on the {rng.choice(WORDS)}" if annotation_id % NOTE_EVERY == 0 else ""
            )
            rows.append(
                annotation
                | {
                    "id": annotation_id,
                    "uuid": str(uuid.uuid4()),
                    "source_id": source_id,
                    "start_pos": start,
                    "end_pos": end,
                    "exact": quote.exact,
                    "prefix": quote.prefix,
                    "suffix": quote.suffix,
                    "note": note,
                }
            )
            tags.append({"annotation_id": annotation_id, "tag_id": tag_ids[annotation_id % len(tag_ids)]})
            annotation_id += 1
    _insert(connection, "annotations", rows)
    _insert(connection, "annotation_tags", tags)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < links:
        a, b = rng.randrange(1, annotation_id), rng.randrange(1, annotation_id)
        if a != b:
            pairs.add((a, b))
    _insert(
        connection,
        "links",
        [
            link | {"id": n, "uuid": str(uuid.uuid4()), "a_id": a, "b_id": b, "relation": RELATIONS[n % 3]}
            for n, (a, b) in enumerate(sorted(pairs), start=1)
        ],
    )
    connection.execute(
        "UPDATE project_meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = ?",
        ("generation",),
    )
