"""Structures of real plans and Chỉ thị (extractor/rules/assignments.py) that heldout-real17 showed the rules did not read.

- A plan's topic sections that list who leads and who helps (``2. Cơ quan chủ trì, phối hợp`` / ``a) Cơ quan chủ
  trì`` / ``- Sở X.``) under the topic's measures: the role labels head lists of bodies, with no task under them —
  fields of the topic, no agency blocks (contract §2; the ruling for heldout-real17 rh17_02, as the ``- Đơn vị chủ
  trì: …`` rows of an activity). The duties section's body headings are still the blocks.

Every name, number and date here is invented.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table

from extractor.rules.assignments import _Block, _merge_same_body
from extractor.types import Finding


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


DUTIES = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Sở Văn hóa và Thể thao\n\n"
          "Chủ trì, hướng dẫn các huyện triển khai Kế hoạch; tổng hợp kết quả thực hiện.\n\n"
          "2. Ủy ban nhân dân các huyện\n\n- Xây dựng kế hoạch chi tiết của địa phương.\n\n"
          "- Bố trí kinh phí thực hiện.")
DUTY_BLOCKS = [block("Sở Văn hóa và Thể thao",
                     "Chủ trì, hướng dẫn các huyện triển khai Kế hoạch; tổng hợp kết quả thực hiện."),
               block("Ủy ban nhân dân các huyện", "Xây dựng kế hoạch chi tiết của địa phương.",
                     "Bố trí kinh phí thực hiện.")]

ROLE_LISTS = [
    ("lead-and-partner-sub-headings",
     ("I. TUYÊN TRUYỀN VỀ DI SẢN VĂN HÓA\n\n1. Nội dung, biện pháp\n\n"
     "a) Tổ chức các chuyên mục về di sản trên báo, đài địa phương;\n\n"
     "b) In tờ rơi giới thiệu các di tích của tỉnh.\n\n"
     "2. Cơ quan chủ trì, phối hợp\n\na) Cơ quan chủ trì\n\n- Sở Văn hóa và Thể thao.\n\n"
     "- Đài Phát thanh và Truyền hình tỉnh; Báo Hà Trung.\n\nb) Cơ quan phối hợp\n\n"
     "- Ủy ban Mặt trận Tổ quốc tỉnh và các đoàn thể.\n\n"
     "3. Thời gian thực hiện: Từ tháng 3/2026 trở đi.\n\n"
     "II. BẢO TỒN DI TÍCH\n\n1. Nội dung, biện pháp\n\na) Kiểm kê các di tích xuống cấp;\n\n"
     "2. Chủ trì thực hiện\n\n- Sở Văn hóa và Thể thao.\n\n- Ủy ban nhân dân các huyện, thị xã.\n\n"
     "3. Thời gian thực hiện: Năm 2026.\n\n" + DUTIES)),
    ("lead-list-and-inline-lead",
     ("I. CHUYỂN ĐỔI SỐ TRONG NGÀNH Y TẾ\n\n1. Nội dung\n\n- Triển khai bệnh án điện tử tại các bệnh viện.\n\n"
     "2. Cơ quan chủ trì, thực hiện\n\na) Cơ quan chủ trì: Sở Y tế; Sở Khoa học và Công nghệ.\n\n"
     "b) Đơn vị thực hiện: Các bệnh viện tuyến tỉnh.\n\n"
     "3. Thời gian thực hiện: Quý II/2026.\n\n"
     "II. KIỂM TRA, SƠ KẾT\n\n1. Nội dung\n\n- Sơ kết 6 tháng thực hiện Kế hoạch.\n\n"
     "2. Cơ quan chủ trì\n\n- Sở Y tế.\n\n- Các sở, ngành liên quan.\n\n" + DUTIES)),
]


@pytest.mark.parametrize("row_id,body", table(ROLE_LISTS))
def test_role_labels_over_lists_of_bodies_are_no_blocks(row_id, body):
    check_field(row_id, directive(body=body), "assignments", DUTY_BLOCKS)


# a body heading whose names go on with "tổ chức" as a noun in a list ("… và tổ chức, đoàn thể có liên quan"): the
# organisations named, not the verb "organise" opening a task (rh17_02 D.5)
ORGANISATIONS_LISTED = [
    ("and-organisations-comma-unions",
     ("3. Các hội nghề nghiệp và tổ chức, đoàn thể có liên quan\n\n"
     "Căn cứ chức năng, nhiệm vụ, phối hợp tuyên truyền, vận động hội viên tham gia."),
     block("Các hội nghề nghiệp và tổ chức, đoàn thể có liên quan",
           "Căn cứ chức năng, nhiệm vụ, phối hợp tuyên truyền, vận động hội viên tham gia.")),
    ("organisations-comma-persons",
     ("3. Hội Nông dân huyện và tổ chức, cá nhân trên địa bàn\n\n- Chấp hành nghiêm quy định về phòng cháy.\n\n"
     "- Phối hợp với chính quyền địa phương khi có sự cố."),
     block("Hội Nông dân huyện và tổ chức, cá nhân trên địa bàn", "Chấp hành nghiêm quy định về phòng cháy.",
           "Phối hợp với chính quyền địa phương khi có sự cố.")),
]


@pytest.mark.parametrize("row_id,body,expected", table(ORGANISATIONS_LISTED))
def test_organisations_listed_in_a_heading_are_named_not_organised(row_id, body, expected):
    check_field(row_id, directive(body=DUTIES + "\n\n" + body), "assignments", [*DUTY_BLOCKS, expected])


# a body heading whose only paragraph opens "Căn cứ vào chức năng, nhiệm vụ, …": its duty, not the closing "Căn cứ vào
# Kế hoạch này, các đơn vị …" that ends the duties (rh17_02 D.5)
GROUNDS_FIRST = [
    ("grounds-then-duty",
     "3. Hội Liên hiệp Phụ nữ huyện\n\nCăn cứ vào chức năng, nhiệm vụ, phối hợp tuyên truyền đến hội viên.",
     block("Hội Liên hiệp Phụ nữ huyện", "Căn cứ vào chức năng, nhiệm vụ, phối hợp tuyên truyền đến hội viên.")),
    ("grounds-then-duty-after-a-list",
     "3. Ủy ban Mặt trận Tổ quốc xã\n\nCăn cứ vào kế hoạch của huyện, vận động Nhân dân ủng hộ quỹ khuyến học.",
     block("Ủy ban Mặt trận Tổ quốc xã", "Căn cứ vào kế hoạch của huyện, vận động Nhân dân ủng hộ quỹ khuyến học.")),
]


@pytest.mark.parametrize("row_id,body,expected", table(GROUNDS_FIRST))
def test_a_grounds_paragraph_under_a_bare_heading_is_its_duty(row_id, body, expected):
    check_field(row_id, directive(body=DUTIES + "\n\n" + body), "assignments", [*DUTY_BLOCKS, expected])


def test_a_grounds_paragraph_after_the_duties_still_closes_them():
    body = DUTIES + "\n\nCăn cứ vào Kế hoạch này, các đơn vị chủ động triển khai thực hiện./."
    check_field("closing-grounds", directive(body=body), "assignments", DUTY_BLOCKS)


# a Chỉ thị's run-in "…, Thủ tướng Chính phủ yêu cầu <body>:" over numbered duties, one of which has another body as
# its subject while the items after it go back to the asked body's tasks: the list still speaks to the asked body, the
# item is one of its tasks (rh17_11); where the other body's item ends the list it is a block of its own
DIRECTIVE_HEADER = """\
BỘ TRƯỞNG BỘ NỘI VỤ
Số: 14/CT-BNV

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 09 tháng 6 năm 2026"""
DIRECTIVE_TITLE = "CHỈ THỊ\nVề việc tăng cường công tác lưu trữ tại các địa phương"
DIRECTIVE_CLOSING = """\
Nơi nhận:
- Như trên;
- Lưu: VT.

