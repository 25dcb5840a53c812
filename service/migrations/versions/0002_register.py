"""Register of incoming documents: số đến per calendar year, ngày đến, the clerk's columns.

Revision ID: 0002_register
Revises: 0001
Create Date: 2026-12-04

Documents already stored get their numbers here, in upload order (``created_at``, then id), per calendar year of
their upload in Asia/Ho_Chi_Minh; the year's counter is left at the last number given. Self-contained, like 0001.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_register"
down_revision = "0001"
branch_labels = None
depends_on = None


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
    """One INSERT … SELECT, so that an offline (``--sql``) upgrade numbers the documents too."""
    if op.get_context().dialect.name == "sqlite":  # naive UTC text; Vietnam has kept +07:00 since 1975
        year = "CAST(strftime('%Y', created_at, '+7 hours') AS INTEGER)"
    else:
        year = "CAST(EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Ho_Chi_Minh') AS INTEGER)"
    # arrived_at is created_at as stored, so it keeps the column's own convention (naive UTC on SQLite)
    op.execute(
        "INSERT INTO register_entries (document_id, arrival_year, arrival_number, arrived_at) "
        "SELECT id, arrival_year, ROW_NUMBER() OVER (PARTITION BY arrival_year ORDER BY created_at, id), created_at "
        f"FROM (SELECT id, created_at, {year} AS arrival_year FROM documents) AS numbered"
    )
    op.execute("INSERT INTO register_counters (year, last_number) "
               "SELECT arrival_year, MAX(arrival_number) FROM register_entries GROUP BY arrival_year")


def downgrade() -> None:
    op.drop_table("register_entries")
    op.drop_table("register_counters")
