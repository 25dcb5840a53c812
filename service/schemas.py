"""Response bodies of the /v1 API (pydantic models; they document the OpenAPI schema).

Links are relative references (``/v1/documents/…``), valid behind any host name or proxy prefix-free mount.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field

from extractor.record import PlanRecord
from extractor.types import Evidence, Extraction
from service.links import duplicate_message
from service.models import Document, RecordVersion
from service.records import stored_record

Status = Literal["queued", "processing", "done", "failed"]
TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")  # of ngày đến (service.register)


class DocumentLinks(BaseModel):
    self: str
    record: str
    text: str
    evidence: str
    versions: str
    calendar: str = Field(description="RFC 5545 calendar of the event week, opening ceremony and deadlines.")
    assignments: str = Field(description="CSV: agency, task, deadline.")
    record_json: str = Field(description="The current record as a JSON file download.")
    pages: list[str] = Field(default_factory=list, description="Page images (PNG), for scanned input.")


class Progress(BaseModel):
    pages_done: int
    pages_total: int | None = Field(None, description="Known once the file is opened (for PDF/TIFF at upload).")


class JobError(BaseModel):
    code: str
    message: str


class ReviewInfo(BaseModel):
    revision: int
    reviewed_at: dt.datetime
    reviewer: str | None = None


class DuplicateOut(BaseModel):
    of: str = Field(description="The earlier document with the same number, issuer and issue date.")
    status: Literal["flagged", "kept"] = Field(description="kept: the clerk decided to keep both.")
    message: str = Field(description="What the clerk is told (Vietnamese).")
    decided_by: str | None = None
    decided_at: dt.datetime | None = None


class DocumentAccepted(BaseModel):
    id: str
    status: Status
    duplicate: bool = Field(description="True when the same bytes had been uploaded before (nothing new stored).")
    links: DocumentLinks
    arrival_number: int | None = Field(None, description="Số đến in the register of incoming documents.")
    arrived_at: dt.datetime | None = Field(None, description="Ngày đến (upload time), Asia/Ho_Chi_Minh.")


class DocumentOut(BaseModel):
    id: str
    status: Status
    filename: str | None
    media_type: str
    sha256: str
    size_bytes: int
    created_at: dt.datetime
    updated_at: dt.datetime
    progress: Progress
    attempts: int = Field(description="Times processing was started (more than 1 after an interruption).")
    timings_ms: dict[str, float] = Field(default_factory=dict)
    error: JobError | None = None
    review: ReviewInfo | None = None
    record: PlanRecord | None = Field(None, description="The current record (reviewed if any) when done.")
    links: DocumentLinks
    arrival_number: int | None = Field(None, description="Số đến in the register of incoming documents.")
    arrived_at: dt.datetime | None = Field(None, description="Ngày đến (upload time), Asia/Ho_Chi_Minh.")
    duplicate_of: str | None = Field(None, description="Set while the document is flagged as a later copy of "
                                     "this earlier one (cleared when the clerk keeps both).")
    duplicate: DuplicateOut | None = Field(None, description="The duplicate flag and the clerk's decision.")


class DocumentSummary(BaseModel):
    id: str
    status: Status
    filename: str | None
    media_type: str
    created_at: dt.datetime
    progress: Progress
    reviewed: bool
    kind: str | None = None
    number: str | None = None
    issue_date: dt.date | None = None
    issuer: str | None = None
    subject: str | None = None
    event_start: dt.date | None = None
    event_end: dt.date | None = None
    error_code: str | None = None
    links: dict[str, str]
    arrival_number: int | None = Field(None, description="Số đến in the register of incoming documents.")
    arrived_at: dt.datetime | None = Field(None, description="Ngày đến (upload time), Asia/Ho_Chi_Minh.")
    duplicate_of: str | None = Field(None, description="The earlier document this one repeats (flagged only).")


class PageLinks(BaseModel):
    self: str
    next: str | None = None
    prev: str | None = None


class DocumentPage(BaseModel):
    items: list[DocumentSummary]
    total: int
    limit: int
    offset: int
    links: PageLinks


class PageOut(BaseModel):
    number: int
    start: int = Field(description="Span of the page in `text`.")
    end: int
    method: str = Field(description="text | pdf-text | ocr | docx")
    width: float | None = None
    height: float | None = None
    ocr_confidence: float | None = None
    image: str | None = Field(None, description="Link to the page image, when there is one.")


class TextOut(BaseModel):
    document_id: str
    text: str = Field(description="The document text that evidence offsets index into.")
    pages: list[PageOut]


class EvidenceOut(BaseModel):
    document_id: str
    evidence: dict[str, Evidence] = Field(description="Keyed by JSON Pointer into the extracted record.")


class VersionOut(BaseModel):
    kind: Literal["extracted", "reviewed"]
    revision: int
    created_at: dt.datetime
    reviewer: str | None = None


class VersionList(BaseModel):
    document_id: str
    current: VersionOut | None
    versions: list[VersionOut]


class ReviewSaved(BaseModel):
    document_id: str
    version: Literal["reviewed"] = "reviewed"
    revision: int
    reviewed_at: dt.datetime
    reviewer: str | None
    record: PlanRecord


# POST /v1/extract answers with the extractor's own result shape.
ExtractOut = Extraction


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready", "not_ready"]
    checks: dict[str, dict] | None = Field(None, description="Each check's result; only with the API token "
                                           "(or when none is configured).")


# ------------------------------------------------------------------------------------------ builders


def links_for(doc: Document) -> DocumentLinks:
    base = f"/v1/documents/{doc.id}"
    pages = [f"{base}/pages/{p['number']}.png" for p in (doc.pages or []) if p.get("has_image")]
    return DocumentLinks(self=base, record=f"{base}/record", text=f"{base}/text", evidence=f"{base}/evidence",
                         versions=f"{base}/versions", calendar=f"{base}/calendar.ics",
                         assignments=f"{base}/assignments.csv", record_json=f"{base}/record.json", pages=pages)


def progress_of(doc: Document) -> Progress:
    return Progress(pages_done=doc.job.pages_done, pages_total=doc.job.pages_total)


def timings_of(doc: Document) -> dict[str, float]:
    timings = {k: float(v) for k, v in (doc.timings_ms or {}).items() if isinstance(v, (int, float))}
    job = doc.job
    if job.started_at:
        timings["queued"] = (job.started_at - job.created_at).total_seconds() * 1000
        if job.finished_at:
            timings["processing"] = (job.finished_at - job.started_at).total_seconds() * 1000
    return timings


def document_out(doc: Document, *, current: RecordVersion | None, review: RecordVersion | None) -> DocumentOut:
    job = doc.job
    return DocumentOut(
        id=doc.id, status=job.status, filename=doc.filename, media_type=doc.media_type, sha256=doc.sha256,
        size_bytes=doc.size_bytes, created_at=doc.created_at, updated_at=max(doc.updated_at, job.updated_at),
        progress=progress_of(doc), attempts=job.attempts, timings_ms=timings_of(doc),
        error=JobError(code=job.error_code, message=job.error_message or "") if job.error_code else None,
        review=ReviewInfo(revision=review.revision, reviewed_at=review.created_at, reviewer=review.reviewer)
        if review else None,
        record=stored_record(current.record) if current else None,
        links=links_for(doc), **arrival_of(doc), duplicate_of=flagged_duplicate_of(doc),
        duplicate=duplicate_out(doc),
    )


def summary_of(doc: Document) -> DocumentSummary:
    return DocumentSummary(
        id=doc.id, status=doc.job.status, filename=doc.filename, media_type=doc.media_type,
        created_at=doc.created_at, progress=progress_of(doc), reviewed=doc.reviewed, kind=doc.kind,
        number=doc.number, issue_date=doc.issue_date, issuer=doc.issuer_name, subject=doc.subject,
        event_start=doc.event_start, event_end=doc.event_end, error_code=doc.job.error_code,
        links={"self": f"/v1/documents/{doc.id}"}, **arrival_of(doc), duplicate_of=flagged_duplicate_of(doc),
    )


def version_out(version: RecordVersion) -> VersionOut:
    return VersionOut(kind=version.kind, revision=version.revision, created_at=version.created_at,
                      reviewer=version.reviewer)


def arrival_of(doc: Document) -> dict[str, Any]:
    """Số đến and ngày đến (local time) of ``doc``'s register entry (none for a row the migration predates)."""
    entry = doc.register_entry
    if entry is None:
        return {"arrival_number": None, "arrived_at": None}
    return {"arrival_number": entry.arrival_number, "arrived_at": entry.arrived_at.astimezone(TIMEZONE)}


def flagged_duplicate_of(doc: Document) -> str | None:
    flag = doc.duplicate_flag
    return flag.duplicate_of if flag is not None and flag.status == "flagged" else None


def duplicate_out(doc: Document) -> DuplicateOut | None:
    flag = doc.duplicate_flag
    if flag is None:
        return None
    return DuplicateOut(of=flag.duplicate_of, status=flag.status, message=duplicate_message(flag),
                        decided_by=flag.decided_by, decided_at=flag.decided_at)
