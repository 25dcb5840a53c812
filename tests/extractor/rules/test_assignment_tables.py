"""Duties written as a table (extractor/rules/assignments.py ``_task_tables``), in the forms that real portals and
text layers give: markdown with and without its rule row, '|' without the outer bars, tabs, a row's cells wrapped
over several lines, a lead cell merged over several rows (written once, empty below), the lead column left or right
of the task column, headers 'Cơ quan chủ trì' / 'Đơn vị chủ trì' / 'Chủ trì' / 'Đơn vị thực hiện', a portal's text
layer that puts every cell on lines of its own between '|' lines, and a table in a 'Phụ lục' after the signature.

Gold by the contract (§2 ``assignments``: one entry per body that must act, ``tasks`` one string per item) and the
dev sets' rulings: a task table gives one task per row's task cell, grouped by the lead body as written; the
co-operating bodies, the deadline and the product are no tasks; a table that names no task column (a capital plan's
list of projects, a list of procedures with their 'Cơ quan thực hiện') gives no block. Also the role sub-headings
that a plan writes between an agency heading and its items ('a) Chủ trì, phối hợp với …' / 'b) Phối hợp với …'):
headings of the items, not tasks (rh8_13's ruling).
"""

from __future__ import annotations

import pytest
from extractor_helpers import CLOSING, check_field, directive, table

LEAD = "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của người dân.\n\n"


def sec(*lines: str) -> str:
    return "\n".join(lines)


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


