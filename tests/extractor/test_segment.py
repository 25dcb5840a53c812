"""Stage segment (extractor/segment.py): zones of a directive and list markers with their levels.

The header tests run one header written in the three shapes the genre arrives in (columns one after the
other, interleaved line by line with a wide gap, flattened with ``|``); a new shape goes into ``SHAPES``
and must give the same columns. New list markers go into ``MARKERS`` as (line, kind, level, body).
"""

from __future__ import annotations

import pytest
from extractor_helpers import directive

from extractor.normalise import normalise
from extractor.segment import segment

LEFT = ["SỞ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG THPT TRẦN QUỐC TUẤN", "Số: 88/KH-THPTTQT"]
RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Nghĩa Hành, ngày 03 tháng 10 năm 2022"]

SHAPES = {
    "one-after-the-other": "\n".join(LEFT) + "\n\n" + "\n".join(RIGHT),
    "interleaved": "\n".join(f"{a:<34}{b}" for a, b in zip(LEFT, RIGHT, strict=True)),
    "flattened": "\n".join(f"{a} | {b}" for a, b in zip(LEFT, RIGHT, strict=True)),
    "flattened-with-rules": "\n".join(f"| {a} | {b} |" for a, b in zip(LEFT, RIGHT, strict=True)),
}
# Columns separated by a tab stop (text copied out of Word).
TAB_SHAPE = "interleaved-tab"
SHAPES[TAB_SHAPE] = "\n".join(f"{a}\t{b}" for a, b in zip(LEFT, RIGHT, strict=True))
SHAPE_PARAMS = [pytest.param(s, id=s) for s in SHAPES]

TITLE = "KẾ HOẠCH\nTổ chức Tháng hành động vì an toàn thực phẩm\nnăm 2022 trong nhà trường"
PREAMBLE = (
    "Căn cứ Kế hoạch số 140/KH-SGDĐT ngày 20/9/2022 của Sở Giáo dục và Đào tạo về tổ chức Tháng hành động;\n"
    "Trường THPT Trần Quốc Tuấn xây dựng kế hoạch như sau:"
)
BODY = "I. MỤC ĐÍCH\n- Nâng cao ý thức về an toàn thực phẩm.\nII. TỔ CHỨC THỰC HIỆN\n1. Đoàn trường\n- Phát động cuộc thi vẽ tranh."
CLOSING = "Nơi nhận:\n- Sở GDĐT (để b/c);\n- Lưu: VT.\n\nHIỆU TRƯỞNG\n\nPhạm Thị Hoa"


def _seg(text: str):
    return segment(normalise(text).text)


def _doc(header: str, **zones: str) -> str:
    parts = {"title": TITLE, "preamble": PREAMBLE, "body": BODY, "closing": CLOSING} | zones
    return directive(header=header, **parts)


@pytest.mark.parametrize("shape", SHAPE_PARAMS)
def test_header_shapes_give_the_same_columns(shape):
    seg = _seg(_doc(SHAPES[shape]))
    left = [c.text for c in seg.left_column()]
    right = [c.text for c in seg.right_column()]
    assert left == LEFT, f"[{shape}] left column: expected {LEFT}, got {left}"
    assert right == RIGHT, f"[{shape}] right column: expected {RIGHT}, got {right}"
    assert all(seg.text[c.start : c.end] == c.text for c in seg.header), f"[{shape}] cell spans"


@pytest.mark.parametrize("shape", SHAPE_PARAMS)
def test_header_shapes_give_the_same_record_head(shape):
    from extractor_helpers import record_of

    record = record_of(_doc(SHAPES[shape]))
    got = (record["issuer"], record["document"]["number"], record["document"]["place"],
           record["document"]["issue_date"], record["document"]["kind"])
    expected = ({"name": "TRƯỜNG THPT TRẦN QUỐC TUẤN", "parent": "SỞ GIÁO DỤC VÀ ĐÀO TẠO"}, "88/KH-THPTTQT",
                "Nghĩa Hành", "2022-10-03", "ke_hoach")
    assert got == expected, f"[{shape}]"


