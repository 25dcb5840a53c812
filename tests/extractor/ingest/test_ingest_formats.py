"""Digital PDF round trip, page routing in mixed PDFs, DOCX with tables, sniffing, text assembly."""

from __future__ import annotations

import io
import re
import unicodedata

import numpy as np
import pytest
from ingest_helpers import rgb, text_image
from PIL import Image
from rapidfuzz.distance import Levenshtein

from extractor.ingest import load_bytes, sniff
from extractor.ingest import ocr as ocr_mod
from extractor.ingest.layout import (
    DocumentBuilder,
    RawWord,
    cluster_lines,
    split_closing_columns,
    split_header_columns,
)

SOURCE = """UBND THỊ XÃ BẾN CÁT
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 477/PGDĐT-VP
V/v tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bến Cát, ngày 20 tháng 9 năm 2021

Kính gửi: Hiệu trưởng các trường Tiểu học, Trung học cơ sở.

Thực hiện công văn số **1575/SGDĐT-GDTrHTX** ngày 09 tháng 9 năm 2021 của Sở Giáo dục và Đào tạo \
Bình Dương về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2021; Phòng Giáo dục và Đào tạo \
hướng dẫn các trường tổ chức Tuần lễ từ ngày 01/10/2021 đến ngày 07/10/2021.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG

Nguyễn Phú Hải
"""


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@pytest.fixture(scope="module")
def rendered(make_scans):
    layout = make_scans.split_layout(make_scans.strip_markdown(SOURCE))
    return make_scans.render(layout, size=13.0, rng=np.random.default_rng(7))


def test_digital_pdf_round_trip_is_exact(rendered):
    source = load_bytes(rendered.pdf)
    reference = "\n\n".join("\n".join(lines) for lines in rendered.pages)
    assert source.media_type == "application/pdf"
    assert [page.method for page in source.pages] == ["pdf-text"]
    assert Levenshtein.distance(_collapse(reference), _collapse(source.text)) == 0  # CER 0
    # The header's two columns come out column by column, not interleaved row by row.
    lines = source.text.split("\n")
    assert lines[:3] == ["UBND THỊ XÃ BẾN CÁT", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số: 477/PGDĐT-VP"]
    assert lines[3].startswith("V/v tổ chức Tuần lễ")
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBến Cát, ngày 20" in source.text
    assert "**" not in source.text  # markdown stripped before rendering


@pytest.mark.parametrize("source", [
    # rows typed with spaces, a number split from its code
    ("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
     "THỊ XÃ HÒA PHONG              Độc lập - Tự do - Hạnh phúc\n"
     "Số:    86   /KH-UBND          Hòa Phong, ngày 08 tháng 4 năm 2022\n\nKẾ HOẠCH\nTriển khai"),
    # a Markdown table, the V/v line in the left cell of a row whose right cell is empty
    ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHỊ XÃ HÒA PHONG | Độc lập - Tự do - Hạnh phúc\n"
     "Số: 86 /KH-UBND | Hòa Phong, ngày 08 tháng 4 năm 2022\nKẾ HOẠCH |\n\nTriển khai"),
])
def test_scan_generator_prints_side_by_side_header_rows_as_two_columns(make_scans, source):
    layout = make_scans.split_layout(make_scans.strip_markdown(make_scans.unstack_header(source)))
    assert layout.header_left[:2] == ["ỦY BAN NHÂN DÂN", "THỊ XÃ HÒA PHONG"]
    assert layout.header_left[2].replace(" ", "") == "Số:86/KH-UBND"
    assert layout.header_right == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                   "Hòa Phong, ngày 08 tháng 4 năm 2022"]
    assert layout.body[-1] == "Triển khai"


def test_scan_generator_knows_the_youth_union_header(make_scans):
    source = ("BCH ĐOÀN TỈNH TRÀ VINH        ĐOÀN TNCS HỒ CHÍ MINH\n"
              "BAN CHỈ ĐẠO\n     ***          Trà Vinh, ngày 02 tháng 6 năm 2023\n     Số: 07-TB/BCĐ\n\nTHÔNG BÁO")
    layout = make_scans.split_layout(make_scans.strip_markdown(make_scans.unstack_header(source)))
    assert layout.header_left == ["BCH ĐOÀN TỈNH TRÀ VINH", "BAN CHỈ ĐẠO", "Số: 07-TB/BCĐ"]
    assert layout.header_right == ["ĐOÀN TNCS HỒ CHÍ MINH", "Trà Vinh, ngày 02 tháng 6 năm 2023"]
    assert layout.body == ["THÔNG BÁO"]


