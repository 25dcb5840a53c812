"""Issuer (extractor/rules/issuer.py): the issuing body and the governing body above it.

Rows are hand-written header left columns at every level of the administration (Bộ, UBND tỉnh/huyện/xã, Sở,
Phòng, schools, Hội, Ban Chỉ đạo, Đoàn, Công an), and, for documents without a header, the statement that
says who issues the plan. Expected values follow the guide: the last name of the left column, a name
wrapped over lines joined, a bracketed abbreviation left out; ``parent`` the body above, else null.
A new header goes into ``HEADERS``; a new headerless statement into ``STATEMENTS``; a gap via ``gap``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table

RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nBa Tơ, ngày 02 tháng 12 năm 2021"


HEADERS = [
    # (id, left column lines, name, parent)
    ("ubnd-huyen-wrapped", "ỦY BAN NHÂN DÂN\nHUYỆN BA TƠ\nSố: 15/KH-UBND", "ỦY BAN NHÂN DÂN HUYỆN BA TƠ", None),
    ("so-wrapped-with-parent", "UBND TỈNH QUẢNG NGÃI\nSỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\nSố: 15/KH-SVHTTDL",
     "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "UBND TỈNH QUẢNG NGÃI"),
    ("phong-with-rule-line", "UBND HUYỆN BA TƠ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n-------\nSố: 15/KH-PGDĐT",
     "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN BA TƠ"),
    ("truong-under-phong", "PHÒNG GD&ĐT BA TƠ\nTRƯỜNG TIỂU HỌC BA ĐIỀN\nSố: 15/KH-THBĐ",
     "TRƯỜNG TIỂU HỌC BA ĐIỀN", "PHÒNG GD&ĐT BA TƠ"),
    ("three-levels-keeps-the-nearest", "UBND TỈNH QUẢNG NGÃI\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nTRƯỜNG THPT BA TƠ\nSố: 15/KH-THPT",
     "TRƯỜNG THPT BA TƠ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    ("hoi-alone", "HỘI KHUYẾN HỌC TỈNH QUẢNG NGÃI\nSố: 15/KH-HKH", "HỘI KHUYẾN HỌC TỈNH QUẢNG NGÃI", None),
    # a grassroots trade union under its sector's union, abbreviated "CĐCS" (công đoàn cơ sở)
    ("cdcs-under-its-union", "CÔNG ĐOÀN GIÁO DỤC HUYỆN BA TƠ\nCĐCS TRƯỜNG THCS BA ĐIỀN\nSố: 15/KH-CĐ",
     "CĐCS TRƯỜNG THCS BA ĐIỀN", "CÔNG ĐOÀN GIÁO DỤC HUYỆN BA TƠ"),
    ("cdcs-of-a-commune", "LĐLĐ HUYỆN BA TƠ\nCĐCS ỦY BAN NHÂN DÂN XÃ BA ĐIỀN\nSố: 03/KH-CĐCS",
     "CĐCS ỦY BAN NHÂN DÂN XÃ BA ĐIỀN", "LĐLĐ HUYỆN BA TƠ"),
    # a board's sub-committee under its board (an election board's, a steering committee's)
    ("tieu-ban-under-its-board", "ỦY BAN BẦU CỬ XÃ TÂN LẬP\nTIỂU BAN AN NINH, TRẬT TỰ\nSố: 02/KH-TBANTT",
     "TIỂU BAN AN NINH, TRẬT TỰ", "ỦY BAN BẦU CỬ XÃ TÂN LẬP"),
    ("tieu-ban-under-a-steering-committee", "BAN CHỈ ĐẠO ĐẠI HỘI\nTIỂU BAN VĂN KIỆN\nSố: 05/KH-TBVK",
     "TIỂU BAN VĂN KIỆN", "BAN CHỈ ĐẠO ĐẠI HỘI"),
    ("bo-alone", "BỘ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 15/BGDĐT-GDTX", "BỘ GIÁO DỤC VÀ ĐÀO TẠO", None),
    ("ban-chi-dao-bracket-dropped", "UBND HUYỆN BA TƠ\nBAN CHỈ ĐẠO XÂY DỰNG\nXÃ HỘI HỌC TẬP (XHHT)\nSố: 15/KH-BCĐ",
     "BAN CHỈ ĐẠO XÂY DỰNG XÃ HỘI HỌC TẬP", "UBND HUYỆN BA TƠ"),
    ("trung-tam-abbreviation", "UBND HUYỆN BA TƠ\nTRUNG TÂM GDNN-GDTX\nSố: 15/KH-TTGDNN", "TRUNG TÂM GDNN-GDTX",
     "UBND HUYỆN BA TƠ"),
    ("doan-with-stars", "TỈNH ĐOÀN QUẢNG NGÃI\nBCH ĐOÀN HUYỆN BA TƠ\n***\nSố: 15-KH/ĐTN", "BCH ĐOÀN HUYỆN BA TƠ",
     "TỈNH ĐOÀN QUẢNG NGÃI"),
    ("cong-an", "CÔNG AN TỈNH QUẢNG NGÃI\nCÔNG AN HUYỆN BA TƠ\nSố: 15/KH-CAH", "CÔNG AN HUYỆN BA TƠ",
     "CÔNG AN TỈNH QUẢNG NGÃI"),
    # the stamp of a copy above the left column names no body
    ("copy-stamp-above-the-header", "BẢN SAO\nỦY BAN NHÂN DÂN\nHUYỆN BA TƠ\nSố: 15/KH-UBND",
     "ỦY BAN NHÂN DÂN HUYỆN BA TƠ", None),
    ("sao-y-ban-chinh-above-a-so", "SAO Y BẢN CHÍNH\nUBND TỈNH QUẢNG NGÃI\nSỞ Y TẾ\nSố: 15/KH-SYT", "SỞ Y TẾ",
     "UBND TỈNH QUẢNG NGÃI"),
    ("copy-stamp-above-an-office-holder", "BẢN SAO\nCHỦ TỊCH NƯỚC\nSố: 15/QĐ-CTN", "CHỦ TỊCH NƯỚC", None),
    # an urgency or secrecy mark stamped above the left column names no body
    ("urgency-mark-above-the-header", "HỎA TỐC\nỦY BAN NHÂN DÂN\nXÃ ĐẠI ĐỒNG\nSố: 115/UBND",
     "ỦY BAN NHÂN DÂN XÃ ĐẠI ĐỒNG", None),
    ("secrecy-mark-above-a-so", "MẬT\nUBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nSố: 15/KH-SNV", "SỞ NỘI VỤ",
     "UBND TỈNH QUẢNG NGÃI"),
    # a stray slash of a crawl before the first line is no part of the name
    ("stray-slash-before-the-first-line", "/UBND HUYỆN BA TƠ\nPHÒNG TƯ PHÁP\nSố: 15/KH-PTP", "PHÒNG TƯ PHÁP",
     "UBND HUYỆN BA TƠ"),
    # a gazette copy heads the text with its issuer, then the header repeats it
    ("name-written-twice", "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 15/2024/UBTVQH15",
     "ỦY BAN THƯỜNG VỤ QUỐC HỘI", None),
    # OCR of a scan: the head's tone mark misread ("SƠ" for "SỞ"); the line still opens a body of its own.
    # a state service's branch named by sector and level (2025) under its Cục: a body of its own
    ("thue-tinh-under-cuc-thue", "CỤC THUẾ\nTHUẾ TỈNH QUẢNG NGÃI\nSố: 15/QNG-QLDN2", "THUẾ TỈNH QUẢNG NGÃI", "CỤC THUẾ"),
    ("thue-co-so-under-thue-tinh", "THUẾ TỈNH BÌNH ĐỊNH\nTHUẾ CƠ SỞ 3 TỈNH BÌNH ĐỊNH\nSố: 15/TB-TCS3",
     "THUẾ CƠ SỞ 3 TỈNH BÌNH ĐỊNH", "THUẾ TỈNH BÌNH ĐỊNH"),
    ("thong-ke-thanh-pho", "CỤC THỐNG KÊ\nTHỐNG KÊ THÀNH PHỐ CẦN THƠ\nSố: 15/TKCT-VP", "THỐNG KÊ THÀNH PHỐ CẦN THƠ",
     "CỤC THỐNG KÊ"),
    ("hai-quan-khu-vuc", "CỤC HẢI QUAN\nHẢI QUAN KHU VỰC XII\nSố: 15/HQKV12-NV", "HẢI QUAN KHU VỰC XII", "CỤC HẢI QUAN"),
    ("head-with-a-misread-tone", "UBND THÀNH PHỐ ĐÀ NẴNG\nSƠ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 15/SGDĐT-CTrTT",
     "SƠ GIÁO DỤC VÀ ĐÀO TẠO", "UBND THÀNH PHỐ ĐÀ NẴNG"),
]


def _header(left: str, shape: str) -> str:
    if shape == "stacked":
        return f"{left}\n\n{RIGHT}"
    lefts, rights = left.split("\n"), RIGHT.split("\n")
    rows = []
    for k in range(max(len(lefts), len(rights))):
        a = lefts[k] if k < len(lefts) else ""
        b = rights[k] if k < len(rights) else ""
        rows.append(f"{a} | {b}" if shape == "flattened" else f"{a:<36}{b}".rstrip())
    return "\n".join(rows)


FLATTENED_ONTO_ONE_LINE = [
    # (id, header, name, parent): both names and the motto on one line, as portal crawls give them
    ("bo-and-tong-cuc", "BỘ CÔNG THƯƠNG TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG -------", "TỔNG CỤC QUẢN LÝ THỊ TRƯỜNG", "BỘ CÔNG THƯƠNG"),
    ("ubnd-and-so", "UBND TỈNH PHÚ YÊN SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN -------",
     "SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "UBND TỈNH PHÚ YÊN"),
    ("a-head-after-a-head-ends-the-name-above", "BỘ QUỐC PHÒNG CỤC TÁC CHIẾN -------", "CỤC TÁC CHIẾN", "BỘ QUỐC PHÒNG"),
    ("one-name-stays-one", "BỘ NỘI VỤ -------", "BỘ NỘI VỤ", None),
    ("phong-and-truong", "PHÒNG GD&ĐT HUYỆN CẦN GIUỘC TRƯỜNG THCS LONG HẬU", "TRƯỜNG THCS LONG HẬU",
     "PHÒNG GD&ĐT HUYỆN CẦN GIUỘC"),
    ("so-and-trung-tam", "SỞ Y TẾ TỈNH BÌNH ĐỊNH TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT",
     "SỞ Y TẾ TỈNH BÌNH ĐỊNH"),
    ("so-noi-vu-stays-one", "SỞ NỘI VỤ TỈNH QUẢNG NAM", "SỞ NỘI VỤ TỈNH QUẢNG NAM", None),
    ("tinh-doan-and-bch", "TỈNH ĐOÀN BẮC GIANG BCH ĐOÀN HUYỆN LỤC NAM", "BCH ĐOÀN HUYỆN LỤC NAM", "TỈNH ĐOÀN BẮC GIANG"),
    # the Front's standing board under its committee (a commune's or a district's MTTQ header)
    ("mttq-and-ban-thuong-truc", "ỦY BAN MTTQ VIỆT NAM HUYỆN TÂN PHÚ BAN THƯỜNG TRỰC", "BAN THƯỜNG TRỰC",
     "ỦY BAN MTTQ VIỆT NAM HUYỆN TÂN PHÚ"),
    ("mat-tran-and-ban-thuong-truc", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN BÌNH BAN THƯỜNG TRỰC", "BAN THƯỜNG TRỰC",
     "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN BÌNH"),
    # a council formed under a body, both names on one header line
    ("council-under-university", "TRƯỜNG ĐẠI HỌC NHA TRANG HỘI ĐỒNG TUYỂN SINH NĂM 2024", "HỘI ĐỒNG TUYỂN SINH NĂM 2024",
     "TRƯỜNG ĐẠI HỌC NHA TRANG"),
    ("council-under-school", "TRƯỜNG THPT LÝ SƠN HỘI ĐỒNG THI ĐUA KHEN THƯỞNG", "HỘI ĐỒNG THI ĐUA KHEN THƯỞNG",
     "TRƯỜNG THPT LÝ SƠN"),
    ("council-first-keeps-its-name", "HỘI ĐỒNG TUYỂN SINH TRƯỜNG ĐẠI HỌC NHA TRANG",
     "HỘI ĐỒNG TUYỂN SINH TRƯỜNG ĐẠI HỌC NHA TRANG", None),
]


@pytest.mark.parametrize("row_id,left,name,parent", table(FLATTENED_ONTO_ONE_LINE))
def test_issuer_flattened_onto_one_line(row_id, left, name, parent):
    text = directive(header=f"{left} {RIGHT.replace(chr(10), ' ')}\nSố: 15/KH-X")
    check_field(row_id, text, "issuer.name", name)
    check_field(row_id, text, "issuer.parent", parent)


@pytest.mark.parametrize("shape", ["stacked", "interleaved", "flattened"])
@pytest.mark.parametrize("row_id,left,name,parent", HEADERS, ids=[h[0] for h in HEADERS])
def test_issuer_from_header(row_id, left, name, parent, shape):
    text = directive(header=_header(left, shape))
    check_field(f"{row_id}/{shape}", text, "issuer.name", name)
    check_field(f"{row_id}/{shape}", text, "issuer.parent", parent)


TITLE = "KẾ HOẠCH\nTổ chức Ngày Sách và Văn hóa đọc năm 2023"
BODY = "I. MỤC ĐÍCH\n- Khơi dậy niềm say mê đọc sách.\n\nII. THỜI GIAN\nTừ ngày 16/10/2023 đến ngày 20/10/2023."

STATEMENTS = [
    # (id, preamble, issuer name)
    ("school-after-citation",
     ("Căn cứ Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở Giáo dục và Đào tạo;\n"
     "Trường Tiểu học Ba Điền xây dựng kế hoạch tổ chức Ngày Sách năm 2023 như sau:"), "Trường Tiểu học Ba Điền"),
    ("hoi-ban-hanh", "Hội Khuyến học huyện Ba Tơ ban hành Kế hoạch tổ chức Ngày Sách năm 2023 như sau:",
     "Hội Khuyến học huyện Ba Tơ"),
    ("lien-doi-trien-khai", "Liên đội Trường THCS Ba Điền triển khai kế hoạch tổ chức Ngày Sách như sau:",
     "Liên đội Trường THCS Ba Điền"),
    ("purpose-clause-first", "Nhằm hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, Thư viện huyện Ba Tơ xây dựng kế hoạch tổ chức như sau:", "Thư viện huyện Ba Tơ",),
    # the statement opens its own sentence after the citation's full stop; the name holds commas
    ("statement-after-a-full-stop",
     ("Thực hiện Công văn số 88/BGDĐT-GDĐH ngày 10/10/2024 của Bộ Giáo dục và Đào tạo (có Công văn gửi kèm). Bộ "
      "Văn hóa, Thể thao và Du lịch (VHTTDL) đề nghị các trường thực hiện như sau:"),
     "Bộ Văn hóa, Thể thao và Du lịch"),
    ("statement-after-a-full-stop-so",
     ("Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2024 của UBND tỉnh. Sở Lao động, Thương binh và Xã hội "
      "hướng dẫn các đơn vị như sau:"), "Sở Lao động, Thương binh và Xã hội"),
    ("statement-after-citation-on-one-line", ("Thực hiện Kế hoạch số 77/KH-UBND ngày 01/9/2023 của UBND huyện Ba Tơ, Ban Chỉ đạo phổ cập giáo dục xã "
        "Ba Điền xây dựng Kế hoạch như sau:"), "Ban Chỉ đạo phổ cập giáo dục xã Ba Điền",),
    # a committee whose long name holds commas of its own, after the citing bodies' commas
    ("committee-name-with-commas",
     ("Thực hiện Kết luận số 45-KL/TW ngày 02/3/2024 của Bộ Chính trị, Ban Chỉ đạo sắp xếp, kiện toàn tổ chức bộ máy "
      "các cơ quan huyện yêu cầu các đơn vị triển khai như sau:"),
     "Ban Chỉ đạo sắp xếp, kiện toàn tổ chức bộ máy các cơ quan huyện"),
    # the citation wrapped onto the statement's line ("… ngày 19/9/2025 và" / "Kết luận số … của …, X yêu cầu …")
    ("statement-on-a-wrapped-citations-line",
     ("Thực hiện Kết luận số 12-KL/TU ngày 05/3/2024 và\nKết luận số 20-KL/TU ngày 09/4/2024 của Ban Thường vụ Tỉnh "
      "ủy, Ban Chỉ đạo chuyển đổi số tỉnh yêu cầu các sở, ngành thực hiện như sau:"),
     "Ban Chỉ đạo chuyển đổi số tỉnh"),
]


@pytest.mark.parametrize("row_id,preamble,name", table(STATEMENTS))
def test_issuer_without_header(row_id, preamble, name):
    text = directive(header="", title=TITLE, preamble=preamble, body=BODY)
    check_field(row_id, text, "issuer.name", name)
    check_field(row_id, text, "issuer.parent", None)


# A letter crawled without its header: the body that requests something of the addressees writes it.
LETTER_KINH_GUI = "Kính gửi:\n- Sở Y tế;\n- Sở Tài chính."
LETTER_BODY = "1. Sở Y tế\n- Tăng cường kiểm tra.\n2. Sở Tài chính\n- Bảo đảm kinh phí."
REQUESTS = [
    ("request-after-a-semicolon-with-abbreviation",
     ("Để bảo đảm quyền lợi của người tham gia bảo hiểm y tế; Ủy ban nhân dân (UBND) tỉnh Nam Định yêu cầu các Sở, "
      "ngành thực hiện một số nội dung sau:"), "Ủy ban nhân dân tỉnh Nam Định"),
    ("request-after-a-citation-with-alias",
     ("Thực hiện Kết luận số 45-KL/TW ngày 02/3/2024 của Ban Bí thư, Ban Chỉ đạo cải cách hành chính của Chính phủ "
      "(sau đây viết là Ban Chỉ đạo) đề nghị Bộ trưởng các Bộ, Chủ tịch Ủy ban nhân dân các tỉnh thực hiện như sau:"),
     "Ban Chỉ đạo cải cách hành chính của Chính phủ"),
    ("request-opening-its-sentence",
     ("Thời gian qua, tình hình dịch bệnh diễn biến phức tạp. Sở Nông nghiệp và Phát triển nông thôn đề nghị các "
      "đơn vị triển khai các nội dung sau:"), "Sở Nông nghiệp và Phát triển nông thôn"),
    # the clause before the request names no body: no issuer
    ("request-by-no-body",
     "Để kịp thời phòng chống dịch, đề nghị các đơn vị triển khai các nội dung sau:", None),
]


@pytest.mark.parametrize("row_id,preamble,name", table(REQUESTS))
def test_issuer_of_a_letter_crawled_without_its_header(row_id, preamble, name):
    for chrome in ("", "|\nX\nCÁC NỘI DUNG ĐƯỢC SỬA ĐỔI, HƯỚNG DẪN\nĐang tải văn bản...\n|"):
        text = directive(header=chrome, title="", kinh_gui=LETTER_KINH_GUI, preamble=preamble, body=LETTER_BODY)
        check_field(row_id, text, "issuer.name", name)


def test_a_decision_whose_left_column_was_lost_is_issued_by_its_authority_line():
    # the header kept only its right column (OCR); the line above the căn cứ names the issuing authority's body
    header = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 215/QĐ-SYT\nCần Thơ, ngày 3 tháng 5 năm 2024"
    title = "QUYẾT ĐỊNH\nVề việc thành lập Đoàn kiểm tra an toàn thực phẩm\n\nGIÁM ĐỐC SỞ Y TẾ THÀNH PHỐ CẦN THƠ"
    preamble = "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;\nXét đề nghị của Chánh Thanh tra Sở."
    text = directive(header=header, title=title, preamble=preamble, body="QUYẾT ĐỊNH:\nĐiều 1. Thành lập Đoàn.")
    check_field("authority-line", text, "issuer.name", "SỞ Y TẾ THÀNH PHỐ CẦN THƠ")


def test_missing_issuer_is_warned():
    from extractor_helpers import run

    text = directive(header="", title=TITLE, preamble="Các hoạt động được tổ chức như sau:", body=BODY)
    record = run(text).record
    assert record.issuer.name is None
    assert any("cơ quan ban hành" in w for w in record.warnings), record.warnings


@pytest.mark.parametrize("motto", [
    "CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG\nHOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
])
def test_a_motto_wrapped_after_its_first_word_is_no_part_of_the_name(motto):
    """A crawl wraps the motto after "CỘNG" and leaves its rest in the left column's flow."""
    for left, name, parent in [("CỤC THUẾ\nTHUẾ TỈNH GIA LAI", "THUẾ TỈNH GIA LAI", "CỤC THUẾ"),
                               ("UBND TỈNH ĐỒNG THÁP\nSỞ Y TẾ", "SỞ Y TẾ", "UBND TỈNH ĐỒNG THÁP")]:
        header = (f"{left}\n--------\n{motto}\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 15/KH-X\n"
                  "Pleiku, ngày 02 tháng 12 năm 2025")
        text = directive(header=header)
        check_field(name, text, "issuer.name", name)
        check_field(name, text, "issuer.parent", parent)


