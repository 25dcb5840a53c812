"""Document operations behind the /v1 routes: upload, look-up, versions, review, listing.

Plain functions over :class:`Services`; they raise :mod:`extractor.errors` classes with
:class:`~service.codes.ErrorCode` codes and know nothing about HTTP.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import undefer

from extractor import ingest
from extractor.errors import (
    ConflictError,
    EditConflictError,
    InputError,
    NotFoundError,
    PreconditionRequiredError,
)
from service.codes import ErrorCode
from service.db import Database
from service.models import JOB_DONE, JOB_FAILED, VERSION_REVIEWED, Document, Job, RecordVersion, utcnow
from service.queue import JobQueue
from service.records import index_record, latest_version, like_pattern, reviewed_version, validate_record
from service.settings import Settings
from service.storage import Storage


@dataclass
class Services:
    """What the routes need, built once by the application's lifespan."""

    settings: Settings
    db: Database
    storage: Storage
    queue: JobQueue
    recovered: dict[str, Any] = field(default_factory=dict)  # what start-up reconciliation did (readyz)


def new_id() -> str:
    return secrets.token_hex(8)


_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]")


def clean_label(text: str | None, limit: int = 200) -> str | None:
    """Free text for display (a reviewer's name): NFC, no control characters, at most ``limit`` characters."""
    if not text:
        return None
    label = _UNSAFE_NAME.sub("", unicodedata.normalize("NFC", text)).strip()
    return label[:limit] or None


def display_name(filename: str | None) -> str | None:
    """The client's file name reduced to a display label: last path component, no control characters."""
    if not filename:
        return None
    name = unicodedata.normalize("NFC", filename).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE_NAME.sub("", name).strip()
    return name[:255] or None


# ------------------------------------------------------------------------------------------ upload


def create_document(services: Services, stream: BinaryIO, filename: str | None) -> tuple[Document, bool]:
    """Store an upload and queue it; the same bytes again return the existing document.

    Returns:
        ``(document, created)``; ``created`` is ``False`` for a duplicate.

    Raises:
        TooLargeError: over a limit of ``settings.job_limits`` (bytes, pages, pixels, characters, unpacked size).
        UnsupportedFormatError: the content is not a supported type.
        InputError: corrupt, encrypted or empty file.
    """
    settings, storage, db = services.settings, services.storage, services.db
    upload = storage.receive(stream, max_bytes=settings.max_upload_bytes)
    try:
        existing = find_by_sha256(db, upload.sha256)
        if existing is not None:
            storage.discard(upload)
            return existing, False
        intake = ingest.inspect(upload.data, settings.job_limits, filename=filename)
        doc_id, name, created_at = new_id(), display_name(filename), utcnow()
        storage.commit(upload, {"id": doc_id, "filename": name, "created_at": created_at.isoformat()})
    except BaseException:
        storage.discard(upload)
        raise
    from service import register  # imports this module (its routes use the look-ups below)

    try:
        with db.write() as session:
            doc = Document(id=doc_id, sha256=upload.sha256, media_type=intake.media_type, size_bytes=upload.size,
                           filename=name, reviewed=False, created_at=created_at)
            session.add(doc)
            services.queue.enqueue(session, doc, pages_total=intake.pages)
            register.register_arrival(session, doc)  # số đến, in the same transaction as the document
    except IntegrityError:  # the same bytes were uploaded concurrently: theirs won
        existing = find_by_sha256(db, upload.sha256)
        if existing is None:
            raise
        return existing, False
    services.queue.notify()
    return get_document(db, doc.id), True


def find_by_sha256(db: Database, sha256: str) -> Document | None:
    with db.read() as session:
        return session.scalars(select(Document).where(Document.sha256 == sha256)).first()


# ------------------------------------------------------------------------------------------ look-up


# How a job's status reads inside a sentence ("Văn bản … đang chờ xử lý").
STATUS_VI = {"queued": "đang chờ xử lý", "processing": "đang được xử lý"}


def _not_found(document_id: str) -> NotFoundError:
    return NotFoundError(f"Không có văn bản mã {document_id!r}. Hãy kiểm tra lại mã văn bản trong danh sách.",
                         code=ErrorCode.DOCUMENT_NOT_FOUND)


def get_document(db: Database, document_id: str, *, with_text: bool = False) -> Document:
    """The document (its text loaded only ``with_text``); :class:`NotFoundError` for an unknown id."""
    with db.read() as session:
        doc = session.get(Document, document_id, options=[undefer(Document.text)] if with_text else None)
    if doc is None:
        raise _not_found(document_id)
    return doc


