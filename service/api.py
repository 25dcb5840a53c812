"""The HTTP routes: ``/v1`` (documents, records, exports, synchronous extraction) and the health probes.

Routes that touch the disk, the database or the pipeline are plain ``def`` (FastAPI runs them in its thread
pool, so the event loop stays free); the heavy work itself runs in worker processes (:mod:`service.runner`).
Errors are raised as :mod:`extractor.errors` classes and rendered by :mod:`service.errors`.

Date filters of ``GET /v1/documents`` accept ISO dates (``2021-09-20``) and the ways Vietnamese documents
write them (``20/9/2021``, ``20-09-2021``, ``20.9.2021``, ``ngày 20 tháng 9 năm 2021``), read day-first with
``dateparser``; relative phrases ("hôm qua") and partial dates are refused with ``invalid_date``.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, File, Form, Header, Path, Query, Request, Response, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import FileResponse, JSONResponse

from extractor import ingest
from extractor.errors import (
    InputError,
    InvalidRecordError,
    TooLargeError,
    UnavailableError,
    UnsupportedFormatError,
)
from extractor.record import DocumentKind, PlanRecord
from service import documents, exports
from service.auth import has_access, require_token
from service.codes import ErrorCode
from service.documents import ListFilters, Services
from service.errors import PROBLEM_RESPONSES, problem_response
from service.processing import BytesTask
from service.schemas import (
    DocumentAccepted,
    DocumentOut,
    DocumentPage,
    EvidenceOut,
    ExtractOut,
    Health,
    PageLinks,
    PageOut,
    Readiness,
    ReviewSaved,
    Status,
    TextOut,
    VersionList,
    arrival_of,
    document_out,
    links_for,
    summary_of,
    version_out,
)

DATE_FORMS = "YYYY-MM-DD, DD/MM/YYYY, DD-MM-YYYY, DD.MM.YYYY or 'ngày DD tháng MM năm YYYY'"
DATE_FORMS_VI = "20/09/2021, 20-09-2021, 20.09.2021, 2021-09-20 hoặc 'ngày 20 tháng 9 năm 2021'"


async def get_services(request: Request) -> Services:
    # async: FastAPI would run a plain def dependency in its thread pool, two thread hops per request for nothing
    services = getattr(request.app.state, "services", None)
    if services is None:
        raise UnavailableError("Dịch vụ đang khởi động hoặc đang dừng; xin thử lại sau ít phút.",
                               code=ErrorCode.SERVICE_UNAVAILABLE)
    return services


ServicesDep = Annotated[Services, Depends(get_services)]
DocumentId = Annotated[str, Path(description="Document id as returned by POST /v1/documents.", max_length=64)]

router = APIRouter(prefix="/v1", dependencies=[Depends(require_token)],
                   responses={401: PROBLEM_RESPONSES[401]})
health_router = APIRouter(tags=["health"])


def _problems(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: PROBLEM_RESPONSES[status] for status in statuses}


# ------------------------------------------------------------------------------------------ upload


@router.post(
    "/documents", status_code=202, response_model=DocumentAccepted, tags=["documents"],
    responses={200: {"model": DocumentAccepted, "description": "The same bytes were uploaded before."},
               **_problems(413, 415, 422)},
)
def upload_document(
    services: ServicesDep, response: Response,
    file: Annotated[UploadFile, File(description="PDF, image (PNG/JPEG/TIFF), DOCX or UTF-8 text.")],
) -> DocumentAccepted:
    """Store a directive and queue it for processing.

    The type is detected from the content, not the name. The same bytes uploaded again return the existing
    document (200, ``duplicate: true``) instead of a second copy.
    """
    doc, created = documents.create_document(services, file.file, file.filename)
    response.status_code = 202 if created else 200
    response.headers["Location"] = f"/v1/documents/{doc.id}"
    return DocumentAccepted(id=doc.id, status=doc.job.status, duplicate=not created, links=links_for(doc),
                            **arrival_of(doc))


# ------------------------------------------------------------------------------------------ list


def parse_date_filter(value: str | None, name: str) -> dt.date | None:
    """ISO or Vietnamese day-first date (see the module docstring); :class:`InputError` otherwise."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    import dateparser

    try:
        parsed = dateparser.parse(text, languages=["vi"], settings={
            "DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"],
            "PARSERS": ["custom-formats", "absolute-time"], "RETURN_AS_TIMEZONE_AWARE": False,
        })
    except Exception:  # noqa: BLE001 - dateparser raises assorted errors on odd input; all mean "not a date"
        parsed = None
    if parsed is None:
        raise InputError(f"{name}={value!r} không phải là một ngày; hãy viết ngày đủ ngày, tháng, năm như "
                         f"{DATE_FORMS_VI}.", code=ErrorCode.INVALID_DATE,
                         detail={"errors": [{"path": f"/{name}", "location": "query",
                                             "message": "Không phải là một ngày đủ ngày, tháng, năm.",
                                             "type": "invalid_date"}]})
    return parsed.date()


