"""Stable error codes: the ``code`` member of every problem response and of every failed job.

Kept apart from :mod:`service.errors` (which needs FastAPI) so that worker processes can use them cheaply.
Clients and tests match on these values, never on message text; a value, once published, does not change.
"""

from __future__ import annotations


class ErrorCode:
    """Stable ``code`` values of problem responses (and of failed jobs)."""

    # 400/405/422 from the HTTP layer
    BAD_REQUEST = "bad_request"
    METHOD_NOT_ALLOWED = "method_not_allowed"
    VALIDATION_FAILED = "validation_failed"
    MISSING_INPUT = "missing_input"
    INVALID_DATE = "invalid_date"
    # 401
    UNAUTHORIZED = "unauthorized"
    # 404
    NOT_FOUND = "not_found"
    DOCUMENT_NOT_FOUND = "document_not_found"
    PAGE_NOT_FOUND = "page_not_found"
    PAGE_IMAGE_UNAVAILABLE = "page_image_unavailable"
    NO_REVIEWED_VERSION = "no_reviewed_version"
    NO_CALENDAR_EVENTS = "no_calendar_events"
    # 409
    NOT_READY = "not_ready"
    PROCESSING_FAILED = "processing_failed"
    NOT_A_DUPLICATE = "not_a_duplicate"  # keep/drop of a document that is not flagged as a duplicate
    DUPLICATE_KEPT = "duplicate_kept"  # drop of a duplicate the clerk decided to keep
    # 412, 428 (PUT of a record: If-Match against the current revision's ETag)
    EDIT_CONFLICT = "edit_conflict"
    PRECONDITION_REQUIRED = "precondition_required"
    # 413
    UPLOAD_TOO_LARGE = "upload_too_large"
    TOO_MANY_PAGES = "too_many_pages"
    IMAGE_TOO_LARGE = "image_too_large"
    TOO_LARGE_FOR_SYNC = "too_large_for_sync"
    RECORD_TOO_LARGE = "record_too_large"
    TEXT_TOO_LONG = "text_too_long"  # characters, lines or paragraphs (extractor.limits)
    ARCHIVE_TOO_LARGE = "archive_too_large"  # a Word file's unpacked size, parts or XML tags
    # 415
    UNSUPPORTED_FORMAT = "unsupported_format"
    UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"
    # 422 (file content)
    CORRUPT_FILE = "corrupt_file"
    ENCRYPTED_FILE = "encrypted_file"
    EMPTY_DOCUMENT = "empty_document"
    EMPTY_FILE = "empty_file"
    INVALID_RECORD = "invalid_record"
    EMPTY_RECORD = "empty_record"
    INVALID_REGISTER_ENTRY = "invalid_register_entry"  # a clerk's register column (service.register)
    # 503
    SERVICE_UNAVAILABLE = "unavailable"
    OCR_FAILED = "ocr_failed"
    OCR_TIMEOUT = "ocr_timeout"
    CONVERSION_FAILED = "conversion_failed"  # an old Word file (.doc) could not be converted
    CONVERTER_MISSING = "converter_missing"
    CONVERSION_TIMEOUT = "conversion_timeout"
    # failed jobs only
    WORKER_CRASHED = "worker_crashed"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    # 500
    INTERNAL_ERROR = "internal_error"
    # follow-up across documents (service/followup.py)
    FOLLOWUP_ITEM_NOT_FOUND = "followup_item_not_found"  # 404: no such task, deadline or event
    FOLLOWUP_ITEM_CHANGED = "followup_item_changed"  # 409: the record was corrected since the key was read
    FOLLOWUP_STATE_UNCHANGED = "followup_state_unchanged"  # 409: already done (or already open)