BỘ TRƯỞNG

Phạm Minh Hòa"""


def chi_thi(lead: str, items: str) -> str:
    preamble = ("Thời gian qua, công tác lưu trữ ở nhiều địa phương còn hạn chế, tài liệu chưa được chỉnh lý kịp thời."
                "\n\n" + lead)
    return directive(header=DIRECTIVE_HEADER, title=DIRECTIVE_TITLE, preamble=preamble, body=items,
                     closing=DIRECTIVE_CLOSING)


ASKED_WITH_OTHER_SUBJECT = [
    ("minister-asks-chairs",
     "Để khắc phục tình trạng trên, Bộ trưởng Bộ Nội vụ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh:",
     ("1. Chỉ đạo chỉnh lý tài liệu tồn đọng trong năm 2026.\n\n"
      "2. Bố trí kho lưu trữ chuyên dụng đạt chuẩn.\n\n"
      "3. Sở Nội vụ có trách nhiệm hướng dẫn, kiểm tra công tác lưu trữ tại các cơ quan trên địa bàn.\n\n"
      "4. Bố trí kinh phí số hóa tài liệu lưu trữ.\n\n"
      "5. Định kỳ hàng năm gửi báo cáo về Bộ Nội vụ."),
     [block("Chủ tịch Ủy ban nhân dân các tỉnh", "Chỉ đạo chỉnh lý tài liệu tồn đọng trong năm 2026.",
            "Bố trí kho lưu trữ chuyên dụng đạt chuẩn.",
            "Sở Nội vụ có trách nhiệm hướng dẫn, kiểm tra công tác lưu trữ tại các cơ quan trên địa bàn.",
            "Bố trí kinh phí số hóa tài liệu lưu trữ.", "Định kỳ hàng năm gửi báo cáo về Bộ Nội vụ.")]),
    ("director-asks-heads-of-schools",
     "Nhằm nâng cao chất lượng hồ sơ, Bộ trưởng Bộ Nội vụ yêu cầu Thủ trưởng các đơn vị trực thuộc Bộ:",
     ("1. Rà soát danh mục hồ sơ của đơn vị.\n\n"
      "2. Cử cán bộ theo dõi công tác văn thư.\n\n"
      "3. Trung tâm Lưu trữ lịch sử chịu trách nhiệm hướng dẫn lập hồ sơ điện tử theo quy định.\n\n"
      "4. Hoàn thành việc nộp lưu hồ sơ trước ngày 15/12/2026."),
     [block("Thủ trưởng các đơn vị trực thuộc Bộ", "Rà soát danh mục hồ sơ của đơn vị.",
            "Cử cán bộ theo dõi công tác văn thư.",
            "Trung tâm Lưu trữ lịch sử chịu trách nhiệm hướng dẫn lập hồ sơ điện tử theo quy định.",
            "Hoàn thành việc nộp lưu hồ sơ trước ngày 15/12/2026.")]),
]


@pytest.mark.parametrize("row_id,lead,items,expected", table(ASKED_WITH_OTHER_SUBJECT))
def test_another_subject_inside_an_asked_list_is_its_task(row_id, lead, items, expected):
    check_field(row_id, chi_thi(lead, items), "assignments", expected)


def test_another_subject_ending_the_asked_list_is_a_block_of_its_own():
    items = ("1. Chỉ đạo chỉnh lý tài liệu tồn đọng trong năm 2026.\n\n"
             "2. Bố trí kho lưu trữ chuyên dụng đạt chuẩn.\n\n"
             "3. Cục Văn thư và Lưu trữ nhà nước hướng dẫn, kiểm tra việc thực hiện Chỉ thị này.")
    check_field("other-body-last", chi_thi("Bộ trưởng Bộ Nội vụ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh:", items),
                "assignments",
                [block("Chủ tịch Ủy ban nhân dân các tỉnh", "Chỉ đạo chỉnh lý tài liệu tồn đọng trong năm 2026.",
                       "Bố trí kho lưu trữ chuyên dụng đạt chuẩn."),
                 block("Cục Văn thư và Lưu trữ nhà nước", "hướng dẫn, kiểm tra việc thực hiện Chỉ thị này.")])


# a letter that asks its addressee by the courteous "quý" ("… đề nghị quý Bộ khẩn trương …", "… đề nghị quý cơ quan
# …"): the addressee as written is the agency; what an earlier letter asked ("Ngày …, Văn phòng X có văn bản số …
# yêu cầu quý Bộ …") is told, not asked again (rh17_12)
LETTER_HEADER = """\
VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH HÀ TRUNG
Số: 512/VP-KGVX
V/v đôn đốc báo cáo tình hình thực hiện ý kiến chỉ đạo

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Trung, ngày 04 tháng 11 năm 2026"""


def chasing_letter(body: str) -> str:
    return directive(header=LETTER_HEADER, title="", kinh_gui="Kính gửi: Sở Giáo dục và Đào tạo", preamble="",
                     body=body, closing=CLOSING_OF_LETTER)


CLOSING_OF_LETTER = """\
Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Trần Thị Mai"""

COURTEOUS_ASKS = [
    ("chased-report",
     ("Ngày 12 tháng 8 năm 2026, Văn phòng Ủy ban nhân dân tỉnh có văn bản số 301/VP-KGVX yêu cầu quý Sở chủ trì "
      "rà soát đội ngũ giáo viên, báo cáo trước ngày 30 tháng 9 năm 2026.\n\n"
      "Tuy nhiên đến nay, Văn phòng chưa nhận được báo cáo của quý Sở.\n\n"
      "Văn phòng Ủy ban nhân dân tỉnh đề nghị quý Sở khẩn trương gửi báo cáo kết quả rà soát."),
     [block("quý Sở", "khẩn trương gửi báo cáo kết quả rà soát.")]),
    ("courteous-body",
     ("Văn phòng Ủy ban nhân dân tỉnh đề nghị quý cơ quan cung cấp số liệu về học sinh bỏ học năm học 2025-2026."),
     [block("quý cơ quan", "cung cấp số liệu về học sinh bỏ học năm học 2025-2026.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(COURTEOUS_ASKS))
def test_the_courteously_asked_addressee_is_the_agency(row_id, body, expected):
    check_field(row_id, chasing_letter(body), "assignments", expected)


# a plan's numbered priority outside its duties section whose sentence opens with the bodies that act ("3. Các Bộ,
# ngành chức năng, các cơ quan báo chí … tập trung tuyên truyền …"): a step of the plan, as a dashed step is, when the
# duties section names the agencies (rh17_02 C.3, rh16_09 II.1, rh8_13); "… có trách nhiệm: …" hands a duty on in so
# many words and stays a block
PRIORITIES = [
    ("bodies-as-subject",
     ("II. NHIỆM VỤ TRỌNG TÂM\n\n1. Hoàn thành kiểm kê di tích trong năm 2026.\n\n"
      "2. Các cơ quan báo chí, Đài Phát thanh và Truyền hình tỉnh tập trung tuyên truyền về giá trị di sản.\n\n"
      "3. Tổ chức sơ kết việc thực hiện Kế hoạch vào tháng 12/2026.\n\n" + DUTIES),
     DUTY_BLOCKS),
    ("a-department-as-subject",
     ("II. NỘI DUNG\n\n1. Sở Khoa học và Công nghệ tổng hợp kết quả chuyển đổi số, báo cáo Ủy ban nhân dân tỉnh.\n\n"
      "2. Rà soát các thủ tục hành chính trực tuyến.\n\n" + DUTIES),
     DUTY_BLOCKS),
    ("responsible-in-so-many-words",
     ("II. NỘI DUNG\n\n1. Rà soát các thủ tục hành chính trực tuyến.\n\n"
      "2. Thủ trưởng các sở, ngành chịu trách nhiệm chỉ đạo cập nhật dữ liệu lên Cổng dịch vụ công.\n\n" + DUTIES),
     [block("Thủ trưởng các sở, ngành", "chịu trách nhiệm chỉ đạo cập nhật dữ liệu lên Cổng dịch vụ công."),
      *DUTY_BLOCKS]),
]


@pytest.mark.parametrize("row_id,body,expected", table(PRIORITIES))
def test_a_priority_with_bodies_as_subject_is_a_step_of_the_plan(row_id, body, expected):
    check_field(row_id, directive(body=body), "assignments", expected)


# a "Kinh phí" topic inside the duties section whose dash opens with a body ("7. Kinh phí thực hiện" / "- Bộ Quốc phòng
# chỉ đạo, hướng dẫn … lập dự toán …"): where the money comes from, no block — as the numbered items of a "KINH PHÍ"
# section are none (rh17_02 D.7)
FUNDING = [
    ("department-guides-estimates",
     ("3. Kinh phí thực hiện\n\n- Kinh phí thực hiện Kế hoạch do ngân sách tỉnh bảo đảm.\n\n"
      "- Sở Tài chính hướng dẫn các đơn vị lập dự toán kinh phí theo quy định.")),
    ("ministry-directs-settlement",
     ("3. Kinh phí\n\n- Nguồn kinh phí từ ngân sách trung ương và các nguồn hợp pháp khác.\n\n"
      "- Bộ Văn hóa, Thể thao và Du lịch chỉ đạo các đơn vị quyết toán kinh phí đúng quy định.")),
]


@pytest.mark.parametrize("row_id,body", table(FUNDING))
def test_a_body_in_a_funding_topic_of_the_duties_is_no_block(row_id, body):
    check_field(row_id, directive(body=DUTIES + "\n\n" + body), "assignments", DUTY_BLOCKS)


# one body named again joins its first block; a name that goes on with what the bodies are ("Các bộ, ngành liên quan
# theo chức năng, nhiệm vụ được giao") is another entry as written, not the same one (heldout-scans hs_04: "3. Trách
# nhiệm của các bộ, ngành liên quan" beside the appendix rows of the longer name)
def test_a_longer_name_as_written_is_an_entry_of_its_own():
    text = ("Các sở, ngành liên quan theo chức năng, nhiệm vụ được giao | Kiểm tra tại cơ sở.\n"
            "- Các sở, ngành liên quan: Gửi báo cáo về Sở Nội vụ.\n- Các sở, ngành liên quan: Tuyên truyền Kế hoạch.\n")

    def at(value: str, start: int = 0) -> Finding:
        s = text.index(value, start)
        return Finding(value, s, s + len(value), 0.8, "assignments.agency.heading")

    longer = _Block(at("Các sở, ngành liên quan theo chức năng, nhiệm vụ được giao"), 9, "", tasks=[at("Kiểm tra")])
    first = _Block(at("Các sở, ngành liên quan", 60), 9, "- ", tasks=[at("Gửi báo cáo")])
    again = _Block(at("Các sở, ngành liên quan", first.agency.end), 9, "- ", tasks=[at("Tuyên truyền")])
    merged = _merge_same_body([longer, first, again], text)
    assert [(b.agency.value, [t.value for t in b.tasks]) for b in merged] == [
        ("Các sở, ngành liên quan theo chức năng, nhiệm vụ được giao", ["Kiểm tra"]),
        ("Các sở, ngành liên quan", ["Gửi báo cáo", "Tuyên truyền"])]


# a guidance letter's lettered points outside its duties section whose sentence opens with the bodies concerned
# ("a) Các cơ sở giáo dục phối hợp với … nắm chắc …", "d) Người đứng đầu cơ sở giáo dục sắp xếp …"): how the matter is
# handled, a step as a dashed one is, when the duties section names the agencies (rh18_13 II.1–3)
GUIDANCE_POINTS = [
    ("schools-coordinate",
     ("Sở Giáo dục và Đào tạo hướng dẫn như sau:\n\nI. NỘI DUNG HƯỚNG DẪN\n\n1. Tiếp nhận học sinh\n\n"
      "a) Các cơ sở giáo dục phối hợp với Ủy ban nhân dân cấp xã rà soát số học sinh trong độ tuổi.\n\n"
      "b) Việc tiếp nhận học sinh thực hiện theo quy định hiện hành.\n\n" + DUTIES)),
    ("head-arranges-classes",
     ("Sở Giáo dục và Đào tạo hướng dẫn như sau:\n\nI. NỘI DUNG\n\n1. Bố trí lớp học\n\n"
      "a) Việc bố trí lớp học thực hiện theo Điều lệ trường.\n\n"
      "b) Người đứng đầu cơ sở giáo dục sắp xếp các lớp học phù hợp với điều kiện thực tế.\n\n" + DUTIES)),
    ("centre-organises-tests",
     ("Sở Y tế hướng dẫn như sau:\n\nI. NỘI DUNG\n\n2. Khám sức khỏe\n\n"
      "a) Trung tâm Y tế các huyện tổ chức khám sức khỏe định kỳ cho học sinh.\n\n"
      "b) Kết quả khám được lưu vào hồ sơ học sinh.\n\n" + DUTIES)),
]


@pytest.mark.parametrize("row_id,body", table(GUIDANCE_POINTS))
def test_a_lettered_point_of_guidance_with_a_body_as_subject_is_a_step(row_id, body):
    check_field(row_id, chasing_letter(body), "assignments", DUTY_BLOCKS)


# a duties heading that names a body and opens a list ("3. Các cơ sở giáo dục mầm non, phổ thông:") over lettered
# points whose sentences open with its people ("a) Người đứng đầu chịu trách nhiệm …", "b) Giáo viên được phân công
# thực hiện …"): the points are the body's tasks, as its dashes would be (rh18_13 III.3)
LETTERED_UNDER_BODY = [
    ("head-and-teachers",
     ("III. TỔ CHỨC THỰC HIỆN\n\n1. Các trường tiểu học, trung học cơ sở:\n\n"
      "a) Hiệu trưởng chịu trách nhiệm tổ chức kiểm tra định kỳ;\n\n"
      "b) Giáo viên chủ nhiệm theo dõi, đánh giá học sinh;\n\n"
      "c) Lưu trữ hồ sơ theo quy định."),
     [block("Các trường tiểu học, trung học cơ sở", "Hiệu trưởng chịu trách nhiệm tổ chức kiểm tra định kỳ",
            "Giáo viên chủ nhiệm theo dõi, đánh giá học sinh", "Lưu trữ hồ sơ theo quy định.")]),
    ("director-and-staff",
     ("III. TỔ CHỨC THỰC HIỆN\n\n1. Các trạm y tế xã, phường:\n\n"
      "a) Trưởng trạm chỉ đạo lập danh sách trẻ cần tiêm bổ sung;\n\n"
      "b) Nhân viên y tế thôn bản thông báo lịch tiêm đến từng hộ gia đình."),
     [block("Các trạm y tế xã, phường", "Trưởng trạm chỉ đạo lập danh sách trẻ cần tiêm bổ sung",
            "Nhân viên y tế thôn bản thông báo lịch tiêm đến từng hộ gia đình.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(LETTERED_UNDER_BODY))
def test_lettered_points_under_a_body_heading_are_its_tasks(row_id, body, expected):
    check_field(row_id, chasing_letter(body), "assignments", expected)


# a topic heading that opens with the verb "Tổ chức thực hiện" and its object ("3. Tổ chức thực hiện chương trình và
# hoạt động giáo dục", rh18_13 II.3; rh3_07 5.2) is an activity, not the duties section ("III. TỔ CHỨC THỰC HIỆN",
# "Tổ chức thực hiện Kế hoạch này"): a body acting in its points is a step
TOPIC_VERBS = [
    ("programme-and-activities",
     ("Sở Giáo dục và Đào tạo hướng dẫn như sau:\n\nI. NỘI DUNG\n\n3. Tổ chức thực hiện chương trình và hoạt động "
      "giáo dục\n\na) Cơ sở giáo dục tổ chức dạy học theo chương trình hiện hành.\n\n"
      "b) Việc đánh giá thực hiện theo quy định.\n\n" + DUTIES)),
    ("publicity-work",
     ("Sở Nội vụ hướng dẫn như sau:\n\nI. NỘI DUNG\n\n2. Tổ chức thực hiện công tác tuyên truyền\n\n"
      "a) Đài Truyền thanh các xã mở chuyên mục về bầu cử.\n\n" + DUTIES)),
    ("extra-curricular",
     ("Sở Văn hóa hướng dẫn như sau:\n\nI. NỘI DUNG\n\n4. Tổ chức thực hiện các hoạt động ngoại khóa:\n\n"
      "a) Nhà văn hóa các phường bố trí địa điểm sinh hoạt câu lạc bộ.\n\n" + DUTIES)),
]


@pytest.mark.parametrize("row_id,body", table(TOPIC_VERBS))
def test_a_topic_that_organises_something_is_no_duties_section(row_id, body):
    check_field(row_id, chasing_letter(body), "assignments", DUTY_BLOCKS)


# a table of the plan's activities before its duties section, with a column of who is in charge ("Hoạt động | Nội dung
# | Đơn vị phụ trách | Thời gian"): steps of the programme, as dashed steps are, when the duties section names the
# agencies (rh18_11 II.3, a school's supporting activities)
ACTIVITY_TABLES = [
    ("supporting-activities",
     ("II. NỘI DUNG\n\n3. Các hoạt động bổ sung\n\n| Hoạt động | Nội dung | Đơn vị phụ trách | Thời gian |\n"
      "|---|---|---|---|\n| Tuyên truyền | Treo băng rôn, khẩu hiệu về an toàn giao thông | Đoàn trường | Trước ngày 10/9 |\n"
      "| Phát tài liệu | Cấp sổ tay cho học sinh lớp 10 | Văn phòng | Trước ngày 10/9 |\n\n" + DUTIES)),
    ("festival-preparations",
     ("II. CÁC HOẠT ĐỘNG\n\n| Hoạt động | Nội dung | Đơn vị phụ trách | Thời gian |\n|---|---|---|---|\n"
      "| Trang trí | Dựng cổng chào tại quảng trường | Trung tâm Văn hóa huyện | Ngày 01/5 |\n"
      "| Âm thanh | Bố trí âm thanh, ánh sáng cho lễ khai mạc | Đài Truyền thanh huyện | Ngày 02/5 |\n\n" + DUTIES)),
]


@pytest.mark.parametrize("row_id,body", table(ACTIVITY_TABLES))
def test_an_activity_table_before_the_duties_names_no_blocks(row_id, body):
    check_field(row_id, directive(body=body), "assignments", DUTY_BLOCKS)


# a chasing letter that first narrates what was asked before ("…, Phó Thủ tướng … đã giao Bộ X xây dựng …") and then
# asks again ("Phó Thủ tướng … yêu cầu Bộ X khẩn trương …"): the earlier request is history, the block is the new one
# (rh18_01; "đã/vừa" before the asking verb, as "… đã có Văn bản số … đề nghị …" already is)
ASKED_BEFORE = [
    ("deputy-pm-gave",
     ("Tại Công văn số 77/VPCP-KGVX ngày 05 tháng 3 năm 2026 của Văn phòng Chính phủ, Phó Thủ tướng đã giao Bộ Y tế "
      "xây dựng quy trình cấp phép hành nghề. Đến nay Bộ Y tế chưa hoàn thành.\n\n"
      "Phó Thủ tướng yêu cầu Bộ Y tế khẩn trương hoàn thành quy trình, báo cáo trước ngày 30 tháng 6 năm 2026."),
     [block("Bộ Y tế", "khẩn trương hoàn thành quy trình, báo cáo trước ngày 30 tháng 6 năm 2026.")]),
    ("chairman-had-asked",
     ("Ngày 12 tháng 4 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh vừa đề nghị Sở Xây dựng rà soát các dự án chậm tiến "
      "độ. Đến nay chưa có báo cáo.\n\n"
      "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Sở Xây dựng tổng hợp, báo cáo trước ngày 15 tháng 5 năm 2026."),
     [block("Sở Xây dựng", "tổng hợp, báo cáo trước ngày 15 tháng 5 năm 2026.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(ASKED_BEFORE))
def test_what_was_asked_before_is_no_block(row_id, body, expected):
    check_field(row_id, chasing_letter(body), "assignments", expected)


# "- Đối với <a matter>, đề nghị <verb> …" closes a letter saying where to turn (rh18_12): the matter is a case, not
# who must act, whatever plural it opens with ("các khó khăn, vướng mắc", "những vấn đề kỹ thuật")
CASES_WHERE_TO_TURN = [
    ("difficulties-report-to",
     "- Đối với các khó khăn, vướng mắc về nghiệp vụ, đề nghị phản ánh về Phòng Kế hoạch (ông Lê Văn A, ĐT: 0912.000.111)."),
    ("technical-issues-contact",
     "- Đối với những vấn đề kỹ thuật của phần mềm, đề nghị liên hệ Trung tâm Tin học (bà Trần Thị B, email: b@x.vn)."),
]


@pytest.mark.parametrize("row_id,line", table(CASES_WHERE_TO_TURN))
def test_a_matter_after_doi_voi_is_no_agency(row_id, line):
    body = "4. Tổ chức thực hiện\n- Các trường khẩn trương cập nhật dữ liệu học sinh lên hệ thống.\n" + line
    check_field(row_id, chasing_letter(body), "assignments",
                [block("Các trường", "khẩn trương cập nhật dữ liệu học sinh lên hệ thống.")])