def test_digital_pdf_spans_and_boxes_are_exact(rendered):
    source = load_bytes(rendered.pdf)
    page = source.pages[0]
    assert (page.start, page.end) == (0, len(source.text))
    assert page.width == pytest.approx(595.3, abs=0.1) and page.height == pytest.approx(841.9, abs=0.1)
    assert page.words and all(word.confidence is None for word in page.words)
    assert " ".join(source.text[w.start:w.end] for w in page.words) == " ".join(source.text.split())
    for word in page.words:
        x0, y0, x1, y1 = word.bbox
        assert 0 <= x0 < x1 <= page.width and 0 <= y0 < y1 <= page.height


def test_mixed_pdf_routes_only_textless_pages_to_ocr(monkeypatch, rendered):
    """Page 1 has a text layer, page 2 is a picture: only page 2 is rasterised and OCR'd."""
    import pypdfium2 as pdfium
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    doc = pdfium.PdfDocument(rendered.pdf)
    picture = doc[0].render(scale=1).to_pil()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 12)
    c.drawString(72, 760, "Page one has a real text layer with enough letters.")
    c.showPage()
    c.drawImage(ImageReader(picture), 0, 0, width=A4[0], height=A4[1])
    c.showPage()
    c.save()

    seen = []

    def fake_ocr_pages(jobs, *, count, options, on_page=None):
        for job in jobs:
            seen.append((job.page_number, job.first_page, job.dpi, job.rgb.shape))
            on_page()
            yield ocr_mod.OcrPage([[RawWord("ảnh", 10, 10, 50, 30, 0.9)]], job.rgb.shape[1], job.rgb.shape[0], 0.9)

    monkeypatch.setattr(ocr_mod, "ocr_pages", fake_ocr_pages)
    progress = []
    source = load_bytes(buf.getvalue(), progress=lambda done, total: progress.append((done, total)))
    assert [page.method for page in source.pages] == ["pdf-text", "ocr"]
    # the picture is a 72 dpi scan: rendered at its own resolution, the OCR enlarges it (extractor.ingest.pdf.scan_dpi)
    assert seen == [(2, False, 72, (842, 596, 3))]
    assert source.text.endswith("\n\nảnh")
    assert source.pages[1].ocr_confidence == 0.9 and source.pages[1].words[0].confidence == 0.9
    assert progress == [(1, 2), (2, 2)]


def test_docx_paragraphs_tables_and_header_in_order():
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Tài liệu lưu hành nội bộ"
    header = document.add_table(rows=1, cols=2)
    left, right = header.rows[0].cells
    left.paragraphs[0].text = "ỦY BAN NHÂN DÂN"
    left.add_paragraph("HUYỆN THANH OAI")
    right.paragraphs[0].text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Tổ chức Tuần lễ hưởng ứng học tập suốt đời")
    data = document.add_table(rows=2, cols=3)
    for row, values in zip(data.rows, [("STT", "Đơn vị", "Nhiệm vụ"), ("1", "Phòng GDĐT", "Báo cáo")],
                           strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.add_paragraph("Nơi nhận:")
    buf = io.BytesIO()
    document.save(buf)

    source = load_bytes(buf.getvalue(), filename="kh.bin")
    assert source.media_type == sniff.DOCX
    assert source.text.split("\n") == [
        "Tài liệu lưu hành nội bộ",
        "",
        "ỦY BAN NHÂN DÂN",
        "HUYỆN THANH OAI",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "KẾ HOẠCH",
        "Tổ chức Tuần lễ hưởng ứng học tập suốt đời",
        "STT\tĐơn vị\tNhiệm vụ",
        "1\tPhòng GDĐT\tBáo cáo",
        "Nơi nhận:",
    ]
    assert [(p.method, p.start, p.end, p.words) for p in source.pages] == [("docx", 0, len(source.text), [])]


def test_text_input_still_works():
    source = load_bytes("Số: 15/KH-UBND\nKẾ HOẠCH".encode("utf-16"))
    assert source.text == "Số: 15/KH-UBND\nKẾ HOẠCH"


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.7\n", sniff.PDF),
        (b"\r\n  %PDF-1.4", sniff.PDF),  # junk before the header is tolerated, as by PDF readers
        (b"\x89PNG\r\n\x1a\n", sniff.PNG),
        (b"\xff\xd8\xff\xe0", sniff.JPEG),
        (b"II*\x00", sniff.TIFF),
        (b"MM\x00*", sniff.TIFF),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", sniff.WEBP),
        ("Số: 15/KH-UBND".encode(), sniff.TEXT),
    ],
)
def test_sniff_by_content(head, expected):
    assert sniff.sniff(head + b"\x00" * 16) == expected


