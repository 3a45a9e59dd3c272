"""The reference's CSL fields on each source (issue 19): container title, place, volume, issue, pages,
edition, editors, translators, DOI, ISBN, the whole shelfmark, call number, original date, "extra", type.

Revision ID: 0009
Revises: 0008

Additive: each column is added with SQLite's own ``ALTER TABLE … ADD COLUMN`` (no copy of the table, which
would cascade to the annotations; see 0003), NOT NULL with a server default, so existing rows read as
empty fields. The whole shelfmark (``archive_location``) is filled from the older parts, joined as the
citations joined them ("fond 17, delo 1003, list 4"); a CSL import before 0009 put the whole shelfmark in
``archival_collection``, which so becomes the shelfmark unchanged. The parts stay as they were.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEXT_COLUMNS = (
    ("item_type", sa.String(length=40)),
    ("container_title", sa.Text()),
    ("publisher_place", sa.Text()),
    ("volume", sa.String(length=100)),
    ("issue", sa.String(length=100)),
    ("page", sa.String(length=100)),
    ("edition", sa.String(length=100)),
    ("doi", sa.String(length=300)),
    ("isbn", sa.String(length=200)),
    ("archive_location", sa.Text()),
    ("call_number", sa.Text()),
    ("original_date", sa.String(length=200)),
    ("extra", sa.Text()),
)
LIST_COLUMNS = ("editors", "translators")


def upgrade() -> None:
    for name, type_ in TEXT_COLUMNS:
        op.add_column("sources", sa.Column(name, type_, nullable=False, server_default=""))
    for name in LIST_COLUMNS:
        op.add_column("sources", sa.Column(name, sa.JSON(), nullable=False, server_default="[]"))
    # Portable SQL (SQLite and PostgreSQL): each non-empty part with ", " before it, the first ", " cut.
    op.execute(
        "UPDATE sources SET archive_location = SUBSTR("
        "(CASE WHEN archival_collection <> '' THEN ', ' || archival_collection ELSE '' END) || "
        "(CASE WHEN archival_file <> '' THEN ', ' || archival_file ELSE '' END) || "
        "(CASE WHEN archival_folio <> '' THEN ', ' || archival_folio ELSE '' END), 3) "
        "WHERE archival_collection <> '' OR archival_file <> '' OR archival_folio <> ''"
    )


def downgrade() -> None:
    for name in (*LIST_COLUMNS, *(name for name, _ in reversed(TEXT_COLUMNS))):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE sources DROP COLUMN {name}")
        else:
            op.drop_column("sources", name)
