"""Assignments in the papers of a commune's boards and mass organisations (an election sub-committee's plan, a Mặt
trận board's guidance): duties handed to members by office and role ("3. Đồng chí Phó Giám đốc Trung tâm … - Phó
Trưởng tiểu ban: Chủ động …"), slogans numbered like duties, who answers which case by the law ("1. Đối với vụ việc
ở nơi công tác thì cơ quan … có trách nhiệm …") and who sits at a meeting ("4.3. HĐND cấp xã: Thành phần dự hội nghị
gồm …"). Each phrasing is invented; the expected blocks are written by the contract (§2 ``assignments``).
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table


def sec(*lines: str) -> str:
    return "\n".join(lines)


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


LEAD = "I. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền sâu rộng về cuộc bầu cử trong Nhân dân.\n\n"
OWN = "1. Ban Thường trực Ủy ban MTTQ xã\n- Xây dựng kế hoạch, tổ chức hội nghị hiệp thương."
OWN_BLOCK = block("Ban Thường trực Ủy ban MTTQ xã", "Xây dựng kế hoạch, tổ chức hội nghị hiệp thương.")

# A member named by office, a dash (or comma) and their role in the board, then the colon: the office may hold a
# verb ("phục vụ", "xây dựng"), the role words after the dash belong to the person, the duty starts after the colon.
MEMBERS = [
    ("office-holding-a-verb",
     sec("IV. TỔ CHỨC THỰC HIỆN",
         "1. Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công - Phó Trưởng tiểu ban: Chủ động tham mưu các nội "
         "dung tuyên truyền.",
         "2. Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên: Trực tiếp chỉ đạo chuẩn bị các nội dung khánh tiết."),
     [block("Đồng chí Phó Giám đốc Trung tâm phục vụ hành chính công - Phó Trưởng tiểu ban",
            "Chủ động tham mưu các nội dung tuyên truyền."),
      block("Đồng chí Phó Trưởng ban xây dựng Đảng - Ủy viên", "Trực tiếp chỉ đạo chuẩn bị các nội dung khánh tiết.")]),
    ("deputy-office-and-standing-role",
     sec("III. PHÂN CÔNG NHIỆM VỤ",
         "1. Đồng chí Phó Trưởng phòng Kinh tế - Phó Trưởng ban Thường trực: Điều hành công việc của Ban khi Trưởng ban "
         "vắng mặt.",
         "2. Đ/c Phó Chủ tịch Hội Liên hiệp Phụ nữ xã, Thành viên: Vận động hội viên tham gia đầy đủ."),
     [block("Đồng chí Phó Trưởng phòng Kinh tế - Phó Trưởng ban Thường trực",
            "Điều hành công việc của Ban khi Trưởng ban vắng mặt."),
      block("Đ/c Phó Chủ tịch Hội Liên hiệp Phụ nữ xã, Thành viên", "Vận động hội viên tham gia đầy đủ.")]),
    ("member-among-bodies",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN,
         "2. Ông Phó Giám đốc Trung tâm văn hóa thể thao và truyền thông - Tổ trưởng: Phụ trách hệ thống loa truyền "
         "thanh."),
     [OWN_BLOCK,
      block("Ông Phó Giám đốc Trung tâm văn hóa thể thao và truyền thông - Tổ trưởng",
            "Phụ trách hệ thống loa truyền thanh.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(MEMBERS))
def test_a_member_named_by_office_and_role_up_to_the_colon(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# Slogans are numbered like duties and may open with an office ("Chủ tịch Hồ Chí Minh …!"): an exclamation hands out
# no duty.
SLOGANS = [
    ("slogan-opening-with-an-office",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN, "", "IV. KHẨU HIỆU TUYÊN TRUYỀN",
         "1. Nhiệt liệt chào mừng Ngày bầu cử!",
         "2. Chủ tịch Hồ Chí Minh vĩ đại sống mãi trong sự nghiệp của chúng ta!"),
     [OWN_BLOCK]),
    ("slogan-opening-with-a-body",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN, "", "IV. KHẨU HIỆU",
         "1. Hội Nông dân Việt Nam đoàn kết, đổi mới, phát triển!",
         "2. Đoàn Thanh niên Cộng sản Hồ Chí Minh xung kích, tình nguyện vì cuộc sống cộng đồng!"),
     [OWN_BLOCK]),
]


@pytest.mark.parametrize("row_id,section,expected", table(SLOGANS))
def test_numbered_slogans_are_no_blocks(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# "Đối với <case> thì <body> …" without a comma before "thì": the law's rule of who answers which case, no block.
CASES = [
    ("case-then-body-no-comma",
     sec("II. XÁC MINH, TRẢ LỜI Ý KIẾN CỬ TRI",
         "1. Đối với vụ việc ở nơi công tác thì cơ quan, tổ chức, đơn vị trực tiếp quản lý người ứng cử có trách nhiệm "
         "xác minh và trả lời bằng văn bản.",
         "2. Đối với vụ việc ở khu dân cư thì cơ quan, tổ chức giới thiệu người ứng cử có trách nhiệm phối hợp xác minh.",
         "", "III. TỔ CHỨC THỰC HIỆN", OWN),
     [OWN_BLOCK]),
    ("case-of-a-person-then-body",
     sec("II. GIẢI QUYẾT ĐƠN THƯ",
         "a) Đối với đơn thư liên quan đến người ứng cử ở thôn thì Ban công tác Mặt trận thôn chuyển đến cơ quan có "
         "thẩm quyền.",
         "", "III. TỔ CHỨC THỰC HIỆN", OWN),
     [OWN_BLOCK]),
    # a hamlet qualified by its size is the case of a rule, not the unit that acts
    ("hamlet-by-its-size",
     sec("II. HỘI NGHỊ CỬ TRI",
         "a) Đối với thôn có dưới 120 cử tri: Phải tổ chức hội nghị toàn thể cử tri.",
         "b) Đối với thôn có từ 120 cử tri trở lên: Có thể tổ chức hội nghị cử tri đại diện hộ gia đình.",
         "", "III. TỔ CHỨC THỰC HIỆN", OWN),
     [OWN_BLOCK]),
]


@pytest.mark.parametrize("row_id,section,expected", table(CASES))
def test_a_case_then_who_answers_it_is_no_block(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# "<body>: Thành phần dự hội nghị gồm …": who sits at a meeting, not the body's duty.
COMPOSITION = [
    ("composition-after-bodies",
     sec("II. NỘI DUNG", "1. Xác định Ban lãnh đạo như sau:",
         "1.1. HĐND cấp xã: Thành phần dự hội nghị gồm Thường trực HĐND và đại diện lãnh đạo các Ban.",
         "1.2. UBND cấp xã: Thành phần tham dự là Ban lãnh đạo UBND và đại diện các đơn vị trực thuộc.",
         "1.3. MTTQ Việt Nam, các tổ chức chính trị - xã hội:  Thành phần dự hội nghị gồm Ban Thường trực, BTV và đại "
         "diện lãnh đạo các đơn vị trực thuộc tổ chức giới thiệu.",
         "", "III. TỔ CHỨC THỰC HIỆN", OWN),
     [OWN_BLOCK]),
    ("composition-with-a-colon",
     sec("II. NỘI DUNG", "1. Đoàn Thanh niên xã: Thành phần: Ban Chấp hành Đoàn xã và Bí thư các chi đoàn.",
         "2. Hội Cựu chiến binh xã: Thành phần hội nghị có Ban Thường vụ và Chi hội trưởng các thôn.",
         "", "III. TỔ CHỨC THỰC HIỆN", OWN),
     [OWN_BLOCK]),
]


@pytest.mark.parametrize("row_id,section,expected", table(COMPOSITION))
def test_who_attends_a_meeting_is_no_duty(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# An item of the duties that opens with its grounds citing a text ("Căn cứ … Thông tri số 05/TT-MTTW, ngày … của …,
# Ban Thường trực … xây dựng …"): the commas inside the citation are passed over; the body after the grounds acts.
GROUNDS = [
    ("grounds-citing-a-text-with-commas",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "1. Căn cứ nội dung Thông tri số 07/TT-MTTW-BTT, ngày 14/10/2025 của Ban Thường trực Ủy ban Trung ương MTTQ "
         "Việt Nam và Hướng dẫn này, Ban Thường trực Ủy ban MTTQ xã xây dựng kế hoạch triển khai."),
     [block("Ban Thường trực Ủy ban MTTQ xã", "xây dựng kế hoạch triển khai.")]),
    ("grounds-number-then-date",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN,
         "2. Căn cứ Kế hoạch số 45/KH-UBND, ngày 12/3/2024 của UBND huyện, Phòng Tài chính huyện chủ động bố trí kinh "
         "phí."),
     [OWN_BLOCK, block("Phòng Tài chính huyện", "chủ động bố trí kinh phí.")]),
    ("on-the-basis-of-results-and-a-date",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN,
         "2. Trên cơ sở kết quả rà soát, ngày 15/3/2024, Hội Nông dân xã tổng hợp danh sách hộ nghèo gửi Ủy ban nhân "
         "dân xã."),
     [OWN_BLOCK, block("Hội Nông dân xã", "tổng hợp danh sách hộ nghèo gửi Ủy ban nhân dân xã.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(GROUNDS))
def test_grounds_citing_a_text_then_the_body_that_acts(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# A commune's procedure per kind of unit, its steps counted inline ("3.2. Đối với thôn dân cư: (1) Trưởng Ban công tác
# Mặt trận phối hợp …; (2) Trưởng Ban … triệu tập …"): the unit is the agency (a hamlet, a residential area), each
# counted step a task even where its actor is named before its verb.
COUNTED_STEPS = [
    ("hamlet-steps-with-actors",
     sec("II. NỘI DUNG", "1. Giới thiệu người ứng cử đại biểu Hội đồng nhân dân xã:",
         "1.1. Đối với thôn dân cư: (1) Trưởng Ban công tác Mặt trận phối hợp với Trưởng thôn họp dự kiến người giới "
         "thiệu; (2) Trưởng Ban công tác Mặt trận triệu tập hội nghị cử tri tại thôn; (3) Ban công tác Mặt trận chuyển "
         "Biên bản hội nghị đến Ban Thường trực Ủy ban MTTQ xã."),
     [block("thôn dân cư", "Trưởng Ban công tác Mặt trận phối hợp với Trưởng thôn họp dự kiến người giới thiệu",
            "Trưởng Ban công tác Mặt trận triệu tập hội nghị cử tri tại thôn",
            "Ban công tác Mặt trận chuyển Biên bản hội nghị đến Ban Thường trực Ủy ban MTTQ xã.")]),
    ("residential-area-steps-mixed",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN,
         "2. Đối với khu dân cư: (1) Tổ trưởng tổ dân phố thông báo lịch họp đến các hộ; (2) Rà soát danh sách cử tri; "
         "(3) Ban công tác Mặt trận tổng hợp ý kiến gửi Ủy ban MTTQ xã."),
     [OWN_BLOCK,
      block("khu dân cư", "Tổ trưởng tổ dân phố thông báo lịch họp đến các hộ", "Rà soát danh sách cử tri",
            "Ban công tác Mặt trận tổng hợp ý kiến gửi Ủy ban MTTQ xã.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(COUNTED_STEPS))
def test_a_units_counted_steps_each_a_task(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# A numbered item of the duties that opens with a clause of time ("5. Kết thúc cuộc bầu cử, Ban Thường trực … chịu
# trách nhiệm …"): the body after the clause acts; the task is the sentence, clause included, as in a run-in.
TIME_CLAUSES = [
    ("after-the-election",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN,
         "2. Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ phường, chịu trách nhiệm tổng hợp báo cáo kết quả giám "
         "sát."),
     [OWN_BLOCK, block("Ban Thường trực Ủy ban MTTQ phường", "Kết thúc cuộc bầu cử, Ban Thường trực Ủy ban MTTQ "
                       "phường, chịu trách nhiệm tổng hợp báo cáo kết quả giám sát.")]),
    ("after-the-inspection",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN,
         "2. Kết thúc đợt kiểm tra, Hội Cựu chiến binh phường tổng hợp ý kiến của hội viên gửi Ủy ban MTTQ phường."),
     [OWN_BLOCK, block("Hội Cựu chiến binh phường", "Kết thúc đợt kiểm tra, Hội Cựu chiến binh phường tổng hợp ý kiến "
                       "của hội viên gửi Ủy ban MTTQ phường.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(TIME_CLAUSES))
def test_a_clause_of_time_before_the_body_that_acts(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# A team's make-up under the lead that sets it up ("+ Trưởng đoàn: Đại diện Ban Thường trực …", "+ Thành viên đoàn:
# Đại diện lãnh đạo …"): who fills each role, no duty; a role whose duty follows its colon stays a block.
TEAM_ROLES = [
    ("inspection-team-make-up-in-a-topic",
     sec("II. HÌNH THỨC KIỂM TRA, GIÁM SÁT", "1. Tổ chức đoàn kiểm tra, giám sát",
         "- Ban hành quyết định thành lập Đoàn kiểm tra, giám sát bao gồm:",
         "+ Trưởng đoàn: Đại diện Ban Thường trực Ủy ban MTTQ phường",
         "+ Thành viên đoàn: Đại diện lãnh đạo một số tổ chức chính trị - xã hội",
         "", "III. TỔ CHỨC THỰC HIỆN", OWN),
     [OWN_BLOCK]),
    ("deputy-head-named-in-a-topic",
     sec("II. NỘI DUNG", "1. Thành lập Tổ kiểm tra liên ngành, gồm:",
         "- Phó Trưởng ban thường trực: Lãnh đạo Phòng Văn hóa - Xã hội xã;",
         "- Ủy viên: Đồng chí Chủ tịch Hội Nông dân xã.",
         "", "III. TỔ CHỨC THỰC HIỆN", OWN),
     [OWN_BLOCK]),
    ("working-group-make-up-by-persons",
     sec("III. TỔ CHỨC THỰC HIỆN",
         "1. Ủy ban MTTQ xã",
         "- Thành lập Tổ giúp việc, gồm:",
         "+ Tổ trưởng: Đồng chí Phó Chủ tịch Ủy ban MTTQ xã;",
         "+ Thư ký: Cán bộ Văn phòng Đảng ủy xã."),
     [block("Ủy ban MTTQ xã", "Thành lập Tổ giúp việc, gồm:", "Tổ trưởng: Đồng chí Phó Chủ tịch Ủy ban MTTQ xã",
            "Thư ký: Cán bộ Văn phòng Đảng ủy xã.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(TEAM_ROLES))
def test_a_teams_make_up_is_no_block(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# The board's other members as a whole, their grounds before their duty ("5. Các thành viên khác trong tiểu ban căn cứ
# vào chức năng, nhiệm vụ, chủ động phối hợp …"): a block like any body's.
OTHER_MEMBERS = [
    ("other-members-of-the-sub-committee",
     sec("IV. TỔ CHỨC THỰC HIỆN",
         "1. Đồng chí Trưởng Ban Tuyên giáo - Trưởng Tiểu ban: Phụ trách chung.",
         "2. Các thành viên khác trong tiểu ban căn cứ vào chức năng, nhiệm vụ, chủ động phối hợp triển khai các nhiệm vụ "
         "có liên quan."),
     [block("Đồng chí Trưởng Ban Tuyên giáo - Trưởng Tiểu ban", "Phụ trách chung."),
      block("Các thành viên khác trong tiểu ban",
            "căn cứ vào chức năng, nhiệm vụ, chủ động phối hợp triển khai các nhiệm vụ có liên quan.")]),
    ("members-of-a-working-group",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN,
         "2. Các thành viên Tổ công tác căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện."),
     [OWN_BLOCK, block("Các thành viên Tổ công tác", "căn cứ nhiệm vụ được phân công chủ động triển khai thực hiện.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(OTHER_MEMBERS))
def test_a_boards_members_as_a_whole_act(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)


# A heading naming a body whose name ends in "giao" ("11. Bộ Ngoại giao" over its paragraph): a body that acts, not an
# authority handing duties out ("Ủy ban nhân dân tỉnh giao:").
FOREIGN_AFFAIRS = [
    ("ministry-over-a-paragraph",
     sec("III. TỔ CHỨC THỰC HIỆN", "1. Bộ Quốc phòng", "", "Chủ trì công tác tìm kiếm, quy tập hài cốt liệt sĩ.", "",
         "2. Bộ Ngoại giao", "", "Phối hợp với Bộ Quốc phòng trong việc tìm kiếm hài cốt liệt sĩ ở nước ngoài."),
     [block("Bộ Quốc phòng", "Chủ trì công tác tìm kiếm, quy tập hài cốt liệt sĩ."),
      block("Bộ Ngoại giao", "Phối hợp với Bộ Quốc phòng trong việc tìm kiếm hài cốt liệt sĩ ở nước ngoài.")]),
    ("provincial-department-over-items",
     sec("III. TỔ CHỨC THỰC HIỆN", OWN, "2. Sở Ngoại giao", "- Hướng dẫn thủ tục đón đoàn khách quốc tế."),
     [OWN_BLOCK, block("Sở Ngoại giao", "Hướng dẫn thủ tục đón đoàn khách quốc tế.")]),
]


@pytest.mark.parametrize("row_id,section,expected", table(FOREIGN_AFFAIRS))
def test_a_body_named_ngoai_giao_acts(row_id, section, expected):
    check_field(row_id, directive(body=LEAD + section), "assignments", expected)