PDF_TAIL = b"\ntrailer\n<< /Root 1 0 R >>\nstartxref\n9\n%%EOF\n"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Ghi chú: bản gốc bắt đầu bằng %PDF-1.4.\nKẾ HOẠCH".encode(), sniff.TEXT),  # words before it, no trailer
        (b"%PDF-1.4 quoted at the very start is a PDF", sniff.PDF),
        (b"X-Mailer: gateway\r\n%PDF-1.4\n" + PDF_TAIL, sniff.PDF),  # a prefix, and the file ends as a PDF does
        (b"\r\n\r\n%PDF-1.4\n", sniff.PDF),  # blank junk before the header
        ("Số: 1".encode() + b" " * 1100 + b"%PDF-1.4" + PDF_TAIL, sniff.TEXT),  # past the first kilobyte
    ],
    ids=["text-quoting-magic", "offset-0", "prefix-with-trailer", "blank-prefix", "beyond-1-kb"],
)
def test_a_pdf_is_told_by_its_structure_not_by_a_magic_string_in_its_head(data, expected):
    assert sniff.sniff(data) == expected


def test_text_decoding_removes_bidi_controls_and_stray_controls_but_refuses_nul():
    from extractor.errors import UnsupportedFormatError
    from extractor.ingest.text import decode_text

    padding = " ngày" * 300
    assert decode_text(f"Số: \u202e215/KH\u202c\x01{padding}".encode()) == f"Số: 215/KH {padding}"
    with pytest.raises(UnsupportedFormatError, match="điều khiển"):
        decode_text(f"Số: 215/KH\x01\x02\x03{padding[:100]}".encode())
    with pytest.raises(UnsupportedFormatError, match="NUL"):
        decode_text("Số: 215/KH\x00 ngày 12".encode())


def _words(*rows: tuple[float, list[tuple[str, float, float]]]) -> list[list[RawWord]]:
    return [[RawWord(text, x0, y, x1, y + 30) for text, x0, x1 in words] for y, words in rows]


def test_split_header_columns_emits_left_then_right():
    # What Tesseract gives for the header: each row mixes both columns.
    lines = _words(
        (100, [("UBND", 200, 300), ("QUẬN", 310, 420), ("CỘNG", 1200, 1320), ("HÒA", 1330, 1420)]),
        (140, [("Số:", 250, 300), ("4595/KH-UBND", 310, 600), ("Độc", 1250, 1320), ("lập", 1330, 1400)]),
        (180, [("Quận", 1260, 1340), ("7,", 1350, 1380)]),
        (300, [("KẾ", 1100, 1160), ("HOẠCH", 1170, 1350)]),  # the title spans the gap: end of the zone
        (360, [("Căn", 300, 360), ("cứ", 370, 410), ("Kế", 420, 460), ("hoạch", 470, 600), ("...", 610, 2100)]),
    )
    ordered = split_header_columns(lines, 2480, 3508)
    assert [" ".join(w.text for w in line) for line in ordered] == [
        "UBND QUẬN", "Số: 4595/KH-UBND", "CỘNG HÒA", "Độc lập", "Quận 7,", "KẾ HOẠCH", "Căn cứ Kế hoạch ...",
    ]


def test_split_header_columns_sees_past_dust_between_the_columns():
    # OCR reads scanner dust in the gap as "_": it must neither close the gap nor join a column.
    lines = _words(
        (100, [("PHÒNG", 200, 330), ("GD&ĐT", 340, 480), ("_", 1000, 1030), ("CỘNG", 1200, 1320), ("HÒA", 1330, 1420)]),
        (140, [("TRƯỜNG", 200, 360), ("THCS", 370, 480), ("Độc", 1250, 1320), ("-", 1330, 1345), ("lập", 1355, 1420)]),
        (300, [("Căn", 300, 360), ("cứ", 370, 410), ("Kế", 420, 460), ("hoạch", 470, 2100)]),
    )
    ordered = split_header_columns(lines, 2480, 3508)
    assert [" ".join(w.text for w in line) for line in ordered] == [
        "PHÒNG GD&ĐT", "TRƯỜNG THCS", "CỘNG HÒA", "Độc - lập", "Căn cứ Kế hoạch",
    ]


def test_split_header_columns_leaves_single_column_pages_alone():
    lines = _words((100, [("Căn", 300, 360), ("cứ", 370, 410), ("...", 420, 2100)]),
                   (140, [("Thực", 300, 380), ("hiện", 390, 460), ("...", 470, 2100)]))
    assert split_header_columns(lines, 2480, 3508) == lines


def test_split_header_columns_stops_at_a_tall_vertical_gap():
    lines = _words(
        (100, [("UBND", 200, 300), ("CỘNG", 1200, 1320)]),
        (140, [("PHÒNG", 200, 330), ("Độc", 1250, 1320)]),
        (300, [("Kính", 400, 480), ("gửi:", 490, 560)]),  # left of the gap, but far below the header
    )
    ordered = split_header_columns(lines, 2480, 3508)
    assert [" ".join(w.text for w in line) for line in ordered] == ["UBND", "PHÒNG", "CỘNG", "Độc", "Kính gửi:"]


