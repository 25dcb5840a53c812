"""The one place where errors become HTTP responses: RFC 9457 ``application/problem+json``.

Every error response of the service has the members ``type``, ``title``, ``status``, ``detail``,
``instance`` and a stable ``code`` (one of :class:`ErrorCode`; clients and tests match on it, never on the
message). Extension members carry specifics, e.g. ``errors`` (each with a JSON Pointer ``path``) for an
invalid record or request, ``limit_bytes`` for an oversize upload.

The status follows the class of the :mod:`extractor.errors` hierarchy (most specific class wins), so code
that raises never thinks about HTTP:

======================  ======  =====================================================
class                   status  when
======================  ======  =====================================================
TooLargeError           413     upload over MAX_UPLOAD_MB, more pages than MAX_PAGES
UnsupportedFormatError  415     content is not PDF/image/TIFF/DOCX/text (by content)
InvalidRecordError      422     a corrected record fails the model (field paths listed)
InputError (others)     422     corrupt, encrypted or empty file; bad date filter
NotFoundError           404     unknown document, page or version
AuthenticationError     401     missing or wrong bearer token
ConflictError           409     document not processed yet, or processing failed
EditConflictError       412     a record PUT whose If-Match is not the current revision's ETag
PreconditionRequired…   428     a record PUT without If-Match
UnavailableError        503     storage, database, tesseract or workers unavailable
OcrError                503     tesseract missing, failed or timed out
ConversionError         503     .doc converter (LibreOffice) missing, failed or timed out
DocintelError (others)  500     rule data broken, internal error (no traceback sent)
======================  ======  =====================================================

Errors raised outside the hierarchy (request validation, unknown route, an unexpected exception) are
rendered in the same shape by the handlers installed by :func:`install_error_handlers`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from extractor.errors import (
    AuthenticationError,
    ConflictError,
    ConversionError,
    DocintelError,
    EditConflictError,
    InputError,
    InvalidRecordError,
    NotFoundError,
    OcrError,
    PreconditionRequiredError,
    TooLargeError,
    UnavailableError,
    UnsupportedFormatError,
)
from service.codes import ErrorCode

__all__ = ["ErrorCode", "install_error_handlers", "problem_response", "response_for", "status_for"]

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


# Most specific class first is not needed: the lookup walks each error's MRO.
STATUS_BY_CLASS: dict[type[DocintelError], int] = {
    TooLargeError: 413,
    UnsupportedFormatError: 415,
    InvalidRecordError: 422,
    InputError: 422,
    NotFoundError: 404,
    AuthenticationError: 401,
    ConflictError: 409,
    EditConflictError: 412,
    PreconditionRequiredError: 428,
    UnavailableError: 503,
    OcrError: 503,
    ConversionError: 503,
    DocintelError: 500,
}


class ProblemError(BaseModel):
    """One located error inside a problem (request or record validation)."""

    path: str = Field(description="JSON Pointer into the request part named by `location`.")
    location: str | None = Field(None, description="body, query, path, header or form")
    message: str
    type: str


class Problem(BaseModel):
    """RFC 9457 problem details, with the service's stable ``code``."""

    type: str = Field(examples=["urn:docintel:problem:document_not_found"])
    title: str
    status: int
    detail: str
    instance: str | None = None
    code: str = Field(description="Stable machine-readable error code (see service.errors.ErrorCode).")
    errors: list[ProblemError] | None = None


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"description": HTTPStatus(status).phrase} for status in (400, 401, 404, 409, 412, 413, 415, 422, 428, 503)
}


def status_for(exc: DocintelError) -> int:
    for cls in type(exc).__mro__:
        if cls in STATUS_BY_CLASS:
            return STATUS_BY_CLASS[cls]
    return 500


def json_pointer(loc: Iterable[Any]) -> str:
    """``("event", "opening_ceremony", "time")`` → ``"/event/opening_ceremony/time"`` (RFC 6901)."""
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in loc]
    return "/" + "/".join(parts) if parts else ""


