"""Whole documents written in shapes the development sets lack (district, commune, school and Youth Union issuers, a
letter to one agency, a plan with a table of activities): see shape_fixtures/README.md. Every field of the header,
parent, event, distribution and signer families is checked against the contract's reading."""

from __future__ import annotations

from pathlib import Path

import pytest
from extractor_helpers import evidence_problems, run

FIXTURES = Path(__file__).parent / "shape_fixtures"


def cite(kind, number, issue_date, issuer, subject):
    return {"kind": kind, "number": number, "issue_date": issue_date, "issuer": issuer, "subject": subject}


def ceremony(date=None, time=None, venue=None, mode=None):
    return {"date": date, "time": time, "venue": venue, "mode": mode}


EXPECTED = {
    "doan_ke_hoach": {
        "document": {"kind": "ke_hoach", "number": "08-KH/ĐTN", "issue_date": "2024-03-01", "place": "Ea Kpam",
                     "subject": "Tổ chức Hội thi “Thanh niên với văn hóa giao thông” năm 2024", "urgency": None,
                     "secrecy": None},
        "issuer": {"name": "BCH ĐOÀN XÃ EA KPAM", "parent": "HUYỆN ĐOÀN CƯ M'GAR"},
        "addressees": [],
        "parent_directives": [
            cite("khac", None, None, None, "Điều lệ Đoàn TNCS Hồ Chí Minh"),
            cite("khac", None, None, "Ban Chấp hành Đoàn xã",
                 "Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024"),
            cite("ke_hoach", "12-KH/HĐTN", "2024-02-20", "Ban Thường vụ Huyện đoàn Cư M'gar",
                 "tổ chức các hoạt động Tháng Thanh niên năm 2024"),
        ],
        "event": {"name": "Hội thi Thanh niên với văn hóa giao thông năm 2024", "theme": None,
                  "start_date": "2024-03-23", "end_date": "2024-03-24",
                  "opening_ceremony": ceremony("2024-03-23", "07:30", "Hội trường UBND xã")},
        "distribution": ["BTV Huyện đoàn", "Đảng ủy xã", "Các chi đoàn"],
        "signer": {"authority": "TM. BAN CHẤP HÀNH ĐOÀN XÃ", "title": "BÍ THƯ", "name": "H'Yâm Niê"},
    },
    "xa_cong_van": {
        "document": {"kind": "cong_van", "number": "87/UBND-VP", "issue_date": "2024-06-12", "place": "Tân Hưng",
                     "subject": "đề nghị hỗ trợ kinh phí sửa chữa đường giao thông nông thôn", "urgency": "hoa_toc",
                     "secrecy": None},
        "issuer": {"name": "ỦY BAN NHÂN DÂN XÃ TÂN HƯNG", "parent": None},
        "addressees": ["Phòng Tài chính - Kế hoạch huyện Cái Bè"],
        "parent_directives": [cite("quyet_dinh", "1520/QĐ-UBND", "2024-05-15", "Ủy ban nhân dân huyện Cái Bè",
                                   "phân bổ kinh phí sự nghiệp giao thông năm 2024")],
        "event": {"name": None, "theme": None, "start_date": None, "end_date": None, "opening_ceremony": ceremony()},
        "distribution": ["UBND huyện"],
        "signer": {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Lê Thị Mai"},
        "assignments": [{"agency": "Phòng Tài chính - Kế hoạch huyện",
                         "tasks": ["Xem xét, thẩm định dự toán sửa chữa tuyến đường liên ấp 3 - ấp 4",
                                   "Tham mưu Ủy ban nhân dân huyện bố trí kinh phí hỗ trợ trong năm 2024."]}],
    },
    "truong_ke_hoach": {
        "document": {"kind": "ke_hoach", "number": "45/KH-THCSPBC", "issue_date": "2023-09-15", "place": "Krông Năng",
                     "subject": "TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TRƯỜNG NĂM HỌC 2023 - 2024", "urgency": None,
                     "secrecy": None},
        "issuer": {"name": "TRƯỜNG THCS PHAN BỘI CHÂU", "parent": "PHÒNG GD&ĐT HUYỆN KRÔNG NĂNG"},
        "addressees": [],
        "parent_directives": [
            cite("ke_hoach", None, None, None, "Kế hoạch giáo dục nhà trường năm học 2023 - 2024"),
            cite("cong_van", "512/PGDĐT-THCS", "2023-09-08", "Phòng Giáo dục và Đào tạo",
                 "hướng dẫn nhiệm vụ năm học 2023 - 2024"),
        ],
        "event": {"name": "Hội thi giáo viên dạy giỏi cấp trường năm học 2023 - 2024", "theme": None,
                  "start_date": "2023-10-16", "end_date": "2023-10-30",
                  "opening_ceremony": ceremony("2023-10-16", "07:00", "Hội trường nhà trường")},
        "distribution": ["Phòng GD&ĐT", "Các tổ chuyên môn"],
        "signer": {"authority": "KT. HIỆU TRƯỞNG", "title": "PHÓ HIỆU TRƯỞNG", "name": "Đinh Thị H'Rin"},
    },
    # a district Phòng's letter to schools with a report form table, its V/v over two lines, a one-cell signature
    "phong_cong_van": {
        "document": {"kind": "cong_van", "number": "214/PGDĐT-TH", "issue_date": "2022-10-18", "place": "Đức Linh",
                     "subject": "báo cáo số liệu học sinh khuyết tật học hòa nhập năm học 2022-2023",
                     "urgency": None, "secrecy": None},
        "issuer": {"name": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "parent": "UBND HUYỆN ĐỨC LINH"},
        "addressees": ["Hiệu trưởng các trường Tiểu học", "Hiệu trưởng các trường TH&THCS"],
        "parent_directives": [cite("cong_van", "1876/SGDĐT-GDTH", "2022-10-10", "Sở Giáo dục và Đào tạo Bình Thuận",
                                   "báo cáo số liệu giáo dục hòa nhập năm học 2022-2023")],
        "event": {"name": None, "theme": None, "start_date": None, "end_date": None, "opening_ceremony": ceremony()},
        "distribution": ["Lãnh đạo Phòng"],
        "signer": {"authority": None, "title": "TRƯỞNG PHÒNG", "name": "Nguyễn Văn Thắng"},
    },
    # the same genre as a portal's crawl: both header columns in a table row, the V/v in the number's cell, two
    # documents cited in one "Căn cứ" sentence after ";", the closing as a table row ("(Đã ký)" before the name)
    "phong_cong_van2": {
        "document": {"kind": "cong_van", "number": "305/PGDĐT-THCS", "issue_date": "2023-01-09",
                     "place": "Hàm Thuận Nam", "subject": "báo cáo kết quả kiểm tra nội bộ trường học học kỳ I",
                     "urgency": None, "secrecy": None},
        "issuer": {"name": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "parent": "UBND HUYỆN HÀM THUẬN NAM"},
        "addressees": ["Hiệu trưởng các trường THCS, TH&THCS trong huyện"],
        "parent_directives": [
            cite("cong_van", "2011/SGDĐT-KTKĐ", "2022-12-28", "Sở GD&ĐT", "hướng dẫn báo cáo công tác kiểm tra nội bộ"),
            cite("ke_hoach", "12/KH-PGDĐT", "2022-09-15", "Phòng GD&ĐT", "kiểm tra nội bộ trường học năm học 2022-2023"),
        ],
        "event": {"name": None, "theme": None, "start_date": None, "end_date": None, "opening_ceremony": ceremony()},
        "distribution": ["Lãnh đạo Phòng"],
        "signer": {"authority": "KT. TRƯỞNG PHÒNG", "title": "PHÓ TRƯỞNG PHÒNG", "name": "Phạm Thị Lan"},
    },
    # a commune UBND's plan for a campaign month: theme and range under one heading, a launch ceremony with a clock time
    "xa_ke_hoach": {
        "document": {"kind": "ke_hoach", "number": "36/KH-UBND", "issue_date": "2023-04-22", "place": "Thạch Liên",
                     "subject": "Tổ chức Tháng hành động vì an toàn thực phẩm năm 2023", "urgency": None,
                     "secrecy": None},
        "issuer": {"name": "ỦY BAN NHÂN DÂN XÃ THẠCH LIÊN", "parent": None},
        "addressees": [],
        "parent_directives": [cite("ke_hoach", "118/KH-UBND", "2023-04-12", "UBND huyện Thạch Hà",
                                   "triển khai Tháng hành động vì an toàn thực phẩm năm 2023")],
        "event": {"name": "Tháng hành động vì an toàn thực phẩm năm 2023",
                  "theme": "Tăng cường bảo đảm an toàn thực phẩm trong sản xuất, chế biến, kinh doanh thực phẩm",
                  "start_date": "2023-04-15", "end_date": "2023-05-15",
                  "opening_ceremony": ceremony("2023-04-25", "07:30", "Hội trường UBND xã")},
        "distribution": ["Phòng Y tế huyện", "Đảng ủy, HĐND xã", "Các thôn"],
        "signer": {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Trần Đình Hùng"},
    },
    # the same genre with its header one cell a line, a "Thực hiện" naming a plan and a Youth Union guide one ";"
    # apart, a range whose first day has no year, and the signature below the distribution list
    "xa_ke_hoach2": {
        "document": {"kind": "ke_hoach", "number": "58/KH-UBND", "issue_date": "2024-03-03", "place": "Đồng Tiến",
                     "subject": "Tổ chức Tháng Thanh niên năm 2024 trên địa bàn xã", "urgency": None, "secrecy": None},
        "issuer": {"name": "ỦY BAN NHÂN DÂN XÃ ĐỒNG TIẾN", "parent": None},
        "addressees": [],
        "parent_directives": [
            cite("ke_hoach", "41/KH-UBND", "2024-02-26", "UBND huyện Phổ Yên", "tổ chức Tháng Thanh niên năm 2024"),
            cite("huong_dan", "05-HD/ĐTN", "2024-02-20", "Ban Thường vụ Huyện đoàn Phổ Yên",
                 "tổ chức các hoạt động Tháng Thanh niên năm 2024"),
        ],
        # "Lễ ra quân" is neither a Lễ khai mạc nor a Lễ phát động (contract §2): no opening ceremony
        "event": {"name": "Tháng Thanh niên năm 2024", "theme": "Tuổi trẻ Đồng Tiến xung kích chuyển đổi số",
                  "start_date": "2024-03-01", "end_date": "2024-03-31", "opening_ceremony": ceremony()},
        "distribution": ["UBND huyện", "Huyện đoàn Phổ Yên", "Đảng ủy xã", "Các xóm"],
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Ngô Văn Bình"},
    },
    # a school's Thông báo of a one-day event, citing its own plan; no Kính gửi, no ceremony named
    "truong_thong_bao": {
        "document": {"kind": "thong_bao", "number": "27/TB-THCSLB", "issue_date": "2024-03-06", "place": "Liên Bảo",
                     "subject": "tổ chức Ngày hội Đọc sách năm 2024", "urgency": None, "secrecy": None},
        "issuer": {"name": "TRƯỜNG THCS LIÊN BẢO", "parent": "PHÒNG GD&ĐT THÀNH PHỐ VĨNH YÊN"},
        "addressees": [],
        "parent_directives": [cite("ke_hoach", "19/KH-THCSLB", "2024-02-20", "Trường THCS Liên Bảo",
                                   "tổ chức các hoạt động chào mừng Ngày Sách và Văn hóa đọc Việt Nam năm 2024")],
        "event": {"name": "Ngày hội Đọc sách năm 2024", "theme": None, "start_date": "2024-04-21",
                  "end_date": "2024-04-21", "opening_ceremony": ceremony()},
        "distribution": ["Các tổ chuyên môn", "Đăng Website trường"],
        "signer": {"authority": None, "title": "HIỆU TRƯỞNG", "name": "Lê Thị Thu Hà"},
    },
    # a school Youth Union's contest plan: "- Căn cứ" lines naming documents without a number, the last one ending in
    # "," before the statement; the Union's name above the board in the header names no governing body
    "doan_truong_ke_hoach": {
        "document": {"kind": "ke_hoach", "number": "15-KH/ĐTN", "issue_date": "2023-09-05", "place": "Buôn Ma Thuột",
                     "subject": "Tổ chức Cuộc thi “Tìm hiểu lịch sử Đảng bộ tỉnh Đắk Lắk” năm học 2023 - 2024",
                     "urgency": None, "secrecy": None},
        "issuer": {"name": "BCH ĐOÀN TRƯỜNG THPT NGUYỄN DU", "parent": None},
        "parent_directives": [
            cite("khac", None, None, "Tỉnh đoàn Đắk Lắk",
                 "Chương trình công tác Đoàn và phong trào thanh niên trường học năm học 2023 - 2024"),
            cite("ke_hoach", None, None, "Trường THPT Nguyễn Du", "Kế hoạch năm học 2023 - 2024"),
        ],
        "event": {"name": "Cuộc thi Tìm hiểu lịch sử Đảng bộ tỉnh Đắk Lắk năm học 2023 - 2024", "theme": None,
                  "start_date": "2023-09-18", "end_date": "2023-10-15", "opening_ceremony": ceremony()},
        "distribution": ["Đảng ủy, BGH nhà trường", "Các chi đoàn"],
        "signer": {"authority": "TM. BCH ĐOÀN TRƯỜNG", "title": "BÍ THƯ", "name": "Y Thông Niê"},
    },
    # a commune Youth Union's camp: the district Union above the board, the Union's name across from it, the number
    # under the stars and the place-date beside them, a programme and a plan cited one ";" apart, entries ending ","
    "doan_xa_hoi_trai": {
        "document": {"kind": "ke_hoach", "number": "05-KH/ĐTN", "issue_date": "2024-03-10", "place": "Quảng Trị",
                     "subject": "Tổ chức Hội trại tòng quân năm 2024", "urgency": None, "secrecy": None},
        "issuer": {"name": "BCH ĐOÀN XÃ QUẢNG TRỊ", "parent": "HUYỆN ĐOÀN ĐẠ TẺH"},
        "parent_directives": [
            cite("khac", None, None, "Ban Chấp hành Đoàn xã Quảng Trị",
                 "Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2024"),
            cite("ke_hoach", "21-KH/HĐTN", "2024-03-01", "Ban Thường vụ Huyện đoàn Đạ Tẻh",
                 "tổ chức các hoạt động chào mừng kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh"),
        ],
        "event": {"name": "Hội trại tòng quân năm 2024", "theme": None, "start_date": "2024-03-20",
                  "end_date": "2024-03-20", "opening_ceremony": ceremony()},
        "distribution": ["BTV Huyện đoàn", "Đảng ủy, UBND xã", "Các chi đoàn"],
        "signer": {"authority": "TM. BAN THƯỜNG VỤ ĐOÀN XÃ", "title": "PHÓ BÍ THƯ", "name": "Nguyễn Thị Mai Anh"},
    },
    # a kindergarten's notice to parents: header one cell a line, the school's own plan cited by its year, a meeting
    # on one day labelled "Thời gian:", closing formulas, "(đã ký)" before the name
    "truong_mn_thong_bao": {
        "document": {"kind": "thong_bao", "number": "08/TB-MNHS", "issue_date": "2023-09-11", "place": "Gia Lâm",
                     "subject": "tổ chức Hội nghị cha mẹ trẻ đầu năm học 2023 - 2024", "urgency": None,
                     "secrecy": None},
        "issuer": {"name": "TRƯỜNG MẦM NON HOA SỮA", "parent": "PHÒNG GD&ĐT HUYỆN GIA LÂM"},
        "addressees": ["Quý cha mẹ trẻ đang theo học tại trường"],
        "parent_directives": [cite("ke_hoach", None, None, "Trường Mầm non Hoa Sữa", "Kế hoạch năm học 2023 - 2024")],
        "event": {"name": "Hội nghị cha mẹ trẻ đầu năm học 2023 - 2024", "theme": None, "start_date": "2023-09-17",
                  "end_date": "2023-09-17", "opening_ceremony": ceremony()},
        "distribution": ["Cha mẹ trẻ"],
        "signer": {"authority": None, "title": "HIỆU TRƯỞNG", "name": "Nguyễn Thị Thanh Hương"},
    },
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_written_probe_in_a_hidden_set_shape(name):
    extraction = run((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
    record = extraction.record.to_json()
    for family, expected in EXPECTED[name].items():
        assert record[family] == expected, f"[{name}] {family}: {record[family]!r}"
    assert not evidence_problems(extraction), name