TABLES = [
    ("md-full-columns",
     sec(
         "II. NHIỆM VỤ VÀ PHÂN CÔNG",
         "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |",
         "|---|---|---|---|---|---|",
         "| 1 | Xây dựng bộ chỉ số đánh giá chuyển đổi số | Sở Khoa học và Công nghệ | Các sở, ngành | Quý I/2026 "
         "| Quyết định |",
         "| 2 | Đào tạo kỹ năng số cho cán bộ | Sở Nội vụ | Sở Khoa học và Công nghệ | Năm 2026 | Kế hoạch |",
         "| 3 | Chủ trì, phối hợp với các xã rà soát hạ tầng mạng | Sở Khoa học và Công nghệ | UBND các xã | "
         "Tháng 6/2026 | Báo cáo |"),
     [block("Sở Khoa học và Công nghệ", "Xây dựng bộ chỉ số đánh giá chuyển đổi số",
            "Chủ trì, phối hợp với các xã rà soát hạ tầng mạng"),
      block("Sở Nội vụ", "Đào tạo kỹ năng số cho cán bộ")]),
    ("pipes-no-rule-row",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn |",
         "| 1 | Kiểm tra an toàn thực phẩm tại bếp ăn tập thể | Sở Y tế | Công an tỉnh | Tháng 9/2025 |",
         "| 2 | Tuyên truyền trên báo, đài | Báo Lào Cai | Sở Y tế | Tháng 8/2025 |"),
     [block("Sở Y tế", "Kiểm tra an toàn thực phẩm tại bếp ăn tập thể"),
      block("Báo Lào Cai", "Tuyên truyền trên báo, đài")]),
    ("tabs-chu-tri-header",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "TT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời gian",
         "1\tRà soát danh sách hộ nghèo\tPhòng Văn hóa - Xã hội\tUBND các xã\tTháng 10/2025",
         "2\tCấp thẻ bảo hiểm y tế\tBảo hiểm xã hội huyện\tPhòng Văn hóa - Xã hội\tTháng 11/2025"),
     [block("Phòng Văn hóa - Xã hội", "Rà soát danh sách hộ nghèo"),
      block("Bảo hiểm xã hội huyện", "Cấp thẻ bảo hiểm y tế")]),
    ("md-continuation-row",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
         "|---|---|---|---|---|",
         "| 1 | Tổ chức diễn tập phòng cháy, chữa cháy tại các | Công an tỉnh | Sở Công Thương | Tháng 7/2025 |",
         "|  | chợ và trung tâm thương mại |  |  |  |",
         "| 2 | Bố trí kinh phí diễn tập | Sở Tài chính | Công an tỉnh | Tháng 6/2025 |"),
     [block("Công an tỉnh", "Tổ chức diễn tập phòng cháy, chữa cháy tại các chợ và trung tâm thương mại"),
      block("Sở Tài chính", "Bố trí kinh phí diễn tập")]),
    ("md-merged-lead-cells",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |",
         "|---|---|---|---|---|",
         "| 1 | Rà soát quy hoạch vùng nguyên liệu | Sở Nông nghiệp và Môi trường | UBND các xã | Quý II/2026 |",
         "| 2 | Cấp mã số vùng trồng |  | UBND các xã | Quý III/2026 |",
         "| 3 | Hướng dẫn sản xuất theo VietGAP |  | Hội Nông dân tỉnh | Năm 2026 |",
         "| 4 | Hỗ trợ doanh nghiệp tham gia hội chợ | Sở Công Thương | Sở Tài chính | Năm 2026 |"),
     [block("Sở Nông nghiệp và Môi trường", "Rà soát quy hoạch vùng nguyên liệu", "Cấp mã số vùng trồng",
            "Hướng dẫn sản xuất theo VietGAP"),
      block("Sở Công Thương", "Hỗ trợ doanh nghiệp tham gia hội chợ")]),
    ("md-row-hard-wrapped",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |",
         "|---|---|---|---|---|",
         "| 1 | Xây dựng kế hoạch tuyên truyền về cải cách hành chính",
         "trên địa bàn tỉnh | Sở Nội vụ | Các sở, ngành | Tháng 3/2026 |",
         "| 2 | Đánh giá chỉ số hài lòng của người dân | Sở Nội",
         "vụ | Văn phòng UBND tỉnh | Tháng 11/2026 |"),
     [block("Sở Nội vụ", "Xây dựng kế hoạch tuyên truyền về cải cách hành chính trên địa bàn tỉnh",
            "Đánh giá chỉ số hài lòng của người dân")]),
    ("lead-right-of-partner",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| TT | Nội dung | Thời gian | Đơn vị phối hợp | Đơn vị chủ trì |",
         "|---|---|---|---|---|",
         "| 1 | Tổ chức hội thi tìm hiểu pháp luật | Tháng 5/2026 | Đoàn Thanh niên | Phòng Tư pháp |",
         "| 2 | Biên soạn tài liệu tuyên truyền | Tháng 4/2026 | Phòng Tư pháp | Trung tâm Văn hóa |"),
     [block("Phòng Tư pháp", "Tổ chức hội thi tìm hiểu pháp luật"),
      block("Trung tâm Văn hóa", "Biên soạn tài liệu tuyên truyền")]),
    ("don-vi-thuc-hien",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| STT | Nội dung công việc | Đơn vị thực hiện | Thời gian thực hiện |",
         "|---|---|---|---|",
         "| 1 | Khảo sát nhu cầu học tập của người lao động | Trung tâm Giáo dục thường xuyên | Tháng 2/2026 |",
         "| 2 | Mở lớp bồi dưỡng tin học cơ bản | Trung tâm Giáo dục thường xuyên | Tháng 3/2026 |",
         "| 3 | Kiểm tra, đánh giá kết quả | Phòng Giáo dục và Đào tạo | Tháng 6/2026 |"),
     [block("Trung tâm Giáo dục thường xuyên", "Khảo sát nhu cầu học tập của người lao động",
            "Mở lớp bồi dưỡng tin học cơ bản"),
      block("Phòng Giáo dục và Đào tạo", "Kiểm tra, đánh giá kết quả")]),
    # a portal's text layer: a cell per line between "|" lines (normalise keeps a task table's bars and row numbers)
    pytest.param("portal-cell-per-line",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "",
         "|",
         "**STT**",
         "|",
         "**Nội dung nhiệm vụ**",
         "|",
         "**Cơ quan chủ trì**",
         "|",
         "**Cơ quan phối hợp**",
         "|",
         "**Thời gian hoàn thành**",
         "|",
         "|",
         "1",
         "|",
         "Xây dựng cơ sở dữ liệu về",
         "người có công",
         "|",
         "Sở Nội vụ",
         "|",
         "UBND các xã, phường",
         "|",
         "Năm 2026",
         "|",
         "|",
         "2",
         "|",
         "Chi trả trợ cấp qua tài khoản",
         "|",
         "Bưu điện tỉnh",
         "|",
         "Sở Nội vụ",
         "|",
         "Hằng tháng",
         "|"),
     [block("Sở Nội vụ", "Xây dựng cơ sở dữ liệu về người có công"),
      block("Bưu điện tỉnh", "Chi trả trợ cấp qua tài khoản")],
     id="portal-cell-per-line"),
    ("portal-cell-per-line-no-lead-column",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "|", "STT", "|", "Nội dung", "|", "Kinh phí", "|",
         "|", "1", "|", "Mua sắm trang thiết bị", "|", "500", "|"),
     []),
    ("no-task-column-capital-plan",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| STT | Danh mục dự án/ Cơ quan, đơn vị thực hiện | Kế hoạch vốn năm 2026 | Ghi chú |",
         "|---|---|---|---|",
         "| I | SỞ Y TẾ | 5.000 |  |",
         "| 1 | Trạm Y tế xã An Phú; HM: Nhà khám bệnh | 2.000 |  |"),
     []),
    # a register of tasks with the answerable head beside the lead body: no duties per agency (rh11_03's ruling)
    ("register-with-responsible-head",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "| STT | Tên nhiệm vụ | Lãnh đạo phụ trách | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |",
         "|---|---|---|---|---|---|",
         "| 1 | Số hóa hồ sơ lưu trữ | Giám đốc Sở Nội vụ | Sở Nội vụ | Các sở | Quý IV/2026 |"),
     []),
    ("no-task-column-procedures",
     sec(
         "III. DANH MỤC THỦ TỤC",
         "| Số TT | Tên TTHC | Thời hạn giải quyết | Địa điểm thực hiện | Phí, lệ phí | Cơ quan thực hiện |",
         "|---|---|---|---|---|---|",
         "| 1 | Cấp giấy phép kinh doanh karaoke | 05 ngày | Trung tâm Phục vụ hành chính công | Không "
         "| Sở Văn hóa |"),
     []),
    # a plan's table of activities: the place (or the form, the audience) between the task and its body is no task
    ("activities-with-a-place-column",
     sec(
         "II. NỘI DUNG, THỜI GIAN",
         "| STT | Nội dung | Thời gian | Địa điểm | Đơn vị thực hiện |",
         "|---|---|---|---|---|",
         "| 1 | Trưng bày sách, báo | Từ ngày 19/4 đến ngày 21/4/2024 | Thư viện huyện | Thư viện huyện |",
         "| 2 | Hội thi kể chuyện theo sách | Ngày 20/4/2024 | Hội trường UBND huyện | Trung tâm Văn hóa huyện |"),
     [block("Thư viện huyện", "Trưng bày sách, báo"), block("Trung tâm Văn hóa huyện", "Hội thi kể chuyện theo sách")]),
    ("activities-with-a-form-column",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "TT\tNội dung công việc\tHình thức\tĐơn vị thực hiện",
         "1\tTuyên truyền về Ngày hội\tTrực tuyến\tĐài Truyền thanh xã",
         "2\tTổ chức giải bóng chuyền\tTrực tiếp\tĐoàn Thanh niên xã"),
     [block("Đài Truyền thanh xã", "Tuyên truyền về Ngày hội"), block("Đoàn Thanh niên xã", "Tổ chức giải bóng chuyền")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(TABLES))
