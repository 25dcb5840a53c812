"""Upload intake checks: what the bytes are (by content, never by name) and whether they can be read.

The service runs these before it stores an upload, so that a client learns at once, with the right status,
that a file is unsupported (415), damaged, encrypted or empty (422) or has too many pages (413), instead of
receiving 202 and a failed job later. They are cheap structural checks (open the PDF, decode the image,
test the ZIP); the full reading happens in the pipeline, which may still reject a file these let through.

A file's *media type* is decided from its first bytes: ``%PDF`` → PDF, PNG/JPEG/TIFF signatures → images,
a ZIP holding ``word/document.xml`` → DOCX, otherwise text if it decodes as UTF-8 (or UTF-16 with a BOM)
without control characters. A PNG named ``scan.pdf`` is therefore accepted as PNG, and a program renamed
``.pdf`` is refused as unsupported.
"""

from __future__ import annotations

import codecs
import io
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
from service.codes import ErrorCode

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = "text/plain"

SUPPORTED_HINT = "Upload a PDF, an image (PNG, JPEG, TIFF), a DOCX or a UTF-8 text file."

# pdfium is not thread-safe: every call into it from this process goes through this lock.
PDFIUM_LOCK = threading.Lock()

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE compound file: legacy .doc/.xls, or an encrypted OOXML
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_KNOWN_BINARIES = {
    b"MZ": "a Windows program",
    b"\x7fELF": "a Linux program",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\x1f\x8b": "a gzip archive",
    b"GIF8": "a GIF image",
    b"BM": "a BMP image",
    b"RIFF": "a RIFF file (WebP, WAV, AVI)",
    b"{\\rtf": "an RTF document",
}


@dataclass(frozen=True, slots=True)
class Intake:
    """The verdict on an upload: its media type and, where cheap to know, its page count."""

    media_type: str
    pages: int | None = None


def detect_media_type(data: bytes) -> str:
    """The media type of ``data`` judged by content alone; :class:`UnsupportedFormatError` if none fits."""
    if not data:
        raise EmptyDocumentError("The file is empty (0 bytes). Upload the directive itself.", code=ErrorCode.EMPTY_FILE)
    head = data[:1024]
    if b"%PDF-" in head:
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if data.startswith(b"PK\x03\x04"):
        return DOCX  # confirmed (or refused) by check_readable: a ZIP that is not a DOCX is unsupported
    if data.startswith(_CFB):
        if _ENCRYPTED_PACKAGE in data:
            raise EncryptedFileError(
                "The document is password-protected. Remove the password in Word and upload it again.",
            )
        raise UnsupportedFormatError(
            "This is a legacy Office file (.doc/.xls). Save it as DOCX or PDF and upload that. " + SUPPORTED_HINT
        )
    for magic, what in _KNOWN_BINARIES.items():
        if data.startswith(magic) and not _looks_like_text(data):
            raise UnsupportedFormatError(f"The file content is {what}, which is not supported. {SUPPORTED_HINT}")
    if _looks_like_text(data):
        return TEXT
    raise UnsupportedFormatError(
        f"The file content is not a supported type (whatever its name says). {SUPPORTED_HINT}"
    )


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
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls == 0 or ("\x00" not in text and controls / len(text) < 0.001)


def check_readable(data: bytes, media_type: str, *, max_pages: int) -> Intake:
    """Open the file just enough to know it is readable; raises the matching :class:`InputError`."""
    if media_type == PDF:
        return _check_pdf(data, max_pages)
    if media_type in (PNG, JPEG, TIFF):
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
            names = set(archive.namelist())
            if "word/document.xml" not in names:
                raise UnsupportedFormatError(
                    "The file is a ZIP archive but not a Word document (DOCX). " + SUPPORTED_HINT
                )
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