def test_type_line_and_title():
    seg = _seg(_doc(SHAPES["one-after-the-other"]))
    assert seg.type_line is not None and seg.type_line.text == "KẾ HOẠCH"
    # the trích yếu may arrive as one line or two (a wrapped title line may be rejoined by normalise)
    assert " ".join(" ".join(ln.text for ln in seg.title).split()) == (
        "KẾ HOẠCH Tổ chức Tháng hành động vì an toàn thực phẩm năm 2022 trong nhà trường")
    assert seg.preamble[0].text.startswith("Căn cứ Kế hoạch số 140/KH-SGDĐT")


def test_cong_van_subject_stays_in_the_left_column():
    header = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRƯỜNG THPT TRẦN QUỐC TUẤN | Độc lập - Tự do - Hạnh phúc\n"
        "Số: 91/THPTTQT-VP | Nghĩa Hành, ngày 05 tháng 10 năm 2022\n"
        "V/v tham gia Tháng hành động |\nvì an toàn thực phẩm |"
    )
    seg = _seg(_doc(header, title="", kinh_gui="Kính gửi: Các tổ chuyên môn."))
    assert [c.text for c in seg.left_column()] == [*LEFT[:2], "Số: 91/THPTTQT-VP", "V/v tham gia Tháng hành động",
                                                   "vì an toàn thực phẩm"]
    assert seg.type_line is None and seg.title == []


KINH_GUI = [
    ("one-line", "Kính gửi: Ủy ban nhân dân các xã, thị trấn.", ["Kính gửi: Ủy ban nhân dân các xã, thị trấn."]),
    ("list", "Kính gửi:\n- Các tổ chuyên môn;\n- Đoàn Thanh niên nhà trường.",
     ["Kính gửi:", "- Các tổ chuyên môn;", "- Đoàn Thanh niên nhà trường."]),
    ("label-then-line", "Kính gửi:\nHiệu trưởng các trường Tiểu học trên địa bàn huyện.",
     ["Kính gửi:", "Hiệu trưởng các trường Tiểu học trên địa bàn huyện."]),
]


@pytest.mark.parametrize("name,block,lines", KINH_GUI, ids=[k[0] for k in KINH_GUI])
def test_kinh_gui_lines(name, block, lines):
    seg = _seg(_doc(SHAPES["flattened"], kinh_gui=block))
    assert [ln.text for ln in seg.kinh_gui] == lines, f"[{name}]"
    assert seg.preamble[0].text.startswith("Căn cứ Kế hoạch số 140"), f"[{name}] preamble after Kính gửi"


def test_preamble_and_body():
    seg = _seg(_doc(SHAPES["interleaved"]))
    assert [ln.text for ln in seg.preamble] == PREAMBLE.split("\n")
    assert [ln.text for ln in seg.body] == BODY.split("\n")


def test_preamble_without_numbered_sections():
    body = "Các tổ chuyên môn lồng ghép nội dung an toàn thực phẩm vào giờ sinh hoạt lớp.\nĐoàn trường phát động thi vẽ tranh."
    seg = _seg(_doc(SHAPES["flattened"], body=body))
    assert [ln.text for ln in seg.preamble] == PREAMBLE.split("\n")
    assert [ln.text for ln in seg.body] == body.split("\n")


def test_closing_holds_noi_nhan_and_signature():
    closing = "Nơi nhận:\n- Sở GDĐT (để b/c);\n- Lưu: VT.\n\nKT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nVõ Minh Quân"
    seg = _seg(_doc(SHAPES["flattened"], closing=closing))
    assert [ln.text for ln in seg.closing] == [ln for ln in closing.split("\n") if ln]
    assert seg.body[-1].text == "- Phát động cuộc thi vẽ tranh."
    assert seg.appendix_start is None


def test_signature_without_noi_nhan_closes_the_body():
    closing = "TM. BAN CHẤP HÀNH\nBÍ THƯ\n\nĐinh Thị Lan"
    seg = _seg(_doc(SHAPES["flattened"], closing=closing))
    assert [ln.text for ln in seg.closing] == ["TM. BAN CHẤP HÀNH", "BÍ THƯ", "Đinh Thị Lan"]


