"""Ingestion: file bytes of any supported type in, a page-grounded :class:`SourceDocument` out.

The type is detected by content, never by file name (:mod:`extractor.ingest.sniff`); each format has its
own module beside this one:

======================  =========================================================================
content                 reader
======================  =========================================================================
PDF                     :mod:`.pdf` — text layer per page (pdfplumber), OCR for pages without one
PNG, JPEG, TIFF, ...    :mod:`.image` — every page (TIFF frame) OCR'd, EXIF orientation applied
DOCX                    :mod:`.docx` — header, paragraphs and tables in order (no geometry)
DOC (Word 97–2003)      :mod:`.legacy` — converted to DOCX by LibreOffice, then read as DOCX
anything else           :mod:`.text` — UTF-8 / UTF-16 text; TCVN3 / VNI text detected and converted
======================  =========================================================================

Word runs set in TCVN3 (``.VnTime`` …) or VNI (``VNI-Times`` …) fonts are converted to Unicode run by run
(:mod:`.legacy`, tables in :mod:`.vn_legacy_encodings`).

What a reader returns: ``text`` (words joined by spaces, lines by ``"\\n"``, pages by ``"\\n\\n"``), and per
page its span in ``text``, its words with spans, boxes and 0..1 confidence, its size (points for PDF text
pages, pixels for OCR'd pages; boxes use the same unit), the method, the mean OCR confidence and, for OCR'd
pages, a greyscale PNG for review (scale boxes by ``png width / page width``; it is stored at ~150 dpi).

Bad input raises a subclass of :class:`extractor.errors.InputError`; OCR failures raise
:class:`extractor.errors.OcrError`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from extractor.errors import EmptyDocumentError
from extractor.ingest import sniff as sniffing
from extractor.ingest.ocr import OcrOptions
from extractor.ingest.text import decode_text
from extractor.limits import DEFAULT_LIMITS, Limits
from extractor.types import SourceDocument

Progress = Callable[[int, int], None]  # (pages done, pages total)

__all__ = ["Intake", "Limits", "OcrOptions", "inspect", "load_bytes"]


def _empty(filename: str | None) -> EmptyDocumentError:
    return EmptyDocumentError(
        f"Tệp{f' {filename!r}' if filename else ''} rỗng (0 byte): không có gì để đọc. Có thể việc tải lên bị lỗi: "
        "hãy tải văn bản lên lại.",
        code="empty_file",
    )


@dataclass(frozen=True, slots=True)
class Intake:
    """What the cheap checks of :func:`inspect` learnt: the media type and, where known, the page count."""

    media_type: str
    pages: int | None = None


def inspect(data: bytes, limits: Limits = DEFAULT_LIMITS, *, filename: str | None = None) -> Intake:
    """Every check that needs no OCR and no layout analysis, as the service runs them before storing an upload.

    The type by content; the size, pages, pixels, characters and (for Word files) unpacked size and tag count
    within ``limits``; and the structure each reader walks (a PDF's page tree, an image's first frame, every
    part of a Word file, the text decoded). :func:`load_bytes` runs the same checks, so the CLI and the
    service refuse the same files with the same codes.

    Raises:
        InputError: the subclass and code say why (empty, unsupported, corrupt, encrypted, too large).
    """
    if not data:
        raise _empty(filename)
    limits.check_bytes(len(data))
    media_type = sniffing.sniff(data)
    if media_type == sniffing.PDF:
        from extractor.ingest.pdf import PDFIUM_LOCK, open_pdf

        with PDFIUM_LOCK:
            doc = open_pdf(data, limits)
            pages = len(doc)
            doc.close()
        return Intake(media_type, pages)
    if media_type in sniffing.IMAGE_TYPES:
        from extractor.ingest.image import check_image

        return Intake(media_type, check_image(data, limits))
    if media_type == sniffing.DOCX:
        from extractor.ingest.docx import check_package

        check_package(data, limits)
        return Intake(media_type, None)
    if media_type == sniffing.DOC:
        from extractor.ingest.legacy import check_doc, converter

        check_doc(data)
        converter()  # refused now, not after the upload was stored, when no converter is installed
        return Intake(media_type, None)
    limits.check_text(decode_text(data))
    return Intake(media_type, 1)


def load_bytes(
    data: bytes,
    *,
    filename: str | None = None,
    progress: Progress | None = None,
    limits: Limits = DEFAULT_LIMITS,
    ocr: OcrOptions | None = None,
) -> SourceDocument:
    """Read a directive from file content.

    Args:
        data: The file content.
        filename: Only for messages; the type is always detected from the content.
        progress: Called with (pages done, pages total) as pages are read.
        limits: Bounds on size, pages, pixels, characters (:mod:`extractor.limits`), each checked before the
            work it bounds.
        ocr: OCR settings; the defaults are the measured best (docs/ocr.md).

    Returns:
        The document text with its pages, words and boxes.

    Raises:
        InputError: Empty, unsupported, corrupt, encrypted or too large input (a subclass says which).
        OcrError: Tesseract is missing, failed, or ran past the per-page time limit.
    """
    started = time.perf_counter()
    if not data:
        raise _empty(filename)
    limits.check_bytes(len(data))
    media_type = sniffing.sniff(data)
    options = ocr or OcrOptions()
    if media_type == sniffing.PDF:
        from extractor.ingest.pdf import read_pdf

        source = read_pdf(data, limits=limits, ocr_options=options, progress=progress)
    elif media_type in sniffing.IMAGE_TYPES:
        from extractor.ingest.image import read_image

        source = read_image(data, media_type, limits=limits, ocr_options=options, progress=progress)
    elif media_type == sniffing.DOCX:
        from extractor.ingest.docx import read_docx

        source = read_docx(data, limits)
        if progress:
            progress(1, 1)
    elif media_type == sniffing.DOC:
        from extractor.ingest import legacy
        from extractor.ingest.docx import read_docx

        # One conversion is one unit of work, bounded like an OCR'd page: a worker's stall backstop (the page
        # limit plus a margin) never kills the worker under a conversion that is still within its own limit.
        timeout_s = min(legacy.CONVERSION_TIMEOUT_S, options.page_timeout_s)
        source = read_docx(legacy.convert_doc(data, timeout_s=timeout_s), limits, media_type=sniffing.DOC)
        if progress:
            progress(1, 1)
    else:
        text = decode_text(data)
        limits.check_text(text)
        source = SourceDocument.from_text(text)
        if progress:
            progress(1, 1)
    limits.check_text(source.text)
    source.timings_ms["ingest"] = (time.perf_counter() - started) * 1000
    return source