DateQuery = Annotated[str | None, Query(max_length=40, description=f"A date: {DATE_FORMS}.")]


@router.get("/documents", response_model=DocumentPage, tags=["documents"], responses=_problems(422))
def list_documents(
    services: ServicesDep, request: Request,
    issuer: Annotated[str | None, Query(max_length=200, description="Part of the issuer's name or parent.")] = None,
    kind: Annotated[DocumentKind | None, Query(description="Document kind.")] = None,
    issued_from: DateQuery = None,
    issued_to: DateQuery = None,
    event_from: DateQuery = None,
    event_to: DateQuery = None,
    status: Annotated[Status | None, Query()] = None,
    reviewed: Annotated[bool | None, Query(description="Only reviewed (true) or unreviewed (false).")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the text, number, subject, names; "
                                   "case and diacritics optional.")] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> DocumentPage:
    """Processed and pending documents, newest first, filtered and paginated.

    The issue date range matches ``document.issue_date``; the event range matches documents whose event
    week overlaps it.
    """
    filters = ListFilters(
        issuer=issuer or None, kind=kind, status=status, q=(q or "").strip() or None, reviewed=reviewed,
        issued_from=parse_date_filter(issued_from, "issued_from"), issued_to=parse_date_filter(issued_to, "issued_to"),
        event_from=parse_date_filter(event_from, "event_from"), event_to=parse_date_filter(event_to, "event_to"),
    )
    rows, total = documents.list_documents(services.db, filters, limit=limit, offset=offset)
    params = {k: v for k, v in request.query_params.items() if k not in ("limit", "offset")}

    def page_link(at: int) -> str:
        return "/v1/documents?" + urlencode({**params, "limit": limit, "offset": at})

    links = PageLinks(self=page_link(offset),
                      next=page_link(offset + limit) if offset + limit < total else None,
                      prev=page_link(max(offset - limit, 0)) if offset > 0 else None)
    return DocumentPage(items=[summary_of(d) for d in rows], total=total, limit=limit, offset=offset, links=links)


# ------------------------------------------------------------------------------------------ one document


@router.get("/documents/{document_id}", response_model=DocumentOut, tags=["documents"], responses=_problems(404))
def get_document(services: ServicesDep, document_id: DocumentId) -> DocumentOut:
    """Status, progress (pages done of total), timings, the error if it failed, and the record when done."""
    doc, current, review = documents.status_view(services.db, document_id)
    return document_out(doc, current=current, review=review)


RecordVersionQuery = Annotated[
    Literal["current", "extracted", "reviewed"],
    Query(description="current: the reviewed record if a clerk saved one, else the extracted one."),
]


def _record_headers(version: Any) -> dict[str, str]:
    return {"ETag": documents.record_etag(version.revision),
            "X-Record-Version": version.kind, "X-Record-Revision": str(version.revision),
            "Last-Modified": version.created_at.strftime("%a, %d %b %Y %H:%M:%S GMT")}


@router.get("/documents/{document_id}/record", tags=["records"], responses=_problems(404, 409),
            response_model=PlanRecord)
def get_record(services: ServicesDep, document_id: DocumentId, version: RecordVersionQuery = "current") -> JSONResponse:
    """The plan record as the contract defines it (headers say which version and revision).

    Its ``ETag`` is what a PUT of an edit of this record sends as ``If-Match``.
    """
    doc = documents.get_document(services.db, document_id)
    found = documents.get_version(services.db, doc, version)
    return JSONResponse(found.record, headers=_record_headers(found))


@router.get("/documents/{document_id}/record.json", tags=["exports"], responses=_problems(404, 409),
            response_model=PlanRecord)
def download_record(services: ServicesDep, document_id: DocumentId,
                    version: RecordVersionQuery = "current") -> Response:
    """The record as a JSON file download (for downstream systems)."""
    doc = documents.get_document(services.db, document_id)
    found = documents.get_version(services.db, doc, version)
    name = exports.download_name(doc.id, (found.record.get("document") or {}).get("number"), ".json")
    body = json.dumps(found.record, ensure_ascii=False, indent=2).encode("utf-8")
    return Response(body, media_type="application/json",
                    headers={**_record_headers(found), "Content-Disposition": f'attachment; filename="{name}"'})


