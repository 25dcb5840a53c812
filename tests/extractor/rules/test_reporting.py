"""Reporting (extractor/rules/reporting.py): each instruction to report back by a stated date.

Each row is a hand-written reporting sentence (or section) placed after the duties of a small plan
dated 12/9/2023. The expected items follow the guide: ``deadline`` the date; ``relation`` ``before``
(trước ngày), ``on`` (ngày …, vào ngày) or ``by`` (chậm nhất, hạn cuối); ``reporters`` who reports;
``recipient`` to whom without the channel (``(qua …)`` left out); ``email``. ``content`` is not scored and
not compared here. An undated "báo cáo theo quy định" is no reporting item. A new phrasing goes into
``SENTENCES``; a known gap via ``gap``.
"""

from __future__ import annotations

import pytest
from extractor_helpers import HEADER, check_field, check_reporting, directive, evidence_problems, run, table

LEAD = ("I. MỤC ĐÍCH\n- Lan tỏa phong trào đọc sách.\n\nII. THỜI GIAN\nTừ ngày 16/10/2023 đến ngày 20/10/2023.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Các trường Tiểu học\n- Trưng bày sách.\n\n")


def item(deadline, relation, reporters, recipient, email=None):
    return {"deadline": deadline, "relation": relation, "reporters": reporters, "recipient": recipient, "email": email}


