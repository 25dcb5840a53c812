"""Hostile inputs, generated (no binary is committed): damaged, lying, oversized and mislabelled files.

Each case is a function returning the file's bytes, deterministic (seeded where random). What the product must
answer for each one — ``POST /v1/documents`` (and the job's final state when accepted), ``POST /v1/extract``
and the CLI — is the table ``expected.csv`` beside this file; ``test_hostile.py`` checks every row and
``docs/hostile-inputs.md`` shows it.

    python tests/hostile/generate.py DIR        # write every case to DIR/<case><suffix>
    python tests/hostile/generate.py --table    # the expected table as Markdown (docs/hostile-inputs.md)
"""

from __future__ import annotations

import csv
import io
import random
import struct
import sys
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
EXPECTED_CSV = HERE / "expected.csv"
FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"

DIRECTIVE = """UBND HUYỆN THANH BÌNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 215/KH-PGDĐT
Thanh Bình, ngày 12 tháng 9 năm 2023
KẾ HOẠCH
Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023
Căn cứ Kế hoạch số 102/KH-UBND ngày 05/9/2023 của Ủy ban nhân dân huyện Thanh Bình;
Tuần lễ diễn ra từ ngày 02/10/2023 đến ngày 08/10/2023.
Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023.
TRƯỞNG PHÒNG
Nguyễn Văn An
"""

ENGLISH = (
    "MEMORANDUM\nThe committee will meet on Monday to discuss the annual budget.\n"
    "All departments must submit their reports by Friday, 27 October 2023.\nThank you for your cooperation.\n"
)


# ------------------------------------------------------------------------------------------ building blocks


def _png(width: int, height: int, pixels: bytes = b"\0" * 64) -> bytes:
    """A PNG whose header declares ``width`` × ``height``, followed by ``pixels`` (deflated) as its data."""
    def chunk(kind: bytes, payload: bytes) -> bytes:
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b"")


def _jpeg(size: tuple[int, int] = (64, 48)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", size, 255).save(out, "JPEG", quality=80)
    return out.getvalue()


def _text_pdf(lines: list[str] | None = None, *, pages: int = 1, encrypt: object = None) -> bytes:
    """A digital PDF (text layer in Liberation Serif, so Vietnamese maps back to Unicode)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "LSR" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("LSR", FONT))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, invariant=1, encrypt=encrypt)
    for _ in range(pages):
        pdf.setFont("LSR", 12)
        for row, line in enumerate(lines or []):
            pdf.drawString(60, 780 - 18 * row, line)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _docx(body_xml: bytes | None = None, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal Word package; ``body_xml`` goes inside ``<w:body>``."""
    ns = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = body_xml if body_xml is not None else b"".join(
        b"<w:p><w:r><w:t>" + line.encode() + b"</w:t></w:r></w:p>" for line in DIRECTIVE.splitlines())
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.'
        b'org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        b'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
        b'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
        b'.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + ns + b"><w:body>" + body
        + b"</w:body></w:document>",
    }
    parts.update(extra or {})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _ole2(stream_name: str) -> bytes:
    """The start of a compound file whose directory names one stream (what content sniffing looks at); nothing
    else of the file, so a reader that opens it finds it truncated."""
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + stream_name.encode("utf-16-le") + b"\x00" * 64


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


# ------------------------------------------------------------------------------------------ the cases

CASES: dict[str, Callable[[], bytes]] = {}


def case(fn: Callable[[], bytes]) -> Callable[[], bytes]:
    CASES[fn.__name__] = fn
    return fn


# --- text


@case
def empty_file() -> bytes:
    return b""


@case
def whitespace_only() -> bytes:
    return b"  \n\t \r\n   \n"


@case
def nul_byte_in_text() -> bytes:
    first, rest = DIRECTIVE.encode().split(b"\n", 1)
    return first + b"\x00\n" + rest  # valid UTF-8 all the same


@case
def control_characters() -> bytes:
    return b"".join(bytes([32 + i % 90, i % 31 + 1]) for i in range(2000))


@case
def utf16_without_bom() -> bytes:
    return DIRECTIVE.encode("utf-16-le")


@case
def windows_1258_text() -> bytes:
    return "Kế hoạch tổ chức Tuần lễ hưởng ứng học tập suốt đời".encode("cp1258", errors="replace") * 20


@case
def bidi_controls() -> bytes:
    # A right-to-left override and isolates around the number: invisible, and removed on reading.
    return DIRECTIVE.replace("215/KH-PGDĐT", "\u202e215/KH-PGDĐT\u202c").replace(
        "Nguyễn Văn An", "\u2067Nguyễn Văn An\u2069").encode()


