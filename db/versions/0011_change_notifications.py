"""Change notifications on a team server (issue 21): every committed change of an annotation, link, source,
tag or coder is announced with PostgreSQL's NOTIFY, so other clients show it within a second.

Revision ID: 0011
Revises: 0010

PostgreSQL only; on SQLite (one writer, no other client to tell) the migration does nothing. One trigger
function, ``annotator_notify``, fired once per statement (not per row: a batch of 10,000 new annotations is
one message) with the statement's rows as a transition table, sends on the channel ``annotator_changes`` a
JSON payload: the table, the operation, the ids (of the annotation, for its tags and speakers) and the
sources they belong to, capped so the payload stays under NOTIFY's 8,000 bytes (``more`` then says some
were left out), and the writing client's id (the session setting ``annotator.client``, set by each app
connection) so a client skips its own changes, whose events its services published already. NOTIFY is
delivered when the transaction commits, and not at all when it is rolled back.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHANNEL = "annotator_changes"
TABLES = (
    "annotations",
    "annotation_tags",
    "annotation_speakers",
    "links",
    "sources",
    "tags",
    "facets",
    "coders",
)
OPERATIONS = ("INSERT", "UPDATE", "DELETE")
MAX_IDS = 400  # ~400 ids of up to 8 digits, and as many sources, stay well under 8,000 bytes

FUNCTION = f"""
CREATE OR REPLACE FUNCTION annotator_notify() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    ids bigint[];
    sources bigint[];
    total integer;
BEGIN
    IF TG_TABLE_NAME = 'annotations' THEN
        SELECT array_agg(id ORDER BY id), array_agg(DISTINCT source_id), count(*)
          INTO ids, sources, total FROM changed;
    ELSIF TG_TABLE_NAME IN ('annotation_tags', 'annotation_speakers') THEN
        SELECT array_agg(DISTINCT c.annotation_id), array_agg(DISTINCT a.source_id),
               count(DISTINCT c.annotation_id) INTO ids, sources, total
          FROM changed c LEFT JOIN annotations a ON a.id = c.annotation_id;
    ELSIF TG_TABLE_NAME = 'sources' THEN
        SELECT array_agg(id ORDER BY id), array_agg(id ORDER BY id), count(*)
          INTO ids, sources, total FROM changed;
    ELSE
        SELECT array_agg(id ORDER BY id), NULL, count(*) INTO ids, sources, total FROM changed;
    END IF;
    IF total = 0 THEN
        RETURN NULL;
    END IF;
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        't', TG_TABLE_NAME,
        'op', lower(TG_OP),
        'ids', COALESCE(ids[1:{MAX_IDS}], '{{}}'),
        'sources', COALESCE((array_remove(sources, NULL))[1:{MAX_IDS}], '{{}}'),
        'more', total > {MAX_IDS} OR COALESCE(cardinality(array_remove(sources, NULL)), 0) > {MAX_IDS},
        'client', COALESCE(current_setting('annotator.client', true), '')
    )::text);
    RETURN NULL;
END
$$
"""


def _trigger(table: str, operation: str) -> str:
    return f"annotator_notify_{table}_{operation.lower()}"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(FUNCTION)
    for table in TABLES:
        for operation in OPERATIONS:
            transition = "OLD TABLE" if operation == "DELETE" else "NEW TABLE"
            op.execute(
                f"CREATE TRIGGER {_trigger(table, operation)} AFTER {operation} ON {table} "
                f"REFERENCING {transition} AS changed FOR EACH STATEMENT EXECUTE FUNCTION annotator_notify()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        for operation in OPERATIONS:
            op.execute(f"DROP TRIGGER IF EXISTS {_trigger(table, operation)} ON {table}")
    op.execute("DROP FUNCTION IF EXISTS annotator_notify()")
