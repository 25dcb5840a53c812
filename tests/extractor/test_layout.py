"""Layout step (extractor/layout.py): flattened lines cut at the genre's landmarks, lone markers joined.

Each row is a hand-written flattened piece of a directive, as portal crawls, PDF text layers and pasted copies
give them (both header columns on one line, ``Số … V/v … place-date … Kính gửi … first sentence`` on one line,
the signature block glued into one line or into Nơi nhận), and the lines (cells joined by " | ") the step must
give back. Every edit is one white-space character for another, so the length never changes. A new flattening
goes into ``ROWS``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, record_of, table

from extractor.layout import restore_layout
from extractor.normalise import normalise

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
FREEDOM = "Độc lập - Tự do - Hạnh phúc"

ROWS = [
    ("header-columns-on-one-line-with-rules",
     f"SỞ TƯ PHÁP TỈNH LÂM ĐỒNG ------- {MOTTO} {FREEDOM} ---------",
     ["SỞ TƯ PHÁP TỈNH LÂM ĐỒNG", "-------", MOTTO, FREEDOM, "---------"]),
    ("number-subject-date-addressee-and-first-sentence",
     ("Số: 61/STP-PBGDPL V/v hưởng ứng Ngày Pháp luật năm 2022 Đà Lạt, ngày 04 tháng 10 năm 2022 Kính gửi: "
     "Các phòng, đơn vị thuộc Sở Hưởng ứng Ngày Pháp luật, Sở Tư pháp đề nghị các đơn vị thực hiện."),
     ["Số: 61/STP-PBGDPL", "V/v hưởng ứng Ngày Pháp luật năm 2022", "Đà Lạt, ngày 04 tháng 10 năm 2022",
      "Kính gửi: Các phòng, đơn vị thuộc Sở",
      "Hưởng ứng Ngày Pháp luật, Sở Tư pháp đề nghị các đơn vị thực hiện."]),
    ("number-with-spaces-then-place-date-then-type-and-title-in-capitals",
     ("Số: 7 / KH- BCĐ Bảo Lộc, ngày 2 tháng 3 năm 2023 KẾ HOẠCH TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM 2023 "
     "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/02/2023 của UBND thành phố;"),
     ["Số: 7 / KH- BCĐ", "Bảo Lộc, ngày 2 tháng 3 năm 2023", "KẾ HOẠCH", "TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM 2023",
      "Căn cứ Kế hoạch số 12/KH-UBND ngày 10/02/2023 của UBND thành phố;"]),
    ("decision-title-then-its-authority-line",
     ("Số: 88/QĐ-UBND Di Linh, ngày 9 tháng 6 năm 2021 QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP BAN TỔ CHỨC HỘI THAO "
     "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN DI LINH"),
     ["Số: 88/QĐ-UBND", "Di Linh, ngày 9 tháng 6 năm 2021", "QUYẾT ĐỊNH", "VỀ VIỆC THÀNH LẬP BAN TỔ CHỨC HỘI THAO",
      "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN DI LINH"]),
    ("number-label-alone-on-its-line", "Số:\n14/TB-VP Lạc Dương, ngày 1 tháng 8 năm 2020",
     ["Số: 14/TB-VP", "Lạc Dương, ngày 1 tháng 8 năm 2020"]),
    ("addressee-list-inline", "Kính gửi: - UBND các xã; - Các trường Tiểu học. Thực hiện Công văn số 5/PGDĐT;",
     ["Kính gửi: - UBND các xã;", "- Các trường Tiểu học.", "Thực hiện Công văn số 5/PGDĐT;"]),
    ("incoming-stamp-number-is-no-header-number", "CÔNG VĂN ĐẾN Số: 310 Ngày: 5/4/2022",
     ["CÔNG VĂN ĐẾN Số: 310 Ngày: 5/4/2022"]),
    ("deputy-glued-to-delegation-and-name", "Nội dung.\nKT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Đinh Văn Tài",
     ["Nội dung.", "KT. GIÁM ĐỐC | PHÓ GIÁM ĐỐC | Đinh Văn Tài"]),
    ("two-delegation-lines-in-one", "Nội dung.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Ka Sô Ha",
     ["Nội dung.", "TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Ka Sô Ha"]),
    ("lone-delegation-then-head-and-title", "Nội dung.\nTL.\nGIÁM ĐỐC CHÁNH VĂN PHÒNG Hoàng Thị Yến",
     ["Nội dung.", "TL. GIÁM ĐỐC | CHÁNH VĂN PHÒNG | Hoàng Thị Yến"]),
    ("signer-glued-after-the-luu-entry", "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH (3b). Hạnh GIÁM ĐỐC Võ Văn Lâm",
     ["Nơi nhận:", "- Như trên;", "- Lưu: VT, TH (3b). Hạnh | GIÁM ĐỐC | Võ Văn Lâm"]),
    ("signature-column-mixed-into-noi-nhan",
     "Nơi nhận: HIỆU TRƯỞNG\nNhư trên; (Đã ký)\nPhòng GDĐT (b/c); Trần Thị Mỹ\nLưu: VT.",
     ["Nơi nhận: | HIỆU TRƯỞNG", "Như trên; | (Đã ký)", "Phòng GDĐT (b/c); | Trần Thị Mỹ", "Lưu: VT."]),
    ("attached-plan-title-after-the-name", "Nội dung.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hải KẾ HOẠCH TỔ CHỨC HỘI THI",
     ["Nội dung.", "KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Lê Văn Hải", "KẾ HOẠCH TỔ CHỨC HỘI THI"]),
    ("attached-plan-title-then-its-issuing-note",
     "Nội dung.\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hải KẾ HOẠCH TỔ CHỨC HỘI THI (Ban hành kèm theo Quyết định số 5/QĐ-UBND)",
     ["Nội dung.", "KT. CHỦ TỊCH | PHÓ CHỦ TỊCH | Lê Văn Hải", "KẾ HOẠCH TỔ CHỨC HỘI THI",
      "(Ban hành kèm theo Quyết định số 5/QĐ-UBND)"]),
    ("decision-authority-line-of-many-words",
     ("Số: 9/QĐ-CTN Hà Nội, ngày 1 tháng 6 năm 2022 QUYẾT ĐỊNH VỀ VIỆC TẶNG THƯỞNG HUÂN CHƯƠNG "
      "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
     ["Số: 9/QĐ-CTN", "Hà Nội, ngày 1 tháng 6 năm 2022", "QUYẾT ĐỊNH", "VỀ VIỆC TẶNG THƯỞNG HUÂN CHƯƠNG",
      "CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    ("ocr-joined-columns-after-a-dash-line",
     f"–\nSỞ NỘI VỤ {MOTTO}\n– {FREEDOM}\nSố: 9/SNV-TCBC Cao Bằng, ngày 1 tháng 6 năm 2022",
     ["–", "SỞ NỘI VỤ", MOTTO, "–", FREEDOM, "Số: 9/SNV-TCBC", "Cao Bằng, ngày 1 tháng 6 năm 2022"]),
    ("a-date-inside-the-subject-is-no-place-date-line",
     "Số: 3/CĐ-NV V/v mít tinh kỷ niệm Ngày Nhà giáo Việt Nam, ngày 20/11 Kính gửi: Các trường.",
     ["Số: 3/CĐ-NV", "V/v mít tinh kỷ niệm Ngày Nhà giáo Việt Nam, ngày 20/11", "Kính gửi: Các trường."]),
    ("laid-out-header-untouched",
     f"UBND HUYỆN ĐAM RÔNG\nPHÒNG NỘI VỤ\nSố: 3/PNV\n{MOTTO}\n{FREEDOM}\nĐam Rông, ngày 5 tháng 1 năm 2024",
     ["UBND HUYỆN ĐAM RÔNG", "PHÒNG NỘI VỤ", "Số: 3/PNV", MOTTO, FREEDOM, "Đam Rông, ngày 5 tháng 1 năm 2024"]),
    ("interleaved-columns-untouched", f"UBND HUYỆN ĐAM RÔNG          {MOTTO}",
     [f"UBND HUYỆN ĐAM RÔNG | {MOTTO}"]),
]


def _lines(text: str) -> list[str]:
    return [" | ".join(c.strip() for c in ln.split("\t")) if "\t" in ln else ln.strip()
            for ln in text.split("\n") if ln.strip()]


@pytest.mark.parametrize("row_id,raw,expected", table(ROWS))
def test_layout(row_id, raw, expected):
    out = restore_layout(raw)
    assert len(out) == len(raw), f"[{row_id}] the layout step changed the length"
    got = _lines(out)
    if row_id == "interleaved-columns-untouched":
        got = [" | ".join(part.strip() for part in ln.split("          ")) for ln in got]
    assert got == expected, f"[{row_id}] {got!r}"


def test_layout_keeps_the_offsets_of_normalise():
    raw = f"SỞ TƯ PHÁP ------- {MOTTO} {FREEDOM} -------\nSố: 61/STP-PBGDPL Đà Lạt, ngày 04 tháng 10 năm 2022"
    norm = normalise(raw)
    assert len(norm.origin) == len(norm.text) + 1
    k = norm.text.index("61/STP-PBGDPL")
    s, e = norm.source_span(k, k + len("61/STP-PBGDPL"))
    assert raw[s:e] == "61/STP-PBGDPL"


# ------------------------------------------------------------------ through the pipeline

FLAT_HEADER = (f"UBND TỈNH LÂM ĐỒNG SỞ TƯ PHÁP ------- {MOTTO} {FREEDOM} -------\n"
               "Số: 61 / STP- PBGDPL V/v hưởng ứng Ngày Pháp luật năm 2022 Đà Lạt, ngày 04 tháng 10 năm 2022 "
               "Kính gửi: - Các phòng thuộc Sở; - Trung tâm Trợ giúp pháp lý. "
               "Thực hiện Kế hoạch số 33/KH-UBND ngày 02/8/2022 của UBND tỉnh, Sở Tư pháp đề nghị như sau:")
SUMMARY = ("Mô tả: Công văn số 61/STP-PBGDPL ngày 04/10/2022 của Sở Tư pháp tỉnh Lâm Đồng về: hưởng ứng Ngày Pháp "
           "luật năm 2022 Kính gửi: - Các phòng thuộc Sở; - Trung tâm Trợ giúp pháp lý. Thực hiện Kế hoạch số "
           "33/KH-UBND ngày 02/8/2022 của UBND tỉnh, Sở Tư pháp đề nghị như sau:")
TABLE = ("*Source: https://example.vn/van-ban/quyet-dinh-12*\n\n# Về việc một văn bản khác của cổng\n\n"
         f"| UBND TỈNH SƠN LA ------- | {MOTTO} {FREEDOM} --------------- |\n|---|---|\n"
         "| Số: 12/QĐ-UBND | Sơn La, ngày 4 tháng 4 năm 2023 |\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC GIAO CHỈ TIÊU TRỒNG RỪNG\n\n"
         "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA")
LONG_SOURCE = ("Source: https://example.vn/van-ban/tai-chinh/quyet-dinh-77-qd-ubnd-2022-phan-bo-kinh-phi-ho-tro-"
               "hoc-sinh-vung-kho-khan-tren-dia-ban-tinh-nam-hoc-2022-2023-va-cac-nam-tiep-theo-552211.aspx\n\n"
               f"| UBND TỈNH ĐIỆN BIÊN ------- | {MOTTO} {FREEDOM} --------------- |\n|---|---|\n"
               "| Số: 77/QĐ-UBND | Điện Biên, ngày 4 tháng 4 năm 2022 |\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC PHÂN BỔ KINH PHÍ")
EMPTY_LEFT_CELL = "| | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lò Văn Mừng |"
TABLE_CLOSING = ("| Nơi nhận: - Như Điều 3; - Bộ Nông nghiệp (b/c); (báo cáo) - Lưu: VT. | KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
                 "Lò Văn Mừng |\n|---|---|")
E_SIGNED = ("Ký bởi: Sở Xây dựng\nThời gian ký: 03.06.2024 09:12:40 +07:00\nUBND TỈNH NINH THUẬN\nSỞ XÂY DỰNG\n"
            "Số:        /SXD-QLN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "V/v rà soát nhà ở xuống cấp     Độc lập - Tự do - Hạnh phúc\n"
            "Ninh Thuận, ngày         tháng 6 năm 2024\nKính gửi: UBND các huyện, thành phố.")
FLAT_FIGURES = FLAT_HEADER.replace("ngày 04 tháng 10 năm 2022", "ngày 04/10/2022")  # the place-date in figures
FIELDS = [
    ("flat-date-in-figures", FLAT_FIGURES, "document.issue_date", "2022-10-04"),
    ("flat-place-date-in-figures", FLAT_FIGURES, "document.place", "Đà Lạt"),
    ("flat-subject-before-date-in-figures", FLAT_FIGURES, "document.subject", "hưởng ứng Ngày Pháp luật năm 2022"),
    ("long-source-address-above-the-header", LONG_SOURCE, "issuer.name", "UBND TỈNH ĐIỆN BIÊN"),
    ("long-source-address-is-no-subject", LONG_SOURCE, "document.subject", "PHÂN BỔ KINH PHÍ"),
    ("markdown-table-issuer", TABLE, "issuer.name", "UBND TỈNH SƠN LA"),
    ("markdown-table-number", TABLE, "document.number", "12/QĐ-UBND"),
    ("markdown-table-subject-is-the-title-not-the-portal-line", TABLE, "document.subject",
     "GIAO CHỈ TIÊU TRỒNG RỪNG"),
    ("e-signed-subject-stops-at-the-blank-date-line", E_SIGNED, "document.subject", "rà soát nhà ở xuống cấp"),
    ("e-signed-number-blank", E_SIGNED, "document.number", None),
    ("e-signed-issuer-not-the-signature-metadata", E_SIGNED, "issuer", {"name": "SỞ XÂY DỰNG",
                                                                       "parent": "UBND TỈNH NINH THUẬN"}),
    ("flat-number", FLAT_HEADER, "document.number", "61/STP-PBGDPL"),
    ("flat-date", FLAT_HEADER, "document.issue_date", "2022-10-04"),
    ("flat-place", FLAT_HEADER, "document.place", "Đà Lạt"),
    ("flat-subject", FLAT_HEADER, "document.subject", "hưởng ứng Ngày Pháp luật năm 2022"),
    ("flat-kind", FLAT_HEADER, "document.kind", "cong_van"),
    ("flat-issuer", FLAT_HEADER, "issuer", {"name": "SỞ TƯ PHÁP", "parent": "UBND TỈNH LÂM ĐỒNG"}),
    ("flat-addressees", FLAT_HEADER, "addressees", ["Các phòng thuộc Sở", "Trung tâm Trợ giúp pháp lý"]),
    ("summary-number", SUMMARY, "document.number", "61/STP-PBGDPL"),
    ("summary-date", SUMMARY, "document.issue_date", "2022-10-04"),
    ("summary-subject", SUMMARY, "document.subject", "hưởng ứng Ngày Pháp luật năm 2022"),
    ("summary-issuer", SUMMARY, "issuer.name", "Sở Tư pháp tỉnh Lâm Đồng"),
    ("summary-addressees", SUMMARY, "addressees", ["Các phòng thuộc Sở", "Trung tâm Trợ giúp pháp lý"]),
]


@pytest.mark.parametrize("row_id,opening,path,expected", table(FIELDS))
def test_flattened_opening_fields(row_id, opening, path, expected):
    check_field(row_id, directive(header=opening, title="", preamble="", body=""), path, expected)


def test_markdown_table_closing():
    text = directive(closing=TABLE_CLOSING)
    check_field("markdown-table-signer", text, "signer", {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH",
                                                           "name": "Lò Văn Mừng"})
    check_field("markdown-table-distribution", text, "distribution", ["Bộ Nông nghiệp"])


def test_markdown_table_closing_with_an_empty_left_cell():
    check_field("empty-left-cell", directive(closing=EMPTY_LEFT_CELL), "signer",
                {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Lò Văn Mừng"})


def test_markdown_table_closing_head_signs_then_an_attached_part():
    closing = ("| Nơi nhận: - Như Điều 2; - Lưu: VT. | CHỦ TỊCH Lò Văn Mừng |\n|---|---|\n\nPhần I.\n\n"
               "DANH MỤC THỦ TỤC HÀNH CHÍNH")
    text = directive(closing=closing)
    check_field("head-signs-in-the-right-cell", text, "signer", {"authority": None, "title": "CHỦ TỊCH",
                                                                  "name": "Lò Văn Mừng"})
    check_field("attached-part-is-no-entry", text, "distribution", [])


# A web table's rows flattened one after the other: the issuer's first line, the motto (or the Party's, the Youth
# Union's name in its place), the issuer's second line, "Độc lập …"; the second line is the issuing body.
ROWS_FLATTENED = [
    ("district-office", f"UBND HUYỆN CHÂU THÀNH {MOTTO} PHÒNG GIÁO DỤC VÀ ĐÀO TẠO {FREEDOM}",
     {"name": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "parent": "UBND HUYỆN CHÂU THÀNH"}),
    ("provincial-department", f"ỦY BAN NHÂN DÂN TỈNH HÀ GIANG {MOTTO} SỞ Y TẾ {FREEDOM}",
     {"name": "SỞ Y TẾ", "parent": "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"}),
    ("commune-party-committee", "ĐẢNG BỘ HUYỆN TRIỆU PHONG ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG ỦY XÃ TRIỆU THÀNH",
     {"name": "ĐẢNG ỦY XÃ TRIỆU THÀNH", "parent": "ĐẢNG BỘ HUYỆN TRIỆU PHONG"}),
    ("youth-union", "HUYỆN ĐOÀN KRÔNG PẮC ĐOÀN TNCS HỒ CHÍ MINH BCH ĐOÀN XÃ EA PHÊ",
     {"name": "BCH ĐOÀN XÃ EA PHÊ", "parent": "HUYỆN ĐOÀN KRÔNG PẮC"}),
    # a text layer that reads each row's right cell first
    ("right-cell-first", f"{MOTTO} UBND HUYỆN CHÂU THÀNH\n{FREEDOM} PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
     {"name": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "parent": "UBND HUYỆN CHÂU THÀNH"}),
]


@pytest.mark.parametrize("row_id,first_line,issuer", table(ROWS_FLATTENED))
def test_a_header_flattened_row_by_row_names_the_second_line_as_issuer(row_id, first_line, issuer):
    opening = f"{first_line}\nSố: 58-TB/ĐU Tân Hòa, ngày 14 tháng 8 năm 2023\nTHÔNG BÁO\nKết luận của Thường trực"
    check_field(row_id, directive(header=opening, title="", preamble=""), "issuer", issuer)


@pytest.mark.parametrize(("closing", "title"), [
    # a Party list ends its entries with ",", the signature's second line glued after the first entry
    ("Nơi nhận: T/M BAN THƯỜNG VỤ\n- Ban Thường vụ Huyện ủy (b/c), PHÓ BÍ THƯ\n- Lưu Văn phòng.\nHoàng Văn Sơn",
     "PHÓ BÍ THƯ"),
    ("Nơi nhận: T/M ĐẢNG ỦY\n- Thường trực Huyện ủy (để b/c), BÍ THƯ\n- Các chi bộ trực thuộc,\n- Lưu VP.\nLê Văn Tám",
     "BÍ THƯ"),
])
def test_a_title_after_a_comma_ended_entry_opens_the_signature(closing, title):
    text = directive(closing=closing)
    record = record_of(text)
    assert record["signer"]["title"] == title, record["signer"]
    assert all(title not in entry for entry in record["distribution"]), record["distribution"]
