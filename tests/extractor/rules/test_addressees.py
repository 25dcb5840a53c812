"""Addressees (extractor/rules/addressees.py): the ``Kính gửi:`` entries, one per item, without list markers
and trailing ``;`` / ``.``.

Each row is a hand-written Kính gửi block placed in a small công văn (V/v subject, no type name). A new
layout of the block goes into ``BLOCKS``; a known gap via ``gap``.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from extractor_helpers import CLOSING, HEADER, check_field, directive, record_of, table

from extractor.normalise import normalise
from extractor.rules import addressees
from extractor.segment import segment

CONG_VAN_HEADER = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/PGDĐT-GDTX\nV/v tổ chức Ngày hội đọc sách năm 2023")


BLOCKS = [
    ("one-line", "Kính gửi: Ủy ban nhân dân các xã, thị trấn.", ["Ủy ban nhân dân các xã, thị trấn"]),
    # a web page's table cells around the list leave "|" lines in it: they name no one
    ("table-rules-around-the-list",
     "Kính gửi:\n|\n- Bảo hiểm xã hội tỉnh;\n- Sở Y tế;\n- Các cơ sở khám bệnh, chữa bệnh.\n|",
     ["Bảo hiểm xã hội tỉnh", "Sở Y tế", "Các cơ sở khám bệnh, chữa bệnh"]),
    ("empty-cells-before-the-list", "Kính gửi:\n| |\n- Phòng Giáo dục và Đào tạo;\n- Trung tâm Y tế huyện.",
     ["Phòng Giáo dục và Đào tạo", "Trung tâm Y tế huyện"]),

    ("dash-list",
     ("Kính gửi:\n- Hiệu trưởng các trường Tiểu học;\n- Hiệu trưởng các trường THCS;\n"
     "- Giám đốc Trung tâm GDNN-GDTX huyện."),
     ["Hiệu trưởng các trường Tiểu học", "Hiệu trưởng các trường THCS", "Giám đốc Trung tâm GDNN-GDTX huyện"]),
    ("semicolons-on-one-line", "Kính gửi: Phòng Văn hóa và Thông tin; Trung tâm Văn hóa - Thể thao huyện.",
     ["Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thể thao huyện"]),
    # entries run onto the label's line with dashes between them; a dash inside a body's name stays
    ("dashes-on-one-line", "Kính gửi: Sở Lao động - Thương binh và Xã hội - Ủy ban nhân dân các huyện, thị xã.",
     ["Sở Lao động - Thương binh và Xã hội", "Ủy ban nhân dân các huyện, thị xã"]),
    ("dashes-on-one-line-titles", "Kính gửi: - Phòng Tài chính - Kế hoạch - Trung tâm Văn hóa - Thể thao huyện",
     ["Phòng Tài chính - Kế hoạch", "Trung tâm Văn hóa - Thể thao huyện"]),
    ("dash-before-an-abbreviation-stays", "Kính gửi: Văn phòng HĐND - UBND huyện.", ["Văn phòng HĐND - UBND huyện"]),
    ("label-then-one-entry", "Kính gửi:\nHiệu trưởng các trường Mầm non trên địa bàn huyện.",
     ["Hiệu trưởng các trường Mầm non trên địa bàn huyện"]),
    ("no-colon-bullets", "Kính gửi\n• Thủ trưởng các cơ quan, đơn vị;\n• Chủ tịch UBND các xã.",
     ["Thủ trưởng các cơ quan, đơn vị", "Chủ tịch UBND các xã"]),
    ("indented-after-label",
     "Kính gửi:     - Các phòng, ban chuyên môn huyện;\n                   - UBND các xã, thị trấn.",
     ["Các phòng, ban chuyên môn huyện", "UBND các xã, thị trấn"]),
    ("bold-label", "**Kính gửi:** Ban Giám hiệu các trường", ["Ban Giám hiệu các trường"]),
    ("en-dash-markers", "Kính gửi:\n– Trưởng Công an huyện;\n– Giám đốc Bệnh viện Đa khoa huyện.",
     ["Trưởng Công an huyện", "Giám đốc Bệnh viện Đa khoa huyện"]),
    ("wrapped-entry", "Kính gửi:\n- Giám đốc Trung tâm học tập cộng đồng\ncác xã, thị trấn;\n- Trưởng các thôn.",
     ["Giám đốc Trung tâm học tập cộng đồng các xã, thị trấn", "Trưởng các thôn"]),
    ("inline-entry-ended-by-a-full-stop-then-a-short-statement",
     "Kính gửi: Trung tâm Văn hóa huyện.\nPhòng Văn hóa đề nghị Trung tâm báo cáo./.", ["Trung tâm Văn hóa huyện"]),
    ("dash-entry-wrapped-before-a-capital",
     "Kính gửi:\n- Các Sở: Tài chính, Xây dựng,\nGiao thông vận tải;\n- UBND các huyện.",
     ["Các Sở: Tài chính, Xây dựng, Giao thông vận tải", "UBND các huyện"]),
    ("entries-without-dashes", "Kính gửi:\nBan Quản lý chợ huyện;\nCác hợp tác xã dịch vụ;\nHội Nông dân các xã.",
     ["Ban Quản lý chợ huyện", "Các hợp tác xã dịch vụ", "Hội Nông dân các xã"]),
    ("inline-dash-list-then-first-sentence",
     "Kính gửi: - Ban Quản lý chợ huyện; - Các hợp tác xã dịch vụ. Thực hiện Công văn số 8/SCT-QLTM ngày 3/3/2021;",
     ["Ban Quản lý chợ huyện", "Các hợp tác xã dịch vụ"]),
    ("inline-entry-then-reply-sentence",
     "Kính gửi: Hợp tác xã Nông nghiệp Đông Hòa Phúc đáp Văn bản số 14/HTX ngày 2/3/2021, Phòng Kinh tế có ý kiến:",
     ["Hợp tác xã Nông nghiệp Đông Hòa"]),
    # "Sau khi …" opens the letter's first sentence: a name that ends unpunctuated before it ends there
    ("inline-entry-then-sau-khi-sentence",
     ("Kính gửi: Sở Y tế các tỉnh, thành phố trực thuộc Trung ương Sau khi Bộ Y tế ban hành Thông tư số 12/2019/TT-BYT,"
      " nhiều địa phương đã triển khai."), ["Sở Y tế các tỉnh, thành phố trực thuộc Trung ương"]),
    ("entry-then-sau-khi-paragraph",
     ("Kính gửi: Ủy ban nhân dân các huyện, thị xã\n\nSau khi Sở Nội vụ hướng dẫn việc rà soát hồ sơ, một số đơn vị "
      "còn chậm báo cáo."), ["Ủy ban nhân dân các huyện, thị xã"]),
    # an answer to a firm: its tax code and address under its name are its particulars, not addressees
    ("firm-with-tax-code-and-address",
     "Kính gửi: Công ty TNHH Cơ khí Hòa Phát;\nMã số thuế: 0101234567;\nĐịa chỉ: Số 5 đường Lê Lợi, phường 2, tỉnh Long An.",
     ["Công ty TNHH Cơ khí Hòa Phát"]),
    ("household-business-mst-and-address-label",
     "Kính gửi: Hộ kinh doanh Trần Thị Mai\nMST: 8012345678\nĐịa chỉ liên hệ: thôn 3, xã Tân Phú, tỉnh Đồng Nai.",
     ["Hộ kinh doanh Trần Thị Mai"]),
    ("dashed-firms-with-particulars",
     ("Kính gửi:\n- Công ty cổ phần Thủy sản Minh Phú;\n- Mã số doanh nghiệp: 2000393273;\n"
     "- Điện thoại: 0290 3839 391;\n- Công ty TNHH Chế biến gỗ An Khang."),
     ["Công ty cổ phần Thủy sản Minh Phú", "Công ty TNHH Chế biến gỗ An Khang"]),
    # the first entry on the label's line with no separator, the second on the next line
    ("first-entry-unpunctuated-second-below",
     "Kính gửi: Sở Công Thương tỉnh Quảng Nam\nBan Quản lý các khu công nghiệp tỉnh.",
     ["Sở Công Thương tỉnh Quảng Nam", "Ban Quản lý các khu công nghiệp tỉnh"]),
    # one name cut at its line's end: after a word no name ends with, or inside the names listed after a colon
    ("name-cut-after-các", "Kính gửi: Các\nHợp tác xã nông nghiệp trên địa bàn huyện Châu Thành",
     ["Các Hợp tác xã nông nghiệp trên địa bàn huyện Châu Thành"]),
    ("name-cut-after-của", "Kính gửi: Ban Quản lý dự án của\nỦy ban nhân dân huyện Hòa Vang.",
     ["Ban Quản lý dự án của Ủy ban nhân dân huyện Hòa Vang"]),
    ("names-after-a-colon-cut", "Kính gửi:\nGiám đốc Sở Y tế các tỉnh: Cà Mau, Bạc Liêu, Sóc\nTrăng, Hậu Giang, Kiên Giang.",
     ["Giám đốc Sở Y tế các tỉnh: Cà Mau, Bạc Liêu, Sóc Trăng, Hậu Giang, Kiên Giang"]),
    # a name may end with "trực thuộc": the preamble under it is no part of it
    ("name-ending-trực-thuộc", "Kính gửi: Các đơn vị trực thuộc", ["Các đơn vị trực thuộc"]),
    # entries numbered instead of dashed under the bare label
    ("numbered-entries", "Kính gửi:\n1. Ủy ban nhân dân các xã, thị trấn;\n2. Các trường học trên địa bàn huyện.",
     ["Ủy ban nhân dân các xã, thị trấn", "Các trường học trên địa bàn huyện"]),
    ("numbered-entries-three", ("Kính gửi:\n1. Phòng Văn hóa và Thông tin huyện;\n2. Trung tâm Văn hóa - Thể thao "
                                "huyện;\n3. Đài Truyền thanh huyện."),
     ["Phòng Văn hóa và Thông tin huyện", "Trung tâm Văn hóa - Thể thao huyện", "Đài Truyền thanh huyện"]),
    # a Party list on the label's line ends its dashed entries with ","
    ("party-dashes-after-commas", "Kính gửi: - Các chi bộ trực thuộc, - Các đồng chí Đảng ủy viên.",
     ["Các chi bộ trực thuộc", "Các đồng chí Đảng ủy viên"]),
    ("party-dashes-three-entries", "Kính gửi: - Ban Thường vụ Huyện đoàn, - Chi đoàn thôn 3, - Đoàn viên thanh niên.",
     ["Ban Thường vụ Huyện đoàn", "Chi đoàn thôn 3", "Đoàn viên thanh niên"]),
    # OCR of a handwritten addressee on a scan's blank line gives a letter or two of noise: no one
    ("ocr-noise-one-letter", "Kính gửi: Ề.", []),
    ("ocr-noise-beside-a-name", "Kính gửi: - Phòng Tư pháp huyện; - Ô.", ["Phòng Tư pháp huyện"]),
    ("two-letters-stand", "Kính gửi: Ô. Tâm.", ["Ô. Tâm"]),
]


@pytest.mark.parametrize("row_id,block,expected", table(BLOCKS))
def test_addressees(row_id, block, expected):
    text = directive(header=CONG_VAN_HEADER, title="", kinh_gui=block)
    check_field(row_id, text, "addressees", expected)


def test_no_kinh_gui_no_addressees():
    check_field("plan-without-kinh-gui", directive(), "addressees", [])


def test_preamble_after_the_block_is_not_an_addressee():
    block = "Kính gửi: Các trường Tiểu học và THCS."
    preamble = "Thực hiện Kế hoạch số 90/KH-UBND ngày 01/9/2023 của UBND huyện Sơn Tịnh;\nPhòng GDĐT đề nghị như sau:"
    text = directive(header=CONG_VAN_HEADER, title="", kinh_gui=block, preamble=preamble)
    check_field("kinh-gui-then-thuc-hien", text, "addressees", ["Các trường Tiểu học và THCS"])


# A web page's copy: the portal's register table and notices (some thirty lines) stand before the letter, so the
# segmenter finds no header and leaves "Kính gửi:" in the body; its dashed entries are still the addressees.
PORTAL_LEAD = ("|\n|\nBản dịch này thuộc quyền sở hữu của **\nTHƯ VIỆN PHÁP LUẬT**.\nĐang tải văn bản...\n#\n"
               "**Số hiệu:**\n|\n{number}\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Nơi ban hành:**\n|\nThành phố Hà Nội\n|\n"
               "**Người ký:**\n|\nNguyễn Văn Bình\n|\n**Ngày ban hành:**\n|\n03/12/2025\n|\n**Ngày hiệu lực:**\n|\n"
               "Đã biết\n|\n**Tình trạng:**\n|\nĐã biết\n"
               "|\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n"
               "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố: {number}\nV/v tăng cường kiểm soát ô nhiễm không khí\n"
               "|\nHà Nội, ngày 03 tháng 12 năm 2025\n|")
STRAY = [
    ("portal-register-then-letter", "812/SGDĐT-CTTT",
     "Kính gửi:\n- UBND các xã, phường;\n- Các đơn vị, cơ sở giáo dục trực thuộc.",
     ["UBND các xã, phường", "Các đơn vị, cơ sở giáo dục trực thuộc"]),
    ("portal-register-then-one-line", "45/UBND-VX",
     "Kính gửi: Phòng Giáo dục và Đào tạo các huyện; Trung tâm Y tế huyện.",
     ["Phòng Giáo dục và Đào tạo các huyện", "Trung tâm Y tế huyện"]),
]


@pytest.mark.parametrize("row_id,number,block,expected", table(STRAY))
def test_kinh_gui_after_a_portals_notices(row_id, number, block, expected):
    body = (f"{PORTAL_LEAD.format(number=number)}\n{block}\nThực hiện Công văn số 6356/UBND-NNMT ngày 01/12/2025 "
            "của UBND Thành phố, Sở đề nghị các đơn vị thực hiện như sau:\n- Theo dõi chỉ số chất lượng không khí;\n"
            "- Hạn chế hoạt động ngoài trời.")
    check_field(row_id, directive(header="", title="", preamble="", body=body), "addressees", expected)


# A Công điện names its addressees after "<ISSUER IN CAPITALS> điện:", right under its title, as a letter does after
# "Kính gửi:".
CONG_DIEN = [
    ("ministry-dash-list",
     "BỘ Y TẾ điện:\n- Giám đốc Sở Y tế các tỉnh, thành phố;\n- Giám đốc các bệnh viện trực thuộc Bộ.",
     ["Giám đốc Sở Y tế các tỉnh, thành phố", "Giám đốc các bệnh viện trực thuộc Bộ"]),
    ("chairman-capital-dien-one-line",
     "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN: Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố.",
     ["Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố"]),
    ("prime-minister-bold-label-wrapped-entry",
     ("**THỦ TƯỚNG CHÍNH PHỦ điện:**\n- Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường,\nXây dựng;\n"
     "- Ủy ban nhân dân các tỉnh: Quảng Trị, Huế."),
     ["Các Bộ: Quốc phòng, Công an, Nông nghiệp và Môi trường, Xây dựng", "Ủy ban nhân dân các tỉnh: Quảng Trị, Huế"]),
    # a table cell wraps one entry over three lines, the last closed with "." although another entry follows
    ("entry-over-three-lines-then-another",
     ("BỘ Y TẾ điện:\n- Giám đốc các Sở:\nY tế, Tài chính, Xây dựng,\nNông nghiệp và Môi trường.\n"
      "- Chủ tịch Ủy ban nhân dân các huyện Tuy Phước, Phù Cát."),
     ["Giám đốc các Sở: Y tế, Tài chính, Xây dựng, Nông nghiệp và Môi trường",
      "Chủ tịch Ủy ban nhân dân các huyện Tuy Phước, Phù Cát"]),
    # an office cut from its body at the line's end, the body's line as long as its list of provinces
    ("office-cut-from-its-body",
     ("**THỦ TƯỚNG CHÍNH PHỦ điện:**\n- Bộ trưởng Bộ Xây dựng;\n- Bí thư Tỉnh ủy, Chủ tịch\nỦy ban nhân dân các "
      "tỉnh, thành phố trực thuộc Trung ương: Quảng Bình, Quảng Trị, Thừa Thiên Huế, Quảng Nam, Bình Định, Phú Yên."),
     ["Bộ trưởng Bộ Xây dựng", ("Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương: "
                                "Quảng Bình, Quảng Trị, Thừa Thiên Huế, Quảng Nam, Bình Định, Phú Yên")]),
]


@pytest.mark.parametrize("row_id,block,expected", table(CONG_DIEN))
def test_a_cong_diens_addressees(row_id, block, expected):
    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 07/CĐ-UBND")
    title = "CÔNG ĐIỆN\nVề việc chủ động ứng phó với bão số 5"
    preamble = "Trước diễn biến phức tạp của bão số 5, để chủ động ứng phó, yêu cầu các cơ quan, đơn vị:"
    text = f"{header}\n\n{title}\n{block}\n{preamble}\n1. Tổ chức trực ban nghiêm túc.\n\n{CLOSING}\n"
    check_field(row_id, text, "addressees", expected)
    assert "điện" not in record_of(text)["document"]["subject"]  # the label ends the title


# A label the segmenter left in the opening (a crawl's chrome above it, no header): its dashed entries are read there,
# an entry wrapped onto the next line ("- Bộ trưởng, …, cơ quan thuộc" / "Chính phủ;", a crawl's blank line between)
# goes on as under a header.
@pytest.mark.parametrize(("block", "expected"), [
    (("BỘ Y TẾ điện:\n- Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc\n\nChính phủ;\n"
      "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương."),
     ["Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ",
      "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]),
    ("Kính gửi:\n- Giám đốc các sở, Thủ trưởng các ban,\n\nngành, đoàn thể tỉnh;\n- Chủ tịch Ủy ban nhân dân các huyện.",
     ["Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh", "Chủ tịch Ủy ban nhân dân các huyện"]),
    ("Kính gửi:\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo.",
     ["Sở Y tế", "Sở Giáo dục và Đào tạo"]),
])
def test_a_label_left_in_the_opening_reads_its_wrapped_entries(block, expected):
    text = (f"Thực hiện chỉ đạo của cấp trên về phòng, chống dịch bệnh.\n{block}\n"
            "Để chủ động phòng, chống dịch, đề nghị các cơ quan phối hợp thực hiện.\n")
    seg = segment(normalise(text).text)
    stray = replace(seg, kinh_gui=[], preamble=[ln for ln in seg.lines if not ln.kind or ln.kind == "bullet"], body=[])
    assert [f.value for f in addressees.extract(stray)] == expected
