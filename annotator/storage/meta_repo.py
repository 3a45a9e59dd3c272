"""Project facts kept as key/value rows."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROJECT_UUID = "project_uuid"
PROJECT_NAME = "name"
CREATED_AT = "created_at"


def get(session: Session, key: str) -> str | None:
    from annotator.storage.orm import ProjectMeta  # here: the keys serve storage.direct, without the ORM

    row = session.get(ProjectMeta, key)
    return row.value if row is not None else None


def put(session: Session, key: str, value: str) -> None:
    from annotator.storage.orm import ProjectMeta

    row = session.get(ProjectMeta, key)
    if row is None:
        session.add(ProjectMeta(key=key, value=value))
    else:
        row.value = value
    session.flush()
