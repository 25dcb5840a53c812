"""Every kind of bad input gets a typed error whose message says what, why and what to do.

None of these reaches Tesseract except the blank-page PDF, whose pages are found blank before OCR.
"""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib

import pytest
from ingest_helpers import blank_pdf
from reportlab.lib import pdfencrypt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extractor.errors import (
    CorruptFileError,
    EmptyDocumentError,
    EncryptedFileError,
    InputError,
    TooLargeError,
    UnsupportedFormatError,
)
from extractor.ingest import load_bytes
from extractor.limits import Limits


def _text_pdf(text: str = "Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời", **kwargs) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if "LSR" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LSR", "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, **kwargs)
    c.setFont("LSR", 13)
    c.drawString(80, 700, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose IHDR declares width × height; the (tiny) pixel data is never decoded."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + \
        chunk(b"IEND", b"")


def _assert_error(exc_info, cls, *fragments: str, code: str | None = None) -> None:
    error = exc_info.value
    assert isinstance(error, cls) and isinstance(error, InputError)
    assert error.code == (code or cls.code)
    for fragment in fragments:
        assert fragment.lower() in error.message.lower(), f"{fragment!r} not in {error.message!r}"


def test_load_bytes_zero_byte_file_is_empty():
    with pytest.raises(EmptyDocumentError) as exc_info:
        load_bytes(b"", filename="cv.pdf")
    _assert_error(exc_info, EmptyDocumentError, "0 byte", "tải", code="empty_file")


def test_load_bytes_corrupt_pdf():
    data = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
    with pytest.raises(CorruptFileError) as exc_info:
        load_bytes(data)
    _assert_error(exc_info, CorruptFileError, "bị hỏng", "tệp PDF mới")


def test_load_bytes_truncated_pdf():
    data = _text_pdf()
    with pytest.raises(CorruptFileError) as exc_info:
        load_bytes(data[: len(data) // 2])
    _assert_error(exc_info, CorruptFileError, "cắt cụt", "%%EOF", "tải lên lại")


def test_load_bytes_password_protected_pdf():
    data = _text_pdf(encrypt=pdfencrypt.StandardEncryption("mật-khẩu", ownerPassword="owner", strength=128))
    with pytest.raises(EncryptedFileError) as exc_info:
        load_bytes(data)
    _assert_error(exc_info, EncryptedFileError, "mật khẩu", "không có bảo vệ")


def test_load_bytes_owner_only_encryption_is_readable():
    """Encrypted with an empty user password (copy/print restrictions only): every viewer opens it, so do we."""
    data = _text_pdf(encrypt=pdfencrypt.StandardEncryption("", ownerPassword="owner", strength=128))
    assert "Tuần lễ hưởng ứng" in load_bytes(data).text


def test_load_bytes_decompression_bomb_is_refused_before_decoding():
    data = _png_header(30_000, 30_000)
    assert len(data) < 200
    started = time.perf_counter()
    with pytest.raises(TooLargeError) as exc_info:
        load_bytes(data)
    assert time.perf_counter() - started < 1.0
    _assert_error(exc_info, TooLargeError, "900,000,000 điểm ảnh", "megapixel", "300 dpi",
                  code="image_too_large")


def test_load_bytes_image_above_our_pixel_limit():
    data = _png_header(12_000, 12_000)  # 144 MP: under PIL's own bomb limit, over ours
    with pytest.raises(TooLargeError) as exc_info:
        load_bytes(data)
    _assert_error(exc_info, TooLargeError, "12,000 × 12,000", code="image_too_large")


def test_load_bytes_300_page_pdf_is_refused_quickly():
    data = blank_pdf(300)
    started = time.perf_counter()
    with pytest.raises(TooLargeError) as exc_info:
        load_bytes(data)
    assert time.perf_counter() - started < 2.0
    _assert_error(exc_info, TooLargeError, "300 trang", "tối đa 50", "tách", code="too_many_pages")
    assert exc_info.value.detail == {"pages": 300, "limit": 50}


def test_load_bytes_page_limit_is_a_parameter():
    with pytest.raises(TooLargeError, match="3 trang; mỗi tệp được đọc tối đa 2"):
        load_bytes(blank_pdf(3), limits=Limits(max_pages=2))


def test_load_bytes_pdf_of_blank_pages_is_empty():
    with pytest.raises(EmptyDocumentError) as exc_info:
        load_bytes(blank_pdf(2))
    _assert_error(exc_info, EmptyDocumentError, "2 trang", "không có chữ", "quét")


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        for name, payload in entries.items():
            archive.writestr(name, payload)
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "fragments"),
    [
        pytest.param(_zip({"photos/a.jpg": b"\xff\xd8\xff", "readme.txt": b"hi"}), ["tệp nén ZIP", "word/document.xml"],
                     id="zip-not-docx"),
        pytest.param(_zip({"xl/workbook.xml": b"<workbook/>"}), ["bảng tính Excel"], id="xlsx"),
        pytest.param(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 100, ["chương trình Windows", "PDF"], id="exe"),
        pytest.param(b"\x7fELF\x02\x01\x01" + b"\x00" * 100, ["chương trình Linux"], id="elf"),
        pytest.param(b"GIF89a\x01\x00\x01\x00", ["ảnh GIF"], id="gif"),
        pytest.param(b"\x00\x01\xfe\xff binary \x80\x81", ["không phải văn bản UTF-8"], id="binary"),
    ],
)
def test_load_bytes_unsupported_type(data, fragments):
    with pytest.raises(UnsupportedFormatError) as exc_info:
        load_bytes(data, filename="directive.pdf")  # the name is never trusted
    _assert_error(exc_info, UnsupportedFormatError, *fragments)


def _ole2(stream_name: str) -> bytes:
    """The start of a compound file whose directory names one stream (enough for content sniffing)."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + stream_name.encode("utf-16-le") + b"\x00" * 64


def test_load_bytes_truncated_legacy_doc_is_corrupt():
    with pytest.raises(CorruptFileError) as exc_info:
        load_bytes(_ole2("WordDocument"), filename="cv.doc")
    _assert_error(exc_info, CorruptFileError, "Word cũ", ".doc", "bị hỏng", "lưu lại thành .docx")


def test_load_bytes_password_protected_office_file():
    with pytest.raises(EncryptedFileError) as exc_info:
        load_bytes(_ole2("EncryptedPackage"))
    _assert_error(exc_info, EncryptedFileError, "có mật khẩu", "bỏ mật khẩu")


def test_load_bytes_corrupt_docx():
    data = _zip({"word/document.xml": b"<w:document><unclosed>", "[Content_Types].xml": b"<Types/>"})
    with pytest.raises(CorruptFileError) as exc_info:
        load_bytes(data)
    _assert_error(exc_info, CorruptFileError, "Tệp Word", "lưu lại")


def test_load_bytes_truncated_zip():
    data = _zip({"word/document.xml": b"<x/>" * 1000})
    with pytest.raises((CorruptFileError, UnsupportedFormatError)) as exc_info:
        load_bytes(data[:40])
    assert isinstance(exc_info.value, InputError)


def test_load_bytes_corrupt_image():
    data = b"\x89PNG\r\n\x1a\n" + b"\x13" * 200
    with pytest.raises(CorruptFileError) as exc_info:
        load_bytes(data)
    _assert_error(exc_info, CorruptFileError, "Ảnh bị hỏng", "lại")


def test_load_bytes_truncated_jpeg():
    from ingest_helpers import image_bytes, text_image

    data = image_bytes(text_image(["Số: 15/KH-UBND"]), "JPEG", quality=80)
    with pytest.raises(CorruptFileError) as exc_info:
        load_bytes(data[: len(data) // 3])
    _assert_error(exc_info, CorruptFileError, "cắt cụt")
    assert "truncated" in exc_info.value.detail["reason"]  # the decoder's own words, kept apart for support


def test_load_bytes_too_many_bytes():
    with pytest.raises(TooLargeError, match="giới hạn là 1 MB"):
        load_bytes(b"x" * (2 * 2**20), limits=Limits(max_bytes=2**20))


def test_a_pdf_whose_text_layers_exceed_the_character_limit_is_refused_before_they_are_read():
    data = _text_pdf("Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023")
    assert "Các trường" in load_bytes(data, limits=Limits(max_chars=1000)).text
    with pytest.raises(TooLargeError) as exc_info:
        load_bytes(data, limits=Limits(max_chars=50))
    _assert_error(exc_info, TooLargeError, "hơn 50 ký tự", code="text_too_long")


def test_load_bytes_a_thumbnail_too_small_to_read_says_so():
    """A 158 × 70 thumbnail of a page was refused as 'blank, blurred or smudged': the clerk is told its size and to
    upload the original."""
    from ingest_helpers import image_bytes, text_image

    page = text_image(["Số: 125/KH-UBND ngày 14 tháng 3 năm 2024"] * 6, size=40, width=1900)
    thumbnail = page.resize((page.width // 12, page.height // 12))
    with pytest.raises(EmptyDocumentError) as exc_info:
        load_bytes(image_bytes(thumbnail, "JPEG", quality=80))
    _assert_error(exc_info, EmptyDocumentError, f"{thumbnail.width} × {thumbnail.height} điểm ảnh", "quá nhỏ",
                  "ảnh gốc")