def test_split_closing_columns_reads_nơi_nhận_then_the_signer():
    # Readers interleave the closing row by row: "- Bộ Y tế (b/c); PHÓ CHỦ TỊCH".
    lines = _words(
        (100, [("Căn", 300, 360), ("cứ", 370, 410), ("Kế", 420, 460), ("hoạch", 470, 2100)]),
        (200, [("Nơi", 300, 360), ("nhận:", 370, 460), ("KT.", 1500, 1560), ("CHỦ", 1570, 1660), ("TỊCH", 1670, 1760)]),
        (240, [("-", 300, 310), ("Bộ", 320, 360), ("Y", 370, 390), ("tế;", 400, 450),
               ("PHÓ", 1480, 1560), ("CHỦ", 1570, 1660), ("TỊCH", 1670, 1760)]),
        (280, [("-", 300, 310), ("Lưu:", 320, 400), ("VT.", 410, 470)]),
        (520, [("Phạm", 1480, 1580), ("Văn", 1590, 1660), ("Quyết", 1670, 1790)]),  # below the signature space
        (700, [("KẾ", 1100, 1160), ("HOẠCH", 1170, 1350)]),  # the attached plan's title crosses the gap
    )
    ordered = split_closing_columns(lines, 2480)
    assert [" ".join(w.text for w in line) for line in ordered] == [
        "Căn cứ Kế hoạch", "Nơi nhận:", "- Bộ Y tế;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phạm Văn Quyết",
        "KẾ HOẠCH",
    ]


def test_split_closing_columns_keeps_a_line_wider_than_its_column():
    # Word boxes (points × 4) of a rendered closing: a copy's seal text under the title is wider than the
    # signer's column and reaches across the gap, on a row the recipients leave empty.
    lines = _words(
        (1688, [("Nơi", 340, 412), ("nhận:", 424, 544), ("HIỆU", 1532, 1676), ("TRƯỞNG", 1688, 1940)]),
        (1748, [("-", 340, 356), ("Phòng", 364, 480), ("GD&ĐT", 488, 644), ("(b/c);", 656, 752)]),
        (1764, [("PHÒNG", 908, 1112), ("GD&ĐT", 1128, 1336), ("PHÚ", 1352, 1468), ("LẠC", 1484, 1600),
                ("TRƯỜNG", 1616, 1864), ("THCS", 1880, 2032), ("TRẦN", 2044, 2204)]),
        (1804, [("-", 340, 356), ("CB,", 364, 436), ("GV,", 448, 520), ("nhà", 532, 672), ("trường", 680, 800),
                ("(t/h);", 812, 900)]),
        (1864, [("-", 340, 356), ("Website", 364, 508), ("trường;", 520, 652), ("(Đã", 1652, 1736), ("ký)", 1752, 1820)]),
        (1920, [("-", 340, 356), ("Lưu:", 364, 452), ("VT.", 460, 532)]),
        (2208, [("Nguyễn", 1464, 1648), ("Thị", 1664, 1748), ("Vân", 1760, 2004)]),
    )
    ordered = split_closing_columns(lines, 2381)
    assert [" ".join(w.text for w in line) for line in ordered] == [
        "Nơi nhận:", "- Phòng GD&ĐT (b/c);", "- CB, GV, nhà trường (t/h);", "- Website trường;", "- Lưu: VT.",
        "HIỆU TRƯỞNG", "PHÒNG GD&ĐT PHÚ LẠC TRƯỜNG THCS TRẦN", "(Đã ký)", "Nguyễn Thị Vân",
    ]


def test_split_closing_columns_needs_the_nơi_nhận_line():
    lines = _words((100, [("Thời", 300, 380), ("gian", 390, 460), ("Nội", 1500, 1560), ("dung", 1570, 1660)]),
                   (140, [("Tháng", 300, 400), ("10", 410, 450), ("Khai", 1500, 1580), ("mạc", 1590, 1660)]))
    assert split_closing_columns(lines, 2480) == lines  # a table in the body keeps its rows


def test_cluster_lines_groups_by_vertical_overlap():
    words = [RawWord("b", 200, 102, 260, 130), RawWord("a", 100, 100, 180, 128), RawWord("c", 100, 150, 150, 178)]
    assert [[w.text for w in line] for line in cluster_lines(words)] == [["a", "b"], ["c"]]


