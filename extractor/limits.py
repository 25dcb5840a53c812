"""The one set of limits on what a reader takes in, shared by the CLI and the service.

Every reader's work is bounded by the size of its input and by counts (pages, pixels, characters, lines,
archive members, XML tags), each checked as early and as cheaply as possible: bytes before reading, a PDF's
page count before any page is read, an image's size from its header before decoding, a Word file's unpacked
size and tag count before parsing. A file over a limit is refused with :class:`~extractor.errors.TooLargeError`
and one of the stable codes below (the service answers 413 with it).

The CLI takes :data:`DEFAULT_LIMITS` unless its flags say otherwise (``docintel extract --help``); the service
builds its own from its settings (``MAX_UPLOAD_MB``, ``MAX_PAGES``, ``MAX_TEXT_CHARS``, and the smaller
``SYNC_*`` limits of ``POST /v1/extract``), starting from the same defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Final

from extractor.errors import TooLargeError

# Stable codes of TooLargeError (service/codes.py publishes the same values).
FILE_TOO_LARGE: Final = "upload_too_large"
TOO_MANY_PAGES: Final = "too_many_pages"
IMAGE_TOO_LARGE: Final = "image_too_large"
TEXT_TOO_LONG: Final = "text_too_long"
ARCHIVE_TOO_LARGE: Final = "archive_too_large"

MB: Final = 1024 * 1024
# A text whose lines average fewer characters than this is not prose (a million one-word lines); the line
# limit follows from the character limit so that one setting bounds both.
MIN_CHARS_PER_LINE: Final = 20


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on one input. Defaults: a directive is rarely over 20 pages or 100 000 characters."""

    max_bytes: int = 25 * MB
    max_pages: int = 50
    max_pixels: int = 80_000_000  # per page: an A3 sheet at 600 dpi is 70 megapixels
    max_chars: int = 500_000  # 150 dense pages: three times the page limit
    max_unpacked_bytes: int = 100 * MB  # all parts of a Word file, uncompressed
    max_archive_members: int = 1_000  # parts of a Word file (a letter has about 15)
    max_xml_tags: int = 1_000_000  # '<' in all XML parts of a Word file (a 50-page letter has ~100 000)

    @property
    def max_lines(self) -> int:
        return max(self.max_chars // MIN_CHARS_PER_LINE, 1)

    def with_(self, **changes: int | None) -> Limits:
        """A copy with the given limits changed (``None`` keeps the current value)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})

    # ------------------------------------------------------------------ checks (each raises TooLargeError)

    def check_bytes(self, size: int) -> None:
        if size > self.max_bytes:
            raise TooLargeError(
                f"Tệp có {size / MB:,.1f} MB; giới hạn là {self.max_bytes / MB:,.0f} MB. Hãy tách văn bản, hoặc "
                "quét ở 200–300 dpi thang xám, rồi tải lên lại.",
                code=FILE_TOO_LARGE, detail={"bytes": size, "limit_bytes": self.max_bytes},
            )

    def check_pages(self, pages: int) -> None:
        if pages > self.max_pages:
            raise TooLargeError(
                f"Văn bản có {pages} trang; mỗi tệp được đọc tối đa {self.max_pages} trang. Hãy kiểm tra đúng tệp "
                "chưa, hoặc tách văn bản (ví dụ bỏ phụ lục) và tải lên từng phần.",
                code=TOO_MANY_PAGES, detail={"pages": pages, "limit": self.max_pages},
            )

    def check_pixels(self, width: int, height: int, page: int | None = None) -> None:
        if width * height > self.max_pixels:
            raise self.image_too_large(width, height, page)

    def image_too_large(self, width: int, height: int, page: int | None = None) -> TooLargeError:
        where = f"Trang {page} của ảnh" if page else "Ảnh"
        return TooLargeError(
            f"{where} khai báo {width:,} × {height:,} điểm ảnh ({width * height / 1e6:,.0f} megapixel); mỗi trang "
            f"được đọc tối đa {self.max_pixels / 1e6:,.0f} megapixel để bảo vệ bộ nhớ máy chủ. Hãy quét ở 300 dpi "
            "(một trang A4 khoảng 9 megapixel) rồi tải lên lại.",
            code=IMAGE_TOO_LARGE, detail={"width": width, "height": height, "limit_pixels": self.max_pixels},
        )

    def check_text(self, text: str) -> None:
        """Characters and lines of a decoded or extracted text."""
        lines = text.count("\n") + 1
        if len(text) > self.max_chars or lines > self.max_lines:
            raise TooLargeError(
                f"Văn bản dài {len(text):,} ký tự trên {lines:,} dòng; giới hạn là {self.max_chars:,} ký tự và "
                f"{self.max_lines:,} dòng. Đây không giống một văn bản chỉ đạo: hãy kiểm tra đúng tệp chưa, hoặc "
                "tách văn bản và tải lên từng phần.",
                code=TEXT_TOO_LONG, detail={"chars": len(text), "lines": lines, "limit_chars": self.max_chars,
                                            "limit_lines": self.max_lines},
            )

    def check_lines(self, lines: int) -> None:
        """Paragraphs or lines counted before reading them (a Word file's paragraphs)."""
        if lines > self.max_lines:
            raise TooLargeError(
                f"Văn bản có {lines:,} đoạn; giới hạn là {self.max_lines:,}. Đây không giống một văn bản chỉ đạo: "
                "hãy kiểm tra đúng tệp chưa, hoặc lưu lại thành PDF rồi tải lên.",
                code=TEXT_TOO_LONG, detail={"lines": lines, "limit_lines": self.max_lines},
            )

    def archive_too_large(self, what: str, value: int, limit: int) -> TooLargeError:
        return TooLargeError(
            f"Tệp Word {what} ({value:,}; giới hạn {limit:,}), vượt xa mọi văn bản thật: có thể là tệp nén độc hại "
            "(zip bomb). Hãy mở bằng Word, lưu lại thành .docx hoặc PDF rồi tải lên.",
            code=ARCHIVE_TOO_LARGE, detail={"value": value, "limit": limit},
        )


DEFAULT_LIMITS: Final = Limits()
