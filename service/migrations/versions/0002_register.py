"""Register of incoming documents: số đến per calendar year, ngày đến, the clerk's columns.

Revision ID: 0002_register
Revises: 0001
Create Date: 2026-12-04

Documents already stored get their numbers here, in upload order (``created_at``, then id), per calendar year of
their upload in Asia/Ho_Chi_Minh; the year's counter is left at the last number given. Self-contained, like 0001.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision = "0002_register"
down_revision = "0001"
branch_labels = None
depends_on = None

TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")


def upgrade() -> None:
    op.create_table(
        "register_counters",
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("year", name=op.f("pk_register_counters")),
    )
    op.create_table(
        "register_entries",
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("arrival_year", sa.Integer(), nullable=False),
        sa.Column("arrival_number", sa.Integer(), nullable=False),
        sa.Column("arrived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recipient", sa.Text(), nullable=True),
        sa.Column("transferred_on", sa.Date(), nullable=True),
        sa.Column("signed_by", sa.String(200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_register_entries_document_id_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_register_entries")),
        sa.UniqueConstraint("arrival_year", "arrival_number", name="uq_register_entries_number"),
    )
    op.create_index(op.f("ix_register_entries_arrived_at"), "register_entries", ["arrived_at"])
    _number_existing_documents()


def _number_existing_documents() -> None:
    documents = sa.table("documents", sa.column("id", sa.String), sa.column("created_at", sa.DateTime(timezone=True)))
    entries = sa.table("register_entries", sa.column("document_id", sa.String), sa.column("arrival_year", sa.Integer),
                       sa.column("arrival_number", sa.Integer),
                       sa.column("arrived_at", sa.DateTime(timezone=True)))
    counters = sa.table("register_counters", sa.column("year", sa.Integer), sa.column("last_number", sa.Integer))
    bind = op.get_bind()
    rows = bind.execute(sa.select(documents.c.id, documents.c.created_at)
                        .order_by(documents.c.created_at, documents.c.id)).all()
    last: dict[int, int] = {}
    numbered = []
    for doc_id, created_at in rows:
        utc = created_at if created_at.tzinfo else created_at.replace(tzinfo=dt.UTC)  # SQLite keeps no zone
        year = utc.astimezone(TIMEZONE).year
        last[year] = last.get(year, 0) + 1
        # arrived_at is created_at as stored, so it keeps the column's own convention (naive UTC on SQLite)
        numbered.append({"document_id": doc_id, "arrival_year": year, "arrival_number": last[year],
                         "arrived_at": created_at})
    if numbered:
        bind.execute(entries.insert(), numbered)
        bind.execute(counters.insert(), [{"year": year, "last_number": n} for year, n in sorted(last.items())])


def downgrade() -> None:
    op.drop_table("register_entries")
    op.drop_table("register_counters")