def test_document_builder_spans():
    builder = DocumentBuilder("image/tiff")
    builder.add_page([[RawWord("Số:", 0, 0, 1, 1, 0.9), RawWord("15", 2, 0, 3, 1, 0.8)],
                      [RawWord("Ke\u0302\u0301", 0, 2, 1, 3, 0.7)]], width=10, height=10, method="ocr")
    builder.add_page([], width=10, height=10, method="ocr")
    builder.add_page([[RawWord("hết", 0, 0, 1, 1, 1.0)]], width=10, height=10, method="ocr")
    source = builder.build()
    assert source.text == "Số: 15\nKế\n\n\n\nhết"
    assert [(p.start, p.end) for p in source.pages] == [(0, 9), (11, 11), (13, 16)]
    assert [source.text[w.start:w.end] for p in source.pages for w in p.words] == ["Số:", "15", "Kế", "hết"]


def test_ink_mask_removes_red_and_blue_but_keeps_dark_text():
    image = np.full((60, 90, 3), 255, np.uint8)
    image[10:20, 10:80] = (220, 30, 35)  # seal red
    image[25:35, 10:80] = (25, 45, 160)  # signature blue
    image[40:50, 10:80] = (20, 20, 20)  # printed text, also where it lies under the seal
    image[40:50, 40:50] = (70, 5, 5)  # text under red ink stays dark
    grey = ocr_mod.to_grey(image, remove_ink=True)
    assert grey[15, 40] > 200 and grey[30, 40] > 200
    assert grey[45, 20] < 60 and grey[45, 45] < 60


def test_ink_mask_removes_a_violet_stamp_but_keeps_dark_text():
    """A stamp pad's violet (hue ~270°) lay between the blue and the red ranges and stayed on the page as text."""
    image = np.full((60, 90, 3), 255, np.uint8)
    image[10:20, 10:80] = (120, 60, 170)  # violet stamp ink
    image[25:35, 10:80] = (150, 40, 160)  # purple, a little redder
    image[40:50, 10:80] = (20, 20, 20)  # printed text
    image[40:50, 40:50] = (40, 15, 60)  # text under the stamp stays dark
    grey = ocr_mod.to_grey(image, remove_ink=True)
    assert grey[15, 40] > 200 and grey[30, 40] > 200
    assert grey[45, 20] < 60 and grey[45, 45] < 60


def test_estimate_skew_recovers_the_rotation():
    page = rgb(text_image(["Căn cứ Kế hoạch số 3195/KH-UBND ngày 27 tháng 9 năm 2021",
                           "của Ủy ban nhân dân Quận 7 về tổ chức Tuần lễ hưởng ứng"] * 6, width=2000))
    grey = ocr_mod.to_grey(page, remove_ink=False)
    tilted = ocr_mod.rotate(grey, 1.5, 255)
    assert ocr_mod.estimate_skew(tilted) == pytest.approx(-1.5, abs=0.15)


def test_blank_page_is_detected_before_ocr():
    assert ocr_mod.is_blank(np.full((3508, 2480), 250, np.uint8))
    assert not ocr_mod.is_blank(ocr_mod.to_grey(rgb(text_image(["Số: 15/KH-UBND"] * 8)), remove_ink=False))


def test_to_rgb_handles_modes():
    from extractor.ingest.image import to_rgb

    assert to_rgb(Image.new("1", (4, 3), 1)).shape == (3, 4, 3)
    assert to_rgb(Image.new("LA", (4, 3), (0, 0)))[0, 0].tolist() == [255, 255, 255]  # transparent → paper
    assert to_rgb(Image.new("I;16", (4, 3), 5000)).dtype == np.uint8


@pytest.mark.parametrize(("word", "fixed"), [("VP—-KGVX", "VP–KGVX"), ("—", "–"), ("-—", "–"), ("2023–2024", "2023–2024"),
                                             ("KH-UBND", "KH-UBND"), ("Độc", "Độc"),
                                             ("/QÐ-TTg", "/QĐ-TTg"), ("ðồng", "đồng")])  # eth: never Vietnamese
def test_ocr_fix_word_turns_em_dashes_into_en_dashes(word, fixed):
    assert ocr_mod.fix_word(word) == fixed