SENTENCES = [
    ("counted-item-after-a-bracket-closing-the-item-before",
     ("(2) Các trường tổ chức tự đánh giá (trừ các trường mới thành lập). (3) Các phòng, ban, đơn vị gửi hồ sơ "
      "đề nghị khen thưởng về Phòng Giáo dục và Đào tạo trước ngày 25/10/2023 để tổng hợp."),
     [item("2023-10-25", "before", "Các phòng, ban, đơn vị", "Phòng Giáo dục và Đào tạo")]),
    ("organisations-in-the-list-of-reporters",
     ("Các cơ quan, tổ chức, đơn vị gửi báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 27/10/2023."),
     [item("2023-10-27", "before", "Các cơ quan, tổ chức, đơn vị", "Ủy ban nhân dân huyện")]),
    ("counted-item-opening-the-sentence",
     ("(1) Các xã, thị trấn, trung tâm học tập cộng đồng báo cáo kết quả về Ủy ban nhân dân huyện trước ngày "
      "28/10/2023."),
     [item("2023-10-28", "before", "Các xã, thị trấn, trung tâm học tập cộng đồng", "Ủy ban nhân dân huyện")]),
    ("reporters-asked-earlier-in-the-sentence",
     ("Phòng Giáo dục và Đào tạo yêu cầu Hiệu trưởng các trường nghiêm túc triển khai thực hiện các nội dung trên; "
      "báo cáo về Phòng Giáo dục và Đào tạo trước ngày 30/10/2023."),
     [item("2023-10-30", "before", "Hiệu trưởng các trường", "Phòng Giáo dục và Đào tạo")]),
    ("two-recipients-yearly",
     ("Phòng Văn hóa và Thông tin tổng hợp báo cáo kết quả gửi Sở Văn hóa, Thể thao và Du lịch, Ủy ban nhân dân huyện "
      "trước ngày 15 tháng 12 hằng năm."),
     [item("2023-12-15", "before", "Phòng Văn hóa và Thông tin",
           "Sở Văn hóa, Thể thao và Du lịch, Ủy ban nhân dân huyện")]),
    # a deadline without its year falls after the document's date (12/9/2023): never due before it is asked for
    ("yearless-day-passed-next-year",
     "Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15/6.",
     [item("2024-06-15", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("yearless-in-words-day-passed-next-year",
     "Ủy ban nhân dân các xã gửi báo cáo sơ kết về Phòng Văn hóa và Thông tin trước ngày 20 tháng 5.",
     [item("2024-05-20", "before", "Ủy ban nhân dân các xã", "Phòng Văn hóa và Thông tin")]),
    ("yearly-on-the-issue-day-next-year",
     "Các trường báo cáo tổng kết về Phòng Giáo dục và Đào tạo trước ngày 12/9 hằng năm.",
     [item("2024-09-12", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("yearless-day-to-come-same-year",
     "Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 30/10.",
     [item("2023-10-30", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    # "gửi X tổng hợp, báo cáo Y": X receives the reports and compiles them for Y; X is the recipient
    ("recipient-then-what-it-does-next",
     ("Các trường báo cáo kết quả, gửi Phòng Giáo dục và Đào tạo tổng hợp báo cáo Ủy ban nhân dân huyện trước ngày "
      "30/10/2023."),
     [item("2023-10-30", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("recipient-then-compiles-with-a-comma",
     "Ủy ban nhân dân các xã gửi báo cáo về Phòng Nội vụ tổng hợp, trình Ủy ban nhân dân huyện trước ngày 15/11/2023.",
     [item("2023-11-15", "before", "Ủy ban nhân dân các xã", "Phòng Nội vụ")]),
    # ... but a unit may be named by the word: "Bộ phận tổng hợp", "tổ tổng hợp"
    ("unit-named-tong-hop-is-the-recipient",
     "Các trường gửi báo cáo về Bộ phận tổng hợp của Văn phòng Sở trước ngày 15/11/2023.",
     [item("2023-11-15", "before", "Các trường", "Bộ phận tổng hợp của Văn phòng Sở")]),
    ("what-is-reported-follows-the-recipient",
     ("Các trường báo cáo về Phòng Giáo dục và Đào tạo các trường hợp học sinh vắng thi trước ngày 20/10/2023."),
     [item("2023-10-20", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("to-report-to-the-prime-minister",
     ("Các Bộ gửi ý kiến trước ngày 20/10/2023 để báo cáo Thủ tướng Chính phủ."),
     [item("2023-10-20", "before", "Các Bộ", "Thủ tướng Chính phủ")]),
    # an item dated by the timetable line under it; the block's agency reports, without its role after a dash
    ("item-dated-by-its-timetable-line",
     ("2. Phòng Tài chính - Kế hoạch - Cơ quan thường trực Ban Chỉ đạo\n- Hướng dẫn các đơn vị lập biểu kiểm kê.\n"
      "Thời gian thực hiện: Từ tháng 10/2023 đến khi kết thúc.\n- Tổng hợp kết quả kiểm kê, báo cáo gửi Ủy ban nhân "
      "dân huyện.\nThời gian hoàn thành: Trước ngày 30/11/2023.\n"),
     [item("2023-11-30", "before", "Phòng Tài chính - Kế hoạch", "Ủy ban nhân dân huyện")]),
    ("timetable-line-with-thoi-han",
     ("2. Ủy ban nhân dân các xã\n- Tổ chức kiểm kê trên địa bàn.\n- Báo cáo kết quả bằng văn bản gửi về Phòng "
      "Nội vụ.\nThời hạn hoàn thành: trước ngày 20/12/2023.\n"),
     [item("2023-12-20", "before", "Ủy ban nhân dân các xã", "Phòng Nội vụ")]),
    # "báo cáo cơ quan …": a body named by its kind receives the report; the reporter is the block's bodies without
    # the note in brackets after them
    ("report-to-the-body-above-by-its-kind",
     ("2. Các cơ quan quản lý cấp trên (bao gồm cả doanh nghiệp nhà nước)\n- Tổng hợp kết quả của các đơn vị cấp dưới "
      "để báo cáo cơ quan cấp trên trực tiếp.\nThời hạn hoàn thành: Trước ngày 15/12/2023.\n"),
     [item("2023-12-15", "before", "Các cơ quan quản lý cấp trên", "cơ quan cấp trên trực tiếp")]),
    # "Báo cáo <what> cho <whom>": the recipient after "cho", the date on the timetable line under the item
    ("report-what-for-whom-dated-by-its-timetable-line",
     ("2. Các doanh nghiệp nhà nước\n- Lập hồ sơ tài sản.\n- Báo cáo kết quả kiểm kê cho cơ quan chủ quản (nếu có).\n"
      "Thời hạn hoàn thành: Trước ngày 31/3/2024.\n"),
     [item("2024-03-31", "before", "Các doanh nghiệp nhà nước", "cơ quan chủ quản")]),
    ("send-what-for-whom",
     ("2. Trung tâm Y tế huyện\n- Gửi báo cáo tình hình dịch bệnh cho Ủy ban nhân dân huyện.\n"
      "Thời gian hoàn thành: trước ngày 05/12/2023.\n"),
     [item("2023-12-05", "before", "Trung tâm Y tế huyện", "Ủy ban nhân dân huyện")]),
    # the body is named by what it does ("cơ quan chịu trách nhiệm tổng hợp kết quả …"): its "kết quả" is no content
    ("recipient-named-by-what-it-compiles",
     ("2. Các cơ quan chủ quản\n- Tổng hợp số liệu của các đơn vị trực thuộc để báo cáo cơ quan chịu trách nhiệm tổng "
      "hợp kết quả điều tra theo thời hạn.\nThời hạn hoàn thành: Trước ngày 20/12/2023.\n"),
     [item("2023-12-20", "before", "Các cơ quan chủ quản", "cơ quan chịu trách nhiệm tổng hợp kết quả điều tra")]),
    ("recipient-named-by-what-it-receives",
     "Các xã gửi báo cáo về bộ phận tiếp nhận kết quả thẩm định trước ngày 15/11/2023.",
     [item("2023-11-15", "before", "Các xã", "bộ phận tiếp nhận kết quả thẩm định")]),
    ("report-to-the-governing-body",
     ("2. Ban Quản lý các dự án (gồm Ban Giao thông, Ban Dân dụng)\n- Gửi báo cáo tiến độ giải ngân về cơ quan chủ "
      "quản trước ngày 20/11/2023.\n"),
     [item("2023-11-20", "before", "Ban Quản lý các dự án", "cơ quan chủ quản")]),
    # a task that only names reports ("đơn vị chịu trách nhiệm tổng hợp, báo cáo") and sends nothing is no report back
    ("timetable-of-a-plan-that-names-reports",
     ("2. Ủy ban nhân dân các xã\n- Xây dựng kế hoạch, trong đó xác định đơn vị chịu trách nhiệm tổng hợp, báo cáo.\n"
      "Thời gian hoàn thành: Trước ngày 15/11/2023.\n"),
     []),
    # a heading that states the body's role ("… có trách nhiệm:", "… chủ trì, phối hợp với …:") is the agency as
    # written, but the body alone reports
    ("heading-agency-with-its-role-words",
     ("2. Trung tâm Y tế huyện có trách nhiệm:\n- Giám sát dịch bệnh tại các xã.\n- Báo cáo kết quả về Ủy ban nhân "
      "dân huyện trước ngày 10/12/2023.\n"),
     [item("2023-12-10", "before", "Trung tâm Y tế huyện", "Ủy ban nhân dân huyện")]),
    ("heading-agency-with-a-lead-and-partners",
     ("2. Phòng Văn hóa và Thông tin chủ trì, phối hợp với các xã, thị trấn:\n- Tổ chức hội thi.\n- Gửi báo cáo "
      "tổng kết về Sở Văn hóa, Thể thao và Du lịch trước ngày 20/11/2023.\n"),
     [item("2023-11-20", "before", "Phòng Văn hóa và Thông tin", "Sở Văn hóa, Thể thao và Du lịch")]),
    # "Tổ chức …" opens a task (organise), not a team that reports: the block's agency reports
    ("to-chuc-opens-a-task-not-a-team",
     "2. Phòng Nông nghiệp\n- Tổ chức đánh giá kết quả thực hiện; báo cáo UBND huyện trước ngày 15/12/2023.\n",
     [item("2023-12-15", "before", "Phòng Nông nghiệp", "UBND huyện")]),
    ("to-chuc-tong-ket-then-reports",
     "2. Trung tâm Văn hóa huyện\n- Tổ chức tổng kết, gửi báo cáo về Phòng Văn hóa và Thông tin trước ngày 20/11/2023.\n",
     [item("2023-11-20", "before", "Trung tâm Văn hóa huyện", "Phòng Văn hóa và Thông tin")]),
    # two yearly deadlines joined by "và", the second written without "ngày"
    ("a-pair-of-days-due-alike",
     ("Định kỳ trước ngày 10/6 và 10/12 hằng năm, các phòng, ban chuyên môn báo cáo kết quả thực hiện về Phòng "
      "Nội vụ để tổng hợp."),
     # each first due after the plan's date (12/9/2023), as the real gold reads "01/6 và 15/11 hằng năm" (rh6_01)
     [item("2024-06-10", "before", "các phòng, ban chuyên môn", "Phòng Nội vụ"),
      item("2023-12-10", "before", "các phòng, ban chuyên môn", "Phòng Nội vụ")]),
    ("a-pair-of-days-after-the-recipient",
     "Các trường gửi báo cáo sơ kết về Phòng Giáo dục và Đào tạo trước ngày 20/10 và 25/12/2023.",
     [item("2023-10-20", "before", "Các trường", "Phòng Giáo dục và Đào tạo"),
      item("2023-12-25", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("truoc-ngay", "Các trường báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 27/10/2023.",
     [item("2023-10-27", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("cham-nhat-channel-in-brackets",
     ("UBND các xã, thị trấn gửi báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin) chậm nhất "
     "ngày 30/10/2023."), [item("2023-10-30", "by", "UBND các xã, thị trấn", "Ủy ban nhân dân huyện")]),
    ("cham-nhat-la", "Hiệu trưởng các trường gửi báo cáo về Phòng GDĐT (qua bộ phận Tiểu học) chậm nhất là ngày 30/10/2023.",
     [item("2023-10-30", "by", "Hiệu trưởng các trường", "Phòng GDĐT")]),
    ("han-cuoi", "Các trường nộp báo cáo tổng kết về Phòng GDĐT, hạn cuối ngày 31/10/2023.",
     [item("2023-10-31", "by", "Các trường", "Phòng GDĐT")]),
    ("vao-ngay-with-email",
     ("Các đơn vị báo cáo kết quả về Phòng Văn hóa và Thông tin vào ngày 25/10/2023, đồng thời gửi bản mềm qua email "
     "pvhtt.sontinh@quangngai.gov.vn."),
     [item("2023-10-25", "on", "Các đơn vị", "Phòng Văn hóa và Thông tin", "pvhtt.sontinh@quangngai.gov.vn")]),
    ("de-nghi-with-email-label",
     ("Đề nghị các trường gửi báo cáo về Phòng Giáo dục và Đào tạo trước ngày 27/10/2023 theo địa chỉ email: "
     "pgd.sontinh@gmail.com."),
     [item("2023-10-27", "before", "các trường", "Phòng Giáo dục và Đào tạo", "pgd.sontinh@gmail.com")]),
    ("two-deadlines-one-sentence",
     ("Các trường đăng ký danh sách đội tuyển về Phòng GDĐT trước ngày 05/10/2023 và báo cáo kết quả chậm nhất ngày "
     "25/10/2023."),
     [item("2023-10-05", "before", "Các trường", "Phòng GDĐT"), item("2023-10-25", "by", "Các trường", None)]),
    ("date-first-channel-qua",
     "Trước ngày 30/10/2023, các xã, thị trấn báo cáo kết quả về UBND huyện qua Phòng Văn hóa và Thông tin.",
     [item("2023-10-30", "before", "các xã, thị trấn", "UBND huyện")]),
    ("date-in-words", "Các trường gửi báo cáo về Phòng GDĐT trước ngày 27 tháng 10 năm 2023.",
     [item("2023-10-27", "before", "Các trường", "Phòng GDĐT")]),
    ("no-reporter-named", "Kết quả thực hiện gửi về Phòng GDĐT trước ngày 27/10/2023.",
     [item("2023-10-27", "before", None, "Phòng GDĐT")]),
    ("de-nghi-then-undated-own-report",
     ("Đề nghị UBND các xã, thị trấn báo cáo kết quả thực hiện về UBND huyện (qua Phòng Văn hóa và Thông tin) trước "
     "ngày 30/10/2023 để tổng hợp, báo cáo Sở Văn hóa, Thể thao và Du lịch."),
     [item("2023-10-30", "before", "UBND các xã, thị trấn", "UBND huyện")]),
    ("reporter-from-the-agency-block",
     "IV. BÁO CÁO\n1. Trung tâm Văn hóa - Thể thao huyện\n- Tổng hợp kết quả, báo cáo UBND huyện trước ngày 28/10/2023.",
     [item("2023-10-28", "before", "Trung tâm Văn hóa - Thể thao huyện", "UBND huyện")]),
    ("bullet-in-reporting-section",
     "IV. CHẾ ĐỘ BÁO CÁO\n- Các trường gửi báo cáo kết quả về Phòng GDĐT trước ngày 27/10/2023.",
     [item("2023-10-27", "before", "Các trường", "Phòng GDĐT")]),
    ("undated-stays-a-task", "Các trường báo cáo kết quả theo quy định.", []),
    ("range-is-not-a-deadline", "Các trường tổ chức trưng bày sách từ ngày 16/10/2023 đến ngày 20/10/2023.", []),
    ("deadline-without-report-verb", "Các trường hoàn thành việc trang trí thư viện trước ngày 14/10/2023.", []),
    ("clock-time-before-the-date", "Các trường gửi báo cáo về Phòng GDĐT trước 16 giờ 00 ngày 27/10/2023.", [item("2023-10-27", "before", "Các trường", "Phòng GDĐT")],),
    ("deadline-without-year", "Các trường gửi báo cáo về Phòng GDĐT trước ngày 27/10.", [item("2023-10-27", "before", "Các trường", "Phòng GDĐT")],),
    # the verb opens its sentence in capitals: "Báo cáo Phòng …"
    ("verb-opens-the-sentence",
     "Các trường tổng hợp kết quả hội thi. Báo cáo Phòng Giáo dục và Đào tạo chậm nhất ngày 25/10/2023.",
     [item("2023-10-25", "by", None, "Phòng Giáo dục và Đào tạo")]),
    # "gửi <what> đến/tới <whom>": the recipient comes after the papers sent
    ("sent-papers-den-recipient",
     ("Phòng Nội vụ gửi biên bản hội nghị và danh sách đại biểu đến Thường trực HĐND, UBND huyện chậm nhất ngày "
      "25/10/2023."),
     [item("2023-10-25", "by", "Phòng Nội vụ", "Thường trực HĐND, UBND huyện")]),
    ("sent-papers-toi-recipient", "Các trường gửi hồ sơ dự thi tới Phòng Giáo dục và Đào tạo trước ngày 20/10/2023.",
     [item("2023-10-20", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("handed-in-den-recipient", "Các xã nộp danh sách vận động viên đến Ban Tổ chức trước ngày 10/10/2023.",
     [item("2023-10-10", "before", "Các xã", "Ban Tổ chức")]),
    # a task's own schedule: compiling papers by a date, sent to no one, is no report back
    ("compiling-with-a-completion-note",
     ("1. Văn phòng\n- Tổng hợp hồ sơ những người được giới thiệu từ Tổ bầu cử chuyển sang (hoàn thành chậm nhất ngày "
      "01/10/2023)."), []),
    ("updating-data-by-a-date", "- Cập nhật dữ liệu học sinh lên phần mềm quản lý (hoàn thành trước ngày 05/10/2023).",
     []),
    ("compiling-a-list-by-a-date", "Các trường tổng hợp danh sách học sinh tham gia chậm nhất ngày 30/9/2023.", []),
    # a report verb past the next ";" belongs to another clause, not to the date before it
    ("verb-of-the-next-clause",
     "- Tổ chức ra quân tại cơ sở trước ngày 31/10/2023; mỗi cơ sở đăng ký ít nhất 01 công trình thanh niên.", []),
    ("verb-of-the-next-clause-with-a-recipient",
     ("Các xã hoàn thành việc trang trí trước ngày 14/10/2023; các trường gửi danh sách đội văn nghệ về Phòng Văn hóa "
      "và Thông tin."), []),
    ("item-wrapped-before-its-date",
     ("IV. CHẾ ĐỘ BÁO CÁO\n- Các trường tổng hợp kết quả hội thi, gửi báo cáo về Phòng Giáo dục và Đào tạo\n"
      "trước ngày 25/10/2023."),
     [item("2023-10-25", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    # the body that asks is not the one that reports
    ("asker-before-the-asked",
     "Phòng Giáo dục và Đào tạo yêu cầu các trường Tiểu học gửi báo cáo về Phòng trước ngày 20/12/2023.",
     [item("2023-12-20", "before", "các trường Tiểu học", "Phòng")]),
    # a street address after the recipient, and "TP." inside it, end neither the recipient's sentence nor it
    ("recipient-with-a-street-address",
     ("Các trường gửi báo cáo về Phòng Giáo dục và Đào tạo số 12 đường Lê Lợi, phường Nghĩa Chánh, TP. Quảng Ngãi "
      "trước ngày 31/10/2023."),
     [item("2023-10-31", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    # the body a sentence opens with reports what the sentence goes on to ask, after other clauses
    ("subject-of-the-sentence",
     ("Các trường chủ động phối hợp với Trung tâm Y tế huyện để tổ chức khám sức khỏe; báo cáo kết quả thực hiện "
      "gửi về Phòng Giáo dục và Đào tạo trước ngày 30/11/2023."),
     [item("2023-11-30", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("subject-with-a-colon",
     ("- Trưởng các thôn: thông báo, vận động nhân dân tham dự; báo cáo danh sách về Ủy ban nhân dân xã trước "
      "ngày 06/11/2023."),
     [item("2023-11-06", "before", "Trưởng các thôn", "Ủy ban nhân dân xã")]),
    # a report submitted ("trình") to its recipient
    ("submitted-with-trinh",
     ("Phòng Nội vụ tổng hợp tình hình, xây dựng báo cáo tổng kết, trình Ủy ban nhân dân huyện trước ngày "
      "15/12/2023 để báo cáo Ủy ban nhân dân tỉnh."),
     [item("2023-12-15", "before", "Phòng Nội vụ", "Ủy ban nhân dân huyện")]),
    # a file sent on for someone to consider ("đề nghị Chủ tịch UBND huyện xem xét tặng …") names no reporter
    ("file-for-someone-to-consider",
     ("Hồ sơ đề nghị Chủ tịch UBND huyện xem xét tặng Giấy khen cho các tập thể, cá nhân gửi về Phòng Nội vụ "
      "trước ngày 30/11/2023."),
     [item("2023-11-30", "before", None, "Phòng Nội vụ")]),
    # a monthly day is a stated date that recurs: its first occurrence after the document's date (12/9/2023)
    ("monthly-day-still-to-come",
     "Các trường báo cáo tiến độ về Phòng Giáo dục và Đào tạo trước ngày 20 hàng tháng.",
     [item("2023-09-20", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("monthly-day-passed-next-month",
     "Ủy ban nhân dân các xã gửi báo cáo kết quả về Phòng Nội vụ trước ngày 05 hằng tháng.",
     [item("2023-10-05", "before", "Ủy ban nhân dân các xã", "Phòng Nội vụ")]),
    ("recipient-before-ve-tinh-hinh",
     "Phòng Văn hóa và Thông tin báo cáo Ủy ban nhân dân huyện về tình hình thực hiện trước ngày 30/10/2023.",
     [item("2023-10-30", "before", "Phòng Văn hóa và Thông tin", "Ủy ban nhân dân huyện")]),
    # one recipient written once takes every dated report of the schedule that follows it
    ("schedule-shares-its-recipient",
     ("Trung tâm Y tế huyện báo cáo Sở Y tế về kết quả thực hiện 6 tháng (trước ngày 15/12/2023), cả năm (trước "
      "ngày 20/12/2023) hoặc khi có yêu cầu báo cáo đột xuất."),
     [item("2023-12-15", "before", "Trung tâm Y tế huyện", "Sở Y tế"),
      item("2023-12-20", "before", "Trung tâm Y tế huyện", "Sở Y tế")]),
    ("monthly-day-of-issue-next-month",
     "Định kỳ hằng tháng, Trung tâm Y tế huyện báo cáo Ủy ban nhân dân huyện trước ngày 12 hàng tháng.",
     [item("2023-10-12", "before", "Trung tâm Y tế huyện", "Ủy ban nhân dân huyện")]),
    # the day of the week between the cue and the date
    ("weekday-between-cue-and-date",
     "Các trường gửi báo cáo kết quả về Phòng Giáo dục và Đào tạo trước Thứ Sáu, ngày 20/10/2023.",
     [item("2023-10-20", "before", "Các trường", "Phòng Giáo dục và Đào tạo")]),
    ("weekday-after-chậm-nhất",
     "Ủy ban nhân dân các xã báo cáo Ủy ban nhân dân huyện chậm nhất thứ Hai ngày 16/10/2023.",
     [item("2023-10-16", "by", "Ủy ban nhân dân các xã", "Ủy ban nhân dân huyện")]),
    # the bodies asked, their names listed after a colon with ";" between them, the line broken after one of them
    ("asked-bodies-listed-with-semicolons",
     ("Đối với các nhiệm vụ còn vướng mắc (danh mục theo Báo cáo số 12/BC-SNV gửi kèm), yêu cầu các Sở: Y tế; Xây "
      "dựng;\nTài chính rà soát phương án xử lý, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2023."),
     [item("2023-12-15", "before", "các Sở: Y tế; Xây dựng; Tài chính", "Ủy ban nhân dân tỉnh")]),
    # a paper "gửi kèm" (sent along) is no report sent: the verb is the one that reports
    ("a-paper-sent-along-is-no-report",
     ("Trên cơ sở danh mục tại Báo cáo số 45/BC-PGDĐT gửi kèm, đề nghị các trường rà soát, báo cáo Phòng Giáo dục "
      "và Đào tạo trước ngày 20/10/2023."),
     [item("2023-10-20", "before", "các trường", "Phòng Giáo dục và Đào tạo")]),
    # the reporters' names listed after a colon are part of who reports
    ("reporters-listed-after-a-colon",
     ("Ủy ban nhân dân các huyện: Tuy Phước, Phù Cát và An Nhơn khẩn trương gửi báo cáo về Sở Xây dựng trước ngày "
      "15/10/2023."),
     [item("2023-10-15", "before", "Ủy ban nhân dân các huyện: Tuy Phước, Phù Cát và An Nhơn", "Sở Xây dựng")]),
    # ... and wrapped inside a name of the list ("Tịnh" / "Bắc")
    ("reporters-list-wrapped-inside-a-name",
     ("Ủy ban nhân dân các xã: Tịnh Hà, Tịnh Sơn, Tịnh\nBắc và Tịnh Phong gửi báo cáo về Phòng Nội vụ trước ngày "
      "20/10/2023."),
     [item("2023-10-20", "before", "Ủy ban nhân dân các xã: Tịnh Hà, Tịnh Sơn, Tịnh Bắc và Tịnh Phong", "Phòng Nội vụ")]),
    # a report sentence without a subject after the paragraph's request: the body asked reports (rh13_13)
    ("subjectless-report-after-the-request-of-its-paragraph",
     ("Trên đây là Kế hoạch tổ chức Ngày hội đọc sách. Đề nghị các đơn vị, trường học nghiêm túc triển khai thực "
      "hiện. Định kỳ hằng năm (trước ngày 25 tháng 12) báo cáo kết quả thực hiện về Phòng Giáo dục và Đào tạo để "
      "tổng hợp."),
     [item("2023-12-25", "before", "các đơn vị, trường học", "Phòng Giáo dục và Đào tạo")]),
    ("subjectless-report-after-a-yeu-cau",
     ("Yêu cầu Thủ trưởng các cơ quan, đơn vị khẩn trương triển khai. Kết thúc đợt cao điểm, gửi báo cáo về Ủy ban "
      "nhân dân huyện trước ngày 30/10/2023."),
     [item("2023-10-30", "before", "Thủ trưởng các cơ quan, đơn vị", "Ủy ban nhân dân huyện")]),
    # the bodies a sentence opens with, one ";" apart, are all its subject
    ("bodies-one-semicolon-apart",
     ("Giám đốc các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã gửi báo cáo kết quả về UBND tỉnh trước ngày "
      "15/3/2024."),
     [item("2024-03-15", "before", "Giám đốc các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã", "UBND tỉnh")]),
    ("three-bodies-one-semicolon-apart",
     ("Thủ trưởng các cơ quan chuyên môn; Hiệu trưởng các trường; Trưởng Công an huyện tổng hợp kết quả, báo cáo "
      "Ủy ban nhân dân huyện trước ngày 20/11/2024."),
     [item("2024-11-20", "before", "Thủ trưởng các cơ quan chuyên môn; Hiệu trưởng các trường; Trưởng Công an huyện",
           "Ủy ban nhân dân huyện")]),
]


@pytest.mark.parametrize("row_id,sentence,expected", table(SENTENCES))
def test_reporting(row_id, sentence, expected):
    check_reporting(row_id, directive(body=LEAD + sentence), expected)


def test_deadline_before_the_event_ends_is_warned():
    record = run(directive(body=LEAD + "Các trường báo cáo kết quả về Phòng GDĐT trước ngày 18/10/2023.")).record
    assert record.reporting[0].deadline == "2023-10-18"
    assert record.warnings == ["Hạn báo cáo 18/10/2023 trước ngày kết thúc sự kiện (20/10/2023)."]


@pytest.mark.parametrize("date_line", ["ngày … tháng 9 năm 2023", "ngày#Ê…háng 9 năm 2023"])
def test_a_deadline_without_a_year_takes_the_headers_printed_year_when_the_day_is_unread(date_line):
    """The day written by hand and not read ("ngày … tháng 9 năm 2023", or the pen's ink eating into "tháng"): no
    issue date, yet the year is printed."""
    header = HEADER.replace("ngày 12 tháng 9 năm 2023", date_line)
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Các trường học\n- Tổ chức Ngày hội đọc sách;\n"
            "- Báo cáo kết quả về Phòng Giáo dục và Đào tạo trước ngày 15 tháng 10.")
    check_field("unread-day", directive(header=header, body=body), "reporting.0.deadline", "2023-10-15")


# A reporting section that lists its reports with their dates and names, in a line of its own without a date, who
# sends them to whom (before or after the list): every dated report takes them.
SCHEDULES = [
    ("who-and-whom-after-the-list",
     ("IV. CHẾ ĐỘ BÁO CÁO\n- Báo cáo sơ kết: trước ngày 20/10/2023.\n- Báo cáo tổng kết: chậm nhất ngày 30/11/2023.\n"
      "Các trường gửi báo cáo về Phòng GDĐT (qua bộ phận Tiểu học), địa chỉ email: tieuhoc.sontinh@gmail.com."),
     [item("2023-10-20", "before", "Các trường", "Phòng GDĐT", "tieuhoc.sontinh@gmail.com"),
      item("2023-11-30", "by", "Các trường", "Phòng GDĐT", "tieuhoc.sontinh@gmail.com")]),
    ("who-and-whom-before-the-list",
     ("4. Chế độ báo cáo\nUBND các xã, thị trấn báo cáo về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin) theo "
      "thời hạn sau:\n- Báo cáo tháng: trước ngày 25/10/2023;\n- Báo cáo năm: trước ngày 15/12/2023."),
     [item("2023-10-25", "before", "UBND các xã, thị trấn", "Ủy ban nhân dân huyện"),
      item("2023-12-15", "before", "UBND các xã, thị trấn", "Ủy ban nhân dân huyện")]),
    ("numbered-reports-then-the-sender",
     ("V. THỜI HẠN BÁO CÁO\n1. Báo cáo đăng ký tham gia: chậm nhất ngày 05/10/2023.\n"
      "2. Báo cáo kết quả: trước ngày 31/10/2023.\nĐề nghị các đơn vị gửi báo cáo về Ban Tổ chức Hội thi đúng thời hạn."),
     [item("2023-10-05", "by", "các đơn vị", "Ban Tổ chức Hội thi"),
      item("2023-10-31", "before", "các đơn vị", "Ban Tổ chức Hội thi")]),
    # the date under a label of its own ("Thời gian:", "Thời hạn:"), in the sentence or on the line after the sender's
    ("label-sentence-after-the-sender",
     "IV. CHẾ ĐỘ BÁO CÁO\nCác trường gửi báo cáo về Phòng GDĐT. Thời gian: trước ngày 30/11/2023.",
     [item("2023-11-30", "before", "Các trường", "Phòng GDĐT")]),
    ("label-line-after-the-sender",
     ("IV. BÁO CÁO\n- Các xã, thị trấn báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Nội vụ);\n"
      "- Thời hạn: chậm nhất ngày 15/12/2023."),
     [item("2023-12-15", "by", "Các xã, thị trấn", "Ủy ban nhân dân huyện")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(SCHEDULES))
def test_a_schedule_of_reports_takes_its_sender_and_recipient(row_id, section, expected):
    extraction = run(directive(body=LEAD + section))
    got = [{k: v for k, v in r.items() if k != "content"} for r in extraction.record.to_json()["reporting"]]
    assert got == expected, f"[{row_id}] reporting: expected {expected}, got {got}"
    bad = [p for p in evidence_problems(extraction) if p.startswith("/reporting/")]
    assert not bad, f"[{row_id}] evidence: " + "; ".join(bad)


def test_a_one_line_letter_names_the_body_asked_as_reporter():
    # a portal's copy runs the dashed requests into the citation's paragraph: the body asked reports
    from extractor_helpers import HEADER

    header = HEADER.replace("Số: 215/KH-PGDĐT", "Số: 215/PGDĐT-VP\nV/v tổ chức Ngày hội đọc sách")
    body = ("Thực hiện Kế hoạch năm học, Phòng GDĐT đề nghị các trường: - Cử cán bộ thư viện tham gia tập huấn; - Báo "
            "cáo danh sách về Phòng Giáo dục và Đào tạo trước ngày 20/10/2023.")
    extraction = run(directive(header=header, title="", kinh_gui="Kính gửi: Hiệu trưởng các trường Tiểu học",
                               preamble="", body=body))
    got = [{k: v for k, v in r.items() if k != "content"} for r in extraction.record.to_json()["reporting"]]
    assert got == [item("2023-10-20", "before", "các trường", "Phòng Giáo dục và Đào tạo")]


def test_a_sentence_wrapped_before_a_capital_in_a_portals_markdown():
    # blank lines between paragraphs, and a sentence hard-wrapped before a capital ("Các sở, ban, ngành, đoàn thể" /
    # "Thành phố, Ủy ban nhân dân …"): the wrapped line goes on the paragraph and the sentence is read whole
    body = "\n\n".join([
        "I. MỤC ĐÍCH", "Lan tỏa phong trào đọc sách.", "II. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa và Thông tin",
        "- Chủ trì tổ chức Ngày hội.", "2. Các trường Tiểu học", "- Trưng bày sách.", "III. CHẾ ĐỘ BÁO CÁO",
        ("Các phòng, ban, đoàn thể\nHuyện, Ủy ban nhân dân các xã gửi báo cáo kết quả về Phòng Nội vụ trước ngày "
         "16/12/2023."), "Trên đây là Kế hoạch của Ủy ban nhân dân huyện."])
    reporting = run(directive(body=body)).record.to_json()["reporting"]
    got = [{k: v for k, v in r.items() if k != "content"} for r in reporting]
    assert got == [item("2023-12-16", "before", "Các phòng, ban, đoàn thể Huyện, Ủy ban nhân dân các xã",
                        "Phòng Nội vụ")]


@pytest.mark.parametrize("date", ["27/10/2023", "27-10-2023", "27.10.2023"])
def test_the_content_keeps_a_date_written_with_dots(date):
    # "27.10.2023" is one date: its dots end no sentence, the content runs to its end
    body = f"1. Các trường\n- Trưng bày sách.\n\nCác trường gửi báo cáo kết quả về Phòng trước ngày {date}, qua email."
    check_field("content-date", directive(body=body), "reporting.0.content", f"báo cáo kết quả về Phòng trước ngày {date}")


def test_a_report_in_a_block_between_two_blocks_of_one_body_is_the_inner_blocks():
    """Two blocks of one body far apart ("1. Phòng Văn hóa …" and "Giao Phòng Văn hóa …") merge into one that spans
    the blocks between them: a report inside one of those is its own block's."""
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Phòng Văn hóa và Thông tin\n- Xây dựng kịch bản chương trình.\n"
            "2. Các trường Trung học cơ sở\n- Cử học sinh tham gia đồng diễn; định kỳ trước ngày 15/10/2023, báo cáo kết "
            "quả về Phòng Giáo dục và Đào tạo.\nGiao Phòng Văn hóa và Thông tin tổng hợp kết quả Liên hoan.")
    got = [{k: v for k, v in r.items() if k != "content"} for r in run(directive(body=body)).record.to_json()["reporting"]]
    assert got == [item("2023-10-15", "before", "Các trường Trung học cơ sở", "Phòng Giáo dục và Đào tạo")], got


@pytest.mark.parametrize("lead", [
    "1. Chủ tịch Ủy ban nhân dân các xã, thị trấn, Thủ trưởng các cơ quan, đơn vị liên quan khẩn trương chỉ đạo rà soát",
    "1. Giám đốc các Sở: Xây dựng, Tài chính, Nông nghiệp và Môi trường tập trung chỉ đạo các đơn vị trực thuộc rà soát",
])
def test_a_report_in_the_line_that_goes_on_a_numbered_item_is_its_agencys(lead):
    # the item's wrapped lines go on in lower case past the task read from its first line
    body = (f"III. TỔ CHỨC THỰC HIỆN\n{lead} danh mục các công trình chào mừng Đại hội, tinh thần “làm ngày, làm "
            "đêm, làm thêm ngày nghỉ”...\nđể hoàn thành các công trình trước Tết Nguyên đán; gửi báo cáo về Ủy ban nhân dân tỉnh chậm nhất "
            "ngày 10/10/2023, trong đó nêu rõ tên, quy mô, tổng vốn đầu tư của từng công trình.\n"
            "2. Sở Tài chính bố trí kinh phí thực hiện.")
    reporting = run(directive(body=body)).record.to_json()["reporting"]
    agency = run(directive(body=body)).record.to_json()["assignments"][0]["agency"]
    assert [(r["deadline"], r["reporters"]) for r in reporting] == [("2023-10-10", agency)], (reporting, agency)


@pytest.mark.parametrize("clause", [
    "gửi kết quả về Sở Nội vụ trước ngày 15/11/2023",
    "báo cáo Ủy ban nhân dân tỉnh trước ngày 15/11/2023",
])
def test_a_report_clause_after_a_semicolon_on_its_own_line_keeps_the_sentences_subject(clause):
    # a crawl breaks the line after ";": the clause in lower case goes on with the bodies the sentence opens with
    body = ("III. TỔ CHỨC THỰC HIỆN\n1. Về chuyển đổi số: (1) Sở Khoa học và Công nghệ ban hành hướng dẫn trước ngày "
            "30/10/2023; Các sở, ngành, địa phương căn cứ hướng dẫn tổ chức rà soát các cơ sở dữ liệu thuộc phạm vi "
            f"quản lý;\n{clause}; Sở Khoa học và Công nghệ tổng hợp, đánh giá lại các cơ sở dữ liệu.")
    reporting = run(directive(body=body)).record.to_json()["reporting"]
    assert [(r["deadline"], r["reporters"]) for r in reporting] == [("2023-11-15", "Các sở, ngành, địa phương")], \
        reporting


# A copy that lost its header (a portal's page opening at "Kính gửi"): no issue date, yet its recurring and year-less
# deadlines are dated — after the latest document it is based on, as it was written after each of them.
HEADERLESS = ("Kính gửi:\n- Các sở, ban, ngành;\n- UBND các xã, phường.\n\n{basis}\n\n{body}\n\n"
              "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")
HEADERLESS_ROWS = [
    ("monthly-and-yearly-after-a-party-letter",
     ("Thực hiện chỉ đạo của Ban Thường vụ Tỉnh ủy tại Văn bản số 57-CV/TU ngày 20/10/2025 về tăng cường quản lý đất "
     "đai, UBND tỉnh yêu cầu:"),
     ("1. Sở Nông nghiệp và Môi trường tổng hợp báo cáo tình hình giao đất trước ngày 15 hàng tháng.\n"
     "2. Các xã, phường báo cáo kết quả rà soát trước ngày 05 tháng 01 hàng năm."),
     [item("2025-11-15", "before", "Sở Nông nghiệp và Môi trường", None),
      item("2026-01-05", "before", "Các xã, phường", None)]),
    ("year-less-day-after-the-latest-of-two-bases",
     ("Căn cứ Quyết định số 1120/QĐ-UBND ngày 03/3/2026 của UBND tỉnh; thực hiện Công văn số 845/BXD-KHTC ngày "
     "14/4/2026 của Bộ Xây dựng, UBND tỉnh đề nghị:"),
     "Sở Xây dựng tổng hợp, báo cáo UBND tỉnh kết quả kiểm tra trước ngày 30/3.",
     [item("2027-03-30", "before", "Sở Xây dựng", "UBND tỉnh")]),
]


@pytest.mark.parametrize("row_id,basis,body,expected", table(HEADERLESS_ROWS))
def test_a_headerless_copy_dates_its_deadlines_after_its_bases(row_id, basis, body, expected):
    extraction = run(HEADERLESS.format(basis=basis, body=body))
    assert extraction.record.document.issue_date is None
    got = [{k: v for k, v in r.items() if k != "content"} for r in extraction.record.to_json()["reporting"]]
    assert got == expected, f"[{row_id}] reporting: expected {expected}, got {got}"
    assert not [p for p in evidence_problems(extraction) if p.startswith("/reporting/")]


def test_a_headerless_copy_does_not_date_its_deadlines_by_a_decree_it_relies_on():
    """A standing act ("Nghị định số 145/2020/NĐ-CP ngày …") may be years older than the copy: no year to take."""
    text = HEADERLESS.format(
        basis="Căn cứ Nghị định số 88/2019/NĐ-CP ngày 12/11/2019 của Chính phủ, Sở Nội vụ đề nghị các doanh nghiệp:",
        body="Thực hiện báo cáo định kỳ: báo cáo 6 tháng gửi Sở Nội vụ trước ngày 20 tháng 6 và báo cáo năm gửi "
             "trước ngày 20 tháng 12.")
    assert run(text).record.to_json()["reporting"] == []


# A numbered line of the duties that leads the list of reports ("2. Ban Thường trực … thực hiện chế độ báo cáo với …
# bằng văn bản và thư điện tử (qua địa chỉ Email: …) như sau:"), its lettered reports each with its date and recipient:
# the lead's address is where each report is sent.
REPORT_LEADS = [
    ("lead-with-the-address-in-brackets",
     ("2. Ban Thường trực Ủy ban MTTQ xã thực hiện chế độ báo cáo với Ban Thường trực Ủy ban MTTQ huyện bằng văn bản và "
      "thư điện tử (qua địa chỉ Email: mttq.anphu@gmail.com) như sau:\n"
      "a. Báo cáo kết quả hiệp thương gửi về Ban Thường trực Ủy ban MTTQ huyện chậm nhất ngày 20/10/2023.\n"
      "b. Báo cáo tổng kết gửi về Ban Thường trực Ủy ban MTTQ huyện chậm nhất ngày 25/11/2023."),
     [item("2023-10-20", "by", "Ban Thường trực Ủy ban MTTQ xã", "Ban Thường trực Ủy ban MTTQ huyện",
           "mttq.anphu@gmail.com"),
      item("2023-11-25", "by", "Ban Thường trực Ủy ban MTTQ xã", "Ban Thường trực Ủy ban MTTQ huyện",
           "mttq.anphu@gmail.com")]),
    ("lead-of-the-following-reports",
     ("2. Hội Nông dân xã thực hiện chế độ báo cáo với Đảng ủy xã bằng văn bản và qua thư điện tử "
      "hoinongdan.xa@gmail.com các nội dung sau:\n- Báo cáo sơ kết gửi về Đảng ủy xã trước ngày 15/10/2023;\n"
      "- Báo cáo tổng kết gửi về Đảng ủy xã trước ngày 10/12/2023."),
     [item("2023-10-15", "before", "Hội Nông dân xã", "Đảng ủy xã", "hoinongdan.xa@gmail.com"),
      item("2023-12-10", "before", "Hội Nông dân xã", "Đảng ủy xã", "hoinongdan.xa@gmail.com")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(REPORT_LEADS))
def test_the_leads_address_goes_to_the_reports_listed_under_it(row_id, section, expected):
    check_reporting(row_id, directive(body=LEAD + section), expected)


# A procedure's steps, each a paragraph with the line "Thời gian hoàn tất: trước ngày …" under it (rh16_01): a step in
# which a body sends a list or a report upward is a report back, its subject maybe after a clause of time ("Sau khi
# kiểm tra, X lập danh sách … gửi Y"); a step that sends a draft for the recipient to act on ("… chuyển gửi Sở Tài
# chính thẩm định …", "… trình Ủy ban nhân dân tỉnh phê duyệt …") is no report back.
PROCEDURE_STEPS = [
    ("list-sent-upward-after-a-clause-of-time",
     ("2. Trình tự thực hiện\n2.1. Bước 1: Rà soát đối tượng\n"
      "Tổ rà soát của xã tổ chức kiểm tra thực tế từng hộ. Sau khi kiểm tra, Ủy ban nhân dân các xã lập danh sách "
      "hộ đủ điều kiện gửi Ủy ban nhân dân huyện.\n"
      "Thời gian hoàn tất: trước ngày 25 tháng 11 năm 2023.\n"),
     [item("2023-11-25", "before", "Ủy ban nhân dân các xã", "Ủy ban nhân dân huyện")]),
    ("report-upward-then-a-draft-sent-for-appraisal",
     ("2. Trình tự thực hiện\n2.1. Bước 1: Tổng hợp danh sách\n"
      "Ủy ban nhân dân huyện tổng hợp danh sách hộ được hỗ trợ, báo cáo Sở Xây dựng.\n"
      "Thời gian hoàn tất: trước ngày 15 tháng 12 năm 2023.\n"
      "2.2. Bước 2: Lập Đề án\n"
      "Sở Xây dựng lập Đề án hỗ trợ nhà ở, chuyển gửi Sở Tài chính thẩm định nguồn kinh phí.\n"
      "Thời gian hoàn tất: trước ngày 20 tháng 12 năm 2023.\n"),
     [item("2023-12-15", "before", "Ủy ban nhân dân huyện", "Sở Xây dựng")]),
    ("a-submission-for-approval-is-no-report",
     ("2. Trình tự thực hiện\n2.1. Bước 1: Thẩm định\n"
      "Sở Tài chính thẩm định kinh phí, tổng hợp trình Ủy ban nhân dân tỉnh phê duyệt Đề án.\n"
      "Thời gian hoàn tất: trước ngày 28 tháng 12 năm 2023.\n"),
     []),
]


@pytest.mark.parametrize("row_id,section,expected", table(PROCEDURE_STEPS))
def test_the_steps_of_a_procedure_dated_by_their_completion_line(row_id, section, expected):
    check_reporting(row_id, directive(body=LEAD + section), expected)


# A table of tasks with their time limits ("Trước ngày 30/9/2025" in a row), then the sentence asking for the report:
# each row is a paragraph of its own, so a row's time limit is no report back and the report is the sentence's alone
@pytest.mark.parametrize("row_id,rows", [
    ("md-rows", ("| 1 | Chi cục Thủy lợi | Kiểm tra hồ chứa | Trước ngày 30/9/2025 |\n"
                "| 2 | Ủy ban nhân dân các xã | Lập phương án sơ tán | Trước ngày 05/10/2025 |")),
    ("bare-pipes", ("1 | Chi cục Thủy lợi | Kiểm tra hồ chứa | Chậm nhất ngày 30/9/2025\n"
                   "2 | Ủy ban nhân dân các xã | Lập phương án sơ tán | Chậm nhất ngày 05/10/2025")),
    ("dated-in-words", ("| 1 | Chi cục Thủy lợi | Kiểm tra hồ chứa | Xong trước ngày 30 tháng 9 năm 2025 |\n"
                       "| 2 | Ủy ban nhân dân các xã | Lập phương án sơ tán | Hoàn thành trước ngày 05/10/2025 |")),
])
def test_a_task_tables_time_limits_are_no_report(row_id, rows):
    section = ("III. TỔ CHỨC THỰC HIỆN\n| TT | Đơn vị | Nhiệm vụ | Thời hạn |\n|---|---|---|---|\n" + rows + "\n"
               "Các đơn vị, địa phương báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày "
               "10/10/2025.")
    check_reporting(row_id, directive(body=section), [
        item("2025-10-10", "before", "Các đơn vị, địa phương", "Sở Nông nghiệp và Môi trường")])


# A letter's lead asks one body over its numbered tasks ("Đề nghị Hiệu trưởng các trường:" / "1. …"); the report
# sentence after the list names no reporter: it still speaks to the body asked (as the real golds read it)
@pytest.mark.parametrize("row_id,lead,report,expected", [
    ("lead-on-its-own-line", "Đề nghị Hiệu trưởng các trường:",
     "Báo cáo kết quả gửi về Phòng Giáo dục và Đào tạo (qua bộ phận THCS) trước ngày 30/11/2023.",
     [item("2023-11-30", "before", "Hiệu trưởng các trường", "Phòng Giáo dục và Đào tạo")]),
    ("lead-in-the-statement", ("Thực hiện Công văn số 2105/SGDĐT-GDTrH ngày 25/10/2023 của Sở Giáo dục và Đào tạo, Phòng "
                               "Giáo dục và Đào tạo đề nghị Ủy ban nhân dân các xã thực hiện các nội dung sau:"),
     "Kết quả thực hiện gửi về Phòng Giáo dục và Đào tạo chậm nhất ngày 05/12/2023.",
     [item("2023-12-05", "by", "Ủy ban nhân dân các xã", "Phòng Giáo dục và Đào tạo")]),
    ("lead-asking-heads", "Phòng Nội vụ yêu cầu Thủ trưởng các cơ quan, đơn vị:",
     "Gửi báo cáo về Phòng Nội vụ trước ngày 20/12/2023, đồng thời gửi bản mềm qua email: pnv@example.gov.vn.",
     [item("2023-12-20", "before", "Thủ trưởng các cơ quan, đơn vị", "Phòng Nội vụ", "pnv@example.gov.vn")]),
])
def test_a_report_sentence_after_an_asked_list_is_the_asked_bodys(row_id, lead, report, expected):
    body = ("1. Rà soát, thống kê số liệu tại đơn vị.\n2. Tổ chức triển khai đến cán bộ, viên chức.\n\n" + report +
            "\n\nNhận được Công văn này, đề nghị các đơn vị nghiêm túc thực hiện./.")
    text = directive(header=HEADER.replace("215/KH-PGDĐT", "215/PGDĐT") + "\nV/v triển khai nhiệm vụ", title="",
                     kinh_gui="Kính gửi: Các đơn vị", preamble=lead, body=body,
                     closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTRƯỞNG PHÒNG\n\nNguyễn Văn An")
    check_reporting(row_id, text, expected)
