"""Database tables (SQLAlchemy 2 declarative).

- A *document* is one uploaded file, identified by the sha256 of its bytes (the same bytes are one document).
  Besides file metadata it holds the extraction's text and page list, and a few *index* columns copied from
  its current record (kind, number, issuer, dates, search text) so that the list endpoint can filter in SQL.
- A *job* is the queue entry that turns a document into a record (one job per document). Its ``status`` is
  the document's status; ``claim_token`` identifies the one worker that currently owns it.
- A *record version* is one plan record of a document: the ``extracted`` one (revision 0, with evidence), and
  each ``reviewed`` one a clerk saved (revision 1, 2, …, with time and reviewer). The current record is the
  latest reviewed revision, else the extracted one.

The schema is created and upgraded by the Alembic migrations in ``service/migrations`` only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, backref, mapped_column, relationship

JOB_QUEUED = "queued"
JOB_PROCESSING = "processing"
JOB_DONE = "done"
JOB_FAILED = "failed"
JOB_STATUSES = (JOB_QUEUED, JOB_PROCESSING, JOB_DONE, JOB_FAILED)

VERSION_EXTRACTED = "extracted"
VERSION_REVIEWED = "reviewed"

JsonType = JSON().with_variant(JSONB(), "postgresql")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator):
    """A timestamp stored as UTC and always returned timezone-aware (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    filename: Mapped[str | None] = mapped_column(String(255))  # as the client named it; display only
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    # filled when processing is done
    text: Mapped[str | None] = mapped_column(Text, deferred=True)  # loaded only where needed
    pages: Mapped[list[dict[str, Any]] | None] = mapped_column(JsonType)
    timings_ms: Mapped[dict[str, float] | None] = mapped_column(JsonType)

    # index columns, copied from the current record (see service.documents.index_record)
    kind: Mapped[str | None] = mapped_column(String(32), index=True)
    number: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str | None] = mapped_column(Text)
    issuer_name: Mapped[str | None] = mapped_column(Text)
    issuer_key: Mapped[str | None] = mapped_column(Text)  # issuer name + parent, case-folded, then unaccented
    issue_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    event_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    event_end: Mapped[dt.date | None] = mapped_column(Date)
    search_text: Mapped[str | None] = mapped_column(Text, deferred=True)  # key fields + text, folded, unaccented
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)

    job: Mapped[Job] = relationship(back_populates="document", uselist=False, lazy="joined")


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (Index("ix_jobs_status_id", "status", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default=JOB_QUEUED)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claim_token: Mapped[str | None] = mapped_column(String(32))
    claimed_by: Mapped[str | None] = mapped_column(String(200))  # "host:pid:instance" of the owner
    lease_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    pages_done: Mapped[int] = mapped_column(Integer, default=0)
    pages_total: Mapped[int | None] = mapped_column(Integer)
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    started_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship(back_populates="job")


class RecordVersion(Base):
    __tablename__ = "record_versions"
    # One extracted version (revision 0) per document, enforced by the database as well as by the queue.
    __table_args__ = (UniqueConstraint("document_id", "kind", "revision", name="uq_record_versions_revision"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # extracted | reviewed
    revision: Mapped[int] = mapped_column(Integer)
    record: Mapped[dict[str, Any]] = mapped_column(JsonType)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JsonType)
    reviewer: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# ------------------------------------------------------------------------------------------ register (issue 14)


class RegisterCounter(Base):
    """The last số đến handed out in a calendar year (of ngày đến, Asia/Ho_Chi_Minh): one row per year.

    Kept apart from the entries so that a number is never handed out twice, not even after the document that
    held the year's highest number is deleted (see :mod:`service.register`).
    """

    __tablename__ = "register_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class RegisterEntry(Base):
    """A document's line in the register of incoming documents (Sổ đăng ký văn bản đến, Phụ lục IV).

    ``arrival_number`` (số đến) and ``arrived_at`` (ngày đến) are set once, at upload; the clerk's columns
    (đơn vị hoặc người nhận, ngày chuyển, ký nhận, ghi chú) are edited apart from the plan record. The other
    columns of the register are read from the document's current record.
    """

    __tablename__ = "register_entries"
    __table_args__ = (UniqueConstraint("arrival_year", "arrival_number", name="uq_register_entries_number"),)

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    arrival_year: Mapped[int] = mapped_column(Integer)
    arrival_number: Mapped[int] = mapped_column(Integer)
    arrived_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    recipient: Mapped[str | None] = mapped_column(Text)  # Đơn vị hoặc người nhận
    transferred_on: Mapped[dt.date | None] = mapped_column(Date)  # Ngày chuyển
    signed_by: Mapped[str | None] = mapped_column(String(200))  # Ký nhận: who signed for it
    note: Mapped[str | None] = mapped_column(Text)  # Ghi chú
    updated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    # Loaded with every document (one row at most), so lists and the document JSON show số đến without a query;
    # the database's ON DELETE CASCADE removes the entry with its document.
    document: Mapped[Document] = relationship(
        backref=backref("register_entry", uselist=False, lazy="joined", cascade="all, delete-orphan",
                        passive_deletes=True))


# ------------------------------------------------------------------ duplicates and links (service/links.py)

KEY_SELF = "self"  # the document's own number, issuer and date
KEY_PARENT = "parent"  # one entry of its record's parent_directives

DUPLICATE_FLAGGED = "flagged"
DUPLICATE_KEPT = "kept"


class LinkKey(Base):
    """The normalised keys of a document's current record, rebuilt whenever its record is indexed, so that
    duplicates and links between directives are found by an indexed look-up instead of reading every record."""

    __tablename__ = "link_keys"
    __table_args__ = (Index("ix_link_keys_number_key_role", "number_key", "role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(8))  # self | parent
    position: Mapped[int] = mapped_column(Integer, default=0)  # index in parent_directives (0 for self)
    number_key: Mapped[str] = mapped_column(String(200))
    issuer_key: Mapped[str] = mapped_column(Text, default="")  # normalised issuer name ("" when unknown)
    issuer_context: Mapped[str] = mapped_column(Text, default="")  # name + parent body, normalised (self only)
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    # as the record writes them, to show which parent entry matched
    number: Mapped[str | None] = mapped_column(String(200))
    issuer: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(32))


class DuplicateFlag(Base):
    """A document found to repeat an earlier one (same number, issuer and date, different bytes), and the clerk's
    decision about it. The flag is on the later upload; ``kept`` is the clerk's "keep both"."""

    __tablename__ = "duplicate_flags"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    duplicate_of: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16), default=DUPLICATE_FLAGGED)  # flagged | kept
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# Read with every document (joined), so that the document JSON and the list can show the flag.
Document.duplicate_flag = relationship(DuplicateFlag, foreign_keys=[DuplicateFlag.document_id], uselist=False,
                                       lazy="joined", viewonly=True)


class Blob(Base):
    """A stored file in the database (``STORAGE_URL`` naming a database): uploads and page images, by key,
    so that the API and workers on other machines share them without a shared disk."""

    __tablename__ = "blobs"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)  # files/<sha256>[.json], pages/<sha256>/<n>.png
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# ------------------------------------------------------------------------------------------ follow-up (issue 14)


FOLLOWUP_DONE = "done"
FOLLOWUP_REOPEN = "reopen"


class FollowupEvent(Base):
    """One mark on a follow-up item (a task, a reporting deadline, an event of a document's current record):
    done or reopened, by whom, when, with an optional note and the number of the reply. Append-only: an item's
    state is its latest event; the record itself is never edited (see :mod:`service.followup` for the key)."""

    __tablename__ = "followup_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item_key: Mapped[str] = mapped_column(String(200), index=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    pointer: Mapped[str] = mapped_column(String(100))
    text_hash: Mapped[str] = mapped_column(String(16))
    item_text: Mapped[str | None] = mapped_column(Text)  # what the item said when marked, for the history
    action: Mapped[str] = mapped_column(String(16))  # done | reopen
    actor: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    reply_number: Mapped[str | None] = mapped_column(String(100))  # số, ký hiệu văn bản trả lời
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