def status_view(db: Database, document_id: str) -> tuple[Document, RecordVersion | None, RecordVersion | None]:
    """``(document, current version or None, latest reviewed version or None)`` in one read."""
    with db.read() as session:
        doc = session.get(Document, document_id)
        if doc is None:
            raise _not_found(document_id)
        review = reviewed_version(session, document_id)
        current = review or (latest_version(session, document_id) if doc.job.status == JOB_DONE else None)
    return doc, current, review


def require_done(doc: Document, *, allow_failed: bool = False) -> None:
    """:class:`ConflictError` unless the document's processing is finished."""
    status = doc.job.status
    if status == JOB_DONE or (allow_failed and status == JOB_FAILED):
        return
    if status == JOB_FAILED:
        raise ConflictError(
            f"Xử lý văn bản {doc.id} không thành công ({doc.job.error_code}): {doc.job.error_message}",
            code=ErrorCode.PROCESSING_FAILED, detail={"document_status": status, "error_code": doc.job.error_code},
        )
    raise ConflictError(
        f"Văn bản {doc.id} {STATUS_VI.get(status, status)}; xin thử lại khi văn bản đã xử lý xong (trạng thái 'done').",
        code=ErrorCode.NOT_READY, detail={"document_status": status},
    )


def get_version(db: Database, doc: Document, version: str) -> RecordVersion:
    """``version``: ``current`` (reviewed if any, else extracted), ``extracted`` or ``reviewed``."""
    with db.read() as session:
        if version == "current":
            found = latest_version(session, doc.id)
            if found is None:
                require_done(doc)
        else:
            found = latest_version(session, doc.id, version)
            if found is None and version == VERSION_REVIEWED:
                raise NotFoundError(f"Văn bản {doc.id} chưa được rà soát: chưa có bản hồ sơ đã rà soát.",
                                    code=ErrorCode.NO_REVIEWED_VERSION)
            if found is None:
                require_done(doc)
    if found is None:  # done but no record: cannot happen (completion stores both at once)
        raise NotFoundError(f"Văn bản {doc.id} chưa có hồ sơ.", code=ErrorCode.NOT_FOUND)
    return found


def list_versions(db: Database, document_id: str) -> list[RecordVersion]:
    with db.read() as session:
        return list(session.scalars(
            select(RecordVersion).where(RecordVersion.document_id == document_id)
            .order_by(RecordVersion.kind, RecordVersion.revision)
        ))


def record_etag(revision: int) -> str:
    """The ETag of a record version: a strong validator of its revision (0 extracted, 1, 2, … reviewed).

    Revisions only grow and are never rewritten, so the revision alone identifies the stored record.
    """
    return f'"rev-{revision}"'


def _check_based_on(current: RecordVersion | None, if_match: str | None, if_none_match: str | None) -> None:
    """RFC 9110 preconditions of a record PUT, so that an edit of an older revision never overwrites a newer one.

    ``If-Match`` lists the ETags the edit may replace (strong comparison: a weak ``W/`` tag never matches;
    ``*`` replaces whatever is current, knowingly). ``If-None-Match: *`` saves only where no record exists
    yet (the first review of a document whose processing failed).
    """
    if if_match is None and (if_none_match or "").strip() != "*":
        raise PreconditionRequiredError(
            "Thiếu If-Match: hãy gửi ETag của bản ghi mà bản sửa dựa trên (GET …/record trả về ETag đó), để một "
            "bản sửa không bao giờ lặng lẽ ghi đè bản đã lưu trong lúc đó.", code=ErrorCode.PRECONDITION_REQUIRED)
    if if_match is not None:
        tags = {tag.strip() for tag in if_match.split(",")}
        holds = current is not None and ("*" in tags or record_etag(current.revision) in tags)
    else:
        holds = current is None
    if holds:
        return
    detail: dict[str, Any] = {"current_etag": None, "current_revision": None}
    if current is not None:
        detail = {"current_etag": record_etag(current.revision), "current_revision": current.revision,
                  "current_reviewer": current.reviewer, "current_saved_at": current.created_at.isoformat()}
    raise EditConflictError(
        f"Bản ghi đã được lưu lại (lần sửa {detail['current_revision']}) sau bản mà bản sửa này dựa trên; hãy tải "
        "bản hiện tại (GET …/record), hoặc gửi lại với ETag của nó nếu muốn ghi đè có chủ ý.",
        code=ErrorCode.EDIT_CONFLICT, detail=detail)


