"""Follow-up across documents: the append-only history of done / reopen marks.

Revision ID: 0004_followup
Revises: 0003_links
Create Date: 2026-12-04

Self-contained on purpose: it must keep producing this schema even after service/models.py moves on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_followup"
down_revision = "0003_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "followup_events",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("item_key", sa.String(200), nullable=False),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("pointer", sa.String(100), nullable=False),
        sa.Column("text_hash", sa.String(16), nullable=False),
        sa.Column("item_text", sa.Text(), nullable=True),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reply_number", sa.String(100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_followup_events_document_id_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_events")),
    )
    op.create_index(op.f("ix_followup_events_item_key"), "followup_events", ["item_key"])
    op.create_index(op.f("ix_followup_events_document_id"), "followup_events", ["document_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_followup_events_document_id"), table_name="followup_events")
    op.drop_index(op.f("ix_followup_events_item_key"), table_name="followup_events")
    op.drop_table("followup_events")
