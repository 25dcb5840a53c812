"""Content sniffing: which format a file is, from its first bytes, never from its name.

A small table of magic numbers is enough for the formats we read (PDF, PNG, JPEG, TIFF, BMP, WebP, DOCX, and
Word 97–2003 .doc: an OLE2 compound file with a ``WordDocument`` stream) and for the ones clerks are likely to
upload by mistake (Excel/PowerPoint 97–2003, ZIP, RAR, 7z, executables, ...). Anything
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
DOC: Final = "application/msword"  # Word 97–2003, converted to .docx by extractor.ingest.legacy
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
_REFUSED: Final[tuple[tuple[bytes, str, str], ...]] = (
    (b"MZ", "một chương trình Windows", "a Windows executable"),
    (b"\x7fELF", "một chương trình Linux", "a Linux executable"),
    (b"Rar!\x1a\x07", "một tệp nén RAR", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "một tệp nén 7-Zip", "a 7-Zip archive"),
    (b"\x1f\x8b", "một tệp nén gzip", "a gzip archive"),
    (b"GIF87a", "một ảnh GIF", "a GIF image"),
    (b"GIF89a", "một ảnh GIF", "a GIF image"),
    (b"{\\rtf", "một văn bản RTF", "an RTF document"),
    (b"%!PS", "một tệp PostScript", "a PostScript file"),
)

_WHAT_WE_READ = "Hãy tải lên PDF, ảnh quét (PNG, JPEG, TIFF), tệp Word (.docx, .doc) hoặc văn bản UTF-8."


def sniff(data: bytes) -> str:
    """Return the media type of ``data`` judged by content.

    Args:
        data: The whole file content (ZIP containers are opened to tell DOCX from other archives).

    Returns:
        One of the media type constants of this module; ``TEXT`` when nothing binary matched.

    Raises:
        UnsupportedFormatError: The content is a recognised format that we do not read (an old Excel file,
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
        return _sniff_ole2(data)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _sniff_zip(data)
    for prefix, what, detected in _REFUSED:
        if head.startswith(prefix):
            raise UnsupportedFormatError(
                f"Tệp là {what}, không phải văn bản docintel đọc được. {_WHAT_WE_READ}",
                detail={"detected": detected},
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


def _sniff_ole2(data: bytes) -> str:
    """An OLE2 (compound file) upload: Word 97–2003, an encrypted Office package, or another old Office file."""
    # Stream names in the OLE2 directory are UTF-16LE.
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedFileError(
            "Tệp Office có mật khẩu nên không đọc được nội dung. Hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin "
            "→ Bảo vệ tài liệu) rồi tải lên lại, hoặc tải lên bản PDF.",
        )
    if "WordDocument".encode("utf-16-le") in data:
        return DOC
    if not _whole_ole2(data):
        raise CorruptFileError(
            "Tệp bắt đầu như một tệp Office đời cũ (như .doc) nhưng không mở được: có lẽ tệp bị cắt cụt hoặc hỏng. "
            "Hãy mở bằng Word hoặc LibreOffice, lưu lại thành .docx (hoặc PDF) rồi tải lên tệp đó.",
            detail={"detected": "application/x-ole-storage"},
        )
    raise UnsupportedFormatError(
        "Tệp là tệp Microsoft Office đời cũ (OLE2, ví dụ .xls hoặc .ppt), không phải văn bản docintel đọc được. "
        f"Hãy lưu thành PDF hoặc .docx. {_WHAT_WE_READ}",
        detail={"detected": "application/x-ole-storage"},
    )


def _whole_ole2(data: bytes) -> bool:
    """Whether a compound file's directory can be read (a .doc cut off in transit loses it: it comes last)."""
    import olefile

    try:
        with olefile.OleFileIO(io.BytesIO(data)):
            return True
    except (OSError, ValueError, IndexError, KeyError, TypeError, RecursionError, MemoryError):
        return False


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise CorruptFileError(
            "Tệp bắt đầu như một tệp nén ZIP (như tệp .docx) nhưng không mở được. Có lẽ tệp bị cắt cụt "
            "hoặc hỏng: hãy xuất hoặc tải tệp về lại.",
            detail={"reason": str(exc)},
        ) from None
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names or "ppt/presentation.xml" in names:
        excel = "xl/workbook.xml" in names
        kind = "một bảng tính Excel (.xlsx)" if excel else "một tệp trình chiếu PowerPoint (.pptx)"
        raise UnsupportedFormatError(
            f"Tệp là {kind}, không phải văn bản docintel đọc được. {_WHAT_WE_READ}",
            detail={"detected": "an Excel workbook (.xlsx)" if excel else "a PowerPoint file (.pptx)"},
        )
    raise UnsupportedFormatError(
        f"Tệp là một tệp nén ZIP, không phải văn bản Word (có {len(names)} mục, không có word/document.xml). "
        f"Hãy giải nén rồi tải lên chính văn bản. {_WHAT_WE_READ}",
        detail={"detected": "application/zip"},
    )
