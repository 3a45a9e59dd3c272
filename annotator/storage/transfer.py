"""Copying a whole project between two databases (a SQLite file and a PostgreSQL database, either way).

Every table of the schema, row for row, with its ids and uuids: what refers to a row by id (an annotation's
source, a link's ends, a tag's parent) stays right, and a project keeps its identity on the other side. The
caller gives two connections at the same (head) revision, the target's in a transaction, and a target
that holds no project (see ``holds_project``).

Times and numbers go through their column types; a JSON column is copied as the text it is stored as (not
decoded and encoded again: the text stays byte for byte what it was, and a NULL stays a NULL). On
PostgreSQL, whose ids come from sequences, each sequence is then moved past the largest id copied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

from sqlalchemy import JSON, Connection, Integer, Table, func, insert, select, text

from annotator.storage import dialects
from annotator.storage.orm import Base

BATCH = 500
Progress = Callable[[str, int], None]  # (table, rows copied so far)


def tables() -> list[Table]:
    """The project's tables, each after those it refers to (the migrations' head, as the models are)."""
    return list(Base.metadata.sorted_tables)


def row_counts(connection: Connection) -> dict[str, int]:
    """Rows per table: what a copy must reproduce, and what a report names."""
    count = func.count()
    return {t.name: int(connection.execute(select(count).select_from(t)).scalar_one()) for t in tables()}


def holds_project(connection: Connection) -> bool:
    """Whether the database holds a project: an identity, or any source. Rows the migrations seed (the
    coder 0010 makes) are no project: ``copy_project`` replaces them."""
    from annotator.storage.meta_repo import PROJECT_UUID
    from annotator.storage.orm import ProjectMeta, SourceRow

    identity = connection.execute(select(ProjectMeta.value).where(ProjectMeta.key == PROJECT_UUID)).first()
    return identity is not None or connection.execute(select(SourceRow.id).limit(1)).first() is not None


def copy_project(source: Connection, target: Connection, progress: Progress | None = None) -> dict[str, int]:
    """Copy every row of every table from ``source`` into the empty ``target``; rows copied per table."""
    copied: dict[str, int] = {}
    for table in reversed(tables()):  # what the migrations seeded, to be replaced by the project's own
        target.execute(table.delete())
    for table in tables():
        json_columns = [c.name for c in table.columns if isinstance(c.type, JSON)]
        columns = [
            dialects.json_text(source, c).label(c.name) if c.name in json_columns else c
            for c in table.columns
        ]
        statement = insert(table).values(
            {name: dialects.text_bind(target, f"{name}_json", JSON()) for name in json_columns}
        )
        query = select(*columns).order_by(*table.primary_key.columns)
        rows = source.execution_options(yield_per=BATCH).execute(query)
        count = 0
        for batch in _batches(_parents_first(table, rows), BATCH):
            target.execute(statement, [_params(row, json_columns) for row in batch])
            count += len(batch)
            if progress is not None:
                progress(table.name, count)
        copied[table.name] = count
    if target.dialect.name == "postgresql":
        _advance_sequences(target)
    return copied


def _params(row: Any, json_columns: Sequence[str]) -> dict[str, Any]:
    values = dict(row._mapping)
    for name in json_columns:
        values[f"{name}_json"] = values.pop(name)
    return values


def _parents_first(table: Table, rows: Any) -> Iterator[Any]:
    """The rows, each after the row of the same table it refers to (a tag after its parent tag)."""
    own = [fk for fk in table.foreign_keys if fk.column.table is table]
    if not own:
        yield from rows
        return
    child, parent = own[0].parent.name, own[0].column.name
    waiting: dict[Any, list[Any]] = {}
    done: set[Any] = set()
    pending = list(rows)
    keys = {row._mapping[parent] for row in pending}

    def ready(row: Any) -> Iterator[Any]:
        stack = [row]
        while stack:
            current = stack.pop()
            yield current
            done.add(current._mapping[parent])
            stack.extend(reversed(waiting.pop(current._mapping[parent], [])))

    for row in pending:
        up = row._mapping[child]
        if up is None or up in done or up not in keys:  # a dangling reference is the database's to refuse
            yield from ready(row)
        else:
            waiting.setdefault(up, []).append(row)
    for rest in list(waiting.values()):  # a cycle: left for the database to refuse, as it would the source
        yield from rest


def _batches(rows: Iterator[Any], size: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _advance_sequences(connection: Connection) -> None:
    for table in tables():
        key = list(table.primary_key.columns)
        if len(key) != 1 or not isinstance(key[0].type, Integer):
            continue
        sequence = connection.execute(
            select(func.pg_get_serial_sequence(table.name, key[0].name))
        ).scalar_one_or_none()
        if sequence is None:
            continue
        connection.execute(
            text(f"SELECT setval(:sequence, COALESCE(MAX({key[0].name}), 1), MAX({key[0].name}) IS NOT NULL) "
                 f"FROM {table.name}"),
            {"sequence": sequence},
        )  # fmt: skip
