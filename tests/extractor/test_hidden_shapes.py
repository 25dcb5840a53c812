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


def report(deadline, relation, reporters, recipient, email=None):
    return {"deadline": deadline, "relation": relation, "reporters": reporters, "recipient": recipient, "email": email}


def duty(agency, *tasks):
    return {"agency": agency, "tasks": list(tasks)}


# Probes of the assignment and report-back families (rules11f): whole documents in the shapes of the issuers a hidden
# set will hold, their duties and report-backs read by the contract (§2: an agency block per heading that names who
# acts, a list item per task; a report back is a dated instruction to send something up, not a task's time limit;
# its reporters, where the sentence names none, the body asked — as the real golds write it).
EXPECTED |= {
    # a district Phòng's letter: the ask on a line of its own over numbered tasks, the last one over a report form,
    # the report back sent "(qua bộ phận …)" with an e-mail copy
    "phong_cong_van_hieu_truong": {
        "document": {"kind": "cong_van", "number": "388/PGDĐT-THCS", "issue_date": "2023-11-02", "place": "Tuy Phong",
                     "subject": "báo cáo kết quả tổ chức Ngày hội STEM năm học 2023 - 2024", "urgency": None,
                     "secrecy": None},
        "issuer": {"name": "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "parent": "UBND HUYỆN TUY PHONG"},
        "addressees": ["Hiệu trưởng các trường THCS, TH&THCS trên địa bàn huyện"],
        "assignments": [duty("Hiệu trưởng các trường",
                             "Xây dựng kế hoạch tổ chức Ngày hội STEM cấp trường, phân công giáo viên hướng dẫn học sinh "
                             "thực hiện sản phẩm.",
                             "Tổ chức cho học sinh trưng bày, giới thiệu sản phẩm STEM tại đơn vị trong tháng 11/2023.",
                             "Tổng hợp kết quả theo mẫu dưới đây:")],
        "distribution": ["Lãnh đạo Phòng"],
        "signer": {"authority": "KT. TRƯỞNG PHÒNG", "title": "PHÓ TRƯỞNG PHÒNG", "name": "Trần Quốc Bảo"},
    },
    # a commune UBND's plan: its officials by post under "IV. TỔ CHỨC THỰC HIỆN", each report back inside a block
    "xa_ke_hoach_cong_chuc": {
        "document": {"kind": "ke_hoach", "number": "74/KH-UBND", "issue_date": "2024-05-05", "place": "Hòa Thắng",
                     "subject": "Tổ chức các hoạt động hưởng ứng Ngày Gia đình Việt Nam 28/6 năm 2024",
                     "urgency": None, "secrecy": None},
        "issuer": {"name": "ỦY BAN NHÂN DÂN XÃ HÒA THẮNG", "parent": None},
        "assignments": [
            duty("Công chức Văn hóa - Xã hội",
                 "Tham mưu UBND xã triển khai Kế hoạch; xây dựng nội dung tuyên truyền phát trên loa truyền thanh xã.",
                 "Chủ trì tổ chức Hội thi “Gia đình hạnh phúc”.",
                 "Tổng hợp kết quả, báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 05/7/2024."),
            duty("Công chức Tài chính - Kế toán", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
            duty("Trưởng các thôn, tổ dân phố", "Tuyên truyền, vận động các hộ gia đình tham gia Hội thi.",
                 "Báo cáo kết quả thực hiện về UBND xã (qua công chức Văn hóa - Xã hội) trước ngày 30/6/2024."),
            duty("Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể",
                 "Phối hợp tuyên truyền, vận động hội viên, đoàn viên tham gia các hoạt động."),
        ],
        "distribution": ["Phòng VH&TT huyện", "TT Đảng ủy, HĐND xã", "Các thôn"],
        "signer": {"authority": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Nguyễn Thị Hạnh"},
    },
    # a district Youth Union's contest: "Các cơ sở Đoàn:" sends the entries back by a clock time and an e-mail
    "huyen_doan_cuoc_thi": {
        "document": {"kind": "ke_hoach", "number": "47-KH/HĐTN", "issue_date": "2024-03-12", "place": "Đức Trọng",
                     "subject": "Tổ chức Cuộc thi viết “Tuổi trẻ Đức Trọng với chuyển đổi số” năm 2024",
                     "urgency": None, "secrecy": None},
        "assignments": [
            duty("Ban Thường vụ Huyện đoàn", "Xây dựng Kế hoạch, thể lệ Cuộc thi; thành lập Ban Giám khảo.",
                 "Tổ chức chấm và trao giải Cuộc thi."),
            duty("Các cơ sở Đoàn", "Tuyên truyền, phổ biến Kế hoạch đến đoàn viên, thanh niên.",
                 "Tổ chức cho đoàn viên tham gia Cuộc thi, mỗi cơ sở Đoàn có ít nhất 05 bài dự thi.",
                 "Tổng hợp bài dự thi, danh sách thí sinh gửi về Huyện đoàn (qua Ban Tuyên giáo) trước 17 giờ 00 ngày "
                 "25/4/2024, đồng thời gửi bản mềm qua địa chỉ email: bantuyengiaoductrong@gmail.com."),
        ],
        "event": {"name": "Cuộc thi viết Tuổi trẻ Đức Trọng với chuyển đổi số năm 2024", "theme": None,
                  "start_date": "2024-03-20", "end_date": "2024-04-30", "opening_ceremony": ceremony()},
        "distribution": ["BTV Tỉnh đoàn", "TT Huyện ủy", "Các cơ sở Đoàn"],
        "signer": {"authority": "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "title": "PHÓ BÍ THƯ", "name": "K'Bơi Thoại"},
    },
    # a school's notice handing duties to its staff by post, each a dash with its duty after a colon
    "truong_thong_bao_phan_cong": {
        "document": {"kind": "thong_bao", "number": "31/TB-THCSTĐ", "issue_date": "2024-01-08", "place": "Thanh Đồng",
                     "subject": "tổ chức kiểm tra cuối học kỳ I năm học 2023 - 2024", "urgency": None,
                     "secrecy": None},
        "issuer": {"name": "TRƯỜNG THCS THANH ĐỒNG", "parent": "PHÒNG GD&ĐT HUYỆN THANH CHƯƠNG"},
        "assignments": [
            duty("Tổ trưởng chuyên môn",
                 "chỉ đạo giáo viên trong tổ ra đề kiểm tra theo ma trận, đặc tả đã thống nhất; nộp đề và đáp án về "
                 "Phó Hiệu trưởng phụ trách chuyên môn trước ngày 11/01/2024."),
            duty("Giáo viên chủ nhiệm",
                 "thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh; nhắc nhở học sinh thực hiện nghiêm quy chế "
                 "kiểm tra."),
            duty("Giáo viên bộ môn",
                 "chấm bài, nhập điểm vào hệ thống quản lý trường học chậm nhất ngày 24/01/2024."),
        ],
        "distribution": ["Các tổ chuyên môn"],
        "signer": {"authority": None, "title": "HIỆU TRƯỞNG", "name": "Phan Văn Lợi"},
    },
    # a Sở's letter with a table of tasks per unit (a bare "Đơn vị" column, a time limit per row) and the report back
    # asked of all after it
    "so_cong_van_bang": {
        "document": {"kind": "cong_van", "number": "1542/SNNMT-CCTL", "issue_date": "2025-09-16",
                     "place": "Quảng Ngãi", "subject": "triển khai công tác phòng, chống thiên tai mùa mưa bão năm 2025",
                     "urgency": None, "secrecy": None},
        "issuer": {"name": "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "parent": "UBND TỈNH QUẢNG NGÃI"},
        "addressees": ["Chi cục Thủy lợi", "Ban Quản lý rừng phòng hộ tỉnh", "Ủy ban nhân dân các xã, phường"],
        "assignments": [
            duty("Chi cục Thủy lợi", "Kiểm tra an toàn các hồ chứa nước, đê điều trên địa bàn tỉnh"),
            duty("Ban Quản lý rừng phòng hộ tỉnh",
                 "Rà soát các khu vực có nguy cơ sạt lở đất trong lâm phần được giao quản lý"),
            duty("Ủy ban nhân dân các xã, phường", "Xây dựng phương án sơ tán dân ở vùng trũng thấp, ven sông"),
        ],
        "distribution": ["UBND tỉnh", "Giám đốc Sở"],
        "signer": {"authority": "KT. GIÁM ĐỐC", "title": "PHÓ GIÁM ĐỐC", "name": "Nguyễn Văn Lực"},
    },
    # a commune's letter to its hamlet heads: the lead's colon lost ("… một số nội dung sau"), a flat dashed list
    "xa_cong_van_thon": {
        "document": {"kind": "cong_van", "number": "215/UBND-VP", "issue_date": "2024-10-14", "place": "Phú Xuân",
                     "subject": "rà soát hộ nghèo, hộ cận nghèo năm 2024", "urgency": None, "secrecy": None},
        "issuer": {"name": "ỦY BAN NHÂN DÂN XÃ PHÚ XUÂN", "parent": None},
        "addressees": ["Trưởng các thôn, tổ dân phố"],
        "assignments": [duty("Trưởng các thôn, tổ dân phố",
                             "Tổ chức họp dân bình xét hộ nghèo, hộ cận nghèo tại thôn, tổ dân phố",
                             "Niêm yết công khai danh sách hộ nghèo, hộ cận nghèo tại nhà văn hóa thôn",
                             "Tổng hợp danh sách gửi về UBND xã (qua công chức Lao động - Thương binh và Xã hội) chậm "
                             "nhất ngày 28/10/2024.")],
        "distribution": ["TT Đảng ủy"],
        "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Y Nhuân Byă"},
    },
}

REPORTS = {
    "xa_cong_van_thon": [report("2024-10-28", "by", "Trưởng các thôn, tổ dân phố", "UBND xã")],
    "phong_cong_van_hieu_truong": [report("2023-11-30", "before", "Hiệu trưởng các trường", "Phòng Giáo dục và Đào tạo",
                                          "thcs.pgdtuyphong@gmail.com")],
    "xa_ke_hoach_cong_chuc": [report("2024-07-05", "before", "Công chức Văn hóa - Xã hội", "UBND huyện"),
                              report("2024-06-30", "before", "Trưởng các thôn, tổ dân phố", "UBND xã")],
    "huyen_doan_cuoc_thi": [report("2024-04-25", "before", "Các cơ sở Đoàn", "Huyện đoàn",
                                   "bantuyengiaoductrong@gmail.com")],
    # submitting the papers by a date is a report back; entering marks into the system is not
    "truong_thong_bao_phan_cong": [report("2024-01-11", "before", "Tổ trưởng chuyên môn",
                                          "Phó Hiệu trưởng phụ trách chuyên môn")],
    "so_cong_van_bang": [report("2025-10-10", "before", "Các đơn vị, địa phương", "Sở Nông nghiệp và Môi trường")],
}


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_a_written_probes_report_backs(name):
    record = run((FIXTURES / f"{name}.txt").read_text(encoding="utf-8")).record.to_json()
    got = [{k: v for k, v in r.items() if k != "content"} for r in record["reporting"]]  # content is not scored
    assert got == REPORTS[name], f"[{name}] reporting: {got!r}"

@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_written_probe_in_a_hidden_set_shape(name):
    extraction = run((FIXTURES / f"{name}.txt").read_text(encoding="utf-8"))
    record = extraction.record.to_json()
    for family, expected in EXPECTED[name].items():
        assert record[family] == expected, f"[{name}] {family}: {record[family]!r}"
    assert not evidence_problems(extraction), name