@pytest.mark.parametrize("layer, method", [
    # Another program's OCR layer that lost the diacritics (as on real scans): the page is OCR'd again.
    (("CONG HOA XA HOI CHU NGHIA VIET NAM Doc lap Tu do Hanh phuc So giao duc va dao tao thanh pho "
     "V/v bao dam an toan giao thong cho hoc sinh sinh vien trong dip nghi he va ky thi"), "ocr"),
    # A sound Vietnamese layer over the same picture is kept.
    (("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Sở Giáo dục và Đào tạo thành phố "
     "V/v bảo đảm an toàn giao thông cho học sinh sinh viên trong dịp nghỉ hè và kỳ thi"), "pdf-text"),
    # Only a portal's e-signature stamped in a corner of the scan (a government ".signed.pdf"): that small box of
    # text is not the page, which is OCR'd (taken as the page, it hid the whole header).
    (("Ký bởi: Cổng Thông tin điện tử Chính phủ | Email: thongtinchinhphu@chinhphu.vn | Cơ quan: Văn phòng Chính "
      "phủ | Thời gian ký: 01.06.2023 10:33:15 +07:00"), "ocr"),
])
def test_scanned_page_whose_text_layer_lost_its_diacritics_is_ocrd(monkeypatch, layer, method):
    from ingest_helpers import FONT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("LiberationSerif", FONT))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.drawImage(ImageReader(text_image(["Trang quét"])), 0, 0, width=A4[0], height=A4[1])
    if "|" in layer:  # a stamp: short lines in the top right corner
        text = c.beginText(A4[0] - 170, A4[1] - 20)
        text.setFont("LiberationSerif", 7)
        for part in layer.split(" | "):
            text.textLine(part)
    else:  # an OCR layer: the page's lines, top to bottom
        text = c.beginText(72, 760)
        text.setTextRenderMode(3)  # invisible, as OCR layers over scans are
        text.setFont("LiberationSerif", 10)
        words = layer.split()
        for k in range(0, len(words), 10):
            text.textLine(" ".join(words[k : k + 10]))
            text.moveCursor(0, 200)
    c.drawText(text)
    c.showPage()
    c.save()

    def fake_ocr_pages(jobs, *, count, options, on_page=None):
        for job in jobs:
            on_page()
            yield ocr_mod.OcrPage([[RawWord("quét", 10, 10, 50, 30, 0.9)]], job.rgb.shape[1], job.rgb.shape[0], 0.9)

    monkeypatch.setattr(ocr_mod, "ocr_pages", fake_ocr_pages)
    assert [page.method for page in load_bytes(buf.getvalue()).pages] == [method]


def _texts(lines: list[list[RawWord]]) -> list[str]:
    return [" ".join(w.text for w in line) for line in lines]


def test_split_header_columns_reads_a_spaced_header_row_by_row():
    # Real headers leave a space under the issuer's rule: "Số:" starts a second row beside the place and
    # date, and a person reads issuer, motto, then number, then place and date.
    lines = _words(
        (100, [("UBND", 200, 300), ("CỘNG", 1200, 1320), ("HÒA", 1330, 1420)]),
        (140, [("QUẬN", 210, 320), ("7", 330, 350), ("Độc", 1250, 1320), ("lập", 1330, 1400)]),
        (220, [("Số:", 250, 300), ("4595/KH-UBND", 310, 600), ("Quận", 1260, 1340), ("7,", 1350, 1380)]),
        (330, [("KẾ", 1100, 1160), ("HOẠCH", 1170, 1350)]),
    )
    assert _texts(split_header_columns(lines, 2480, 3508)) == [
        "UBND", "QUẬN 7", "CỘNG HÒA", "Độc lập", "Số: 4595/KH-UBND", "Quận 7,", "KẾ HOẠCH",
    ]


def test_split_header_columns_looks_past_a_note_in_the_top_margin():
    # A handwritten filing mark far above the header must not hide the header's columns, nor stay above the
    # issuer's name, where it would read as part of it ("THỊT THỦ TƯỚNG CHÍNH PHỦ" for a pen "TTĐT").
    lines = _words(
        (0, [("T17", 2000, 2100)]),
        (100, [("UBND", 200, 300), ("CỘNG", 1200, 1320), ("HÒA", 1330, 1420)]),
        (140, [("Số:", 250, 300), ("15/KH-UBND", 310, 600), ("Độc", 1250, 1320), ("lập", 1330, 1400)]),
        (300, [("Căn", 300, 360), ("cứ", 370, 410), ("Luật", 420, 2100)]),
    )
    assert _texts(split_header_columns(lines, 2480, 3508)) == [
        "UBND", "Số: 15/KH-UBND", "CỘNG HÒA", "Độc lập", "Căn cứ Luật",
    ]


def test_a_note_written_close_above_the_motto_is_no_part_of_the_header():
    # A filing mark top right, at the header's own pitch: nothing of the header stands above the motto.
    lines = _words(
        (40, [("TTĐT", 2000, 2140)]),
        (100, [("VĂN", 200, 300), ("PHÒNG", 310, 480), ("CỘNG", 1200, 1320), ("HÒA", 1330, 1420)]),
        (140, [("Số:", 250, 300), ("15/VPCP-CN", 310, 600), ("Độc", 1250, 1320), ("lập", 1330, 1400)]),
        (300, [("Căn", 300, 360), ("cứ", 370, 410), ("Luật", 420, 2100)]),
    )
    assert _texts(split_header_columns(lines, 2480, 3508)) == [
        "VĂN PHÒNG", "Số: 15/VPCP-CN", "CỘNG HÒA", "Độc lập", "Căn cứ Luật",
    ]