@case
def non_vietnamese_text() -> bytes:
    return ENGLISH.encode()


@case
def text_quoting_pdf_magic() -> bytes:
    return ("Ghi chú: tệp đính kèm bản gốc bắt đầu bằng %PDF-1.4 nhưng đây là văn bản.\n" + DIRECTIVE).encode()


@case
def html_page() -> bytes:
    return ("<!DOCTYPE html><html><head><title>Cổng thông tin</title></head><body><p>"
            + DIRECTIVE.replace("\n", "</p><p>") + "</p></body></html>").encode()


@case
def random_binary() -> bytes:
    return random.Random(10).randbytes(4096)


@case
def text_50_mb() -> bytes:
    line = "Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023.\n".encode()
    return DIRECTIVE.encode() + line * (50 * 2**20 // len(line))


@case
def text_million_lines() -> bytes:
    return DIRECTIVE.encode() + b"a\n" * 1_000_000


@case
def text_over_char_limit() -> bytes:
    line = "Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023; " * 3 + "\n"
    return (DIRECTIVE + line * (550_000 // len(line))).encode()


@case
def text_over_sync_limit() -> bytes:
    # 120 000 characters: too long for the synchronous route, fine for a queued upload.
    line = "Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023; " * 3 + "\n"
    return (DIRECTIVE + line * (120_000 // len(line))).encode()


# --- PDF


@case
def pdf_truncated() -> bytes:
    data = _text_pdf(DIRECTIVE.splitlines())
    return data[: len(data) // 2]


@case
def pdf_encrypted() -> bytes:
    from reportlab.lib import pdfencrypt

    return _text_pdf(DIRECTIVE.splitlines(),
                     encrypt=pdfencrypt.StandardEncryption("mật-khẩu", ownerPassword="owner", strength=128))


@case
def pdf_garbage_body() -> bytes:
    return b"%PDF-1.7\n" + random.Random(7).randbytes(8000) + b"\n%%EOF\n"


@case
def pdf_xref_overwritten() -> bytes:
    """The cross-reference table and trailer overwritten with zeros (pdfium rebuilds it; pdfminer cannot)."""
    data = _text_pdf(DIRECTIVE.splitlines())
    start, end = data.rindex(b"xref"), data.rindex(b"startxref")
    return data[:start] + b"\x00" * (end - start) + data[end:]


@case
def pdf_kids_loop() -> bytes:
    """A page tree whose /Kids lists the page tree itself."""
    data = _text_pdf(DIRECTIVE.splitlines())
    import re

    pages = re.search(rb"(\d+) 0 obj\s*<<[^>]*?/Kids \[ (\d+) 0 R \]", data)
    assert pages, "reportlab's page tree not found"
    return data.replace(b"/Kids [ " + pages.group(2) + b" 0 R ]", b"/Kids [ " + pages.group(1) + b" 0 R ]")


@case
def pdf_no_pages() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    canvas.Canvas(out, invariant=1).save()  # reportlab writes one empty page; make the tree empty
    data = out.getvalue()
    return data.replace(b"/Count 1 /Kids [ 3 0 R ]", b"/Count 0 /Kids [ ]      ")


@case
def pdf_blank_page() -> bytes:
    return _text_pdf([])


@case
def pdf_too_many_pages() -> bytes:
    return _text_pdf([], pages=60)


@case
def pdf_junk_prefix() -> bytes:
    """A real PDF after a few blank lines, as some mail gateways deliver it: still a PDF."""
    return b"\r\n\r\n" + _text_pdf(DIRECTIVE.splitlines())


@case
def pdf_named_as_text() -> bytes:
    return _text_pdf(DIRECTIVE.splitlines())


# --- images


@case
def png_decompression_bomb() -> bytes:
    return _png(100_000, 100_000)


@case
def png_over_pixel_limit() -> bytes:
    return _png(12_000, 12_000)  # 144 megapixels: under PIL's own bomb limit, over ours


@case
def png_header_zero_size() -> bytes:
    return _png(0, 0)


@case
def png_header_lies_small_data() -> bytes:
    return _png(3000, 4000, b"\0" * 100)  # the data holds a few rows of what the header declares


@case
def jpeg_header_lies_huge() -> bytes:
    data = bytearray(_jpeg())
    sof = data.index(b"\xff\xc0")
    data[sof + 5: sof + 9] = struct.pack(">HH", 65_000, 65_000)  # height, width of the frame header
    return bytes(data)


@case
def jpeg_truncated() -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 400), 255)
    ImageDraw.Draw(image).text((20, 20), "So: 15/KH-UBND", fill=0)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90)
    return out.getvalue()[:600]


@case
def tiff_too_many_pages() -> bytes:
    from PIL import Image

    frames = [Image.new("1", (16, 16), 1) for _ in range(60)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


@case
def gif_image() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("L", (20, 20), 255).save(out, "GIF")
    return out.getvalue()


# --- Word and archives


@case
def docx_three_million_paragraphs() -> bytes:
    return _docx(b"<w:p/>" * 3_000_000)


@case
def docx_zip_bomb() -> bytes:
    """document.xml declared and deflated to 150 MB of blanks (about 150 KB packed)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(b'<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body>')
            block = b" " * 2**20
            for _ in range(150):
                part.write(block)
            part.write(b"</w:body></w:document>")
    return out.getvalue()


@case
def docx_many_parts() -> bytes:
    return _docx(extra={f"word/media/image{n}.bin": b"x" for n in range(5000)})


@case
def docx_deep_nesting() -> bytes:
    depth = 5000
    return _docx(b"<w:p><w:r>" + b"<w:sdt>" * depth + b"</w:sdt>" * depth + b"</w:r></w:p>")


@case
def docx_entity_expansion() -> bytes:
    """'Billion laughs': entities that would expand to gigabytes if a parser resolved them."""
    doctype = b'<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">' + b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), (b"&" + bytes([97 + i]) + b";") * 10) for i in range(8)) + b"]>"
    data = _docx(b"<w:p><w:r><w:t>&i;</w:t></w:r></w:p>")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"]
    head = xml.index(b"?>") + 2
    parts["word/document.xml"] = xml[:head] + doctype + xml[head:]
    return _zip(parts)


@case
def docx_broken_xml() -> bytes:
    return _docx("<w:p><w:r><w:t>Kế hoạch</w:r>".encode())


@case
def docx_encrypted() -> bytes:
    return _ole2("EncryptedPackage")


@case
def legacy_doc() -> bytes:
    return _ole2("WordDocument")


@case
def zip_not_docx() -> bytes:
    return _zip({"photos/a.jpg": _jpeg(), "readme.txt": b"hi"})


@case
def xlsx_workbook() -> bytes:
    return _zip({"xl/workbook.xml": b"<workbook/>", "[Content_Types].xml": b"<Types/>"})


@case
def zip_truncated() -> bytes:
    return _docx()[:300]


@case
def windows_executable() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(200)


# ------------------------------------------------------------------------------------------ the table


@dataclass(frozen=True)
class Expected:
    """One row of expected.csv (``-`` where a column does not apply)."""

    case: str
    name: str  # the file name sent (the content decides the type, never the name)
    upload_status: int
    upload_code: str
    job_status: str  # done / failed / - (refused at intake)
    job_code: str
    extract_status: int
    extract_code: str
    cli_exit: int
    cli_code: str
    what: str


def expected_rows() -> list[Expected]:
    with EXPECTED_CSV.open(encoding="utf-8") as handle:
        return [Expected(**{k: int(v) if k in ("upload_status", "extract_status", "cli_exit") else v
                            for k, v in row.items()}) for row in csv.DictReader(handle)]


def markdown_table() -> str:
    lines = [
        "| case | what | `POST /v1/documents` | job | `POST /v1/extract` | CLI |",
        "|---|---|---|---|---|---|",
    ]
    for row in expected_rows():
        job = "—" if row.job_status == "-" else f"{row.job_status}" + (f" `{row.job_code}`" if row.job_code != "-" else "")
        upload = f"{row.upload_status}" + (f" `{row.upload_code}`" if row.upload_code != "-" else "")
        extract = f"{row.extract_status}" + (f" `{row.extract_code}`" if row.extract_code != "-" else "")
        cli = f"exit {row.cli_exit}" + (f" `{row.cli_code}`" if row.cli_code != "-" else "")
        lines.append(f"| `{row.case}` | {row.what} | {upload} | {job} | {extract} | {cli} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if argv == ["--table"]:
        sys.stdout.write(markdown_table())
        return 0
    if len(argv) != 1 or argv[0].startswith("-"):
        sys.stderr.write(__doc__)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    names = {row.case: row.name for row in expected_rows()}
    for name, make in CASES.items():
        (out / f"{name}-{names.get(name, name)}").write_bytes(make())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