# What a clerk reads for each pydantic error type (service messages are Vietnamese; pydantic's are English).
# ``{name}`` is filled from the error's ``ctx``; a type missing here gets the generic message.
MESSAGES_VI: dict[str, str] = {
    "missing": "Thiếu giá trị bắt buộc.",
    "extra_forbidden": "Trường này không có trong mẫu hồ sơ (kiểm tra lại tên trường).",
    "string_type": "Phải là một chuỗi ký tự.",
    "string_unicode": "Phải là văn bản Unicode hợp lệ.",
    "string_too_short": "Phải có ít nhất {min_length} ký tự.",
    "string_too_long": "Dài quá {max_length} ký tự.",
    "string_pattern_mismatch": "Không đúng dạng yêu cầu.",
    "list_type": "Phải là một danh sách.",
    "too_short": "Phải có ít nhất {min_length} phần tử.",
    "too_long": "Có quá nhiều phần tử (tối đa {max_length}).",
    "dict_type": "Phải là một đối tượng JSON.",
    "model_type": "Phải là một đối tượng JSON.",
    "model_attributes_type": "Phải là một đối tượng JSON.",
    "literal_error": "Phải là một trong các giá trị: {expected}.",
    "enum": "Phải là một trong các giá trị: {expected}.",
    "int_type": "Phải là một số nguyên.",
    "int_parsing": "Phải là một số nguyên.",
    "int_from_float": "Phải là một số nguyên.",
    "float_type": "Phải là một số.",
    "float_parsing": "Phải là một số.",
    "bool_type": "Phải là true hoặc false.",
    "bool_parsing": "Phải là true hoặc false.",
    "greater_than": "Phải lớn hơn {gt}.",
    "greater_than_equal": "Phải lớn hơn hoặc bằng {ge}.",
    "less_than": "Phải nhỏ hơn {lt}.",
    "less_than_equal": "Phải nhỏ hơn hoặc bằng {le}.",
    "date_type": "Phải là một ngày dạng YYYY-MM-DD.",
    "date_parsing": "Phải là một ngày dạng YYYY-MM-DD.",
    "date_from_datetime_parsing": "Phải là một ngày dạng YYYY-MM-DD.",
    "json_invalid": "Không phải JSON hợp lệ.",
    "json_type": "Không phải JSON hợp lệ.",
    "none_required": "Phải để trống (null).",
}
GENERIC_MESSAGE_VI = "Giá trị không hợp lệ."
INTERNAL_ERROR_VI = "Đã xảy ra lỗi nội bộ và lỗi đã được ghi lại; xin thử lại sau hoặc báo cho quản trị viên."
LOCATION_VI = {"body": "nội dung", "query": "tham số", "path": "đường dẫn", "header": "tiêu đề", "cookie": "cookie"}


def http_detail_vi(status: int, path: str) -> str:
    """A Vietnamese detail for an HTTP error raised by the framework rather than by docintel."""
    if status == 404:
        return f"Không có tài nguyên nào tại {path}. Xem danh sách đường dẫn ở /docs."
    if status == 405:
        return f"Đường dẫn {path} không nhận phương thức này. Xem các phương thức được phép ở /docs."
    if status == 401:
        return "Cần có mã truy cập (API token): hãy gửi tiêu đề 'Authorization: Bearer <mã>'."
    if status < 500:
        return f"Yêu cầu không hợp lệ ({status}); hãy kiểm tra lại nội dung gửi lên theo hướng dẫn ở /docs."
    return INTERNAL_ERROR_VI


def message_vi(error: dict[str, Any]) -> str:
    """The Vietnamese message of one pydantic error: a validator's own message (written in Vietnamese in
    :mod:`extractor.record`), else the table above by error type."""
    ctx = error.get("ctx") or {}
    if error.get("type") in ("value_error", "assertion_error") and ctx.get("error") is not None:
        text = str(ctx["error"])
        return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")
    template = MESSAGES_VI.get(str(error.get("type", "")), GENERIC_MESSAGE_VI)
    values = {k: str(v) for k, v in ctx.items()}
    if "expected" in values:  # pydantic writes "'a', 'b' or 'c'"
        values["expected"] = values["expected"].replace(" or ", ", ")
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return GENERIC_MESSAGE_VI


def located_errors(errors: Sequence[dict[str, Any]], *, has_location: bool = False) -> list[dict[str, Any]]:
    """Pydantic error dicts as JSON-safe ``{path, location, message, type}`` items, messages in Vietnamese."""
    out = []
    for err in errors:
        loc = list(err.get("loc", ()))
        location = str(loc.pop(0)) if has_location and loc else None
        out.append({"path": json_pointer(loc), "location": location, "message": message_vi(err),
                    "type": str(err.get("type", ""))})
    return out


