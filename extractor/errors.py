"""One error hierarchy for the whole product.

Every error the product raises on purpose derives from :class:`DocintelError` and carries a stable
``code`` (for programs and tests) and a message that says what went wrong, why, and what to do.
The service maps each family to an HTTP problem response in one place (``service/errors.py``);
nothing here knows about HTTP.
"""

from __future__ import annotations

__all__ = [
    "AuthenticationError",
    "ConflictError",
    "ConversionError",
    "ConversionTimeoutError",
    "ConverterMissingError",
    "CorruptFileError",
    "DocintelError",
    "EditConflictError",
    "EmptyDocumentError",
    "EncryptedFileError",
    "InputError",
    "InternalError",
    "InvalidRecordError",
    "NotFoundError",
    "OcrError",
    "OcrTimeoutError",
    "PreconditionRequiredError",
    "RuleDataError",
    "TooLargeError",
    "UnavailableError",
    "UnsupportedFormatError",
]


class DocintelError(Exception):
    """Root of every error raised by docintel on purpose."""

    code = "docintel_error"

    def __init__(self, message: str, *, code: str | None = None, detail: dict | None = None):
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.detail = detail or {}


class InputError(DocintelError):
    """The input cannot be processed (bad input, as distinct from a defect of ours)."""

    code = "bad_input"


class UnsupportedFormatError(InputError):
    """The content is not one of the supported formats (detected by content, not by name)."""

    code = "unsupported_format"


class CorruptFileError(InputError):
    """The file claims a supported format but cannot be read (truncated, damaged)."""

    code = "corrupt_file"


class EncryptedFileError(InputError):
    """The file is encrypted or password-protected."""

    code = "encrypted_file"


class EmptyDocumentError(InputError):
    """The file holds nothing to read: zero bytes, blank pages, no text."""

    code = "empty_document"


class TooLargeError(InputError):
    """The input exceeds a size, page or pixel limit."""

    code = "too_large"


class OcrError(DocintelError):
    """Tesseract is missing, failed, or ran past its time limit."""

    code = "ocr_failed"


class OcrTimeoutError(OcrError):
    """OCR of a page ran past its time limit and was stopped."""

    code = "ocr_timeout"


class ConversionError(DocintelError):
    """An old Word file (.doc) could not be converted: the converter is missing, failed or ran too long.

    Its own family (not :class:`UnavailableError`, which puts a queued job back to wait): the service answers
    503, and a queued job fails with the code instead of being retried forever.
    """

    code = "conversion_failed"


class ConverterMissingError(ConversionError):
    """The converter for old Word files (LibreOffice) is not installed on this machine."""

    code = "converter_missing"


class ConversionTimeoutError(ConversionError):
    """Converting an old Word file ran past its time limit and was stopped."""

    code = "conversion_timeout"


class RuleDataError(DocintelError):
    """A rule data file under extractor/rules/data is malformed."""

    code = "rule_data_invalid"


class InvalidRecordError(InputError):
    """A plan record (e.g. a clerk's correction) does not validate against the model."""

    code = "invalid_record"


class NotFoundError(DocintelError):
    """A stored document or page that was asked for does not exist."""

    code = "not_found"


class ConflictError(DocintelError):
    """The request is valid but the resource is not in a state that allows it (e.g. still processing)."""

    code = "conflict"


class EditConflictError(ConflictError):
    """A change was based on a revision that is no longer the current one (someone saved in between)."""

    code = "edit_conflict"


class PreconditionRequiredError(InputError):
    """A change did not say which revision it was based on, so a lost update could not be ruled out."""

    code = "precondition_required"


class AuthenticationError(DocintelError):
    """The caller did not present the credentials the deployment requires."""

    code = "unauthorized"


class UnavailableError(DocintelError):
    """A dependency (database, storage, OCR engine, workers) is not reachable; retrying later may succeed."""

    code = "unavailable"


class InternalError(DocintelError):
    """A bug in docintel itself rather than a problem with the input."""

    code = "internal_error"
