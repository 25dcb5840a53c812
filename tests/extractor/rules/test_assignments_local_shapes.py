"""Duties in the shapes of district, commune and school directives (extractor/rules/assignments.py, reporting.py):
the written probes of tests/extractor/test_hidden_shapes.py found them failing. Gold by the contract (§2
``assignments``: the agency as written, without ``Giao``; ``tasks`` the rest; ``reporting``: an instruction to
report back by a stated date). Every name, number and date here is invented.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


SECTION = "III. TỔ CHỨC THỰC HIỆN\n"

# "Giao X <drafting verb> <a document>, trình <authority> trước ngày …": the body ends before the drafting verb,
# whose object (a capitalised document name) is no part of the body's name
GIAO_DRAFTS = [
    ("hoan-chinh-van-kien",
     ("1. Giao Văn phòng Huyện ủy hoàn chỉnh văn kiện Đại hội, trình Ban Thường vụ trước ngày 20/10/2023.\n"
     "2. Giao Phòng Nội vụ chuẩn bị nhân sự."),
     [block("Văn phòng Huyện ủy", "hoàn chỉnh văn kiện Đại hội, trình Ban Thường vụ trước ngày 20/10/2023."),
      block("Phòng Nội vụ", "chuẩn bị nhân sự.")]),
    ("bien-soan-de-cuong",
     ("Giao Ban Tuyên giáo Huyện ủy biên soạn đề cương tuyên truyền, trình Thường trực Huyện ủy trước ngày "
     "15/11/2023."),
     [block("Ban Tuyên giáo Huyện ủy",
            "biên soạn đề cương tuyên truyền, trình Thường trực Huyện ủy trước ngày 15/11/2023.")]),
    ("du-thao-quy-che",
     ("1. Giao Phòng Tư pháp huyện dự thảo Quy chế phối hợp, trình Ủy ban nhân dân huyện ban hành trước ngày "
     "30/10/2023."),
     [block("Phòng Tư pháp huyện",
            "dự thảo Quy chế phối hợp, trình Ủy ban nhân dân huyện ban hành trước ngày 30/10/2023.")]),
    ("chinh-sua-bo-sung-de-an",
     "Giao Phòng Văn hóa và Thông tin chỉnh sửa, bổ sung Đề án, trình UBND huyện trước ngày 25/10/2023.",
     [block("Phòng Văn hóa và Thông tin", "chỉnh sửa, bổ sung Đề án, trình UBND huyện trước ngày 25/10/2023.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(GIAO_DRAFTS))
def test_giao_with_a_drafting_verb_ends_the_body_before_it(row_id, body, expected):
    text = directive(body=SECTION + body)
    check_field(row_id, text, "assignments", expected)
    check_field(row_id, text, "reporting", [])  # sending a draft up ("trình") is no report-back


CONCLUSION = "THÔNG BÁO\nKết luận của Chủ tịch UBND huyện tại cuộc họp"  # issued 12/9/2023 (the default header)
DUTIES = ("1. Phòng Tài chính - Kế hoạch tham mưu điều chuyển vốn.\n2. Các xã báo cáo kết quả về UBND huyện trước "
          "ngày 30/9/2023.")
DUE = {"deadline": "2023-09-30", "relation": "before", "reporters": "Các xã", "recipient": "UBND huyện", "email": None,
       "content": "báo cáo kết quả về UBND huyện trước ngày 30/9/2023"}

# a meeting that heard a report, on a day before the text was issued or on its day: no report is asked for; the
# dated report-back among the duties still is one
HEARD = [
    ("nghe-body-bao-cao-before-issue",
     ("Ngày 05/9/2023, Chủ tịch UBND huyện chủ trì cuộc họp nghe Phòng Tài chính - Kế hoạch báo cáo tình hình giải "
     "ngân vốn đầu tư công. Chủ tịch UBND huyện kết luận như sau:")),
    ("hop-nghe-bao-cao-afternoon",
     ("Chiều ngày 28/8/2023, Ban Thường vụ Huyện ủy họp nghe Ban Tổ chức Huyện ủy báo cáo công tác cán bộ; sau khi "
     "thảo luận, Ban Thường vụ kết luận như sau:")),
    ("vao-ngay-nghe-bao-cao-cua",
     ("Vào ngày 10 tháng 9 năm 2023, Thường trực Hội đồng nhân dân huyện đã nghe báo cáo của Ủy ban nhân dân huyện "
     "về kết quả thu ngân sách. Thường trực kết luận như sau:")),
    ("hop-phien-de-nghe",
     ("Ngày 08 tháng 9 năm 2023, Ban Chỉ đạo huyện họp phiên thứ ba để nghe Tổ giúp việc báo cáo kết quả triển khai. "
     "Trưởng Ban Chỉ đạo kết luận như sau:")),
    ("nghe-on-the-issue-day",
     ("Ngày 12/9/2023, Ủy ban nhân dân huyện họp nghe Phòng Nội vụ báo cáo việc sắp xếp đơn vị hành chính. Chủ tịch "
     "Ủy ban nhân dân huyện kết luận như sau:")),
]


@pytest.mark.parametrize("row_id,preamble", table(HEARD))
def test_a_report_heard_at_a_meeting_is_due_for_nothing(row_id, preamble):
    check_field(row_id, directive(title=CONCLUSION, preamble=preamble, body=DUTIES), "reporting", [DUE])


INVITATION_HEADER = """\
UBND HUYỆN KRÔNG BÚK
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 33/GM-PGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Krông Búk, ngày 10 tháng 4 năm 2025"""
INVITATION_CLOSING = "Nơi nhận:\n- Như thành phần mời;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nNguyễn Văn Hùng"

# a Giấy mời: the guests listed under "… (trân trọng) kính mời:" are asked to attend, no duty (contract §2: one entry
# per body that must act); a request after the list that hands a duty on still is a block
INVITATIONS = [
    ("numbered-guests-after-the-lead",
     "GIẤY MỜI\nHọp giao ban Hiệu trưởng tháng 4 năm 2025",
     "Phòng Giáo dục và Đào tạo trân trọng kính mời:",
     ("1. Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn huyện;\n2. Chuyên viên Phòng GDĐT.\n"
      "Nội dung: Đánh giá kết quả tháng 3, triển khai nhiệm vụ tháng 4 năm 2025.\n"
      "Thời gian: 07 giờ 30 phút, ngày 15/4/2025.\nĐịa điểm: Hội trường Phòng GDĐT.\n"
      "Đề nghị các đồng chí sắp xếp thời gian tham dự đúng giờ./."),
     []),
    ("youth-union-guests-then-a-request",
     "GIẤY MỜI",
     "Ban Thường vụ Đoàn xã kính mời các đồng chí:",
     ("1. Bí thư Chi đoàn các thôn, buôn;\n2. Ủy viên Ban Chấp hành Đoàn xã.\n"
      "Tới dự: Hội nghị sơ kết công tác Đoàn 6 tháng đầu năm 2025.\n"
      "Thời gian: 14 giờ 00, ngày 18/4/2025.\nĐịa điểm: Hội trường UBND xã.\n"
      "Đề nghị Bí thư Chi đoàn các thôn chuẩn bị báo cáo kết quả 6 tháng của chi đoàn."),
     [block("Bí thư Chi đoàn các thôn", "chuẩn bị báo cáo kết quả 6 tháng của chi đoàn.")]),
    ("lettered-guests",
     "GIẤY MỜI\nDự Hội nghị chuyên đề đổi mới phương pháp dạy học",
     "Nhằm trao đổi kinh nghiệm đổi mới phương pháp dạy học, Phòng Giáo dục và Đào tạo trân trọng kính mời:",
     ("a) Phó Hiệu trưởng phụ trách chuyên môn các trường THCS;\nb) Tổ trưởng Tổ Toán, Tổ Ngữ văn các trường THCS.\n"
      "Thời gian: 08 giờ 00, ngày 22/4/2025.\nĐịa điểm: Trường THCS Lê Lợi."),
     []),
]


@pytest.mark.parametrize("row_id,title,preamble,body,expected", table(INVITATIONS))
def test_guests_of_an_invitation_are_no_blocks(row_id, title, preamble, body, expected):
    text = directive(header=INVITATION_HEADER, title=title, preamble=preamble, body=body, closing=INVITATION_CLOSING)
    check_field(row_id, text, "assignments", expected)


LETTER_HEADER = """\
UBND HUYỆN SƠN TỊNH
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 216/PGDĐT-VP
V/v triển khai Tháng an toàn giao thông

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sơn Tịnh, ngày 12 tháng 9 năm 2023"""

# a letter whose opening ends by asking one body to carry out "the following" ("…, đề nghị X thực hiện … sau:") over
# dashed items that end with ";": the segmenter may keep the first dash in the opening; the items are X's tasks
ASKED_DASHES = [
    ("de-nghi-hieu-truong-nhung-viec-sau",
     ("Thực hiện Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở Giáo dục và Đào tạo Quảng Ngãi, Phòng Giáo dục và "
      "Đào tạo đề nghị Hiệu trưởng các trường thực hiện những việc sau:"),
     "- Tuyên truyền Luật Giao thông đường bộ cho học sinh;\n- Tổ chức cho học sinh ký cam kết./.",
     [block("Hiệu trưởng các trường", "Tuyên truyền Luật Giao thông đường bộ cho học sinh",
            "Tổ chức cho học sinh ký cam kết")]),
    ("yeu-cau-truong-thon-noi-dung-sau",
     ("Thực hiện Công điện số 05/CĐ-UBND ngày 05/9/2023 của UBND huyện về việc chủ động ứng phó với bão số 3, Chủ tịch "
      "UBND xã yêu cầu Trưởng các thôn, buôn thực hiện tốt các nội dung sau:"),
     ("- Thông báo kịp thời diễn biến của bão cho nhân dân;\n- Kiểm tra, gia cố nhà cửa, chằng chống cây xanh;\n"
     "- Bố trí lực lượng trực 24/24 giờ./."),
     [block("Trưởng các thôn, buôn", "Thông báo kịp thời diễn biến của bão cho nhân dân",
            "Kiểm tra, gia cố nhà cửa, chằng chống cây xanh", "Bố trí lực lượng trực 24/24 giờ")]),
    ("de-nghi-chi-doan-nhu-sau",
     ("Căn cứ Kế hoạch số 12-KH/HĐTN ngày 20/02/2024 của Ban Thường vụ Huyện đoàn, Ban Thường vụ Đoàn xã đề nghị "
      "các chi đoàn trực thuộc triển khai như sau:"),
     "- Ra quân vệ sinh môi trường tại các thôn;\n- Báo cáo số lượng đoàn viên tham gia./.",
     [block("các chi đoàn trực thuộc", "Ra quân vệ sinh môi trường tại các thôn",
            "Báo cáo số lượng đoàn viên tham gia")]),
]


@pytest.mark.parametrize("row_id,preamble,body,expected", table(ASKED_DASHES))
def test_dashes_under_an_asking_opening_are_the_asked_bodys_tasks(row_id, preamble, body, expected):
    check_field(row_id, directive(header=LETTER_HEADER, title="", preamble=preamble, body=body), "assignments",
                expected)


# a letter's writer setting out what it does ("Phòng GDĐT tổ chức Hội thi …, cụ thể như sau:"), named in full or
# abbreviated: its own statement over the particulars, no duty handed to anyone
WRITERS_OWN = [
    ("to-chuc-hoi-thi-cu-the-nhu-sau",
     ("Phòng Giáo dục và Đào tạo tổ chức Hội thi giáo viên dạy giỏi cấp huyện năm học 2023 - 2024, cụ thể như sau:\n"
      "1. Đối tượng: giáo viên các trường.\n2. Thời gian: từ ngày 16/10/2023 đến ngày 20/10/2023.")),
    ("huong-dan-abbreviated-nhu-sau",
     ("Phòng GD&ĐT hướng dẫn việc tổ chức Ngày hội đọc sách năm 2023 như sau:\n"
      "- Hình thức: trưng bày, giới thiệu sách;\n- Thời gian: trong tháng 10 năm 2023.")),
    ("thong-bao-lich-sau-day",
     ("Phòng GDĐT thông báo lịch kiểm tra chuyên đề học kỳ I năm học 2023 - 2024 sau đây:\n"
      "(1) Trường THCS Lê Lợi: ngày 16/10/2023;\n(2) Trường THCS Trần Phú: ngày 18/10/2023.")),
]


# a timetable counted under the writer's notice ("(1) Trường X: ngày …;"): who and when, no duty
WRITERS_OWN += [
    ("lich-hop-gio-ngay",
     ("Phòng GDĐT thông báo lịch họp chuyên môn như sau:\n"
      "(1) Trường Tiểu học Kim Đồng: 14 giờ 00, ngày 20/10/2023;\n(2) Trường Tiểu học Võ Thị Sáu: sáng ngày 21/10/2023.")),
    ("lich-kiem-tra-thu",
     ("Phòng Giáo dục và Đào tạo thông báo lịch kiểm tra nội bộ sau đây:\n"
      "(1) Trường Mầm non Hoa Sen: thứ Ba, ngày 24/10/2023;\n(2) Trường Mầm non Sơn Ca: thứ Năm, ngày 26/10/2023.")),
]


@pytest.mark.parametrize("row_id,body", table(WRITERS_OWN))
def test_the_writers_own_statement_is_no_block(row_id, body):
    preamble = "Thực hiện Kế hoạch số 45/KH-PGDĐT ngày 05/9/2023 của Phòng Giáo dục và Đào tạo."
    check_field(row_id, directive(header=LETTER_HEADER, title="", preamble=preamble, body=body), "assignments", [])


COMMUNE_HEADER = """\
UBND HUYỆN CÁI BÈ
ỦY BAN NHÂN DÂN XÃ TÂN HƯNG
Số: 90/UBND-VP
V/v chủ động ứng phó với bão số 3

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Hưng, ngày 12 tháng 9 năm 2024"""
COMMUNE_ADDRESSEES = "Kính gửi:\n- Các ban, ngành, đoàn thể xã;\n- Trưởng các ấp."

# a lead that asks everyone ("… yêu cầu các đơn vị, cá nhân liên quan thực hiện tốt các nội dung sau:") over numbered
# items that each name who acts: each item's body is a block (the run-in ruling), the lead's "everyone" none
EVERYONE_ASKED = [
    ("yeu-cau-don-vi-ca-nhan-then-subjects",
     "Chủ tịch UBND xã yêu cầu các đơn vị, cá nhân liên quan thực hiện tốt các nội dung sau:",
     ("1. Trưởng các ấp tuyên truyền cho nhân dân chủ động phòng tránh.\n"
      "2. Công an xã tăng cường tuần tra, bảo đảm an ninh trật tự.\n3. Trạm Y tế xã chuẩn bị cơ số thuốc."),
     [block("Trưởng các ấp", "tuyên truyền cho nhân dân chủ động phòng tránh."),
      block("Công an xã", "tăng cường tuần tra, bảo đảm an ninh trật tự."),
      block("Trạm Y tế xã", "chuẩn bị cơ số thuốc.")]),
    ("de-nghi-cac-ban-nganh-then-subjects",
     ("Để chủ động ứng phó với bão số 3, Ủy ban nhân dân xã đề nghị các ban, ngành, đoàn thể và các ấp triển khai "
      "các nội dung sau:"),
     ("1. Các ban, ngành, đoàn thể xã theo chức năng, nhiệm vụ tổ chức trực ban 24/24 giờ.\n"
      "2. Trưởng các ấp vận động người dân gia cố nhà cửa."),
     [block("Các ban, ngành, đoàn thể xã", "theo chức năng, nhiệm vụ tổ chức trực ban 24/24 giờ."),
      block("Trưởng các ấp", "vận động người dân gia cố nhà cửa.")]),
    ("yeu-cau-then-doi-voi-items",
     "Chủ tịch UBND xã yêu cầu các đơn vị liên quan thực hiện như sau:",
     ("1. Đối với Trưởng các ấp: tuyên truyền cho nhân dân chủ động phòng tránh.\n"
      "2. Đối với Công an xã: tăng cường tuần tra."),
     [block("Trưởng các ấp", "tuyên truyền cho nhân dân chủ động phòng tránh."),
      block("Công an xã", "tăng cường tuần tra.")]),
]


EVERYONE_ASKED += [
    ("yeu-cau-then-dashes-with-subjects",
     "Chủ tịch UBND xã yêu cầu các đơn vị, cá nhân liên quan thực hiện tốt các nội dung sau:",
     ("- Trưởng các ấp tuyên truyền cho nhân dân chủ động phòng tránh;\n"
      "- Công an xã tăng cường tuần tra, bảo đảm an ninh trật tự;\n- Trạm Y tế xã chuẩn bị cơ số thuốc./."),
     [block("Trưởng các ấp", "tuyên truyền cho nhân dân chủ động phòng tránh"),
      block("Công an xã", "tăng cường tuần tra, bảo đảm an ninh trật tự"),
      block("Trạm Y tế xã", "chuẩn bị cơ số thuốc")]),
    # dashes that name no one are the tasks of the bodies asked
    ("yeu-cau-then-bare-dashes",
     "Chủ tịch UBND xã yêu cầu các đơn vị, cá nhân liên quan thực hiện tốt các nội dung sau:",
     "- Tuyên truyền cho nhân dân chủ động phòng tránh;\n- Tăng cường tuần tra, bảo đảm an ninh trật tự./.",
     [block("các đơn vị, cá nhân liên quan", "Tuyên truyền cho nhân dân chủ động phòng tránh",
            "Tăng cường tuần tra, bảo đảm an ninh trật tự")]),
]


@pytest.mark.parametrize("row_id,preamble,body,expected", table(EVERYONE_ASKED))
def test_items_that_name_who_acts_under_a_lead_that_asks_everyone(row_id, preamble, body, expected):
    text = directive(header=COMMUNE_HEADER, title="", kinh_gui=COMMUNE_ADDRESSEES, preamble=preamble, body=body)
    check_field(row_id, text, "assignments", expected)


# the asked body's items end with a dated report-back ("3. Báo cáo kết quả về Phòng trước ngày …"): one more of its
# tasks (not the title of a "Báo cáo" part), and that body reports
REPORT_ITEMS = [
    ("numbered-report-item",
     ("1. Tuyên truyền Luật Giao thông đường bộ cho học sinh.\n2. Tổ chức cho học sinh ký cam kết.\n"
     "3. Báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/9/2023."),
     "Báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/9/2023."),
    ("dashed-report-item",
     ("- Tuyên truyền Luật Giao thông đường bộ cho học sinh;\n- Tổ chức cho học sinh ký cam kết;\n"
     "- Báo cáo số học sinh ký cam kết về Phòng Giáo dục và Đào tạo trước ngày 30/9/2023."),
     "Báo cáo số học sinh ký cam kết về Phòng Giáo dục và Đào tạo trước ngày 30/9/2023."),
]


@pytest.mark.parametrize("row_id,body,report", table(REPORT_ITEMS))
def test_a_report_item_is_the_asked_bodys_task_and_report(row_id, body, report):
    preamble = ("Thực hiện Công văn số 1402/SGDĐT-GDTX ngày 05/9/2023 của Sở Giáo dục và Đào tạo Quảng Ngãi, Phòng Giáo "
                "dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:")
    text = directive(header=LETTER_HEADER, title="", preamble=preamble, body=body)
    check_field(row_id, text, "assignments.0.tasks.2", report)
    check_field(row_id, text, "reporting.0.reporters", "Hiệu trưởng các trường")
    check_field(row_id, text, "reporting.0.deadline", "2023-09-30")