def test_split_header_columns_keeps_an_urgency_mark_above_the_header():
    lines = _words(
        (0, [("HỎA", 2000, 2100), ("TỐC", 2110, 2200)]),
        (100, [("UBND", 200, 300), ("CỘNG", 1200, 1320), ("HÒA", 1330, 1420)]),
        (140, [("Số:", 250, 300), ("15/KH-UBND", 310, 600), ("Độc", 1250, 1320), ("lập", 1330, 1400)]),
    )
    assert "HỎA TỐC" in _texts(split_header_columns(lines, 2480, 3508))


def test_split_header_columns_keeps_a_parent_line_above_the_issuer():
    # The issuer's parent on the top row alone, at the header's own line pitch: not a margin note.
    lines = _words(
        (100, [("UBND", 200, 300), ("TỈNH", 310, 400)]),
        (135, [("SỞ", 200, 260), ("Y", 270, 300), ("CỘNG", 1200, 1320), ("HÒA", 1330, 1420)]),
        (170, [("Số:", 250, 300), ("15/KH-SYT", 310, 600), ("Độc", 1250, 1320), ("lập", 1330, 1400)]),
    )
    assert _texts(split_header_columns(lines, 2480, 3508))[:2] == ["UBND TỈNH", "SỞ Y"]


def test_drop_specks_drops_a_run_of_poorly_read_words_beside_a_heading():
    # A faint seal's rim read beside the type name: "Chang ŠÝ l.   QUYẾT ĐỊNH".
    line = [RawWord("Chang", 567, 777, 687, 829, 0.49), RawWord("ŠÝ", 977, 764, 987, 809, 0.02),
            RawWord("l.", 1040, 781, 1072, 818, 0.48), RawWord("QUYẾT", 1159, 759, 1365, 822, 0.95),
            RawWord("ĐỊNH", 1379, 771, 1532, 857, 0.96)]
    # Poorly read words at a word space from well-read ones are the line's own (a misread "việc").
    words = [RawWord("Về", 423, 832, 489, 886, 0.83), RawWord("việt", 505, 841, 602, 910, 0.35),
             RawWord("ban", 629, 825, 722, 903, 0.35), RawWord("hành", 732, 809, 864, 904, 0.94)]
    assert _texts(ocr_mod.drop_specks([line, words])) == ["QUYẾT ĐỊNH", "Về việt ban hành"]


def test_drop_specks_removes_stray_marks_and_scribbles_but_keeps_list_dashes():
    lines = _words(
        (100, [("–", 300, 330), ("Độc", 1250, 1320), ("lập", 1330, 1400)]),  # the issuer's rule, far away
        (140, [("-", 300, 315), ("Như", 325, 400), ("trên;", 410, 500)]),
        (180, [("_", 900, 930)]),
        (260, [("-_", 300, 330), ("Căn", 340, 400), ("cứ", 410, 450)]),  # a streak touching a word
    )
    lines.append([RawWord("TT?", 2000, 40, 2100, 70, 0.0), RawWord("rtz", 2110, 40, 2160, 70, 0.15)])  # a scribble
    lines.append([RawWord("Tổ", 300, 220, 340, 250, 0.2), RawWord("quốc", 350, 220, 440, 250, 0.9)])
    assert _texts(ocr_mod.drop_specks(lines)) == ["Độc lập", "- Như trên;", "Căn cứ", "Tổ quốc"]


def test_drop_specks_drops_a_lone_short_poor_word_among_specks():
    # A seal's rim under the type name: ".^ .^ ` .^ ` SÁ" (SÁ at 0.39); a sure "a)" or a page number stays.
    rim = [RawWord(".^", 697, 533, 732, 546, 0.85), RawWord("`", 1053, 535, 1064, 545, 0.97),
           RawWord(".^", 1576, 531, 1611, 543, 0.83), RawWord("SÁ", 1771, 518, 1789, 542, 0.39)]
    item = [RawWord("a)", 300, 600, 340, 640, 0.95)]
    assert _texts(ocr_mod.drop_specks([rim, item])) == ["a)"]


def test_drop_stamps_removes_a_framed_incoming_stamp_only():
    grey = np.full((1000, 2000), 255, np.uint8)
    grey[300:302, 100:600] = grey[450:452, 100:600] = 0  # the stamp's frame
    grey[300:452, 100:102] = grey[300:452, 598:600] = 0
    grey[600:602, 100:600] = grey[750:752, 100:600] = 0  # a framed box of ordinary text (a table cell)
    grey[600:752, 100:102] = grey[600:752, 598:600] = 0
    lines = _words(
        (320, [("CÔNG", 120, 220), ("VĂN", 230, 320), ("ĐẾN", 330, 420), ("Hà", 900, 960), ("Nội,", 970, 1050)]),
        (370, [("Số:", 120, 170), ("45", 180, 220), ("Ngày:", 230, 330), ("12/3", 340, 420)]),
        (620, [("Ngày", 120, 200), ("thực", 210, 290), ("hiện", 300, 380)]),
    )
    assert _texts(ocr_mod.drop_stamps(grey, lines)) == ["Hà Nội,", "Ngày thực hiện"]