def test_task_tables_in_the_forms_real_texts_give(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# a table of tasks in an appendix after the signature: the plan's duties all the same (assignments.appendix_tables)
APPENDIX_BODY = LEAD + "II. TỔ CHỨC THỰC HIỆN\nNhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này."
APPENDICES = [
    ("appendix-md",
     sec(
         "PHỤ LỤC",
         "DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH",
         "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/3/2026)",
         "",
         "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn |",
         "|---|---|---|---|---|",
         "| 1 | Rà soát thủ tục hành chính | Văn phòng UBND huyện | Các phòng chuyên môn | Quý II/2026 |",
         "| 2 | Số hóa hồ sơ hộ tịch | Phòng Tư pháp | UBND các xã | Quý III/2026 |"),
     [block("Văn phòng UBND huyện", "Rà soát thủ tục hành chính"),
      block("Phòng Tư pháp", "Số hóa hồ sơ hộ tịch")]),
]


@pytest.mark.parametrize("row_id,appendix,expected", table(APPENDICES))
def test_a_task_table_in_an_appendix_after_the_signature(row_id, appendix, expected):
    text = directive(body=APPENDIX_BODY, closing=CLOSING + "\n\n" + appendix)
    check_field(row_id, text, "assignments", expected)


# role sub-headings between an agency heading and its items: headings, not tasks (rh8_13's ruling)
ROLES = [
    ("italic-a-b",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Công Thương",
         "*a) Chủ trì, phối hợp với các sở, ngành và UBND các huyện*",
         "- Theo dõi, đôn đốc việc thực hiện Kế hoạch.",
         "- Tổ chức hội nghị kết nối cung cầu.",
         "*b) Phối hợp với các sở, ngành*",
         "- Hỗ trợ doanh nghiệp tham gia thương mại điện tử.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí thực hiện."),
     [block("Sở Công Thương", "Theo dõi, đôn đốc việc thực hiện Kế hoạch.", "Tổ chức hội nghị kết nối cung cầu.",
            "Hỗ trợ doanh nghiệp tham gia thương mại điện tử."),
      block("Sở Tài chính", "Bố trí kinh phí thực hiện.")]),
    ("plain-colon",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "a) Chủ trì, phối hợp với các đơn vị liên quan:",
         "- Xây dựng phương án phòng, chống dịch.",
         "b) Phối hợp với Sở Giáo dục và Đào tạo:",
         "- Kiểm tra y tế trường học.",
         "2. Công an tỉnh",
         "- Bảo đảm an ninh trật tự."),
     [block("Sở Y tế", "Xây dựng phương án phòng, chống dịch.", "Kiểm tra y tế trường học."),
      block("Công an tỉnh", "Bảo đảm an ninh trật tự.")]),
    ("bold-wrapped",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Ủy ban nhân dân các xã",
         "**a) Chủ trì, phối hợp với các phòng, ban và cơ quan, đơn vị có",
         "liên quan**",
         "- Xây dựng vùng sản xuất tập trung.",
         "*b) Phối hợp với các phòng, ban*",
         "- Tháo gỡ khó khăn cho doanh nghiệp."),
     [block("Ủy ban nhân dân các xã", "Xây dựng vùng sản xuất tập trung.", "Tháo gỡ khó khăn cho doanh nghiệp.")]),
    # a bare "b) Chủ trì, phối hợp" whose items name the partners stays an item (rh8_01's gold)
    ("bare-role-stays",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Công an tỉnh",
         "a) Tham mưu xây dựng kế hoạch phòng, chống ma túy.",
         "b) Chủ trì, phối hợp",
         "- Sở Tài chính bố trí kinh phí."),
     [block("Công an tỉnh", "Tham mưu xây dựng kế hoạch phòng, chống ma túy.", "Chủ trì, phối hợp",
            "Sở Tài chính bố trí kinh phí.")]),
    # a role line whose partners are followed by what to do is a task
    ("role-then-duty-before-items",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Văn hóa, Thể thao và Du lịch",
         "a) Phối hợp với Sở Ngoại vụ trong việc đón các đoàn nghệ thuật",
         "- Lập danh sách khách mời."),
     [block("Sở Văn hóa, Thể thao và Du lịch", "Phối hợp với Sở Ngoại vụ trong việc đón các đoàn nghệ thuật",
            "Lập danh sách khách mời.")]),
    # a lettered item that goes on to say what to do is a task, role words or not
    ("role-with-duty-stays",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "a) Chủ trì, phối hợp với các đơn vị tổ chức tiêm chủng cho trẻ em.",
         "b) Phối hợp với Sở Tài chính bố trí kinh phí."),
     [block("Sở Y tế", "Chủ trì, phối hợp với các đơn vị tổ chức tiêm chủng cho trẻ em.",
            "Phối hợp với Sở Tài chính bố trí kinh phí.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(ROLES))
def test_role_sub_headings_are_no_tasks(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# general leftovers: officials named as "đồng chí" / "Thủ trưởng" head a block like any body; an unmarked line that
# opens with a connective ("Đồng thời, …", "Trong đó, …") goes on with the list item above (one string per item)
LEFTOVERS = [
    ("dong-chi-bi-thu",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Các đồng chí Bí thư chi bộ",
         "- Quán triệt Kế hoạch đến đảng viên.",
         "2. Văn phòng Đảng ủy",
         "- Tổng hợp kết quả."),
     [block("Các đồng chí Bí thư chi bộ", "Quán triệt Kế hoạch đến đảng viên."),
      block("Văn phòng Đảng ủy", "Tổng hợp kết quả.")]),
    ("yeu-cau-cac-dong-chi",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "Yêu cầu các đồng chí Trưởng phòng, ban chuyên môn:",
         "- Rà soát hồ sơ.",
         "- Báo cáo kết quả về Văn phòng."),
     [block("các đồng chí Trưởng phòng, ban chuyên môn", "Rà soát hồ sơ.", "Báo cáo kết quả về Văn phòng.")]),
    ("thu-truong",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Thủ trưởng các cơ quan, đơn vị",
         "- Quán triệt nội dung Kế hoạch.",
         "2. Giám đốc Sở Tài chính",
         "- Bố trí kinh phí."),
     [block("Thủ trưởng các cơ quan, đơn vị", "Quán triệt nội dung Kế hoạch."),
      block("Giám đốc Sở Tài chính", "Bố trí kinh phí.")]),
    ("dong-thoi-after-dash",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Công an tỉnh",
         "- Bảo đảm an ninh trật tự tại các điểm tổ chức.",
         "Đồng thời, phối hợp với Sở Y tế xử lý các vi phạm.",
         "2. Sở Tài chính",
         "- Bố trí kinh phí."),
     [block("Công an tỉnh", "Bảo đảm an ninh trật tự tại các điểm tổ chức. Đồng thời, phối hợp với Sở Y tế xử lý "
            "các vi phạm."),
      block("Sở Tài chính", "Bố trí kinh phí.")]),
    ("ngoai-ra-after-dash",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Giáo dục và Đào tạo",
         "- Chỉ đạo các trường tổ chức ngoại khóa.",
         "Ngoài ra, phối hợp với Tỉnh đoàn tổ chức hội thi.",
         "- Tổng hợp kết quả."),
     [block("Sở Giáo dục và Đào tạo", "Chỉ đạo các trường tổ chức ngoại khóa. Ngoài ra, phối hợp với Tỉnh đoàn tổ "
            "chức hội thi.", "Tổng hợp kết quả.")]),
    ("trong-do-after-dash",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Sở Y tế",
         "- Tổ chức tiêm chủng cho trẻ em dưới 5 tuổi.",
         "Trong đó, ưu tiên các xã vùng sâu, vùng xa.",
         "- Bảo đảm đủ vắc xin."),
     [block("Sở Y tế", "Tổ chức tiêm chủng cho trẻ em dưới 5 tuổi. Trong đó, ưu tiên các xã vùng sâu, vùng xa.",
            "Bảo đảm đủ vắc xin.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(LEFTOVERS))
def test_officials_as_bodies_and_items_going_on_after_a_connective(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# … but a connective that hands work to another body, or a paragraph of its own past a blank line, is no part of it
APART = [
    ("ngoai-ra-de-nghi",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Hội Liên hiệp Phụ nữ quận",
         "- Tuyên truyền đến các hội viên.",
         "Ngoài ra, đề nghị Ủy ban Mặt trận Tổ quốc quận tham gia giám sát."),
     "Tuyên truyền đến các hội viên."),
    ("dong-thoi-past-a-blank",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Hội Liên hiệp Phụ nữ quận",
         "- Tuyên truyền đến các hội viên.",
         "",
         "Đồng thời, các đơn vị tổng hợp kết quả gửi về Phòng Văn hóa."),
     "Tuyên truyền đến các hội viên."),
]


@pytest.mark.parametrize("row_id,section,expected", table(APART))
def test_a_connective_that_starts_something_else(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments.0.tasks.0", expected)


# "1. Giao Sở X …" then a paragraph "Đồng thời, giao Sở X …": the same body's next paragraph, a task whole (rh8_01's
# gold: one string per paragraph under the heading); another body in it is a block of its own
SAME_BODY_AGAIN = [
    ("dong-thoi-giao-same-body",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Giao Sở Y tế chủ trì, phối hợp với các đơn vị tổ chức triển khai Kế hoạch này.",
         "",
         "Đồng thời, giao Sở Y tế chủ trì rà soát, tham mưu điều chỉnh Kế hoạch.",
         "",
         "2. Giao Sở Tài chính bố trí kinh phí."),
     [block("Sở Y tế", "chủ trì, phối hợp với các đơn vị tổ chức triển khai Kế hoạch này.",
            "Đồng thời, giao Sở Y tế chủ trì rà soát, tham mưu điều chỉnh Kế hoạch."),
      block("Sở Tài chính", "bố trí kinh phí.")]),
    ("ngoai-ra-giao-another-body",
     sec(
         "III. TỔ CHỨC THỰC HIỆN",
         "1. Giao Phòng Văn hóa và Thông tin tổ chức tuyên truyền trên hệ thống loa.",
         "",
         "Ngoài ra, giao Trung tâm Y tế huyện bố trí đội cấp cứu."),
     [block("Phòng Văn hóa và Thông tin", "tổ chức tuyên truyền trên hệ thống loa."),
      block("Trung tâm Y tế huyện", "bố trí đội cấp cứu.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(SAME_BODY_AGAIN))
def test_a_connective_paragraph_handing_the_same_body_more(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# A letter's table of tasks per unit whose body column is titled bare ("Đơn vị", "Cơ quan, đơn vị") beside a named
# task column; a letter without sections leaves the column titles as its opening's last line. ("Đơn vị tính", a unit
# of measure, names no body.)
LETTER_HEADER = """\
UBND TỈNH QUẢNG NGÃI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 1542/SNNMT-CCTL
V/v triển khai công tác phòng, chống thiên tai

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Ngãi, ngày 16 tháng 9 năm 2025"""
LETTER_LEAD = ("Thực hiện Công điện số 09/CĐ-UBND ngày 12/9/2025 của UBND tỉnh, Sở Nông nghiệp và Môi trường đề nghị "
               "các đơn vị thực hiện các nhiệm vụ theo bảng phân công sau:")


@pytest.mark.parametrize("row_id,titles,rows", [
    ("don-vi", "| TT | Đơn vị | Nhiệm vụ | Thời gian hoàn thành |\n|---|---|---|---|",
     ("| 1 | Chi cục Thủy lợi | Kiểm tra an toàn hồ chứa | Trước ngày 30/9/2025 |\n"
     "| 2 | Ủy ban nhân dân các xã | Xây dựng phương án sơ tán dân | Trước ngày 05/10/2025 |")),
    ("co-quan-don-vi-pipes", "TT | Cơ quan, đơn vị | Nội dung công việc | Thời hạn",
     ("1 | Chi cục Thủy lợi | Kiểm tra an toàn hồ chứa | Tháng 9/2025\n"
     "2 | Ủy ban nhân dân các xã | Xây dựng phương án sơ tán dân | Tháng 10/2025")),
    ("task-first", "| STT | Nhiệm vụ | Cơ quan | Thời hạn |\n|---|---|---|---|",
     ("| 1 | Kiểm tra an toàn hồ chứa | Chi cục Thủy lợi | Quý III/2025 |\n"
     "| 2 | Xây dựng phương án sơ tán dân | Ủy ban nhân dân các xã | Quý IV/2025 |")),
])
def test_a_letters_table_of_tasks_per_unit_with_a_bare_body_column(row_id, titles, rows):
    text = directive(header=LETTER_HEADER, title="", kinh_gui="Kính gửi: Các đơn vị, địa phương",
                     preamble=LETTER_LEAD + "\n\n" + titles, body=rows)
    check_field(row_id, text, "assignments", [block("Chi cục Thủy lợi", "Kiểm tra an toàn hồ chứa"),
                                              block("Ủy ban nhân dân các xã", "Xây dựng phương án sơ tán dân")])


def test_a_unit_of_measure_column_names_no_body():
    section = sec("III. TỔ CHỨC THỰC HIỆN", "| TT | Nội dung | Đơn vị tính | Số lượng |", "|---|---|---|---|",
                  "| 1 | Cây giống | Cây | 500 |", "| 2 | Phân bón | Tấn | 2 |")
    check_field("unit-of-measure", directive(body=LEAD + section), "assignments", [])
