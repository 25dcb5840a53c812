"""Content sniffing: which format a file is, from its first bytes, never from its name.

A small table of magic numbers is enough for the formats we read (PDF, PNG, JPEG, TIFF, BMP, WebP, DOCX) and
for the ones clerks are likely to upload by mistake (legacy Word, ZIP, RAR, 7z, executables, ...). Anything
that matches no entry is treated as text and left to :func:`extractor.ingest.text.decode_text`, which refuses
undecodable bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Final

from extractor.errors import CorruptFileError, EncryptedFileError, UnsupportedFormatError

PDF: Final = "application/pdf"
PNG: Final = "image/png"
JPEG: Final = "image/jpeg"
TIFF: Final = "image/tiff"
BMP: Final = "image/bmp"
WEBP: Final = "image/webp"
DOCX: Final = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT: Final = "text/plain"

IMAGE_TYPES: Final = frozenset({PNG, JPEG, TIFF, BMP, WEBP})

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# (prefix, media type) for the formats we read. Order matters only where prefixes overlap (none do).
_SUPPORTED: Final[tuple[tuple[bytes, str], ...]] = (
    (b"\x89PNG\r\n\x1a\n", PNG),
    (b"\xff\xd8\xff", JPEG),
    (b"II*\x00", TIFF),
    (b"MM\x00*", TIFF),
    (b"II+\x00", TIFF),  # BigTIFF
    (b"MM\x00+", TIFF),
    (b"BM", BMP),
)

# (prefix, what it is) for formats that are recognisably not a directive we can read.
_REFUSED: Final[tuple[tuple[bytes, str], ...]] = (
    (b"MZ", "a Windows executable"),
    (b"\x7fELF", "a Linux executable"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"{\\rtf", "an RTF document"),
    (b"%!PS", "a PostScript file"),
)

_WHAT_WE_READ = "Upload a PDF, a scan (PNG, JPEG or TIFF), a Word .docx file or UTF-8 text."


def sniff(data: bytes) -> str:
    """Return the media type of ``data`` judged by content.

    Args:
        data: The whole file content (ZIP containers are opened to tell DOCX from other archives).

    Returns:
        One of the media type constants of this module; ``TEXT`` when nothing binary matched.

    Raises:
        UnsupportedFormatError: The content is a recognised format that we do not read (legacy .doc,
            a ZIP that is not a Word file, an executable, ...).
        EncryptedFileError: A password-protected Office file (stored as an encrypted OLE2 package).
        CorruptFileError: A ZIP container that cannot be opened.
    """
    head = data[:1024]
    if _is_pdf(data):
        return PDF
    for prefix, media_type in _SUPPORTED:
        if head.startswith(prefix):
            return media_type
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith(_OLE2):
        _refuse_ole2(data)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    for prefix, what in _REFUSED:
        if head.startswith(prefix):
            raise UnsupportedFormatError(
                f"The file is {what}, which is not a document docintel can read. {_WHAT_WE_READ}",
                detail={"detected": what},
            )
    return TEXT


_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_LETTER = re.compile(rb"[A-Za-z]")


def _is_pdf(data: bytes) -> bool:
    """A PDF starts with ``%PDF-x.y``; readers tolerate junk before it (blank lines, a mail gateway's or a web
    server's prefix) within the first kilobyte. A prefix holding words is only believed when the file also
    ends as a PDF does (``startxref`` and ``%%EOF`` in its last kilobyte): a text that merely quotes
    ``%PDF-1.4`` near its start stays text."""
    if data.startswith(b"%PDF-"):
        return True
    found = _PDF_HEADER.search(data, 0, 1024 + 8)
    if found is None or found.start() >= 1024:
        return False
    if not _LETTER.search(data, 0, found.start()):
        return True
    tail = data[-1024:]
    return b"%%EOF" in tail and b"startxref" in tail


def _refuse_ole2(data: bytes) -> None:
    """Explain an OLE2 (compound file) upload: legacy Word/Excel, or an encrypted Office package."""
    # Stream names in the OLE2 directory are UTF-16LE.
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedFileError(
            "The Office file is password-protected, so its content cannot be read. "
            "Open it in Word, remove the password (File → Info → Protect Document) and upload it again, "
            "or upload it as PDF.",
        )
    if "WordDocument".encode("utf-16-le") in data:
        raise UnsupportedFormatError(
            "The file is a legacy Word document (.doc, Word 97–2003), which docintel does not read. "
            "Open it in Word or LibreOffice, save as .docx or PDF, and upload that file.",
            detail={"detected": "application/msword"},
        )
    raise UnsupportedFormatError(
        "The file is a legacy Microsoft Office file (OLE2, e.g. .xls or .ppt), not a directive docintel can "
        f"read. Save it as PDF or .docx. {_WHAT_WE_READ}",
        detail={"detected": "application/x-ole-storage"},
    )


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise CorruptFileError(
            f"The file starts like a ZIP container (as .docx files do) but cannot be opened ({exc}). "
            "It is probably truncated or damaged: export or download it again.",
        ) from None
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        kind = "an Excel workbook (.xlsx)" if "xl/workbook.xml" in names else "a PowerPoint file (.pptx)"
        raise UnsupportedFormatError(
            f"The file is {kind}, not a directive docintel can read. {_WHAT_WE_READ}",
            detail={"detected": kind},
        )
    raise UnsupportedFormatError(
        f"The file is a ZIP archive that is not a Word document (it holds {len(names)} entries and no "
        f"word/document.xml). Unpack it and upload the directive itself. {_WHAT_WE_READ}",
        detail={"detected": "application/zip"},
    )