def test_split_header_columns_drops_a_mark_before_a_header_line():
    # A pen stroke read as "-" before the issuer's second line would make one issuer "UBND … - SỞ …".
    lines = _words(
        (100, [("UBND", 330, 490), ("THÀNH", 508, 714), ("PHỐ", 729, 847), ("CỘNG", 1181, 1327), ("HÒA", 1342, 1453)]),
        (140, [("-", 308, 312), ("SỞ", 330, 407), ("GIÁO", 422, 575), ("DỤC", 593, 718), ("Độc", 1346, 1442),
               ("lập", 1461, 1534)]),
        (180, [("---", 400, 700), ("-", 1300, 1320), ("-", 1340, 1360)]),
    )
    ordered = split_header_columns(lines, 2488, 3513)
    assert [" ".join(w.text for w in line) for line in ordered] == [
        "UBND THÀNH PHỐ", "SỞ GIÁO DỤC", "---", "CỘNG HÒA", "Độc lập", "- -",
    ]


def test_split_header_columns_finds_close_columns_from_the_motto():
    # A 72 dpi phone photo (595 px wide): the columns stand 6 px apart, under the empty band's minimum (9 px);
    # the right column starts where "CỘNG HÒA" does, and the title under the header straddles the split.
    lines = _words(
        (100, [("ỦY", 40, 55), ("BAN", 58, 80), ("NHÂN", 83, 110), ("DÂN", 113, 135), ("TỈNH", 138, 162),
              ("QUẢNG", 165, 200), ("NGÃI", 203, 230), ("CỘNG", 236, 270), ("HÒA", 273, 298), ("XÃ", 301, 315),
              ("HỘI", 318, 340)]),
        (140, [("Số:", 90, 108), ("12/UBND", 111, 160), ("Độc", 300, 320), ("lập", 323, 340)]),
        (180, [("V/v", 60, 78), ("phòng", 81, 110), ("chống", 113, 140), ("lụt", 143, 160), ("bão", 163, 185),
              ("Quảng", 290, 320), ("Ngãi,", 323, 350)]),
        (300, [("Kính", 150, 175), ("gửi:", 178, 200), ("Sở", 203, 215), ("Nông", 218, 245), ("nghiệp", 248, 290)]),
    )
    ordered = split_header_columns(lines, 595, 842)
    assert [" ".join(w.text for w in line) for line in ordered] == [
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "Số: 12/UBND", "V/v phòng chống lụt bão",
        "CỘNG HÒA XÃ HỘI", "Độc lập", "Quảng Ngãi,", "Kính gửi: Sở Nông nghiệp",
    ]


def test_split_header_columns_reads_the_subject_before_a_block_of_notes_beside_it():
    # A routing note typed beside the V/v starts at one x on every line, a word space after the V/v's words.
    lines = _words(
        (100, [("SỞ", 330, 407), ("GIÁO", 422, 575), ("DỤC", 593, 718), ("CỘNG", 1181, 1327), ("HÒA", 1342, 1453)]),
        (140, [("Số:", 410, 481), ("15/SGDĐT", 494, 800), ("Đà", 1262, 1334), ("Nẵng,", 1348, 1484)]),
        (200, [("V/v", 375, 446), ("bảo", 462, 532), ("đảm", 546, 631), ("TTATGT", 648, 840), ("cho", 855, 925),
               ("HS,", 940, 1013), ("SV", 1031, 1092), ("1.", 1110, 1135),
               ("Cô", 1150, 1195), ("Hương", 1210, 1330)]),
        (240, [("trong", 401, 506), ("dịp", 519, 579), ("hè", 595, 743), ("thi", 756, 931), ("THPT", 945, 1069),
               ("2.", 1108, 1135), ("Phòng", 1150, 1250)]),
        (280, [("năm", 736, 820), ("2019", 834, 932), ("3.", 1108, 1135), ("Công", 1150, 1237)]),
        (320, [("Kính", 484, 600), ("gửi:", 616, 705)]),
    )
    ordered = split_header_columns(lines, 2488, 3513)
    assert [" ".join(w.text for w in line) for line in ordered] == [
        "SỞ GIÁO DỤC", "Số: 15/SGDĐT", "CỘNG HÒA", "Đà Nẵng,", "V/v bảo đảm TTATGT cho HS, SV", "trong dịp hè thi THPT",
        "năm 2019",
        "1. Cô Hương", "2. Phòng", "3. Công", "Kính gửi:",
    ]