def save_review(db: Database, document_id: str, payload: Any, reviewer: str | None, *,
                if_match: str | None, if_none_match: str | None = None, allow_empty: bool = False) -> RecordVersion:
    """Validate and store a clerk's record as the next reviewed revision (the extracted one is kept).

    Raises:
        PreconditionRequiredError: neither ``If-Match`` nor ``If-None-Match: *`` was given.
        EditConflictError: the record is no longer the revision the edit is based on.
    """
    doc = get_document(db, document_id)
    require_done(doc, allow_failed=True)
    with db.read() as session:  # a stale edit is told so before its fields are checked
        _check_based_on(latest_version(session, document_id), if_match, if_none_match)
    record = validate_record(payload, allow_empty=allow_empty).to_json()
    reviewer = clean_label(reviewer)
    try:
        with db.write() as session:  # the write lock makes the check and the insert one step
            doc = session.get(Document, document_id)
            _check_based_on(latest_version(session, document_id), if_match, if_none_match)
            latest = reviewed_version(session, document_id)
            version = RecordVersion(document_id=document_id, kind=VERSION_REVIEWED,
                                    revision=(latest.revision if latest else 0) + 1, record=record, evidence=None,
                                    reviewer=reviewer, created_at=utcnow())
            session.add(version)
            doc.reviewed = True
            index_record(doc, record)
    except IntegrityError:  # a database without a write lock (PostgreSQL): a concurrent save took the revision
        with db.read() as session:
            _check_based_on(latest_version(session, document_id), if_match, if_none_match)
        raise
    return version


def page_image(services: Services, doc: Document, number: int) -> Path:
    pages = doc.pages or []
    if doc.job.status != JOB_DONE and not pages:
        require_done(doc)
    entry = next((p for p in pages if p.get("number") == number), None)
    if entry is None:
        raise NotFoundError(f"Văn bản {doc.id} không có trang {number} (văn bản có {len(pages)} trang).",
                            code=ErrorCode.PAGE_NOT_FOUND, detail={"pages": len(pages)})
    path = services.storage.page_file(doc.sha256, number) if entry.get("has_image") else None
    if path is None:
        raise NotFoundError(
            f"Trang {number} của văn bản {doc.id} không có ảnh: văn bản được đọc trực tiếp từ chữ số hóa "
            f"({entry.get('method')}). Hãy dùng …/text và vị trí dẫn chứng thay cho ảnh trang.",
            code=ErrorCode.PAGE_IMAGE_UNAVAILABLE, detail={"method": entry.get("method")},
        )
    return path


# ------------------------------------------------------------------------------------------ listing


@dataclass
class ListFilters:
    issuer: str | None = None
    kind: str | None = None
    issued_from: dt.date | None = None
    issued_to: dt.date | None = None
    event_from: dt.date | None = None
    event_to: dt.date | None = None
    status: str | None = None
    q: str | None = None
    reviewed: bool | None = None


def list_documents(db: Database, filters: ListFilters, *, limit: int, offset: int) -> tuple[list[Document], int]:
    """Documents matching every given filter, newest first, and the total count before paging."""
    for start, end, name in ((filters.issued_from, filters.issued_to, "issued"),
                             (filters.event_from, filters.event_to, "event")):
        if start and end and start > end:
            raise InputError(f"{name}_from ({start}) sau {name}_to ({end}); hãy chọn ngày bắt đầu không muộn hơn "
                             "ngày kết thúc.", code=ErrorCode.INVALID_DATE)
    conditions = []
    if filters.issuer:
        conditions.append(Document.issuer_key.like(like_pattern(filters.issuer), escape="\\"))
    if filters.kind:
        conditions.append(Document.kind == filters.kind)
    if filters.issued_from:
        conditions.append(Document.issue_date >= filters.issued_from)
    if filters.issued_to:
        conditions.append(Document.issue_date <= filters.issued_to)
    # The event range filter selects events that overlap [event_from, event_to].
    if filters.event_from:
        conditions.append(func.coalesce(Document.event_end, Document.event_start) >= filters.event_from)
    if filters.event_to:
        conditions.append(Document.event_start <= filters.event_to)
    if filters.status:
        conditions.append(Job.status == filters.status)
    if filters.reviewed is not None:
        conditions.append(Document.reviewed == filters.reviewed)
    if filters.q:
        conditions.append(Document.search_text.like(like_pattern(filters.q), escape="\\"))
    base = select(Document).join(Job, Job.document_id == Document.id).where(*conditions)
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(base.subquery()))
        rows = session.scalars(
            base.order_by(Document.created_at.desc(), Document.id.desc()).limit(limit).offset(offset)
        ).unique().all()
    return list(rows), int(total or 0)