_PLAN_RECORD_BODY = {
    "requestBody": {
        "required": True,
        "description": "The corrected plan record (the shape GET …/record returns).",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PlanRecord"}}},
    }
}


@router.put("/documents/{document_id}/record", response_model=ReviewSaved, tags=["records"],
            responses=_problems(404, 409, 412, 413, 415, 422, 428), openapi_extra=_PLAN_RECORD_BODY)
async def put_record(
    services: ServicesDep, request: Request, response: Response, document_id: DocumentId,
    reviewer: Annotated[str | None, Query(max_length=200, description="Who reviewed (free text).")] = None,
    allow_empty: Annotated[bool, Query(description="Store a record whose every field is empty (refused with "
                                       "`empty_record` otherwise).")] = False,
    if_match: Annotated[str | None, Header(max_length=1000, description=(
        "The ETag of the record the edit is based on (from GET …/record); required."))] = None,
    if_none_match: Annotated[str | None, Header(max_length=1000, description=(
        "`*` instead of If-Match: save only if the document has no record yet (its processing failed)."))] = None,
) -> ReviewSaved:
    """Save a clerk's corrected record, validated by the model, as the next reviewed revision.

    The extracted record is kept (``?version=extracted``); ``GET …/record`` returns the reviewed one from
    now on. The body must be ``application/json`` (415 ``unsupported_media_type``) of at most
    ``MAX_RECORD_MB`` (413 ``record_too_large``); an invalid record, an unknown key at any level included, is
    refused with 422 and the JSON Pointer path of each error; nothing is stored then.

    Lost updates are refused: without ``If-Match`` the answer is 428 (``precondition_required``); when the
    record was saved again since the ETag given, 412 (``edit_conflict``, with ``current_etag``). The answer
    carries the new revision's ``ETag``.
    """
    payload = parse_record_body(await read_record_body(request, services.settings.max_record_bytes))
    saved = await run_in_threadpool(documents.save_review, services.db, document_id, payload, reviewer,
                                    allow_empty=allow_empty, if_match=if_match, if_none_match=if_none_match)
    response.headers["ETag"] = documents.record_etag(saved.revision)
    return ReviewSaved(document_id=document_id, revision=saved.revision, reviewed_at=saved.created_at,
                       reviewer=saved.reviewer, record=PlanRecord.model_validate(saved.record))


async def read_record_body(request: Request, limit: int) -> bytes:
    """The body of a record PUT: JSON by its media type, and no more than ``limit`` bytes (counted as it
    streams in, so a body without Content-Length cannot pass either)."""
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json":
        raise UnsupportedFormatError(
            f"Hồ sơ phải gửi với Content-Type: application/json (nhận được {media_type or 'không có'}).",
            code=ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        )
    too_large = TooLargeError(
        f"Hồ sơ gửi lên lớn hơn giới hạn {limit / 1024 / 1024:g} MB (MAX_RECORD_MB).",
        code=ErrorCode.RECORD_TOO_LARGE, detail={"limit_bytes": limit},
    )
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise too_large
    return bytes(body)


