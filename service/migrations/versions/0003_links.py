"""Duplicates and links between directives: the normalised keys of each record, and duplicate flags.

Revision ID: 0003_links
Revises: 0002_register
Create Date: 2026-12-04

Self-contained on purpose: it must keep producing this schema even after service/models.py moves on.
Existing records get their keys when they are next extracted or saved (``python -m service.links reindex``
fills them at once).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_links"
down_revision = "0002_register"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "link_keys",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("number_key", sa.String(200), nullable=False),
        sa.Column("issuer_key", sa.Text(), nullable=False),
        sa.Column("issuer_context", sa.Text(), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("number", sa.String(200), nullable=True),
        sa.Column("issuer", sa.Text(), nullable=True),
        sa.Column("kind", sa.String(32), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_link_keys_document_id_documents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_keys")),
    )
    op.create_index(op.f("ix_link_keys_document_id"), "link_keys", ["document_id"])
    op.create_index("ix_link_keys_number_key_role", "link_keys", ["number_key", "role"])

    op.create_table(
        "duplicate_flags",
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("duplicate_of", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_duplicate_flags_document_id_documents"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["duplicate_of"], ["documents.id"],
                                name=op.f("fk_duplicate_flags_duplicate_of_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_duplicate_flags")),
    )
    op.create_index(op.f("ix_duplicate_flags_duplicate_of"), "duplicate_flags", ["duplicate_of"])


def downgrade() -> None:
    op.drop_table("duplicate_flags")
    op.drop_table("link_keys")
