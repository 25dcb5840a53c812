"""Reporting in the genre's many phrasings (extractor/rules/reporting.py), each tried in a short invented plan.

The table of the ways a directive asks for a report back by a date — the cue ("trước ngày", "chậm nhất ngày",
"trước 17 giờ ngày", "hạn cuối"), the channel ("(qua Sở Y)", "bằng văn bản", "gửi về địa chỉ email …"), who reports
(the sentence's subject, the block's agency when the sentence has none, the bodies asked in a letter), the issuer's
own report to its superior (an instruction to report back all the same: the dev sets' gold counts it), several
reports in one task — and what is none: a month without its day ("trong tháng 12/2023" is no date), a task's own
deadline ("hoàn thành trước ngày …", "Thời hạn ban hành: …"), an undated "báo cáo theo quy định". The expected
items are written by the contract (§2 ``reporting``), not read off the extractor. The plan is dated 12/9/2023.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_reporting, directive, table

LEAD = ("I. MỤC ĐÍCH\n- Nâng cao chất lượng phong trào thi đua.\n\nII. THỜI GIAN\n"
        "Từ ngày 02/10/2023 đến ngày 08/10/2023.\n\n")


def item(deadline, relation, reporters, recipient, email=None):
    return {"deadline": deadline, "relation": relation, "reporters": reporters, "recipient": recipient, "email": email}


def sec(*lines: str) -> str:
    return "\n".join(lines)


ROWS = [
    # the cue and the recipient
    ("ket-qua-ve-so",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Phòng Y tế các huyện",
         "- Tổ chức tuyên truyền tại cơ sở.",
         "- Báo cáo kết quả về Sở Y tế trước ngày 20/10/2023."),
     [item("2023-10-20", "before", "Phòng Y tế các huyện", "Sở Y tế")]),
    ("bang-van-ban-qua-so",
     sec("III. TỔ CHỨC THỰC HIỆN",
         ("Ủy ban nhân dân các huyện, thành phố gửi báo cáo bằng văn bản về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) "
          "trước ngày 25/10/2023.")),
     [item("2023-10-25", "before", "Ủy ban nhân dân các huyện, thành phố", "Ủy ban nhân dân tỉnh")]),
    ("bang-van-ban-before-ve",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Các trường học gửi báo cáo (bằng văn bản) về Phòng Giáo dục và Đào tạo trước ngày 16/10/2023."),
     [item("2023-10-16", "before", "Các trường học", "Phòng Giáo dục và Đào tạo")]),
    ("tong-hop-bao-cao-cham-nhat",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp",
         "- Chủ trì triển khai kế hoạch;",
         "- Tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh chậm nhất ngày 30/11/2023."),
     [item("2023-11-30", "by", "Sở Tư pháp", "Ủy ban nhân dân tỉnh")]),
    ("clock-time-17-gio",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Các đơn vị gửi báo cáo về Sở Giáo dục và Đào tạo trước 17 giờ ngày 15/10/2023."),
     [item("2023-10-15", "before", "Các đơn vị", "Sở Giáo dục và Đào tạo")]),
    ("clock-time-16h30",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Các xã, thị trấn báo cáo nhanh về Ủy ban nhân dân huyện trước 16h30 ngày 10/10/2023."),
     [item("2023-10-10", "before", "Các xã, thị trấn", "Ủy ban nhân dân huyện")]),
    ("monthly-day-20",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Định kỳ hằng tháng, các sở, ngành báo cáo Ủy ban nhân dân tỉnh (qua Sở Kế hoạch và Đầu tư) trước ngày 20."),
     [item("2023-09-20", "before", "các sở, ngành", "Ủy ban nhân dân tỉnh")]),
    ("monthly-hang-thang-gui-bare-day",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Hằng tháng, Trung tâm Y tế huyện gửi báo cáo về Sở Y tế trước ngày 25."),
     [item("2023-09-25", "before", "Trung tâm Y tế huyện", "Sở Y tế")]),
    ("monthly-hang-thang-cham-nhat-bare-day",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Ủy ban nhân dân các phường",
         "- Định kỳ hàng tháng báo cáo tiến độ về Ủy ban nhân dân thành phố chậm nhất ngày 05."),
     [item("2023-10-05", "by", "Ủy ban nhân dân các phường", "Ủy ban nhân dân thành phố")]),
    ("monthly-day-20-hang-thang",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Ủy ban nhân dân các xã báo cáo tiến độ về Phòng Nông nghiệp trước ngày 20 hằng tháng."),
     [item("2023-09-20", "before", "Ủy ban nhân dân các xã", "Phòng Nông nghiệp")]),
    ("email-address",
     sec("III. TỔ CHỨC THỰC HIỆN",
         ("Các trường gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 18/10/2023 qua địa chỉ email: "
          "phonggd.hoaian@gmail.com.")),
     [item("2023-10-18", "before", "Các trường", "Phòng Giáo dục và Đào tạo", "phonggd.hoaian@gmail.com")]),
    ("email-gui-ve-dia-chi",
     sec("III. TỔ CHỨC THỰC HIỆN",
         ("Các đơn vị gửi danh sách đăng ký về Ban Tổ chức trước ngày 25/9/2023, đồng thời gửi về địa chỉ email "
          "bantochuc.hoithi@gmail.com.")),
     [item("2023-09-25", "before", "Các đơn vị", "Ban Tổ chức", "bantochuc.hoithi@gmail.com")]),
    ("dong-gui",
     sec("III. TỔ CHỨC THỰC HIỆN",
         ("Các đơn vị báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch trước ngày 30/10/2023, đồng gửi Ủy ban "
          "nhân dân tỉnh.")),
     [item("2023-10-30", "before", "Các đơn vị", "Sở Văn hóa, Thể thao và Du lịch")]),
    ("de-tong-hop-bao-cao",
     sec("III. TỔ CHỨC THỰC HIỆN",
         ("Các phòng, ban chuyên môn gửi báo cáo về Văn phòng Ủy ban nhân dân huyện trước ngày 05/11/2023 để tổng "
          "hợp, báo cáo Ủy ban nhân dân tỉnh.")),
     [item("2023-11-05", "before", "Các phòng, ban chuyên môn", "Văn phòng Ủy ban nhân dân huyện")]),
    ("han-cuoi",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Các chi đoàn nộp báo cáo về Ban Thường vụ Huyện đoàn, hạn cuối ngày 28/10/2023."),
     [item("2023-10-28", "by", "Các chi đoàn", "Ban Thường vụ Huyện đoàn")]),
    ("vao-ngay",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Các tổ chuyên môn báo cáo kết quả về Ban Giám hiệu vào ngày 09/10/2023."),
     [item("2023-10-09", "on", "Các tổ chuyên môn", "Ban Giám hiệu")]),
    # who reports
    ("block-agency-no-subject",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa và Thông tin",
         "- Hướng dẫn các xã tổ chức hoạt động;",
         "- Báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15/10/2023."),
     [item("2023-10-15", "before", "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân huyện")]),
    ("sentence-subject-beats-block",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Phòng Giáo dục và Đào tạo",
         "- Hướng dẫn các trường tổ chức hội thi;",
         "- Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/10/2023."),
     [item("2023-10-15", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("letter-cac-don-vi",
     sec("Đề nghị các đơn vị triển khai thực hiện và báo cáo kết quả về Sở Nội vụ trước ngày 30/9/2023."),
     [item("2023-09-30", "before", "các đơn vị", "Sở Nội vụ")]),
    ("letter-de-nghi-thu-truong",
     sec("Đề nghị Thủ trưởng các cơ quan, đơn vị nghiêm túc triển khai thực hiện; báo cáo kết quả về Sở Tài chính "
          "chậm nhất ngày 10/10/2023."),
     [item("2023-10-10", "by", "Thủ trưởng các cơ quan, đơn vị", "Sở Tài chính")]),
    # the issuer's own report to its superior: the dev gold counts it (rh6_04, rh8_13)
    ("issuer-reports-upward",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Các trường học", "- Tổ chức hội thi cấp trường.",
         "2. Phòng Giáo dục và Đào tạo",
         "- Tổng hợp kết quả, báo cáo Sở Giáo dục và Đào tạo trước ngày 31/10/2023."),
     [item("2023-10-31", "before", "Phòng Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo")]),
    # several report-backs in one task
    ("two-in-one-task",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Ủy ban nhân dân các xã",
         ("- Báo cáo sơ kết về Ủy ban nhân dân huyện trước ngày 15/10/2023 và báo cáo tổng kết trước ngày "
          "15/12/2023.")),
     # the second names no recipient of its own: none (the ruling of test_reporting's two-deadlines-one-sentence)
     [item("2023-10-15", "before", "Ủy ban nhân dân các xã", "Ủy ban nhân dân huyện"),
      item("2023-12-15", "before", "Ủy ban nhân dân các xã", None)]),
    ("two-sentences-one-task",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Trung tâm Y tế huyện",
         ("- Gửi danh sách đăng ký về Sở Y tế trước ngày 25/9/2023. Báo cáo kết quả về Sở Y tế chậm nhất ngày "
          "20/10/2023.")),
     [item("2023-09-25", "before", "Trung tâm Y tế huyện", "Sở Y tế"),
      item("2023-10-20", "by", "Trung tâm Y tế huyện", "Sở Y tế")]),
    ("thoi-han-gui-bao-cao-label",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Các trường Trung học cơ sở",
         "- Gửi báo cáo kết quả về Phòng Giáo dục và Đào tạo. Thời hạn gửi báo cáo: trước ngày 20/10/2023."),
     [item("2023-10-20", "before", "Các trường Trung học cơ sở", "Phòng Giáo dục và Đào tạo")]),
    ("date-in-words",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Các huyện đoàn báo cáo kết quả về Ban Thường vụ Tỉnh đoàn trước ngày 15 tháng 11 năm 2023."),
     [item("2023-11-15", "before", "Các huyện đoàn", "Ban Thường vụ Tỉnh đoàn")]),
    ("ket-thuc-dot-thi-dua",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Kết thúc đợt thi đua, các cụm, khối thi đua báo cáo về Ban Thi đua - Khen thưởng trước ngày 20/10/2023."),
     [item("2023-10-20", "before", "các cụm, khối thi đua", "Ban Thi đua - Khen thưởng")]),
    ("chi-thi-heads-report-to-chairman",
     sec("III. TỔ CHỨC THỰC HIỆN",
         ("Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện báo cáo Chủ tịch Ủy ban "
          "nhân dân tỉnh kết quả thực hiện trước ngày 15/12/2023.")),
     [item("2023-12-15", "before",
           "Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện",
           "Chủ tịch Ủy ban nhân dân tỉnh")]),
    ("yeu-cau-cac-don-vi",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Yêu cầu các đơn vị trực thuộc báo cáo kết quả về Văn phòng Sở trước ngày 10/10/2023."),
     [item("2023-10-10", "before", "các đơn vị trực thuộc", "Văn phòng Sở")]),
    ("gui-ve-qua-phong",
     sec("III. TỔ CHỨC THỰC HIỆN", "2. Ủy ban nhân dân các xã, thị trấn:",
         "- Tổ chức ra quân làm sạch môi trường;",
         ("- Gửi báo cáo về Ủy ban nhân dân huyện (qua Phòng Tài nguyên và Môi trường) trước ngày 30/10/2023 để "
          "tổng hợp.")),
     [item("2023-10-30", "before", "Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân huyện")]),
    ("de-nghi-phong-gddt-letter",
     sec("Sở Giáo dục và Đào tạo đề nghị các Phòng Giáo dục và Đào tạo triển khai đến các trường trực thuộc và gửi "
         "báo cáo về Sở (qua Phòng Giáo dục Tiểu học) trước ngày 31/10/2023."),
     [item("2023-10-31", "before", "các Phòng Giáo dục và Đào tạo", "Sở")]),
    ("bracketed-attachment-before-gui-ve",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Phòng Nội vụ",
         "- Báo cáo kết quả thực hiện (kèm theo biểu mẫu) gửi về Sở Nội vụ trước ngày 15/10/2023."),
     [item("2023-10-15", "before", "Phòng Nội vụ", "Sở Nội vụ")]),
    ("mailbox-only",
     sec("III. TỔ CHỨC THỰC HIỆN",
         ("Các đơn vị gửi báo cáo bằng văn bản và file mềm qua hộp thư điện tử: vanthu.snv@hagiang.gov.vn trước ngày "
          "15/10/2023.")),
     [item("2023-10-15", "before", "Các đơn vị", None, "vanthu.snv@hagiang.gov.vn")]),
    ("date-first-cham-nhat",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Chậm nhất ngày 20/10/2023, các xã, thị trấn gửi báo cáo về Ủy ban nhân dân huyện."),
     [item("2023-10-20", "by", "các xã, thị trấn", "Ủy ban nhân dân huyện")]),
    ("date-first-clock",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "Trước 16 giờ 00 ngày 10/10/2023, các đơn vị báo cáo số liệu về Văn phòng Ban Chỉ đạo."),
     [item("2023-10-10", "before", "các đơn vị", "Văn phòng Ban Chỉ đạo")]),
    ("de-nghi-then-de-tong-hop",
     sec("III. TỔ CHỨC THỰC HIỆN",
         ("Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo triển khai thực hiện, báo cáo kết quả về Sở Y tế "
          "trước ngày 30/11/2023 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.")),
     [item("2023-11-30", "before", "Ủy ban nhân dân các huyện, thành phố", "Sở Y tế")]),
    # what is no report back
    ("month-only",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Các trường học",
         "- Báo cáo kết quả về Phòng Giáo dục và Đào tạo trong tháng 12/2023."),
     []),
    ("month-only-truoc-thang",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Các trường học",
         "- Báo cáo tổng kết về Phòng Giáo dục và Đào tạo trước tháng 12/2023."),
     []),
    ("hoan-thanh-truoc",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Sở Xây dựng",
         "- Hoàn thành việc rà soát quy hoạch trước ngày 30/11/2023."),
     []),
    ("thoi-han-ban-hanh",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp",
         "- Tham mưu ban hành quy chế phối hợp. Thời hạn ban hành: trước ngày 31/12/2023."),
     []),
    ("thoi-gian-hoan-thanh-line",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ",
         "- Xây dựng đề án sắp xếp tổ chức bộ máy.", "Thời gian hoàn thành: trước ngày 15/12/2023."),
     []),
    ("undated-theo-quy-dinh",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Các đơn vị",
         "- Báo cáo kết quả thực hiện theo quy định."),
     []),
]


@pytest.mark.parametrize("row_id,section,expected", table(ROWS))
def test_reporting_phrasings(row_id, section, expected):
    check_reporting(row_id, directive(body=LEAD + section), expected)