def parse_record_body(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        where = f"dòng {exc.lineno}, cột {exc.colno}"
    except (ValueError, UnicodeDecodeError):
        where = "không phải văn bản UTF-8"
    raise InvalidRecordError(
        f"Nội dung gửi lên không phải JSON hợp lệ ({where}). Gửi hồ sơ dạng JSON như GET …/record trả về.",
        detail={"errors": [{"path": "", "location": "body", "message": "Không phải JSON hợp lệ.",
                            "type": "json_invalid"}]},
    )


@router.get("/documents/{document_id}/versions", response_model=VersionList, tags=["records"],
            responses=_problems(404))
def get_versions(services: ServicesDep, document_id: DocumentId) -> VersionList:
    """The extracted version and every reviewed revision, with time and reviewer."""
    doc = documents.get_document(services.db, document_id)
    versions = documents.list_versions(services.db, doc.id)
    reviewed = [v for v in versions if v.kind == "reviewed"]
    extracted = [v for v in versions if v.kind == "extracted"]
    current = (reviewed or extracted or [None])[-1]
    return VersionList(document_id=doc.id, current=version_out(current) if current else None,
                       versions=[version_out(v) for v in versions])


@router.get("/documents/{document_id}/text", response_model=TextOut, tags=["documents"],
            responses=_problems(404, 409))
def get_text(services: ServicesDep, document_id: DocumentId) -> TextOut:
    """The document text (the one evidence offsets index into) and each page's span in it."""
    doc = documents.get_document(services.db, document_id, with_text=True)
    documents.require_done(doc)
    base = f"/v1/documents/{doc.id}/pages"
    pages = [PageOut(**{k: p.get(k) for k in ("number", "start", "end", "method", "width", "height",
                                               "ocr_confidence")},
                     image=f"{base}/{p['number']}.png" if p.get("has_image") else None)
             for p in doc.pages or []]
    return TextOut(document_id=doc.id, text=doc.text or "", pages=pages)


@router.get("/documents/{document_id}/evidence", response_model=EvidenceOut, tags=["documents"],
            responses=_problems(404, 409))
def get_evidence(services: ServicesDep, document_id: DocumentId) -> EvidenceOut:
    """Where each extracted value came from: keyed by JSON Pointer, a span of the text, page and box."""
    doc = documents.get_document(services.db, document_id)
    found = documents.get_version(services.db, doc, "extracted")
    return EvidenceOut(document_id=doc.id, evidence=found.evidence or {})


@router.get("/documents/{document_id}/pages/{number}.png", tags=["documents"], response_class=FileResponse,
            responses={200: {"content": {"image/png": {}}, "description": "The page image."},
                       **_problems(404, 409)})
def get_page_image(services: ServicesDep, document_id: DocumentId,
                   number: Annotated[int, Path(ge=1, le=100_000)]) -> FileResponse:
    """The image of page ``number`` (1-based), for review. Digital text input has none (404)."""
    doc = documents.get_document(services.db, document_id)
    path = documents.page_image(services, doc, number)
    return FileResponse(path, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})


# ------------------------------------------------------------------------------------------ exports


@router.get("/documents/{document_id}/calendar.ics", tags=["exports"], response_class=Response,
            responses={200: {"content": {"text/calendar": {}}, "description": "RFC 5545 calendar."},
                       **_problems(404, 409)})
def get_calendar(services: ServicesDep, document_id: DocumentId) -> Response:
    """The event week, the opening ceremony (time and venue) and each reporting deadline, as iCalendar."""
    doc = documents.get_document(services.db, document_id)
    found = documents.get_version(services.db, doc, "current")
    body = exports.calendar_ics(doc.id, found.record, found.created_at)
    name = exports.download_name(doc.id, (found.record.get("document") or {}).get("number"), ".ics")
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/documents/{document_id}/assignments.csv", tags=["exports"], response_class=Response,
            responses={200: {"content": {"text/csv": {}}, "description": "agency, task, deadline"},
                       **_problems(404, 409)})
