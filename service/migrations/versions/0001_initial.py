"""Initial schema: documents, jobs, record versions.

Revision ID: 0001
Revises:
Create Date: 2026-11-23

Self-contained on purpose: it must keep producing this schema even after service/models.py moves on.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _ts(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(255), nullable=True),
        _ts("created_at"),
        _ts("updated_at"),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("pages", JSON, nullable=True),
        sa.Column("timings_ms", JSON, nullable=True),
        sa.Column("kind", sa.String(32), nullable=True),
        sa.Column("number", sa.String(200), nullable=True),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("issuer_name", sa.Text(), nullable=True),
        sa.Column("issuer_key", sa.Text(), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("event_start", sa.Date(), nullable=True),
        sa.Column("event_end", sa.Date(), nullable=True),
        sa.Column("search_text", sa.Text(), nullable=True),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("sha256", name=op.f("uq_documents_sha256")),
    )
    op.create_index(op.f("ix_documents_event_start"), "documents", ["event_start"])
    op.create_index(op.f("ix_documents_issue_date"), "documents", ["issue_date"])
    op.create_index(op.f("ix_documents_kind"), "documents", ["kind"])

    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claim_token", sa.String(32), nullable=True),
        sa.Column("claimed_by", sa.String(200), nullable=True),
        _ts("lease_expires_at", nullable=True),
        sa.Column("pages_done", sa.Integer(), nullable=False),
        sa.Column("pages_total", sa.Integer(), nullable=True),
        sa.Column("error_code", sa.String(64), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        _ts("created_at"),
        _ts("started_at", nullable=True),
        _ts("finished_at", nullable=True),
        _ts("updated_at"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_jobs_document_id_documents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.UniqueConstraint("document_id", name=op.f("uq_jobs_document_id")),
    )
    op.create_index("ix_jobs_status_id", "jobs", ["status", "id"])

    op.create_table(
        "record_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("record", JSON, nullable=False),
        sa.Column("evidence", JSON, nullable=True),
        sa.Column("reviewer", sa.String(200), nullable=True),
        _ts("created_at"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_record_versions_document_id_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_versions")),
        sa.UniqueConstraint("document_id", "kind", "revision", name="uq_record_versions_revision"),
    )
    op.create_index(op.f("ix_record_versions_document_id"), "record_versions", ["document_id"])


def downgrade() -> None:
    op.drop_table("record_versions")
    op.drop_table("jobs")
    op.drop_table("documents")
