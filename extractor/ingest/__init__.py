"""Ingestion: file bytes of any supported type in, a page-grounded :class:`SourceDocument` out.

The type is detected by content, never by file name (:mod:`extractor.ingest.sniff`); each format has its
own module beside this one:

======================  =========================================================================
content                 reader
======================  =========================================================================
PDF                     :mod:`.pdf` — text layer per page (pdfplumber), OCR for pages without one
PNG, JPEG, TIFF, ...    :mod:`.image` — every page (TIFF frame) OCR'd, EXIF orientation applied
DOCX                    :mod:`.docx` — header, paragraphs and tables in order (no geometry)
anything else           :mod:`.text` — UTF-8 / UTF-16 text
======================  =========================================================================

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
from typing import Final

from extractor.errors import EmptyDocumentError, TooLargeError
from extractor.ingest import sniff as sniffing
from extractor.ingest.ocr import OcrOptions
from extractor.ingest.text import decode_text
from extractor.types import SourceDocument

Progress = Callable[[int, int], None]  # (pages done, pages total)

DEFAULT_MAX_PAGES: Final = 50
DEFAULT_MAX_PIXELS: Final = 80_000_000  # per page: an A3 sheet at 600 dpi is 70 megapixels
DEFAULT_MAX_BYTES: Final = 100 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_MAX_PAGES", "DEFAULT_MAX_PIXELS", "OcrOptions", "load_bytes"]


def load_bytes(
    data: bytes,
    *,
    filename: str | None = None,
    progress: Progress | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ocr: OcrOptions | None = None,
) -> SourceDocument:
    """Read a directive from file content.

    Args:
        data: The file content.
        filename: Only for messages; the type is always detected from the content.
        progress: Called with (pages done, pages total) as pages are read.
        max_pages: Longer PDFs and TIFFs are refused (before their pages are read).
        max_pixels: Larger page images are refused (from the image header, before decoding).
        max_bytes: Larger files are refused.
        ocr: OCR settings; the defaults are the measured best (docs/ocr.md).

    Returns:
        The document text with its pages, words and boxes.

    Raises:
        InputError: Empty, unsupported, corrupt, encrypted or too large input (a subclass says which).
        OcrError: Tesseract is missing, failed, or ran past the per-page time limit.
    """
    started = time.perf_counter()
    if not data:
        raise EmptyDocumentError(
            f"The file{f' {filename!r}' if filename else ''} is empty (0 bytes): there is nothing to read. "
            "The upload may have failed: upload the directive again.",
        )
    if len(data) > max_bytes:
        raise TooLargeError(
            f"The file is {len(data) / 2**20:,.1f} MB; at most {max_bytes / 2**20:,.0f} MB are accepted. "
            "Scan at 300 dpi in greyscale, or split the document, and upload it again.",
            detail={"bytes": len(data), "max_bytes": max_bytes},
        )
    media_type = sniffing.sniff(data)
    options = ocr or OcrOptions()
    if media_type == sniffing.PDF:
        from extractor.ingest.pdf import read_pdf

        source = read_pdf(data, max_pages=max_pages, max_pixels=max_pixels, ocr_options=options,
                          progress=progress)
    elif media_type in sniffing.IMAGE_TYPES:
        from extractor.ingest.image import read_image

        source = read_image(data, media_type, max_pages=max_pages, max_pixels=max_pixels,
                            ocr_options=options, progress=progress)
    elif media_type == sniffing.DOCX:
        from extractor.ingest.docx import read_docx

        source = read_docx(data)
        if progress:
            progress(1, 1)
    else:
        source = SourceDocument.from_text(decode_text(data))
        if progress:
            progress(1, 1)
    source.timings_ms["ingest"] = (time.perf_counter() - started) * 1000
    return source