def get_assignments(services: ServicesDep, document_id: DocumentId) -> Response:
    """One row per task: agency, task, deadline (UTF-8 with BOM)."""
    doc = documents.get_document(services.db, document_id)
    found = documents.get_version(services.db, doc, "current")
    name = exports.download_name(doc.id, (found.record.get("document") or {}).get("number"), "-phan-cong.csv")
    return Response(exports.assignments_csv(found.record), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


# ------------------------------------------------------------------------------------------ sync extraction


@router.post("/extract", response_model=ExtractOut, tags=["extract"], responses=_problems(413, 415, 422, 503))
def extract_now(
    services: ServicesDep, request: Request,
    file: Annotated[UploadFile | None, File(description="A small file (see SYNC_MAX_MB, SYNC_MAX_PAGES).")] = None,
    text: Annotated[str | None, Form(description="Or the directive's text itself.")] = None,
) -> ExtractOut:
    """Extract at once, storing nothing: for scripts with a short text or a small file.

    Send ``multipart/form-data`` with either ``file`` or ``text``. Anything larger than the synchronous limits
    is refused with 413 (``too_large_for_sync``): upload it with POST /v1/documents instead.
    """
    settings = services.settings
    if file is not None:
        data = file.file.read(settings.sync_max_bytes + 1)
        filename = file.filename
    elif text is not None:
        data, filename = text.encode("utf-8"), None
    else:
        raise InputError("Hãy gửi văn bản trong trường biểu mẫu 'file' (tệp) hoặc 'text' (nội dung chữ).",
                         code=ErrorCode.MISSING_INPUT)
    limits = settings.sync_limits
    try:
        ingest.inspect(data, limits, filename=filename)
        result = request.app.state.sync_pool.run(
            BytesTask(data=data, filename=filename, limits=limits, page_timeout_s=settings.ocr_page_timeout_s))
    except TooLargeError as exc:
        if len(data) <= settings.sync_max_bytes:
            ingest.inspect(data, settings.job_limits, filename=filename)  # too large for a queued upload too?
        # Over the synchronous limits only: the same file is fine as a queued upload.
        raise too_large_for_sync(settings, exc) from None
    extraction = result["extraction"]
    return ExtractOut.model_validate({**extraction, "pages": extraction.get("pages", [])})


def too_large_for_sync(settings: Any, reason: TooLargeError | None = None) -> TooLargeError:
    """413 ``too_large_for_sync``: the client is told the limits and to use POST /v1/documents instead."""
    why = f" ({reason.message})" if reason else ""
    return TooLargeError(
        f"POST /v1/extract chỉ nhận tệp tới {settings.sync_max_mb:g} MB, {settings.sync_max_pages} trang và "
        f"{settings.sync_max_text_chars:,} ký tự{why}. Hãy tải văn bản lên bằng POST /v1/documents (giới hạn "
        f"{settings.max_upload_mb:g} MB, {settings.max_pages} trang) rồi theo dõi GET /v1/documents/{{id}}.",
        code=ErrorCode.TOO_LARGE_FOR_SYNC,
        detail={"limit_bytes": settings.sync_max_bytes, "limit_pages": settings.sync_max_pages,
                "limit_chars": settings.sync_max_text_chars, "use": "POST /v1/documents",
                "reason": reason.code if reason else ErrorCode.UPLOAD_TOO_LARGE},
    )


# ------------------------------------------------------------------------------------------ health


@health_router.get("/healthz", response_model=Health)
def healthz() -> Health:
    """Liveness: the process answers."""
    return Health(status="ok")


_TESSERACT: dict[str, Any] = {}


def tesseract_check() -> dict[str, Any]:
    """Tesseract on PATH with the Vietnamese model (checked once, then cached)."""
    if not _TESSERACT:
        binary = shutil.which("tesseract")
        if binary is None:
            return {"ok": False, "error": "tesseract not found on PATH (apt-get install tesseract-ocr)"}
        try:
            langs = subprocess.run([binary, "--list-langs"], capture_output=True, text=True, timeout=10,
                                   check=False).stdout
        except (OSError, subprocess.SubprocessError) as exc:
            return {"ok": False, "error": f"tesseract does not run: {exc}"}
        has_vie = "vie" in langs.split()
        result = {"ok": has_vie, "binary": binary}
        if not has_vie:
            result["error"] = "the Vietnamese model is missing (apt-get install tesseract-ocr-vie)"
            return result
        _TESSERACT.update(result)
    return dict(_TESSERACT)


@health_router.get("/readyz", response_model=Readiness, responses=_problems(503))
def readyz(request: Request) -> Response:
    """Readiness: tesseract (with Vietnamese), storage writable, database reachable, workers running.

    The probe is open to all, but only a caller with the API token (or any caller when none is configured)
    sees the checks: they name the tesseract binary, the workers and the errors. Others get the status alone.
    """
    services: Services | None = getattr(request.app.state, "services", None)
    checks: dict[str, dict[str, Any]] = {"tesseract": tesseract_check()}
    if services is None:
        checks["service"] = {"ok": False, "error": "starting or stopping"}
    else:
        try:
            services.storage.check_writable()
            checks["storage"] = {"ok": True, **services.recovered}
        except (OSError, UnavailableError) as exc:
            cause = exc.__cause__ if isinstance(exc, UnavailableError) else exc
            reason = getattr(cause, "strerror", None) or cause
            checks["storage"] = {"ok": False, "error": f"{type(cause).__name__}: {reason}"}
        try:
            services.db.ping()
            checks["database"] = {"ok": True}
        except Exception as exc:  # noqa: BLE001 - any driver error means "not ready"
            checks["database"] = {"ok": False, "error": type(exc).__name__}
        checks["workers"] = services.queue.health()
    details = has_access(request)
    if all(check.get("ok") for check in checks.values()):
        return JSONResponse({"status": "ready", "checks": checks} if details else {"status": "ready"})
    failing = ", ".join(name for name, check in checks.items() if not check.get("ok"))
    return problem_response(503, ErrorCode.SERVICE_UNAVAILABLE,
                            f"Chưa sẵn sàng: {failing}." if details else "Chưa sẵn sàng.", instance="/readyz",
                            headers={"Retry-After": "5"}, extensions={"checks": checks} if details else None)
