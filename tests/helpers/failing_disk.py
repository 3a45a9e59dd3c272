"""A real disk-full failure at a chosen insert, for testing that one user action is one transaction."""

from __future__ import annotations

from sqlalchemy import event

from annotator.services.project import Project

BALLAST_BYTES = 4_000_000


def disk_full_on_insert(project: Project, table: str, once_rows: int = 0) -> None:
    """From now on, inserting into ``table`` once it holds ``once_rows`` rows fails exactly as on a full
    disk (SQLITE_FULL, so the services' WriteFailed): a trigger writes some megabytes of ballast, and the
    project's connections may grow the file by only a few pages. Other writes go through as before."""
    engine = project._uow.engine  # the project's own engine: the limit must apply to its connections
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS test_ballast (b BLOB)")
        connection.exec_driver_sql(
            f"CREATE TRIGGER test_disk_full_{table} BEFORE INSERT ON {table} "
            f"WHEN (SELECT count(*) FROM {table}) >= {once_rows} "
            f"BEGIN INSERT INTO test_ballast VALUES (zeroblob({BALLAST_BYTES})); END"
        )
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    limit = pages + 64  # room for a few small rows, never for the ballast
    event.listen(engine, "connect", lambda dbapi, _: dbapi.execute(f"PRAGMA max_page_count = {limit}"))
    engine.dispose()
