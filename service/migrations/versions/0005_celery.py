"""Blobs: uploads and page images kept in the database, for workers on other machines (STORAGE_URL).

Revision ID: 0005_celery
Revises: 0004_followup
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_celery"
down_revision = "0004_followup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_blobs"),
    )


def downgrade() -> None:
    op.drop_table("blobs")