@pytest.mark.parametrize("appendix", [
    "PHỤ LỤC\nLịch tổ chức các hoạt động\n1. Tuần 1: phát động\n2. Tuần 2: thi vẽ tranh",
    "Mẫu số 01\nBÁO CÁO KẾT QUẢ\nTên đơn vị: ........",
    "DANH SÁCH\nCán bộ phụ trách các lớp",
    "KHẨU HIỆU\n1. An toàn thực phẩm - trách nhiệm của toàn xã hội",
    # a form with its own national header, spelled "HÒA" or "HOÀ"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐƠN ĐĂNG KÝ DỰ THI\nHọ và tên: ........",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPHIẾU ĐĂNG KÝ\nTên trường: ........",
])
def test_appendix_after_the_signature_is_cut_off(appendix):
    text = normalise(_doc(SHAPES["flattened"], closing=CLOSING + "\n\n" + appendix)).text
    seg = segment(text)
    first = appendix.split()[0]  # the first word: normalising writes "HOÀ" as "HÒA"
    assert seg.appendix_start == text.index(first, text.index("Phạm Thị Hoa"))
    assert seg.closing[-1].text == "Phạm Thị Hoa"
    assert all(ln.end <= seg.appendix_start for ln in seg.closing + seg.body)


MARKERS = [
    # (line, kind, level, body after the marker)
    ("I. MỤC ĐÍCH, YÊU CẦU", "roman", 1, "MỤC ĐÍCH, YÊU CẦU"),
    ("IV) TỔ CHỨC THỰC HIỆN", "roman", 1, "TỔ CHỨC THỰC HIỆN"),
    ("Điều 1. Ban hành kèm theo Quyết định này", "dieu", 2, "Ban hành kèm theo Quyết định này"),
    ("Điều 12: Hiệu lực thi hành", "dieu", 2, "Hiệu lực thi hành"),
    # a section of the plan in capitals numbered in figures ranks with "III." (an agency in capitals does not)
    ("3. TỔ CHỨC THỰC HIỆN", "arabic", 1, "TỔ CHỨC THỰC HIỆN"),
    ("1. MỤC ĐÍCH, YÊU CẦU", "arabic", 1, "MỤC ĐÍCH, YÊU CẦU"),
    ("4) KINH PHÍ THỰC HIỆN", "arabic", 1, "KINH PHÍ THỰC HIỆN"),
    ("2. SỞ GIÁO DỤC VÀ ĐÀO TẠO", "arabic", 2, "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("2. Nội dung hội nghị", "arabic", 2, "Nội dung hội nghị"),
    ("1. Phòng Văn hóa và Thông tin", "arabic", 2, "Phòng Văn hóa và Thông tin"),
    ("2) Trung tâm Y tế huyện", "arabic", 2, "Trung tâm Y tế huyện"),
    ("5.1. Đối với các trường", "arabic", 3, "Đối với các trường"),
    ("5.1 Đối với các trường", "arabic", 3, "Đối với các trường"),
    ("2.3.1. Lễ phát động", "arabic", 4, "Lễ phát động"),
    ("a) Xây dựng kế hoạch chi tiết", "letter", 6, "Xây dựng kế hoạch chi tiết"),
    ("đ) Tổng hợp báo cáo", "letter", 6, "Tổng hợp báo cáo"),
    ("b. Bộ Nông nghiệp có trách nhiệm:", "letter", 6, "Bộ Nông nghiệp có trách nhiệm:"),
    ("đ. Tổng hợp báo cáo", "letter", 6, "Tổng hợp báo cáo"),
    ("x. là một chữ thường", "", 9, "x. là một chữ thường"),  # no capital after the dot: no list item
    ("- Treo băng rôn tại cổng trường", "bullet", 7, "Treo băng rôn tại cổng trường"),
    ("– Treo băng rôn tại cổng trường", "bullet", 7, "Treo băng rôn tại cổng trường"),
    ("• Treo băng rôn tại cổng trường", "bullet", 7, "Treo băng rôn tại cổng trường"),
    ("+ Khối 10 vẽ tranh cổ động", "bullet", 8, "Khối 10 vẽ tranh cổ động"),
    ("Các trường chủ động bố trí thời gian.", "", 9, "Các trường chủ động bố trí thời gian."),
    ("2023 là năm chuyển đổi số", "", 9, "2023 là năm chuyển đổi số"),
]


@pytest.mark.parametrize("line,kind,level,body", MARKERS, ids=[m[0][:14] for m in MARKERS])
def test_list_marker(line, kind, level, body):
    seg = _seg(_doc(SHAPES["flattened"], body=f"I. NỘI DUNG\n{line}\n- Mục cuối."))
    ln = next(x for x in seg.body if x.text == line)
    assert (ln.kind, ln.level, ln.body) == (kind, level, body), f"[{line}]"
    assert seg.text[ln.body_start : ln.end] == body


def test_line_spans_point_into_the_text():
    text = normalise(_doc(SHAPES["interleaved"], kinh_gui="Kính gửi: Các tổ chuyên môn.")).text
    seg = segment(text)
    assert seg.lines, "no lines"
    for ln in seg.lines:
        assert text[ln.start : ln.end] == ln.text
        assert ln.start <= ln.body_start <= ln.end
    assert [ln.index for ln in seg.lines] == list(range(len(seg.lines)))


def test_empty_text_has_no_zones():
    seg = segment("")
    assert seg.lines == [] and seg.header == [] and seg.body == [] and seg.type_line is None


def test_a_numbered_note_above_the_header_neither_ends_it_nor_joins_it():
    # A routing note on the received copy ("1. Chuyển …") stands above the header's own lines.
    from extractor.segment import segment

    text = ("1. Chuyển đ/c Hà xử lý\nỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ | "
            "Độc lập - Tự do - Hạnh phúc\nSố: 12/KH-UBND | Quảng Trị, ngày 19 tháng 5 năm 2023\n"
            "KẾ HOẠCH\nTổ chức Tháng hành động vì trẻ em\n1. Mục đích")
    seg = segment(text)
    assert [c.text for c in seg.left_column()] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 12/KH-UBND"]
    assert seg.type_line is not None and seg.type_line.text == "KẾ HOẠCH"


def test_numbered_notes_between_the_header_and_kính_gửi_are_passed_over():
    # A routing instruction typed on the received copy beside the V/v, read after it by the layout.
    from extractor.segment import segment

    text = ("SỞ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 15/SGDĐT | Đà Nẵng, ngày 3 "
            "tháng 5 năm 2019\nV/v bảo đảm an toàn giao thông\n1. Cô Hương gửi văn bản đến các đơn vị;\n"
            "2. Phòng CTSV phổ biến đến toàn thể SV.\nKính gửi:\n- Hiệu trưởng các trường THPT;\n"
            "- Giám đốc các trung tâm GDTX.\nThực hiện Công văn số 2114/BGDĐT ngày 16/5/2019, Sở yêu cầu:\n"
            "1. Tăng cường tuyên truyền.")
    seg = segment(text)
    assert [line.text for line in seg.kinh_gui] == [
        "Kính gửi:", "- Hiệu trưởng các trường THPT;", "- Giám đốc các trung tâm GDTX."]
    assert seg.body and seg.body[0].text == "1. Tăng cường tuyên truyền."


# A portal's crawl of the two header columns: a cell per line, "|" between them, the motto wrapped after
# "XÃ HỘI", the issuer's name wrapped too (heldout-real5's layout; names, numbers and dates here are other ones).
CRAWLED_HEADERS = {
    "ubnd-province": (("|\n**ỦY BAN NHÂN DÂN**\nTỈNH HÀ TĨNH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
                      "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 310/KH-UBND\n|\n*Hà Tĩnh, ngày 7\n"
                      "tháng 3 năm 2024*\n|"), "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", None),
    "so-under-ubnd": (("|\nUBND TỈNH BẮC NINH\n**SỞ Y TẾ**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
                      "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 77/KH-SYT\n|\n*Bắc Ninh, ngày 2 tháng 6 "
                      "năm 2023*\n|"), "SỞ Y TẾ", "UBND TỈNH BẮC NINH"),
    "name-wrapped-bold": (("|\n**ỦY BAN NHÂN DÂN\n**\nHUYỆN ĐÔNG ANH\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT "
                          "NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\n|\nSố: 45/KH-UBND\n|\n*Đông Anh, ngày 15\ntháng 9 năm "
                          "2022 *\n|"), "ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH", None),
}


@pytest.mark.parametrize("shape", list(CRAWLED_HEADERS))
def test_a_crawled_header_with_the_motto_wrapped_keeps_the_motto_out_of_the_issuer(shape):
    from extractor_helpers import record_of

    header, name, parent = CRAWLED_HEADERS[shape]
    record = record_of(_doc(header))
    assert record["issuer"] == {"name": name, "parent": parent}


# A trích yếu in capitals under the type name: it may open with a citation cue and cite a number, and wrap
# anywhere, even before a word that opens an authority line ("… CỦA" / "THỦ TƯỚNG CHÍNH PHỦ …").
CAPITAL_TITLES = [
    (("KẾ HOẠCH\n\nTHỰC HIỆN CHỈ THỊ SỐ 12/CT-TTG NGÀY 3 THÁNG 5 NĂM 2023 CỦA\nTHỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÒNG "
     "CHỐNG\nTHIÊN TAI"),
     "THỰC HIỆN CHỈ THỊ SỐ 12/CT-TTG NGÀY 3 THÁNG 5 NĂM 2023 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÒNG CHỐNG THIÊN TAI"),
    ("KẾ HOẠCH\n\nTRIỂN\nKHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2024; TĂNG CƯỜNG\nBẢO VỆ TRẺ EM TRÊN ĐỊA BÀN",
     "TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ TRẺ EM NĂM 2024; TĂNG CƯỜNG BẢO VỆ TRẺ EM TRÊN ĐỊA BÀN"),
    ("KẾ HOẠCH\n\nPHÁT ĐỘNG PHONG TRÀO THI ĐUA CHÀO MỪNG\nĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XX",
     "PHÁT ĐỘNG PHONG TRÀO THI ĐUA CHÀO MỪNG ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ TỈNH LẦN THỨ XX"),
    # a crawl sets its lines apart with blank lines; a line opening with a linking word goes on with it
    ("KẾT LUẬN\n\nCỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY\n\nTẠI HỘI NGHỊ SƠ KẾT CÔNG TÁC\nDÂN VẬN NĂM 2024",
     "CỦA ĐỒNG CHÍ BÍ THƯ TỈNH ỦY TẠI HỘI NGHỊ SƠ KẾT CÔNG TÁC DÂN VẬN NĂM 2024"),
    ("KẾ HOẠCH\n\nTỔ CHỨC HỘI THAO CÔNG NHÂN VIÊN CHỨC\n\nNĂM 2025",
     "TỔ CHỨC HỘI THAO CÔNG NHÂN VIÊN CHỨC NĂM 2025"),
]


@pytest.mark.parametrize(("title", "subject"), CAPITAL_TITLES)
def test_a_trích_yếu_in_capitals_is_read_whole(title, subject):
    from extractor_helpers import record_of

    assert record_of(_doc(SHAPES["flattened"], title=title))["document"]["subject"] == subject


def test_the_authority_line_under_a_decision_title_still_ends_it():
    from extractor_helpers import record_of

    text = _doc(SHAPES["flattened"], title="QUYẾT ĐỊNH\nVề việc thành lập Ban tổ chức Hội khỏe Phù Đổng\n"
                "HIỆU TRƯỞNG TRƯỜNG THPT TRẦN QUỐC TUẤN",
                preamble="Căn cứ Điều lệ trường trung học ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày "
                         "15/9/2020 của Bộ Giáo dục và Đào tạo;")
    assert record_of(text)["document"]["subject"] == "thành lập Ban tổ chức Hội khỏe Phù Đổng"


# A scraped page: the portal's register of the document (Số hiệu, Loại văn bản, …) and notices stand above it.
PAGE_CHROME = ("|\n|\nĐang tải văn bản...\n#\n**Số hiệu:**\n|\n{number}\n|\n|\n**Loại văn bản:**\n|\nKế hoạch\n|\n"
               "**Nơi ban hành:**\n|\n{place}\n|\n|\n**Người ký:**\n|\nLê Văn An\n|\n**Ngày ban hành:**\n|\n"
               "{date}\n|\n|\n**Tình trạng:**\n|\nĐã biết\n|\n|\n")


@pytest.mark.parametrize(("parent_lines", "name", "parent"), [
    ("UBND TỈNH QUẢNG\nNGÃI\n", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "UBND TỈNH QUẢNG NGÃI"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"),
])
def test_a_portal_register_above_the_header_is_passed_over(parent_lines, name, parent):
    from extractor_helpers import record_of

    header = (PAGE_CHROME.format(number="54/KH-STNMT", place="Tỉnh X", date="12/04/2024") + parent_lines
              + "**SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n"
              "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 54/KH-STNMT\n|\n*Quảng Ngãi, ngày 12\n"
              "tháng 4 năm 2024*\n|")
    record = record_of(_doc(header))
    assert record["issuer"] == {"name": name, "parent": parent}
    doc = record["document"]
    assert (doc["number"], doc["issue_date"], doc["place"], doc["kind"]) == (
        "54/KH-STNMT", "2024-04-12", "Quảng Ngãi", "ke_hoach")


# The motto wrapped after "XÃ" and the place name wrapped before its last words ("Thành phố Hồ" / "Chí Minh, ngày …").
@pytest.mark.parametrize(("issuer_lines", "place_lines", "name", "place"), [
    ("**ỦY BAN NHÂN\nDÂN **\nTHÀNH PHỐ HẢI PHÒNG", "*Thành phố Hải\nPhòng, ngày 4 tháng 8 năm 2024*",
     "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "Thành phố Hải Phòng"),
    ("**ỦY BAN NHÂN DÂN**\nHUYỆN BÀ RỊA", "*Bà\nRịa, ngày 4 tháng 8 năm 2024*", "ỦY BAN NHÂN DÂN HUYỆN BÀ RỊA",
     "Bà Rịa"),
    ("**SỞ TƯ PHÁP**", "*Đà Nẵng, ngày 4 tháng 8 năm 2024*", "SỞ TƯ PHÁP", "Đà Nẵng"),
])
def test_motto_wrapped_after_xã_and_a_place_wrapped_over_two_lines(issuer_lines, place_lines, name, place):
    from extractor_helpers import record_of

    header = (f"|\n{issuer_lines}\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
              f"---------------\n|\n|\nSố: 88/KH-UBND\n|\n{place_lines}\n|")
    record = record_of(_doc(header))
    assert record["issuer"]["name"] == name
    assert (record["document"]["place"], record["document"]["issue_date"]) == (place, "2024-08-04")


# A decision's trích yếu may run past 250 characters on one line; the authority line under it ends it.
@pytest.mark.parametrize(("lead", "authority"), [
    ("Đính chính Thông tư số 08/2024/TT-BTC ngày 12 tháng 3 năm 2024 của Bộ Tài chính", "BỘ TRƯỞNG BỘ TÀI CHÍNH"),
    ("Về việc công bố danh mục thủ tục hành chính mới ban hành", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LONG AN"),
])
def test_a_long_decision_title_above_its_authority_line(lead, authority):
    from extractor_helpers import record_of

    trich_yeu = (lead + " quy định mẫu hồ sơ, trình tự, thủ tục thực hiện, cung cấp, đăng tải thông tin về đầu tư, "
                 "đấu thầu và lựa chọn nhà đầu tư trên hệ thống mạng đấu thầu quốc gia, kể cả các dự án đầu tư kinh "
                 "doanh theo phương thức đối tác công tư")
    assert len(trich_yeu) > 250
    text = _doc(SHAPES["flattened"], title=f"QUYẾT ĐỊNH\n{trich_yeu}\n\n{authority}",
                preamble="Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015;")
    expected = trich_yeu.removeprefix("Về việc ")
    assert record_of(text)["document"]["subject"] == expected