def problem_response(
    status: int, code: str, detail: str, *, instance: str | None = None, title: str | None = None,
    headers: dict[str, str] | None = None, extensions: dict[str, Any] | None = None,
) -> JSONResponse:
    """A problem+json response; ``extensions`` add members but never replace the standard ones."""
    body: dict[str, Any] = {
        "type": f"urn:docintel:problem:{code}",
        "title": title or HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
        "instance": instance,
        "code": code,
    }
    for key, value in (extensions or {}).items():
        body.setdefault(key, value)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON,
                        headers={"X-Content-Type-Options": "nosniff", **(headers or {})})


def response_for(exc: DocintelError, instance: str | None = None) -> JSONResponse:
    status = status_for(exc)
    headers = {"WWW-Authenticate": 'Bearer realm="docintel"'} if status == 401 else None
    if status == 503:
        headers = {"Retry-After": "5"}
    extensions = {k: v for k, v in exc.detail.items() if isinstance(k, str)}
    detail = exc.message if status < 500 or status == 503 else INTERNAL_ERROR_VI
    return problem_response(status, exc.code, detail, instance=instance, headers=headers, extensions=extensions)


def install_problem_schema(app: FastAPI) -> None:
    """Document every error response of the OpenAPI schema as ``application/problem+json`` :class:`Problem`.

    Routes declare which error statuses they can answer (``PROBLEM_RESPONSES``); this fills in the body
    shape once, replaces FastAPI's default 422 (which our handler renders as a problem too) and adds 422 and
    400 wherever a request has parameters or a body to get wrong.
    """
    from fastapi.openapi.utils import get_openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        spec = get_openapi(title=app.title, version=app.version, summary=app.summary,
                           description=app.description, routes=app.routes)
        components = spec.setdefault("components", {}).setdefault("schemas", {})
        for model in (Problem, ProblemError):
            components[model.__name__] = model.model_json_schema(ref_template="#/components/schemas/{model}")
        components["Problem"]["properties"]["errors"] = {
            "anyOf": [{"type": "array", "items": {"$ref": "#/components/schemas/ProblemError"}}, {"type": "null"}]}
        components["Problem"].pop("$defs", None)
        problem = {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}}
        for operations in spec.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                if operation.get("parameters") or operation.get("requestBody"):
                    responses.setdefault("422", {"description": HTTPStatus(422).phrase})
                if operation.get("requestBody"):
                    responses.setdefault("400", {"description": HTTPStatus(400).phrase})
                for status, response in responses.items():
                    if status.isdigit() and int(status) >= 400:
                        response["content"] = dict(problem)
        for unused in ("HTTPValidationError", "ValidationError"):
            components.pop(unused, None)
        app.openapi_schema = spec
        return spec

    app.openapi = openapi


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers that turn every error into problem+json (and none into a traceback)."""

    @app.exception_handler(DocintelError)
    async def _docintel(request: Request, exc: DocintelError) -> JSONResponse:
        if status_for(exc) >= 500:
            log.error("%s on %s %s: [%s] %s", type(exc).__name__, request.method, request.url.path, exc.code,
                      exc.message, exc_info=exc if status_for(exc) == 500 else None)
        return response_for(exc, request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = located_errors(exc.errors(), has_location=True)
        first = errors[0] if errors else None
        where = (f" ({LOCATION_VI.get(first['location'] or '', first['location'] or '')} {first['path'] or '/'}: "
                 f"{first['message'].rstrip('.')})" if first else "")
        return problem_response(422, ErrorCode.VALIDATION_FAILED, f"Yêu cầu không hợp lệ{where}.",
                                instance=request.url.path, extensions={"errors": errors})

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: ErrorCode.NOT_FOUND, 405: ErrorCode.METHOD_NOT_ALLOWED, 401: ErrorCode.UNAUTHORIZED,
                413: ErrorCode.UPLOAD_TOO_LARGE, 422: ErrorCode.VALIDATION_FAILED}.get(exc.status_code)
        if code is None:
            code = ErrorCode.BAD_REQUEST if exc.status_code < 500 else ErrorCode.INTERNAL_ERROR
        # Starlette's and FastAPI's own details are English ("Not Found", "There was an error parsing the
        # body"); ours (UploadTooLarge) are written in Vietnamese and pass as they are.
        detail = exc.detail if getattr(exc, "vietnamese_detail", False) else http_detail_vi(exc.status_code,
                                                                                            request.url.path)
        return problem_response(exc.status_code, code, detail, instance=request.url.path,
                                headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # The catch-all: the client gets a problem without internals; the log gets the traceback.
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(500, ErrorCode.INTERNAL_ERROR, INTERNAL_ERROR_VI,
                                instance=request.url.path)
