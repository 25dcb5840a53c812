"""Upload intake checks: what the bytes are (by content, never by name) and whether they can be read.

The service runs these before it stores an upload, so that a client learns at once, with the right status,
that a file is unsupported (415), damaged, encrypted or empty (422) or has too many pages (413), instead of
receiving 202 and a failed job later. They are cheap structural checks (open the PDF, decode the image,
test the ZIP); the full reading happens in the pipeline, which may still reject a file these let through.

A file's *media type* is decided from its bytes by ingestion's own table (:mod:`extractor.ingest.sniff`:
``%PDF`` → PDF, image signatures, a ZIP holding ``word/document.xml`` → DOCX, refused formats such as
executables, legacy .doc and other archives), with one addition: content that matches no signature must
decode as UTF-8 (or UTF-16 with a BOM) without control characters to count as text. A PNG named
``scan.pdf`` is therefore accepted as PNG, and a program renamed ``.pdf`` is refused as unsupported.
"""

from __future__ import annotations

import codecs
import io
import re
import threading
import warnings
import zipfile
from dataclasses import dataclass

from extractor.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    TooLargeError,
    UnsupportedFormatError,
)
from extractor.ingest import sniff as content
from service.codes import ErrorCode

PDF, DOCX, TEXT = content.PDF, content.DOCX, content.TEXT
IMAGE_TYPES = content.IMAGE_TYPES

SUPPORTED_HINT = "Upload a PDF, a scan (PNG, JPEG, TIFF), a Word .docx file or a UTF-8 text file."

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters other than white space

# pdfium is not thread-safe: every call into it from this process goes through this lock.
PDFIUM_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class Intake:
    """The verdict on an upload: its media type and, where cheap to know, its page count."""

    media_type: str
    pages: int | None = None


def detect_media_type(data: bytes) -> str:
    """The media type of ``data`` judged by content alone (:func:`extractor.ingest.sniff.sniff`).

    Ingestion treats whatever matches no signature as text; here such content must also decode as text,
    so that an unknown binary format is refused at upload (415) rather than failing later.
    """
    if not data:
        raise EmptyDocumentError("The file is empty (0 bytes). Upload the directive itself.",
                                 code=ErrorCode.EMPTY_FILE)
    media_type = content.sniff(data)
    if media_type == TEXT and not _looks_like_text(data):
        raise UnsupportedFormatError(
            f"The file content is not a supported type (whatever its name says). {SUPPORTED_HINT}"
        )
    return media_type


def _decode_text(data: bytes) -> str | None:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _looks_like_text(data: bytes) -> bool:
    text = _decode_text(data)
    if text is None:
        return False
    controls = len(_CONTROL.findall(text))
    return controls == 0 or ("\x00" not in text and controls / len(text) < 0.001)


def check_readable(data: bytes, media_type: str, *, max_pages: int) -> Intake:
    """Open the file just enough to know it is readable; raises the matching :class:`InputError`."""
    if media_type == PDF:
        return _check_pdf(data, max_pages)
    if media_type in IMAGE_TYPES:
        return _check_image(data, media_type, max_pages)
    if media_type == DOCX:
        return _check_docx(data)
    text = _decode_text(data)
    if text is None or not text.strip():
        raise EmptyDocumentError("The text file holds no text. Upload the directive itself.")
    return Intake(TEXT, pages=1)


def inspect(data: bytes, *, max_pages: int) -> Intake:
    """:func:`detect_media_type` then :func:`check_readable`."""
    return check_readable(data, detect_media_type(data), max_pages=max_pages)


def _too_many_pages(pages: int, max_pages: int) -> TooLargeError:
    return TooLargeError(
        f"The document has {pages} pages; the limit is {max_pages}. Split it into parts and upload each.",
        code=ErrorCode.TOO_MANY_PAGES, detail={"pages": pages, "limit": max_pages},
    )


def _check_pdf(data: bytes, max_pages: int) -> Intake:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    with PDFIUM_LOCK:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
                raise EncryptedFileError(
                    "The PDF is password-protected. Remove the password (print it to a new PDF) and upload "
                    "it again."
                ) from None
            raise CorruptFileError(
                "The PDF is damaged and cannot be opened (truncated download or broken file). Export or scan "
                "it again and upload the new file."
            ) from None
        try:
            pages = len(pdf)
        finally:
            pdf.close()
    if pages == 0:
        raise EmptyDocumentError("The PDF has no pages.")
    if pages > max_pages:
        raise _too_many_pages(pages, max_pages)
    return Intake(PDF, pages=pages)


def _check_image(data: bytes, media_type: str, max_pages: int) -> Intake:
    from PIL import Image

    frames = 1
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                frames = getattr(image, "n_frames", 1)
                if frames > max_pages:
                    raise _too_many_pages(frames, max_pages)
                if image.format == "JPEG":
                    image.draft("L", (max(image.width // 8, 1), max(image.height // 8, 1)))
                image.load()  # decodes the (first) frame: catches truncated and damaged files
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise TooLargeError(
            "The image has too many pixels to process safely. Scan at 200–300 dpi and upload again.",
            code=ErrorCode.IMAGE_TOO_LARGE,
        ) from None
    except TooLargeError:
        raise
    except Exception:  # noqa: BLE001 - PIL raises OSError, SyntaxError, struct.error… on damaged images
        raise CorruptFileError(
            "The image is damaged and cannot be decoded (truncated or broken file). Scan or export it again."
        ) from None
    return Intake(media_type, pages=frames)


def _check_docx(data: bytes) -> Intake:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            if any(info.flag_bits & 0x1 for info in archive.infolist()):
                raise EncryptedFileError("The DOCX is encrypted. Remove the password and upload it again.")
            bad = archive.testzip()
            if bad is not None:
                raise CorruptFileError(f"The DOCX is damaged (part {bad!r} fails its checksum). Save it again.")
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, OSError):
        raise CorruptFileError(
            "The DOCX is damaged and cannot be opened (truncated or broken ZIP). Save it again and upload."
        ) from None
    return Intake(DOCX, pages=None)
