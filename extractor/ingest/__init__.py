"""Ingestion: file bytes of any supported type in, a page-grounded :class:`SourceDocument` out.

The type is detected by content, never by file name. This module holds the dispatcher; each format has
its own module beside it.
"""

from __future__ import annotations

from collections.abc import Callable

from extractor.ingest.text import decode_text
from extractor.types import SourceDocument

Progress = Callable[[int, int], None]


def load_bytes(data: bytes, *, filename: str | None = None, progress: Progress | None = None) -> SourceDocument:
    """Read a directive from file content. Raises an :class:`extractor.errors.InputError` on bad input."""
    # TODO(issue 4): PDF, images, TIFF, DOCX by content sniffing.
    return SourceDocument.from_text(decode_text(data))
