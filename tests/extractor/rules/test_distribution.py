"""Distribution (extractor/rules/distribution.py): the ``Nơi nhận:`` entries except ``Như trên``, ``Như Điều …``
and ``Lưu …``, without trailing purpose notes in parentheses.

Each row is a hand-written closing (Nơi nhận and signature) of a small plan; the expected list follows the
guide. A new layout goes into ``CLOSINGS``; a known gap via ``gap``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table

SIGNATURE = "\n\nKT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nLê Văn Tâm"

CLOSINGS = [
    ("purpose-notes-dropped",
     "Nơi nhận:\n- Như trên;\n- Sở Văn hóa, Thể thao và Du lịch (b/c);\n- TT Huyện ủy, TT HĐND huyện (để b/c);\n"
     "- Chủ tịch, các PCT UBND huyện;\n- Lưu: VT, VHTT." + SIGNATURE,
     ["Sở Văn hóa, Thể thao và Du lịch", "TT Huyện ủy, TT HĐND huyện", "Chủ tịch, các PCT UBND huyện"]),
    ("first-entry-on-label-line",
     "Nơi nhận: - Như Điều 3;\n- UBND tỉnh (để báo cáo);\n- Cổng Thông tin điện tử huyện (để đăng tải);\n"
     "- Đài TT-TH huyện (phối hợp tuyên truyền);\n- Lưu: VT." + SIGNATURE,
     ["UBND tỉnh", "Cổng Thông tin điện tử huyện", "Đài TT-TH huyện"]),
    # a space typed after the bracket ("( Thực hiện)", "( b/c )")
    ("purpose-notes-with-a-space-inside",
     "Nơi nhận:\n- Ban CTMT các thôn ( Thực hiện);\n- Đảng ủy xã ( b/c );\n- Lưu: VT." + SIGNATURE,
     ["Ban CTMT các thôn", "Đảng ủy xã"]),
    ("wrapped-entry", "Nơi nhận:\n- Các phòng, ban, ngành\nthuộc UBND huyện;\n- UBND các xã (t/h);\n- Lưu: VT." + SIGNATURE,
     ["Các phòng, ban, ngành thuộc UBND huyện", "UBND các xã"]),
    ("signer-column-on-the-same-lines",
     ("Nơi nhận:                                 KT. CHỦ TỊCH\n- Như trên;                               PHÓ CHỦ TỊCH\n"
     "- UBND tỉnh (để báo cáo);\n- Lưu: VT.\n\n                                          Trần Văn Bình"), ["UBND tỉnh"]),
    ("flattened-with-pipes",
     "Nơi nhận: | KT. CHỦ TỊCH\n- Như trên; | PHÓ CHỦ TỊCH\n- UBND tỉnh (để báo cáo);\n- Lưu: VT. |\n | Trần Văn Bình",
     ["UBND tỉnh"]),
    ("plus-markers-luu-without-colon",
     "Nơi nhận:\n+ Phòng GDĐT (b/c);\n+ Website trường;\n+ Lưu VT.\n\nHIỆU TRƯỞNG\n\n(Đã ký)\n\nPhạm Thị Hoa",
     ["Phòng GDĐT", "Website trường"]),
    ("abbreviated-purpose-notes-as-ocr-reads-them",
     "Nơi nhận:\n- UBND huyện (b/€);\n- Hội Khuyến học (p/h);\n- TT Tỉnh ủy (b/);\n- Các trường (đ/b);\n"
     "- Sở GDĐT (đế b/c);\n- Trưởng các ấp (th);\n- Lưu: VT." + SIGNATURE,
     ["UBND huyện", "Hội Khuyến học", "TT Tỉnh ủy", "Các trường", "Sở GDĐT", "Trưởng các ấp"]),
    ("ocr-debris-and-an-entry-wrapped-before-a-capital",
     "Nơi nhận:\ncố\n- Sở GD&ĐT (để b/c);\nXi ngay, 7 0v sngi GA\n- Các xã, thị trấn, các trường\nTHPT, THCS (để thực hiện);\n- Website Sở\n"
     "- Lưu: VT." + SIGNATURE,
     ["Sở GD&ĐT", "Các xã, thị trấn, các trường THPT, THCS", "Website Sở"]),
    ("starred-seal-text-under-the-title-is-no-entry",
     ("Nơi nhận:\n- Phòng GD&ĐT (b/c);\n- Website trường;\n- Lưu: VT.\nHIỆU TRƯỞNG\n"
     "* PHÒNG GD&ĐT PHÚ LẠC * TRƯỜNG THCS TRẦN QUỐC TOẢN\n(Đã ký)\nNguyễn Thị Hồng Vân"),
     ["Phòng GD&ĐT", "Website trường"]),
    ("only-nhu-tren-and-luu", "Nơi nhận:\n- Như trên;\n- Lưu: VT." + SIGNATURE, []),
    # OCR slips on the two entries that name no recipient: a tone mark off, "ư" read "u"
    ("nhu-dieu-as-ocr-reads-it", "Nơi nhận:\n- Như Điêu 3;\n- Nhu trên;\n- UBND tỉnh (b/c);\n- Lưu: VT." + SIGNATURE,
     ["UBND tỉnh"]),
    ("no-noi-nhan", "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n\nLê Văn Tâm", []),
    ("signature-block-mixed-into-entries-without-dashes",
     "Nơi nhận: TRƯỞNG PHÒNG\nNhư trên; (Đã ký)\nUBND huyện (b/c); Mạc Thị Duyên\nCác hợp tác xã;\nLưu: VT.",
     ["UBND huyện", "Các hợp tác xã"]),
    ("whole-list-on-one-line-with-the-signer",
     "Nơi nhận: - Như trên; - UBND huyện (b/c); - Lưu: VT. KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG Mạc Thị Duyên",
     ["UBND huyện"]),
    ("entry-wrapped-after-a-comma-in-capitals",
     "Nơi nhận:\n- VP UBND huyện: CVP, PCVP,\nTH, KT;\n- Lưu: VT." + SIGNATURE, ["VP UBND huyện: CVP, PCVP, TH, KT"]),
    ("in-charge-note-is-part-of-the-entry",
     "Nơi nhận:\n- PCT UBND huyện (phụ trách VX);\n- Lưu: VT." + SIGNATURE, ["PCT UBND huyện (phụ trách VX)"]),
    ("purpose-notes-in-quotes",
     "Nơi nhận:\n- Sở Văn hóa, Thể thao và Du lịch “để b/c”;\n- Các xã, thị trấn \"thực hiện\";\n- Lưu: VT." + SIGNATURE,
     ["Sở Văn hóa, Thể thao và Du lịch", "Các xã, thị trấn"]),
    # a group's head with its first "+" sub-entry on its line; the next "+" entry stands alone
    ("group-head-with-its-first-sub-entry",
     "Nơi nhận:\n- Như trên;\n- VPUB: + CVP, các PCVP (đ/b);\n+ Cổng TTĐT tỉnh (đưa tin);\n- Lưu: VT, KT." + SIGNATURE,
     ["VPUB: CVP, các PCVP", "Cổng TTĐT tỉnh"]),
    ("group-head-of-a-district-office",
     "Nơi nhận:\n- VP HĐND-UBND huyện: + CVP, PCVP;\n+ Trang TTĐT huyện (để đưa tin);\n- Lưu: VT." + SIGNATURE,
     ["VP HĐND-UBND huyện: CVP, PCVP", "Trang TTĐT huyện"]),
    ("news-note-dropped", "Nơi nhận:\n- Báo Quảng Nam (đưa tin);\n- Đài PT-TH tỉnh (để đưa tin);\n- Lưu: VT." + SIGNATURE,
     ["Báo Quảng Nam", "Đài PT-TH tỉnh"]),
    # an OCR's inline LaTeX for a note it took for a formula (normalise.py reads it back as "(đ/b)")
    ("purpose-note-as-ocr-latex",
     "Nơi nhận:\n- Thường trực Huyện ủy $( \\mathrm { đ } / \\mathrm { b } )$ ;\n- Lưu: VT." + SIGNATURE,
     ["Thường trực Huyện ủy"]),
    # the unit of the body the copy goes to, before the purpose note in the same brackets
    ("unit-then-purpose-note",
     "Nơi nhận:\n- Bộ Quốc phòng (Cục Tác chiến - để b/c);\n- Sở Nội vụ (Phòng CCHC, để t/h);\n- Lưu: VT." + SIGNATURE,
     ["Bộ Quốc phòng", "Sở Nội vụ"]),
    ("unit-then-report-note", "Nơi nhận:\n- Tỉnh ủy (Ban Dân vận – báo cáo);\n- Lưu: VT, NC." + SIGNATURE, ["Tỉnh ủy"]),
    # "Như Kính gửi" names the addressees again, as "Như trên" does
    ("nhu-kinh-gui", "Nơi nhận:\n- Như Kính gửi;\n- Phòng GD&ĐT (b/c);\n- Lưu: VT." + SIGNATURE, ["Phòng GD&ĐT"]),
    ("nhu-kinh-gui-lower-case", "Nơi nhận:\n- Như kính gửi (t/h);\n- UBND xã (b/c);\n- Lưu: VT, HS." + SIGNATURE,
     ["UBND xã"]),
    # the signature's second line set alone between the label and the first entry: the list goes on under it
    ("title-line-before-the-first-entry",
     ("Nơi nhận:                          TM. BAN THƯỜNG TRỰC\nCHỦ TỊCH\n- Ban Thường trực UBMTTQ tỉnh (b/c);\n"
      "- Các tổ chức thành viên;\n- Lưu: VT.                          Rơ Mah Hlim"),
     ["Ban Thường trực UBMTTQ tỉnh", "Các tổ chức thành viên"]),
    ("deputy-title-line-before-the-first-entry",
     ("Nơi nhận:                          KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG\n- TT. HĐND quận (b/c);\n"
      "- UBND 12 phường;\n- Lưu: VT.                          Trần Văn Hòa"),
     ["TT. HĐND quận", "UBND 12 phường"]),
]


@pytest.mark.parametrize("row_id,closing,expected", table(CLOSINGS))
def test_distribution(row_id, closing, expected):
    check_field(row_id, directive(closing=closing), "distribution", expected)


# A crawl runs the entries onto the label's line without dashes: each ";" ends one.
ONE_LINE = [
    ("entries-on-the-label-line",
     "Nơi nhận: Như trên; UBND huyện (b/c); Phòng Nội vụ; Lưu: VT." + SIGNATURE, ["UBND huyện", "Phòng Nội vụ"]),
    ("entries-on-the-label-line-with-dashes",
     "Nơi nhận: - Như Điều 3; - Sở Tài chính (để p/h); - Kho bạc Nhà nước huyện; - Lưu: VT, TC." + SIGNATURE,
     ["Sở Tài chính", "Kho bạc Nhà nước huyện"]),
    # a Party list ends its entries with ","
    ("party-entries-on-the-label-line",
     ("Nơi nhận: - Như trên, - Ban Tổ chức Huyện ủy (b/c), - Các chi bộ trực thuộc, - Lưu VP. T/M BAN THƯỜNG VỤ "
      "PHÓ BÍ THƯ Lê Văn Tám"), ["Ban Tổ chức Huyện ủy", "Các chi bộ trực thuộc"]),
    ("party-entries-with-notes-on-the-label-line",
     "Nơi nhận: - Thường trực Huyện ủy (để b/c), - Đảng ủy viên, - Lưu Văn phòng Đảng ủy." + SIGNATURE,
     ["Thường trực Huyện ủy", "Đảng ủy viên"]),
]


@pytest.mark.parametrize("row_id,closing,expected", table(ONE_LINE))
def test_entries_on_the_label_line(row_id, closing, expected):
    check_field(row_id, directive(closing=closing), "distribution", expected)


@pytest.mark.parametrize("row_id,tail,expected", [
    ("one-line-notice",
     ("Nhà trường đề nghị các Khoa thực hiện./. Nơi nhận: - BGH (để b/c); - Các phòng, khoa, trung tâm; "
      "- Sinh viên các khóa 61, 62; - Lưu: VT, ĐT. KT. HIỆU TRƯỞNG PHÓ HIỆU TRƯỞNG (Đã ký) Trần Văn An"),
     ["BGH", "Các phòng, khoa, trung tâm", "Sinh viên các khóa 61, 62"]),
    ("one-line-letter-without-luu",
     ("Đề nghị các đơn vị triển khai thực hiện. Nơi nhận: - Như trên; - UBND huyện (để báo cáo); "
      "- Các trường THCS TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn Hùng"),
     ["UBND huyện", "Các trường THCS"]),
])
def test_a_list_run_into_a_flattened_line(row_id, tail, expected):
    # a portal's copy on one line: "Nơi nhận: - …; - …; - Lưu: …" runs on after the last sentence
    text = ("UBND HUYỆN SƠN TỊNH TRƯỜNG THCS TỊNH HÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
            "Số: 45/TB-THCS Tịnh Hà, ngày 03 tháng 12 năm 2024 THÔNG BÁO Về lịch thi học kỳ I Nhà trường thông báo lịch "
            "thi học kỳ I như sau: thi từ ngày 06/01/2025. " + tail + "\n")
    check_field(row_id, text, "distribution", expected)
