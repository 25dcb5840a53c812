"""Helpers of the service tests (importable because conftest.py puts this directory on sys.path)."""

from __future__ import annotations

import io
import time
from pathlib import Path

from service.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXT = (ROOT / "corpus" / "seed_000" / "source.txt").read_bytes()

# A short directive, enough for the pipeline; variants differ by number so that their bytes differ.
SHORT_TEXT = """UBND HUYỆN THANH BÌNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: {n}/PGDĐT-VP
V/v tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023
Thanh Bình, ngày 15 tháng 9 năm 2023
Kính gửi: Hiệu trưởng các trường Tiểu học.
Tuần lễ diễn ra từ ngày 02/10/2023 đến ngày 08/10/2023.
Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023.
TRƯỞNG PHÒNG
Nguyễn Văn An
"""


def short_text(n: int = 1) -> bytes:
    return SHORT_TEXT.format(n=n).encode("utf-8")


def make_settings(tmp_path: Path, **overrides) -> Settings:
    values = {"data_dir": tmp_path / "data", "executor": "thread", "workers": 1, "ocr_page_timeout_s": 30}
    values.update(overrides)
    return Settings(**values)


def upload(client, data: bytes, filename: str = "doc.txt", **kwargs):
    return client.post("/v1/documents", files={"file": (filename, data, "application/octet-stream")}, **kwargs)


def put_record(client, doc_id: str, record, *, if_match: str | None = None, **kwargs):
    """PUT ``record`` as an edit of the current record: If-Match is the ETag GET …/record answers now."""
    if if_match is None:
        if_match = client.get(f"/v1/documents/{doc_id}/record").headers["etag"]
    headers = {"If-Match": if_match, **kwargs.pop("headers", {})}
    return client.put(f"/v1/documents/{doc_id}/record", json=record, headers=headers, **kwargs)


def wait_done(client, doc_id: str, timeout: float = 30.0, **kwargs) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        body = client.get(f"/v1/documents/{doc_id}", **kwargs).json()
        if body["status"] in ("done", "failed"):
            return body
        if time.monotonic() > deadline:
            raise AssertionError(f"document {doc_id} still {body['status']} after {timeout} s")
        time.sleep(0.05)


def png_bytes(size: tuple[int, int] = (60, 40)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, "white").save(out, "PNG")
    return out.getvalue()


def tiff_bytes(frames: int = 1) -> bytes:
    from PIL import Image

    images = [Image.new("L", (50, 50), 255) for _ in range(frames)]
    out = io.BytesIO()
    images[0].save(out, "TIFF", save_all=True, append_images=images[1:])
    return out.getvalue()


def pdf_bytes(pages: int = 1, *, encrypt: str | None = None) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt=encrypt)
    for number in range(pages):
        pdf.drawString(72, 720, f"Trang {number + 1}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH tổ chức Tuần lễ hưởng ứng học tập suốt đời")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def assert_problem(response, status: int, code: str) -> dict:
    """``response`` is an RFC 9457 problem with this status and stable code, and shows no traceback."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json"), response.headers
    body = response.json()
    assert body["status"] == status and body["code"] == code, body
    assert body["type"].endswith(code) and body["title"] and body["detail"]
    assert "Traceback" not in response.text
    return body


def scanned_pdf(text: str, *, dpi: int = 200) -> bytes:
    """``text`` typeset on an A4 page image (Liberation Serif, as a scanner would see it), as an image-only PDF."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("L", (width, height), 255)
    font = ImageFont.truetype("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf", int(dpi * 0.18))
    draw = ImageDraw.Draw(page)
    y = int(dpi * 0.8)
    for line in text.splitlines():
        draw.text((int(dpi * 0.9), y), line, font=font, fill=0)
        y += int(dpi * 0.3)
    out = io.BytesIO()
    page.save(out, "PDF", resolution=dpi)
    return out.getvalue()


# A district's plan (number ``{plan}/KH-UBND``) and an office's letter that implements it: the letter cites the plan
# in its preamble (tests of duplicates and links, service/links.py).
LINK_PLAN = """ỦY BAN NHÂN DÂN
HUYỆN THANH BÌNH
Số: {plan}/KH-UBND
Thanh Bình, ngày 05 tháng 9 năm 2023
KẾ HOẠCH
Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023
Thực hiện Công văn số 1575/SGDĐT-GDTrHTX ngày 01/9/2023 của Sở Giáo dục và Đào tạo Đồng Tháp về tổ chức Tuần lễ \
hưởng ứng học tập suốt đời năm 2023, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC ĐÍCH
Nâng cao nhận thức về học tập suốt đời.
II. NỘI DUNG
Tuần lễ diễn ra từ ngày 02/10/2023 đến ngày 08/10/2023.
Giao Phòng Giáo dục và Đào tạo chủ trì, hướng dẫn các trường tổ chức Tuần lễ.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""

LINK_LETTER = """UBND HUYỆN THANH BÌNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: {number}/PGDĐT-VP
V/v tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2023
Thanh Bình, ngày 15 tháng 9 năm 2023
Kính gửi: Hiệu trưởng các trường Tiểu học.
Thực hiện Kế hoạch số {plan}/KH-UBND ngày 05/9/2023 của UBND huyện Thanh Bình về tổ chức Tuần lễ hưởng ứng học \
tập suốt đời năm 2023, Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện như sau:
Tuần lễ diễn ra từ ngày 02/10/2023 đến ngày 08/10/2023.
Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023.
TRƯỞNG PHÒNG
Nguyễn Văn An
"""


def rescan(text: str) -> str:
    """The same directive as other bytes (a scanner's different line breaks and spacing)."""
    return text.replace("\n", " \n").replace("Số: ", "Số:  ")