# A portal's register of the document above the text (more lines than a header holds)
_REGISTER = "\n".join(["Số hiệu:", "|", "15-KL/TU", "|", "Loại văn bản:", "|", "Văn bản khác", "|", "Nơi ban hành:",
                       "|", "Tỉnh ủy", "|", "Người ký:", "|", "Nguyễn Văn A", "|", "Ngày ban hành:", "|", "02/12/2025",
                       "|", "Tình trạng:", "|", "Đã biết", "|"])


@pytest.mark.parametrize("left,motto,name,parent", [
    ("BAN\nCHẤP HÀNH TRUNG ƯƠNG\n*", "ĐẢNG\nCỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", None),
    ("TỈNH ỦY QUẢNG NGÃI\n*", "ĐẢNG CỘNG SẢN VIỆT NAM", "TỈNH ỦY QUẢNG NGÃI", None),
    ("ĐẢNG BỘ TỈNH BÌNH ĐỊNH\nHUYỆN ỦY PHÙ CÁT\n*", "ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY PHÙ CÁT",
     "ĐẢNG BỘ TỈNH BÌNH ĐỊNH"),
    # the Party's name wrapped after "CỘNG": neither half is the body's name nor a seal's fragment
    ("TỈNH ỦY QUẢNG NGÃI\n*", "ĐẢNG CỘNG\nSẢN VIỆT NAM", "TỈNH ỦY QUẢNG NGÃI", None),
    ("BAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN TỔ CHỨC\n*", "ĐẢNG CỘNG\nSẢN VIỆT NAM", "BAN TỔ CHỨC", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    # ... or after "SẢN": "VIỆT NAM" alone is the motto's rest, not the body's
    ("BAN CHẤP HÀNH\nTRUNG ƯƠNG\nBAN TỔ CHỨC\n*", "ĐẢNG CỘNG SẢN\nVIỆT NAM", "BAN TỔ CHỨC", "BAN CHẤP HÀNH TRUNG ƯƠNG"),
    ("TỈNH ỦY NGHỆ AN\nBAN TUYÊN GIÁO\n*", "ĐẢNG CỘNG SẢN\nVIỆT NAM", "BAN TUYÊN GIÁO", "TỈNH ỦY NGHỆ AN"),
])
def test_a_party_header_below_a_portal_register(left, motto, name, parent):
    """The Party's layout puts "ĐẢNG CỘNG SẢN VIỆT NAM" where the State's motto stands and a star under the body's
    name; a portal's register above it must not push the header into the body (where short lines in capitals
    read as a seal's)."""
    header = f"{_REGISTER}\n{left}\n{motto}\n---------------\nSố 15-KL/TU\nQuảng Ngãi, ngày 02 tháng 12 năm 2025"
    text = directive(header=header, title="KẾT LUẬN\nCỦA BAN THƯỜNG VỤ\nVỀ CÔNG TÁC\nCÁN BỘ NĂM 2025")
    check_field(name, text, "issuer.name", name)
    check_field(name, text, "issuer.parent", parent)
    check_field(name, text, "document.number", "15-KL/TU")
    check_field(name, text, "document.subject", "CỦA BAN THƯỜNG VỤ VỀ CÔNG TÁC CÁN BỘ NĂM 2025")


@pytest.mark.parametrize("title,subject", [
    ("THÔNG BÁO KẾT LUẬN\nCỦA THƯỜNG TRỰC HUYỆN ỦY\nVỀ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI",
     "CỦA THƯỜNG TRỰC HUYỆN ỦY VỀ CÔNG TÁC PHÒNG, CHỐNG THIÊN TAI"),
    ("THÔNG BÁO KẾT LUẬN\nTẠI HỘI NGHỊ GIAO BAN\nQUÝ III NĂM 2025", "TẠI HỘI NGHỊ GIAO BAN QUÝ III NĂM 2025"),
])
def test_a_notice_of_conclusions_is_a_thông_báo_under_its_type_line(title, subject):
    """"THÔNG BÁO KẾT LUẬN" heads a Party body's notice as a type name: the trích yếu is what follows it."""
    header = f"{_REGISTER}\nHUYỆN ỦY PHÙ CÁT\n*\nĐẢNG CỘNG\nSẢN VIỆT NAM\n---------------\nSố 21-TB/HU\nPhù Cát, ngày 03 tháng 10 năm 2025"
    text = directive(header=header, title=title)
    check_field(title, text, "document.kind", "thong_bao")
    check_field(title, text, "document.subject", subject)


@pytest.mark.parametrize("statement,name", [
    ("Bộ Công Thương công bố giá cơ sở các mặt hàng xăng dầu tiêu dùng phổ biến trên thị trường, như sau:",
     "Bộ Công Thương"),
    ("Sở Giáo dục và Đào tạo thông báo kết quả kỳ thi chọn học sinh giỏi cấp tỉnh như sau:", "Sở Giáo dục và Đào tạo"),
    ("Ủy ban nhân dân tỉnh Gia Lai hướng dẫn thực hiện chính sách hỗ trợ cụ thể:", "Ủy ban nhân dân tỉnh Gia Lai"),
    # a statement that names no body first writes no issuer
    ("Trong thời gian tới, cần tập trung triển khai các nội dung như sau:", None),
])
def test_a_headerless_text_is_written_by_the_body_opening_its_statement(statement, name):
    """A letter crawled without its header (it opens at "Kính gửi") states after its căn cứ who announces."""
    preamble = f"Căn cứ Nghị định số 83/2014/NĐ-CP ngày 03 tháng 9 năm 2014 của Chính phủ về kinh doanh xăng dầu;\n{statement}"
    text = directive(header="", title="", kinh_gui="Kính gửi:\n- Các thương nhân đầu mối;\n- Các thương nhân phân phối.",
                     preamble=preamble)
    check_field(statement, text, "issuer.name", name)


# A letter crawled without its header: the appendix caption that gives its number also names its issuer
# ("(Kèm theo Công văn số … ngày … của Bộ X)"); a caption of another type (the plan a decision issues) does not.
@pytest.mark.parametrize(("caption", "name"), [
    ("(Kèm theo Công văn số 6120/BNV-TCBC ngày 14/10/2025 của Bộ Nội vụ)", "Bộ Nội vụ"),
    ("* (Kèm theo Công văn số: 311/SGDĐT-GDTrH ngày 05 tháng 3 năm 2024 của Sở Giáo dục và\nĐào tạo)",
     "Sở Giáo dục và Đào tạo"),
    ("(Ban hành kèm theo Quyết định số 15/QĐ-UBND ngày 02/01/2024 của UBND tỉnh)", None),
])
def test_issuer_of_a_headerless_letter_from_its_appendix_caption(caption, name):
    text = directive(header="", title="", kinh_gui="Kính gửi: Các đơn vị trực thuộc",
                     preamble="Để bảo đảm tiến độ, đề nghị các đơn vị thực hiện các nội dung sau:",
                     body="1. Rà soát chỉ tiêu.\n2. Báo cáo kết quả.",
                     closing=f"Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Văn An\n\n"
                             f"PHỤ LỤC\n{caption}\nBiểu tổng hợp")
    check_field("annex-issuer", text, "issuer.name", name)


# A crawl wraps the header's head word itself ("ỦY" / "BAN NHÂN DÂN"): one body, no governing "ỦY" above it.
@pytest.mark.parametrize("shape", ["stacked", "interleaved"])
@pytest.mark.parametrize(("left", "name"), [
    ("ỦY\nBAN NHÂN DÂN\nTỈNH KHÁNH HÒA", "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"),
    ("UBND HUYỆN CẦN GIUỘC\nỦY\nBAN NHÂN DÂN XÃ LONG HẬU", "ỦY BAN NHÂN DÂN XÃ LONG HẬU"),
    ("ỦY\nBAN MẶT TRẬN TỔ QUỐC VIỆT NAM\nXÃ AN BÌNH", "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ AN BÌNH"),
])
def test_a_head_word_wrapped_in_the_header_is_one_name(left, name, shape):
    check_field(f"wrapped-head/{shape}", directive(header=_header(left, shape)), "issuer.name", name)


# A letter crawled without its header names itself where its first numbered part opens, before a courtesy verb.
@pytest.mark.parametrize(("body", "name"), [
    (("1. Thực hiện chỉ đạo của Chính phủ về cải cách thủ tục hành chính, Cục Xuất nhập cảnh Bộ Công an xin trân trọng "
      "thông báo:\n- Từ ngày 01/3/2026, tiếp nhận hồ sơ trực tuyến."), "Cục Xuất nhập cảnh Bộ Công an"),
    (("1. Nhằm bảo đảm an toàn giao thông dịp Tết, Sở Xây dựng trân trọng đề nghị Quý cơ quan:\n"
      "- Thông báo tới cán bộ, công chức."), "Sở Xây dựng"),
    # a courtesy that names no body writes no issuer
    ("1. Nhằm bảo đảm an toàn giao thông dịp Tết, xin trân trọng thông báo:\n- Nghỉ Tết từ ngày 10/02/2026.", None),
])
def test_a_headerless_letter_is_written_by_the_body_before_its_courtesy_verb(body, name):
    text = directive(header="", title="", kinh_gui="Kính gửi:\n- Các Bộ, ngành;\n- Sở Ngoại vụ các tỉnh.",
                     preamble="", body=body)
    check_field(body, text, "issuer.name", name)


def test_a_name_ending_in_viet_nam_beside_a_whole_motto_keeps_it():
    # the State's motto ends with its country: a "VIỆT NAM" line in the left column is the body's own
    header = ("TỔNG LIÊN ĐOÀN LAO ĐỘNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVIỆT NAM | Độc lập - Tự do - Hạnh phúc\n"
              "Số: 125/KH-TLĐ | Hà Nội, ngày 12 tháng 9 năm 2023")
    check_field("tld", directive(header=header), "issuer.name", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM")


# A headerless text whose statement is made by the head of a body ("Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ
# đạo như sau:"): the head who speaks writes it, the statement possibly wrapped before its verb.
@pytest.mark.parametrize(("statement", "name"), [
    ("Chủ tịch Ủy ban nhân dân\nThành phố có ý kiến chỉ đạo như sau:", "Chủ tịch Ủy ban nhân dân Thành phố"),
    ("Giám đốc Sở Y tế tỉnh Bình Định có ý kiến như sau:", "Giám đốc Sở Y tế tỉnh Bình Định"),
    ("Chủ tịch Ủy ban nhân dân huyện Tân Phú yêu cầu như sau:", "Chủ tịch Ủy ban nhân dân huyện Tân Phú"),
    # a title that heads no body writes no issuer
    ("Chủ tịch có ý kiến chỉ đạo như sau:", None),
])
def test_a_headerless_text_is_written_by_the_head_making_its_statement(statement, name):
    preamble = f"Căn cứ Kế hoạch số 21-KH/TU ngày 03 tháng 10 năm 2025 của Ban Thường vụ Tỉnh ủy về kiểm điểm;\n{statement}"
    text = directive(header="", title="", kinh_gui="Kính gửi:\n- Các sở, ban, ngành;\n- Ủy ban nhân dân các xã.",
                     preamble=preamble)
    check_field(statement, text, "issuer.name", name)


# A notice crawled without its header names its writer in the closing formula ("Văn phòng Chính phủ thông báo để các
# cơ quan … biết, thực hiện./.").
@pytest.mark.parametrize(("formula", "name"), [
    ("Văn phòng Chính\nphủ thông báo để các cơ quan và địa phương liên quan biết, thực hiện./.", "Văn phòng Chính phủ"),
    ("Sở Giáo dục và Đào tạo thông báo để các đơn vị biết và thực hiện./.", "Sở Giáo dục và Đào tạo"),
    ("Văn phòng Ủy ban nhân dân tỉnh xin thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.",
     "Văn phòng Ủy ban nhân dân tỉnh"),
    # a formula that names no body writes no issuer
    ("Trên đây là nội dung thông báo để các đơn vị biết, thực hiện./.", None),
])
def test_a_headerless_notice_is_written_by_the_body_of_its_closing_formula(formula, name):
    text = directive(header="", title="THÔNG BÁO\nKết luận của Bộ trưởng tại buổi làm việc với tỉnh",
                     kinh_gui="", preamble="Ngày 12 tháng 11 năm 2025, Bộ trưởng đã làm việc với tỉnh.",
                     body=f"1. Các địa phương rà soát thiệt hại.\n2. Bộ Tài chính bố trí kinh phí.\n{formula}")
    check_field(formula, text, "issuer.name", name)


# A letter crawled without its header (it opens at "Kính gửi:") names its writer in the closing request ("Bộ Văn hóa,
# Thể thao và Du lịch yêu cầu các đơn vị triển khai …/.", "Sở Y tế trân trọng đề nghị Quý cơ quan …"); a request
# that names no body (or a body the letter asks) writes no issuer.
@pytest.mark.parametrize(("closing", "name"), [
    ("Bộ Nông nghiệp và Môi trường yêu cầu các đơn vị triển khai, báo cáo Lãnh đạo Bộ kết quả thực hiện./.",
     "Bộ Nông nghiệp và Môi trường"),
    ("Sở Văn hóa, Thể thao và Du lịch trân trọng đề nghị Quý cơ quan quan tâm, phối hợp thực hiện./.",
     "Sở Văn hóa, Thể thao và Du lịch"),
    ("Ủy ban nhân dân huyện đề nghị các xã, thị trấn nghiêm túc triển khai thực hiện./.", "Ủy ban nhân dân huyện"),
    ("Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.", None),
])
def test_a_headerless_letter_is_written_by_the_body_of_its_closing_request(closing, name):
    text = directive(header="", title="", kinh_gui="Kính gửi: Thủ trưởng các đơn vị trực thuộc",
                     preamble="Thực hiện chỉ đạo của cấp trên về cải cách hành chính năm 2026, Lãnh đạo giao:",
                     body=f"1. Văn phòng: Tổng hợp kết quả thực hiện.\n2. Thanh tra: Kiểm tra công vụ.\n{closing}")
    check_field(closing, text, "issuer.name", name)
