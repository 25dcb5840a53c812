"""Run-in subjects (extractor/rules/assignments.py): duties written as sentences whose subject is the body that acts.

Conclusions (Thông báo kết luận, Kết luận), Công điện and Chỉ thị hand out work inside numbered items and prose, not
under agency headings: a topic heading ("2. Hoàn thiện thể chế, chính sách:") then "Các sở khẩn trương …", items
counted inline ("(1) Sở Tư pháp ban hành …; (2) Công an tỉnh chủ trì …"), one item with several subjects, names listed
after a colon ("Chủ tịch Ủy ban nhân dân các huyện: A, B và C chỉ đạo …"). Each subject that must act is a block
(contract §2 ``assignments``: the agency as written, the task the rest of its sentence; the dev sets' rulings for
heldout-real12 rh12_21 and rh12_13); the writer's own promise, narration of what was done, and a topic with no
subject are none. Every name, number and date here is invented.
"""

from __future__ import annotations

import pytest
from extractor_helpers import check_field, directive, table

HEADER = """\
UBND TỈNH HÀ TRUNG
VĂN PHÒNG
Số: 88/TB-VP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Trung, ngày 03 tháng 3 năm 2026"""

TITLE = """\
THÔNG BÁO
Kết luận của Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về chuyển đổi số"""

PREAMBLE = """\
Ngày 01 tháng 3 năm 2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về chuyển đổi số. Sau khi nghe Sở Khoa học \
và Công nghệ báo cáo, ý kiến của các đại biểu, Chủ tịch Ủy ban nhân dân tỉnh kết luận như sau:"""

CLOSING = """\
Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh;
- Lưu: VT.

KT. CHÁNH VĂN PHÒNG
PHÓ CHÁNH VĂN PHÒNG

Trần Văn Bình"""

REVIEW = ("I. KẾT QUẢ ĐẠT ĐƯỢC\nCông tác chuyển đổi số có chuyển biến tích cực, hạ tầng số được đầu tư.\n\n"
          "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM\n")


def notice(body: str) -> str:
    return directive(header=HEADER, title=TITLE, preamble=PREAMBLE, body=REVIEW + body, closing=CLOSING)


def block(agency: str, *tasks: str) -> dict:
    return {"agency": agency, "tasks": list(tasks)}


RUN_INS = [
    ("topic-colon-then-subject",
     ("1. Hoàn thiện thể chế, chính sách: Các sở khẩn trương tham mưu Ủy ban nhân dân tỉnh ban hành các quy định "
      "hướng dẫn; đồng thời, tiếp tục rà soát các văn bản không còn phù hợp; nhiệm vụ thường xuyên.\n"
      "2. Đẩy nhanh giải ngân vốn: Ban Quản lý dự án tỉnh quyết liệt triển khai các gói thầu, hoàn thành trong "
      "tháng 4 năm 2026."),
     [block("Các sở", "khẩn trương tham mưu Ủy ban nhân dân tỉnh ban hành các quy định hướng dẫn; đồng thời, tiếp "
                      "tục rà soát các văn bản không còn phù hợp; nhiệm vụ thường xuyên."),
      block("Ban Quản lý dự án tỉnh", "quyết liệt triển khai các gói thầu, hoàn thành trong tháng 4 năm 2026.")]),
    ("topic-heading-over-its-paragraph",
     ("1. Nâng cao trách nhiệm của người đứng đầu:\n"
      "Các đồng chí Giám đốc sở, Chủ tịch Ủy ban nhân dân các huyện, thị xã phải trực tiếp chỉ đạo, đôn đốc, "
      "hoàn thành các nhiệm vụ được giao trong năm 2026.\n"
      "2. Tăng cường kỷ luật: Sở Nội vụ kiểm tra công vụ tại các cơ quan, đơn vị."),
     [block("Các đồng chí Giám đốc sở, Chủ tịch Ủy ban nhân dân các huyện, thị xã",
            "phải trực tiếp chỉ đạo, đôn đốc, hoàn thành các nhiệm vụ được giao trong năm 2026."),
      block("Sở Nội vụ", "kiểm tra công vụ tại các cơ quan, đơn vị.")]),
    ("counted-items-several-subjects",
     ("1. Khẩn trương xây dựng cơ sở dữ liệu: (1) Sở Tư pháp ban hành quy chế trước ngày 15 tháng 3 năm 2026; "
      "(2) Công an tỉnh chủ trì hướng dẫn việc làm sạch dữ liệu dân cư; Các sở, ngành, địa phương căn cứ hướng "
      "dẫn của Công an tỉnh rà soát dữ liệu thuộc phạm vi quản lý; Công an tỉnh tổng hợp, công bố kết quả trong "
      "quý II năm 2026."),
     [block("Sở Tư pháp", "ban hành quy chế trước ngày 15 tháng 3 năm 2026"),
      block("Công an tỉnh", "chủ trì hướng dẫn việc làm sạch dữ liệu dân cư",
            "tổng hợp, công bố kết quả trong quý II năm 2026."),
      block("Các sở, ngành, địa phương",
            "căn cứ hướng dẫn của Công an tỉnh rà soát dữ liệu thuộc phạm vi quản lý")]),
    ("counted-lower-case-subject-and-its-own-counts",
     ("1. Đẩy mạnh cải cách thủ tục hành chính: (1) các huyện, thị xã tổ chức rà soát dịch vụ công trực tuyến, "
      "hoàn thành trước ngày 30 tháng 4 năm 2026; (2) các sở, ngành tập trung: (i) Cắt giảm thành phần hồ sơ; "
      "(ii) Rà soát quy trình nội bộ; (iii) Hoàn thành số hóa kết quả giải quyết thủ tục."),
     [block("các huyện, thị xã",
            "tổ chức rà soát dịch vụ công trực tuyến, hoàn thành trước ngày 30 tháng 4 năm 2026"),
      block("các sở, ngành", "Cắt giảm thành phần hồ sơ", "Rà soát quy trình nội bộ",
            "Hoàn thành số hóa kết quả giải quyết thủ tục.")]),
    ("paragraph-wrapped-over-lines",
     ("1. Bảo đảm hạ tầng số: (1) Trung tâm Viễn thông tỉnh chủ trì phủ sóng các thôn, bản\n"
      "vùng sâu, hoàn thành trong năm 2026; (2) Sở Tài chính bố trí kinh phí\n"
      "theo quy định."),
     [block("Trung tâm Viễn thông tỉnh", "chủ trì phủ sóng các thôn, bản vùng sâu, hoàn thành trong năm 2026"),
      block("Sở Tài chính", "bố trí kinh phí theo quy định.")]),
]

# the subject is named but is not asked to act, or no subject is named: no block from the run-in
NO_RUN_IN = [
    ("narrated", "1. Đẩy mạnh chuyển đổi số: Sở Khoa học và Công nghệ đã hoàn thành nền tảng dữ liệu dùng chung."),
    ("writers-promise", "1. Tăng cường phối hợp: Văn phòng Ủy ban nhân dân tỉnh sẽ theo dõi, đôn đốc các sở."),
    ("topic-without-subject",
     "1. Tăng cường kỷ luật, kỷ cương: Nâng cao chất lượng công vụ, xử lý nghiêm cán bộ vi phạm."),
    ("report-of-a-body", "1. Đẩy mạnh chuyển đổi số: Sở Tài chính báo cáo đã bố trí đủ kinh phí năm 2026."),
]


# a conclusion's numbered item whose subject acts, then unnumbered paragraphs that each name the next bodies acting
RUN_INS += [
    ("subject-paragraphs-after-a-numbered-subject-item",
     ("1. Các địa phương khẩn trương sửa chữa nhà ở bị hư hỏng, hoàn thành trước ngày 20/12/2026.\n\n"
      "Bộ Quốc phòng, Bộ Công an huy động lực lượng hỗ trợ Nhân dân dọn dẹp vệ sinh môi trường.\n\n"
      "Bộ Xây dựng chỉ đạo Sở Xây dựng các tỉnh đưa ra một số thiết kế nhà ở mẫu.\n\n"
      "2. Bộ trưởng Bộ Y tế chỉ đạo ngành y tế ngăn chặn dịch bệnh sau lũ."),
     [block("Các địa phương", "khẩn trương sửa chữa nhà ở bị hư hỏng, hoàn thành trước ngày 20/12/2026."),
      block("Bộ Quốc phòng, Bộ Công an", "huy động lực lượng hỗ trợ Nhân dân dọn dẹp vệ sinh môi trường."),
      block("Bộ Xây dựng", "chỉ đạo Sở Xây dựng các tỉnh đưa ra một số thiết kế nhà ở mẫu."),
      block("Bộ trưởng Bộ Y tế", "chỉ đạo ngành y tế ngăn chặn dịch bệnh sau lũ.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(RUN_INS))
def test_run_in_subjects_of_a_conclusion(row_id, body, expected):
    check_field(row_id, notice(body), "assignments", expected)


@pytest.mark.parametrize("row_id,body", table(NO_RUN_IN))
def test_no_block_where_no_body_is_asked_to_act(row_id, body):
    check_field(row_id, notice(body), "assignments", [])


DISPATCH_HEADER = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 301/CĐ-TTg

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 14 tháng 10 năm 2026"""

DISPATCH_TITLE = """\
CÔNG ĐIỆN
Về việc khắc phục hậu quả sạt lở đất tại khu vực miền núi phía Bắc"""

DISPATCH_PREAMBLE = """\
Trong những ngày qua, mưa lớn kéo dài đã gây sạt lở đất nghiêm trọng. Để nhanh chóng ổn định đời sống Nhân dân, \
Thủ tướng Chính phủ yêu cầu:"""

# a Công điện's items name their bodies as subjects, the provinces listed after a colon
DISPATCHES = [
    ("listed-names-with-va",
     ("1. Chủ tịch Ủy ban nhân dân các tỉnh: Lai Châu, Điện Biên và Sơn La chỉ đạo lực lượng chức năng di dời "
      "các hộ dân ra khỏi vùng nguy hiểm.\n"
      "2. Bộ trưởng Bộ Quốc phòng chỉ đạo các quân khu hỗ trợ địa phương."),
     [block("Chủ tịch Ủy ban nhân dân các tỉnh: Lai Châu, Điện Biên và Sơn La",
            "chỉ đạo lực lượng chức năng di dời các hộ dân ra khỏi vùng nguy hiểm."),
      block("Bộ trưởng Bộ Quốc phòng", "chỉ đạo các quân khu hỗ trợ địa phương.")]),
    ("listed-names-wrapped-after-a-comma",
     ("1. Chủ tịch Ủy ban nhân dân các tỉnh: Hà Giang,\n"
      "Tuyên Quang và Cao Bằng khẩn trương thống kê thiệt hại về nhà ở.\n"
      "2. Bộ trưởng Bộ Tài chính đề xuất nguồn hỗ trợ từ ngân sách trung ương."),
     [block("Chủ tịch Ủy ban nhân dân các tỉnh: Hà Giang, Tuyên Quang và Cao Bằng",
            "khẩn trương thống kê thiệt hại về nhà ở."),
      block("Bộ trưởng Bộ Tài chính", "đề xuất nguồn hỗ trợ từ ngân sách trung ương.")]),
    ("adverb-opens-the-duty",
     ("1. Công an các tỉnh kịp thời phát hiện, xử lý các hành vi lợi dụng thiên tai để trục lợi.\n"
      "2. Bộ Xây dựng quyết liệt chỉ đạo khôi phục các tuyến giao thông bị chia cắt."),
     [block("Công an các tỉnh", "kịp thời phát hiện, xử lý các hành vi lợi dụng thiên tai để trục lợi."),
      block("Bộ Xây dựng", "quyết liệt chỉ đạo khôi phục các tuyến giao thông bị chia cắt.")]),
    ("counted-duties-nested-counts-stay-inside",
     ("1. Bộ Nông nghiệp và Môi trường: (1) Hướng dẫn các địa phương khoanh vùng nguy cơ sạt lở; (2) Phát triển "
      "ứng dụng cảnh báo với 03 chức năng: (i) Tra cứu vùng nguy hiểm; (ii) Nhận tin cảnh báo; (iii) Gửi phản "
      "ánh; (3) Tham mưu cơ chế hỗ trợ di dời dân cư.\n"
      "2. Bộ Y tế bảo đảm thuốc men cho Nhân dân vùng bị chia cắt."),
     [block("Bộ Nông nghiệp và Môi trường", "Hướng dẫn các địa phương khoanh vùng nguy cơ sạt lở",
            "Phát triển ứng dụng cảnh báo với 03 chức năng: (i) Tra cứu vùng nguy hiểm; (ii) Nhận tin cảnh báo; "
            "(iii) Gửi phản ánh", "Tham mưu cơ chế hỗ trợ di dời dân cư."),
      block("Bộ Y tế", "bảo đảm thuốc men cho Nhân dân vùng bị chia cắt.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(DISPATCHES))
def test_subjects_of_a_dispatch(row_id, body, expected):
    text = directive(header=DISPATCH_HEADER, title=DISPATCH_TITLE, preamble=DISPATCH_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An")
    check_field(row_id, text, "assignments", expected)


PARTY_HEADER = """\
TỈNH ỦY HÀ TRUNG
VĂN PHÒNG
Số 12-KL/VPTU

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Trung, ngày 20 tháng 3 năm 2026"""

PARTY_TITLE = """\
KẾT LUẬN
của Chánh Văn phòng Tỉnh ủy tại hội nghị công tác văn phòng cấp ủy năm 2026"""

PARTY_PREAMBLE = """\
Ngày 18/3/2026, Văn phòng Tỉnh ủy tổ chức hội nghị công tác văn phòng cấp ủy. Sau khi nghe báo cáo và ý kiến các \
đại biểu, đồng chí Chánh Văn phòng Tỉnh ủy kết luận như sau:"""

# duties counted in brackets under a lead whose subject names who acts (no "đề nghị"), and under a run-in subject
COUNTED_UNDER_A_LEAD = [
    ("lead-subject-over-counted-paragraphs",
     ("1. Đánh giá chung\nHội nghị đánh giá cao kết quả công tác năm 2025.\n\n"
      "2. Nhiệm vụ thời gian tới\n"
      "Quán triệt ý kiến chỉ đạo tại hội nghị, Văn phòng Tỉnh ủy và văn phòng các huyện ủy, thành ủy cụ thể hóa để "
      "tổ chức thực hiện, trong đó, cần tập trung một số nhiệm vụ trọng tâm sau:\n"
      "(1) Nâng cao chất lượng công tác tham mưu, tổng hợp.\n"
      "(2) Đẩy mạnh chuyển đổi số trong hoạt động của văn phòng cấp ủy.\n"
      "Theo dõi sát tình hình các tổ chức đảng trực thuộc.\n"
      "(3) Tiếp tục nâng cao chất lượng công tác văn thư, lưu trữ."),
     [block("Văn phòng Tỉnh ủy và văn phòng các huyện ủy, thành ủy",
            "Nâng cao chất lượng công tác tham mưu, tổng hợp.",
            "Đẩy mạnh chuyển đổi số trong hoạt động của văn phòng cấp ủy. Theo dõi sát tình hình các tổ chức đảng "
            "trực thuộc.",
            "Tiếp tục nâng cao chất lượng công tác văn thư, lưu trữ.")]),
    # a conclusion's section of duties for the body it met: "Để …, tỉnh X cần tiếp tục … sau:" over numbered items;
    # the subject bound by the modal is asked (rh13_01), also a province named as its authorities
    ("lead-subject-with-a-modal-over-numbered-items",
     ("Để hoàn thành các mục tiêu phát triển kinh tế - xã hội năm 2026, tỉnh Hà Trung cần tiếp tục thực hiện quyết "
      "liệt, đồng bộ các chủ trương của Đảng, trong đó tập trung một số nội dung trọng tâm sau:\n\n"
      "1. Rà soát các chỉ tiêu được Hội đồng nhân dân tỉnh giao, phấn đấu hoàn thành cao nhất.\n\n"
      "2. Đẩy mạnh giải ngân vốn đầu tư công, phân công lãnh đạo theo dõi từng dự án.\n\n"
      "3. Khẩn trương điều chỉnh các quy hoạch theo thẩm quyền.\n"),
     [block("tỉnh Hà Trung", "Rà soát các chỉ tiêu được Hội đồng nhân dân tỉnh giao, phấn đấu hoàn thành cao nhất.",
            "Đẩy mạnh giải ngân vốn đầu tư công, phân công lãnh đạo theo dõi từng dự án.",
            "Khẩn trương điều chỉnh các quy hoạch theo thẩm quyền.")]),
    ("lead-body-with-a-modal-over-numbered-items",
     ("Để khắc phục hậu quả mưa lũ, các sở, ngành phải tập trung thực hiện ngay các nhiệm vụ sau:\n"
      "1. Rà soát, thống kê thiệt hại về nhà ở, trường học.\n"
      "2. Bố trí kinh phí sửa chữa các công trình thiết yếu.\n"),
     [block("các sở, ngành", "Rà soát, thống kê thiệt hại về nhà ở, trường học.",
            "Bố trí kinh phí sửa chữa các công trình thiết yếu.")]),
]

# a place named in a lead that is not asked (no modal): its items are no one's duties here
NO_MODAL_PLACE_LEAD = ("Trong năm 2025, tại tỉnh Hà Trung, Ủy ban nhân dân tỉnh đã thực hiện các nội dung sau:\n"
                       "1. Rà soát các chỉ tiêu phát triển.\n2. Đẩy mạnh giải ngân vốn đầu tư công.\n")

# the writer's own plan over counted paragraphs hands on nothing
OWN_PLAN_LEAD = ("Văn phòng Tỉnh ủy xây dựng Kế hoạch công tác năm 2026 với các nội dung sau:\n"
                 "(1) Nâng cao chất lượng công tác tham mưu.\n(2) Đẩy mạnh chuyển đổi số.")


@pytest.mark.parametrize("row_id,body,expected", table(COUNTED_UNDER_A_LEAD))
def test_counted_duties_under_a_lead_naming_who_acts(row_id, body, expected):
    text = directive(header=PARTY_HEADER, title=PARTY_TITLE, preamble=PARTY_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Các huyện ủy,\n- Lưu Văn phòng Tỉnh ủy.\n\nK/T CHÁNH VĂN PHÒNG\n"
                             "PHÓ CHÁNH VĂN PHÒNG\n\nLê Văn Hùng")
    check_field(row_id, text, "assignments", expected)


def test_the_writers_own_plan_over_counted_paragraphs_is_no_block():
    text = directive(header=PARTY_HEADER, title=PARTY_TITLE, preamble=PARTY_PREAMBLE,
                     body="1. Về công tác năm 2026\n" + OWN_PLAN_LEAD,
                     closing="Nơi nhận:\n- Lưu Văn phòng Tỉnh ủy.\n\nCHÁNH VĂN PHÒNG\n\nLê Văn Hùng")
    check_field("own-plan", text, "assignments", [])


def test_items_counted_in_brackets_under_a_run_in_lead():
    body = ("1. Chủ tịch Ủy ban nhân dân các tỉnh: Yên Bái, Lào Cai chỉ đạo khẩn trương thống kê, báo cáo cụ thể "
            "một số nội dung sau:\n(1) Số hộ dân phải di dời khẩn cấp.\n(2) Số công trình trường học bị hư hỏng.\n"
            "2. Bộ trưởng Bộ Y tế chỉ đạo bảo đảm thuốc men.")
    text = directive(header=DISPATCH_HEADER, title=DISPATCH_TITLE, preamble=DISPATCH_PREAMBLE, body=body,
                     closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTHỦ TƯỚNG\n\nNguyễn Văn An")
    check_field("counted-under-run-in", text, "assignments", [
        # the run-in says a task of its own before its colon (what to report on): its first task, then the items
        # (the real gold of this shape keeps it, heldout-real12 rh12_13); a bare "có trách nhiệm:" would head them
        block("Chủ tịch Ủy ban nhân dân các tỉnh: Yên Bái, Lào Cai",
              "chỉ đạo khẩn trương thống kê, báo cáo cụ thể một số nội dung sau:",
              "Số hộ dân phải di dời khẩn cấp.", "Số công trình trường học bị hư hỏng."),
        block("Bộ trưởng Bộ Y tế", "chỉ đạo bảo đảm thuốc men.")])


LETTER_HEADER = """\
BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH
Số: 45/CV-BCĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Trung, ngày 09 tháng 4 năm 2026"""


def test_tasks_of_the_asked_body_grouped_under_about_topics():
    """"… yêu cầu các đồng chí Giám đốc sở … thực hiện các nội dung sau:" over "1. Về …" topics with "1.1." items: the
    items are the asked body's tasks, also one that names the asked bodies again as its subject ("2.1. Các sở, …")."""
    preamble = ("Thực hiện Kết luận số 15-KL/TU ngày 02/4/2026 của Ban Thường vụ Tỉnh ủy, Ban Chỉ đạo yêu cầu các "
                "đồng chí Giám đốc sở, Thủ trưởng ban, ngành khẩn trương chỉ đạo thực hiện các nội dung sau:")
    body = ("1. Về dữ liệu chuyên ngành\n"
            "1.1. Rà soát, cập nhật cơ sở dữ liệu chuyên ngành, hoàn thành trước ngày 30/5/2026.\n"
            "1.2. Kết nối cơ sở dữ liệu với nền tảng chia sẻ dữ liệu của tỉnh.\n"
            "2. Về dịch vụ công trực tuyến\n"
            "2.1. Các sở, ban, ngành tiếp tục tái cấu trúc quy trình dịch vụ công trực tuyến.\n"
            "2.2. Khẩn trương xử lý các hồ sơ trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính.")
    text = directive(header=LETTER_HEADER, title="V/v triển khai nhiệm vụ chuyển đổi số", kinh_gui=(
        "Kính gửi: Các đồng chí Giám đốc sở, Thủ trưởng ban, ngành"), preamble=preamble, body=body,
        closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nNguyễn Văn Hải")
    check_field("about-topics", text, "assignments", [block(
        "các đồng chí Giám đốc sở, Thủ trưởng ban, ngành",
        "Rà soát, cập nhật cơ sở dữ liệu chuyên ngành, hoàn thành trước ngày 30/5/2026.",
        "Kết nối cơ sở dữ liệu với nền tảng chia sẻ dữ liệu của tỉnh.",
        "Các sở, ban, ngành tiếp tục tái cấu trúc quy trình dịch vụ công trực tuyến.",
        "Khẩn trương xử lý các hồ sơ trễ hạn trên Hệ thống thông tin giải quyết thủ tục hành chính.")])


def test_counted_contents_of_the_writers_announcement_are_no_duties():
    """"Kể từ ngày …, Sở X chính thức tiếp nhận … 02 thủ tục, bao gồm:" over "(i) Thủ tục …": the writer announces
    what it does; the counted lines list contents, no body is asked to act."""
    body = ("Kể từ ngày 01/7/2026, Sở Tư pháp chính thức tiếp nhận và giải quyết trực tuyến toàn trình đối với 02 thủ "
            "tục hành chính, bao gồm:\n(i) Thủ tục cấp Phiếu lý lịch tư pháp cho công dân Việt Nam.\n"
            "(ii) Thủ tục cấp Phiếu lý lịch tư pháp cho người nước ngoài.")
    text = directive(header=LETTER_HEADER.replace("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH", "SỞ TƯ PHÁP TỈNH HÀ TRUNG")
                     .replace("45/CV-BCĐ", "210/STP-HCTP"),
                     title="V/v tiếp nhận hồ sơ trực tuyến toàn trình", kinh_gui="Kính gửi: Các cơ quan, đơn vị",
                     preamble="Sở Tư pháp xin trân trọng thông báo:", body=body,
                     closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nPhạm Văn Long")
    check_field("announced-contents", text, "assignments", [])


def test_a_directives_lead_over_items_per_body_is_no_block():
    """A Chỉ thị's "… yêu cầu Giám đốc các sở, … cụ thể như sau:" over numbered items, some run-ins, some principles,
    then agency headings ("3. Sở Xây dựng" over its letters): the items hand out the duties body by body; the lead
    is no block and the principles name no one (rh12_12's ruling)."""
    preamble = ("Để tăng cường quản lý chất lượng công trình, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, "
                "Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường thực hiện tốt các nội dung cụ "
                "thể như sau:")
    body = ("1. Các chủ đầu tư, nhà thầu có trách nhiệm chấp hành nghiêm các quy định về chất lượng công trình.\n"
            "2. Ưu tiên sử dụng vật liệu xây dựng thân thiện với môi trường.\n"
            "3. Sở Xây dựng\n"
            "a) Kiểm tra định kỳ chất lượng các công trình trọng điểm.\n"
            "b) Hướng dẫn các xã, phường quản lý trật tự xây dựng.\n"
            "4. Thanh tra tỉnh\n"
            "a) Tiến hành thanh tra việc chấp hành pháp luật về xây dựng.")
    text = directive(header=LETTER_HEADER.replace("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH", "ỦY BAN NHÂN DÂN\nTỈNH HÀ TRUNG")
                     .replace("45/CV-BCĐ", "07/CT-UBND"),
                     title="CHỈ THỊ\nVề tăng cường quản lý chất lượng công trình xây dựng", preamble=preamble,
                     body=body, closing="Nơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐỗ Văn Nam")
    check_field("directive-items", text, "assignments", [
        block("Các chủ đầu tư, nhà thầu",
              "có trách nhiệm chấp hành nghiêm các quy định về chất lượng công trình."),
        block("Sở Xây dựng", "Kiểm tra định kỳ chất lượng các công trình trọng điểm.",
              "Hướng dẫn các xã, phường quản lý trật tự xây dựng."),
        block("Thanh tra tỉnh", "Tiến hành thanh tra việc chấp hành pháp luật về xây dựng.")])


def test_an_asked_list_whose_items_name_only_the_asked_body_stays_its_block():
    """"… đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:" / "1. Quán triệt …" / "2. Các cơ quan, đơn vị căn cứ
    …" / "3. Cục X" over its dashes: the first items are the asked body's tasks (rh8_21), the heading its own block."""
    preamble = "Để chủ động ứng phó với mưa lũ, Bộ Xây dựng đề nghị các cơ quan, đơn vị thực hiện các nội dung sau:"
    body = ("1. Quán triệt, tổ chức thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ về ứng phó mưa lũ.\n"
            "2. Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ chủ động hỗ trợ địa phương khắc phục hậu quả.\n"
            "3. Cục Đường thủy nội địa\n"
            "- Chỉ đạo các cảng vụ bảo đảm an toàn giao thông thủy.")
    text = directive(header=LETTER_HEADER.replace("BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH", "BỘ XÂY DỰNG")
                     .replace("45/CV-BCĐ", "512/BXD-VP"),
                     title="V/v chủ động ứng phó với mưa lũ", kinh_gui="Kính gửi: Các cơ quan, đơn vị thuộc Bộ",
                     preamble=preamble, body=body,
                     closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nLê Văn Thành")
    check_field("asked-body-named-again", text, "assignments", [
        block("các cơ quan, đơn vị",
              "Quán triệt, tổ chức thực hiện nghiêm chỉ đạo của Thủ tướng Chính phủ về ứng phó mưa lũ.",
              "căn cứ chức năng, nhiệm vụ chủ động hỗ trợ địa phương khắc phục hậu quả."),
        block("Cục Đường thủy nội địa", "Chỉ đạo các cảng vụ bảo đảm an toàn giao thông thủy.")])


# A conclusion's answers to the requests it heard: "N. Về kiến nghị …:" (its heading may wrap over lines) over one or
# more paragraphs, each "Giao X …", "Đề nghị X …" (however long) or "X khẩn trương …": one block per paragraph, the
# same body answering two requests stays two blocks (contract §2: one entry per sentence `Giao X …`).
REQUEST_ANSWERS = [
    ("giao-and-subjects-under-requests",
     ("III. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n\n"
      "1. Về kiến nghị hỗ trợ kinh phí nâng cấp hệ thống đê biển:\n\n"
      "Giao Bộ Tài chính tổng hợp nhu cầu vốn của Tỉnh, báo cáo cấp có thẩm quyền xem xét, quyết định.\n\n"
      "2. Về đề nghị ban hành cơ chế đặc thù cho vùng ven biển:\n\n"
      "Bộ Nông nghiệp và Môi trường khẩn trương chủ trì, phối hợp với các cơ quan liên quan hoàn thiện dự thảo Nghị "
      "định, trình Chính phủ trong quý I năm 2027.\n\n"
      "Giao Bộ Tài chính hướng dẫn Tỉnh lập dự toán theo quy định.\n"),
     [block("Bộ Tài chính", "tổng hợp nhu cầu vốn của Tỉnh, báo cáo cấp có thẩm quyền xem xét, quyết định."),
      block("Bộ Nông nghiệp và Môi trường", "khẩn trương chủ trì, phối hợp với các cơ quan liên quan hoàn thiện dự "
            "thảo Nghị định, trình Chính phủ trong quý I năm 2027."),
      block("Bộ Tài chính", "hướng dẫn Tỉnh lập dự toán theo quy định.")]),
    ("wrapped-request-heading-long-de-nghi-then-second-subject",
     ("III. VỀ MỘT SỐ ĐỀ XUẤT CỦA TỈNH\n\n"
      "1. Về kiến nghị đầu tư tuyến đường tránh thị xã Sông Cầu\n"
      "nối Quốc lộ 1 với cảng biển tổng hợp của Tỉnh:\n\n"
      "Đề nghị Ủy ban nhân dân tỉnh Hà Trung chủ trì, phối hợp với Bộ Xây dựng làm rõ sự cần thiết, tính khả thi và "
      "hiệu quả đầu tư của dự án, làm cơ sở lựa chọn hình thức đầu tư phù hợp, trong đó có phương thức đối tác công "
      "tư, đề xuất điều chỉnh quy hoạch mạng lưới đường bộ đã được phê duyệt.\n\n"
      "Bộ Xây dựng tiếp tục hướng dẫn Tỉnh hoàn thiện hồ sơ đề xuất dự án.\n"),
     [block("Ủy ban nhân dân tỉnh Hà Trung", "chủ trì, phối hợp với Bộ Xây dựng làm rõ sự cần thiết, tính khả thi "
            "và hiệu quả đầu tư của dự án, làm cơ sở lựa chọn hình thức đầu tư phù hợp, trong đó có phương thức đối "
            "tác công tư, đề xuất điều chỉnh quy hoạch mạng lưới đường bộ đã được phê duyệt."),
      block("Bộ Xây dựng", "tiếp tục hướng dẫn Tỉnh hoàn thiện hồ sơ đề xuất dự án.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(REQUEST_ANSWERS))
def test_answers_to_requests_of_a_conclusion(row_id, body, expected):
    check_field(row_id, notice(body), "assignments", expected)


# A sentence whose subject comes after a topic label ("Về kinh phí: Các địa phương phải …") or a clause of time or
# condition ("Sau khi …, Bộ Tài chính khẩn trương …"): the body after it acts (rh13_01, rh13_12). The label is no part
# of the task; the clause is (the subject cannot be cut out of mid-sentence). A paragraph naming the item's body again
# after a label stays a block of its own; "X phải …, Y phải …" names no body.
LED_SUBJECTS = [
    ("clause-before-the-subject-after-a-giao-answer",
     ("1. Về kiến nghị kiện toàn Hội đồng điều phối vùng:\n\n"
      "Giao Bộ Tài chính khẩn trương hoàn thiện báo cáo sơ kết thực hiện Nghị quyết về các vùng.\n\n"
      "Sau khi phương án phân vùng được cấp có thẩm quyền thông qua, Bộ Tài chính khẩn trương trình Thủ tướng "
      "Chính phủ kiện toàn các Hội đồng điều phối vùng.\n"),
     [block("Bộ Tài chính", "khẩn trương hoàn thiện báo cáo sơ kết thực hiện Nghị quyết về các vùng."),
      block("Bộ Tài chính", "Sau khi phương án phân vùng được cấp có thẩm quyền thông qua, Bộ Tài chính khẩn trương "
            "trình Thủ tướng Chính phủ kiện toàn các Hội đồng điều phối vùng.")]),
    ("condition-before-the-subject-after-a-de-nghi-answer",
     ("2. Về đề nghị hỗ trợ kinh phí sửa chữa trường học:\n\n"
      "Đề nghị Ủy ban nhân dân tỉnh Hà Trung rà soát, thống kê thiệt hại, gửi Bộ Giáo dục và Đào tạo.\n\n"
      "Trường hợp vượt khả năng cân đối của địa phương, Bộ Giáo dục và Đào tạo tổng hợp, đề xuất mức hỗ trợ "
      "từ ngân sách trung ương.\n"),
     [block("Ủy ban nhân dân tỉnh Hà Trung", "rà soát, thống kê thiệt hại, gửi Bộ Giáo dục và Đào tạo."),
      block("Bộ Giáo dục và Đào tạo", "Trường hợp vượt khả năng cân đối của địa phương, Bộ Giáo dục và Đào tạo "
            "tổng hợp, đề xuất mức hỗ trợ từ ngân sách trung ương.")]),
    ("topic-labels-before-the-subject-after-a-subject-item",
     ("1. Các sở, ngành phát động ngay đợt cao điểm sửa chữa nhà ở cho hộ nghèo, hoàn thành trước ngày 15/01/2027.\n\n"
      "Về nguồn lực: Các sở, ngành phải chủ động bố trí ngân sách địa phương, vận động doanh nghiệp ủng hộ.\n\n"
      "Về tổ chức thực hiện: Các sở, ngành phân công rõ trách nhiệm của từng xã, thị trấn.\n\n"
      "Cấp ủy phải lãnh đạo, chính quyền phải vào cuộc, huy động các lực lượng hỗ trợ Nhân dân.\n\n"
      "Sở Xây dựng hướng dẫn các huyện thiết kế nhà ở mẫu.\n"),
     [block("Các sở, ngành", "phát động ngay đợt cao điểm sửa chữa nhà ở cho hộ nghèo, hoàn thành trước ngày "
            "15/01/2027."),
      block("Các sở, ngành", "phải chủ động bố trí ngân sách địa phương, vận động doanh nghiệp ủng hộ."),
      block("Các sở, ngành", "phân công rõ trách nhiệm của từng xã, thị trấn."),
      block("Sở Xây dựng", "hướng dẫn các huyện thiết kế nhà ở mẫu.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(LED_SUBJECTS))
def test_a_subject_after_a_topic_label_or_a_leading_clause(row_id, body, expected):
    check_field(row_id, notice(body), "assignments", expected)


def test_a_place_named_in_a_lead_without_a_modal_is_not_asked():
    check_field("place-lead-without-modal", notice(NO_MODAL_PLACE_LEAD), "assignments", [])


# A heading whose bodies are qualified ("…, trong đó trọng tâm là các tỉnh:") and then named on the next line, which
# ends with the heading's second colon ("Đắk Lắk, Gia Lai và Lâm Đồng:") over lettered items (rh13_02): the names are
# part of the agency; "là" after "trọng tâm", "nhất", "chủ yếu" names more bodies, it is no verb.
QUALIFIED_HEADINGS = [
    ("names-after-the-first-colon-on-the-next-line",
     ("Thủ tướng Chính phủ yêu cầu:\n"
      "1. Chủ tịch Ủy ban nhân dân các tỉnh miền núi phía Bắc, trong đó trọng tâm là các tỉnh:\n"
      "Lào Cai, Yên Bái và Hà Giang:\n"
      "a) Tổ chức sửa chữa ngay nhà ở bị hư hỏng do sạt lở.\n"
      "b) Bố trí nơi ở tạm cho các hộ phải di dời.\n"
      "2. Bộ trưởng Bộ Quốc phòng chỉ đạo các đơn vị hỗ trợ nhân lực cho các địa phương.\n"),
     [block("Chủ tịch Ủy ban nhân dân các tỉnh miền núi phía Bắc, trong đó trọng tâm là các tỉnh: Lào Cai, Yên Bái và "
            "Hà Giang", "Tổ chức sửa chữa ngay nhà ở bị hư hỏng do sạt lở.", "Bố trí nơi ở tạm cho các hộ phải di dời."),
      block("Bộ trưởng Bộ Quốc phòng", "chỉ đạo các đơn vị hỗ trợ nhân lực cho các địa phương.")]),
    ("bodies-above-all-then-names",
     ("Ủy ban nhân dân tỉnh yêu cầu:\n"
      "1. Ủy ban nhân dân các huyện, nhất là các huyện:\n"
      "Mường Tè, Sìn Hồ:\n"
      "a) Rà soát các điểm có nguy cơ sạt lở.\n"
      "b) Di dời ngay các hộ dân ra khỏi vùng nguy hiểm.\n"),
     [block("Ủy ban nhân dân các huyện, nhất là các huyện: Mường Tè, Sìn Hồ",
            "Rà soát các điểm có nguy cơ sạt lở.", "Di dời ngay các hộ dân ra khỏi vùng nguy hiểm.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(QUALIFIED_HEADINGS))
def test_a_heading_naming_its_bodies_after_a_qualifier_and_a_colon(row_id, body, expected):
    check_field(row_id, notice(body), "assignments", expected)


# After a body's duties, a paragraph whose subject names the same body again in other words ("Chủ tịch Ủy ban nhân
# dân cấp tỉnh chịu trách nhiệm …" after "1. Chủ tịch Ủy ban nhân dân các tỉnh …:" and its items; rh13_02, rh12_13) is
# one more of its duties; one naming another body is not, nor the wrapped rest of an item that did not end.
NAMED_AGAIN = [
    ("same-body-after-lettered-items",
     ("Thủ tướng Chính phủ yêu cầu:\n"
      "1. Chủ tịch Ủy ban nhân dân các tỉnh Tây Nguyên:\n"
      "a) Tổ chức sửa chữa ngay nhà ở bị hư hỏng.\n"
      "b) Bố trí nơi ở tạm cho các hộ phải di dời.\n"
      "Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm trước Thủ tướng Chính phủ về tính chính xác của số liệu.\n"
      "2. Bộ trưởng Bộ Xây dựng hướng dẫn thiết kế nhà ở mẫu.\n"),
     [block("Chủ tịch Ủy ban nhân dân các tỉnh Tây Nguyên", "Tổ chức sửa chữa ngay nhà ở bị hư hỏng.",
            "Bố trí nơi ở tạm cho các hộ phải di dời.",
            "Chủ tịch Ủy ban nhân dân cấp tỉnh chịu trách nhiệm trước Thủ tướng Chính phủ về tính chính xác của số "
            "liệu."),
      block("Bộ trưởng Bộ Xây dựng", "hướng dẫn thiết kế nhà ở mẫu.")]),
    ("same-body-after-dashed-items",
     ("Ủy ban nhân dân tỉnh yêu cầu:\n"
      "1. Ủy ban nhân dân các huyện: Mường Tè, Sìn Hồ:\n"
      "- Rà soát các điểm có nguy cơ sạt lở.\n"
      "- Di dời các hộ dân ra khỏi vùng nguy hiểm.\n"
      "Ủy ban nhân dân các huyện Mường Tè, Sìn Hồ khẩn trương gửi báo cáo về Sở Nông nghiệp và Môi trường trong tháng 12/2026.\n"
      "2. Sở Tài chính bố trí kinh phí hỗ trợ."),
     [block("Ủy ban nhân dân các huyện: Mường Tè, Sìn Hồ", "Rà soát các điểm có nguy cơ sạt lở.",
            "Di dời các hộ dân ra khỏi vùng nguy hiểm.",
            "Ủy ban nhân dân các huyện Mường Tè, Sìn Hồ khẩn trương gửi báo cáo về Sở Nông nghiệp và Môi trường trong tháng "
            "12/2026."),
      block("Sở Tài chính", "bố trí kinh phí hỗ trợ.")]),
    ("wrapped-item-opening-with-another-body-is-its-rest",
     ("Ủy ban nhân dân tỉnh yêu cầu:\n"
      "1. Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Thủy lợi thực hiện các nội dung sau:\n"
      "- Lập dự toán kinh phí báo cáo\n"
      "Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền phê duyệt.\n"
      "- Phối hợp với các xã kiểm tra hồ đập."),
     [block("Sở Nông nghiệp và Môi trường",
            "Lập dự toán kinh phí báo cáo Sở Nông nghiệp và Môi trường trình cấp có thẩm quyền phê duyệt.",
            "Phối hợp với các xã kiểm tra hồ đập.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(NAMED_AGAIN))
def test_a_paragraph_naming_the_block_again_is_its_duty(row_id, body, expected):
    check_field(row_id, notice(body), "assignments", expected)


# A request written as a paragraph between a conclusion's numbered items ("Yêu cầu các đồng chí bí thư … phải quán
# xuyến …" then "3. Giao …"; rh8_23) asks those bodies, and a further sentence whose subject acts ("Các tỉnh ủy
# phối hợp …") is a block too; after the last item, "Yêu cầu các cơ quan … thực hiện" closes the text (no block).
MID_LIST_REQUESTS = [
    ("requests-between-numbered-items",
     ("1. Yêu cầu các cấp ủy, cơ quan, đơn vị nghiêm túc triển khai các kết luận của hội nghị.\n"
      "Yêu cầu các đồng chí Giám đốc sở, Chủ tịch Ủy ban nhân dân các huyện phải trực tiếp chỉ đạo các nhiệm vụ "
      "trọng tâm.\n"
      "2. Giao Sở Nội vụ hướng dẫn việc sắp xếp các đơn vị sự nghiệp.\n"
      "Đề nghị các huyện ủy rà soát tổ chức bộ máy bên trong. Các đảng ủy xã phối hợp Sở Y tế sắp xếp các trạm y tế, "
      "hoàn thành trước ngày 31/12/2026.\n"
      "3. Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.\n"
      "Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./."),
     [block("các cấp ủy, cơ quan, đơn vị", "nghiêm túc triển khai các kết luận của hội nghị."),
      block("các đồng chí Giám đốc sở, Chủ tịch Ủy ban nhân dân các huyện",
            "phải trực tiếp chỉ đạo các nhiệm vụ trọng tâm."),
      block("Sở Nội vụ", "hướng dẫn việc sắp xếp các đơn vị sự nghiệp."),
      block("các huyện ủy", "rà soát tổ chức bộ máy bên trong."),
      block("Các đảng ủy xã", "phối hợp Sở Y tế sắp xếp các trạm y tế, hoàn thành trước ngày 31/12/2026."),
      block("Văn phòng Ủy ban nhân dân tỉnh", "theo dõi, đôn đốc.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(MID_LIST_REQUESTS))
def test_a_request_between_numbered_items_asks_its_bodies(row_id, body, expected):
    check_field(row_id, notice(body), "assignments", expected)


# A state economic group ("Tập đoàn …") is a body that acts, as a company is (rh12_11).
GROUPS = [
    ("groups-as-subjects-of-a-numbered-item",
     ("1. Bộ Xây dựng tổng hợp hồ sơ các công trình trước ngày 10/12/2026.\n"
      "2. Tập đoàn Điện lực Việt Nam, Tập đoàn Dầu khí Việt Nam chủ trì, phối hợp với các địa phương bảo đảm kết nối "
      "trực tuyến tại các điểm cầu."),
     [block("Bộ Xây dựng", "tổng hợp hồ sơ các công trình trước ngày 10/12/2026."),
      block("Tập đoàn Điện lực Việt Nam, Tập đoàn Dầu khí Việt Nam",
            "chủ trì, phối hợp với các địa phương bảo đảm kết nối trực tuyến tại các điểm cầu.")]),
]


# "hoàn thành" (complete) opens a duty as any task verb does
GROUPS += [
    ("subject-completing-a-task",
     ("1. Các địa phương hoàn thành hồ sơ đề nghị hỗ trợ trước ngày 15/12/2026.\n"
      "2. Ủy ban nhân dân các xã hoàn thành việc sửa chữa nhà ở cho các hộ nghèo trong tháng 01/2027."),
     [block("Các địa phương", "hoàn thành hồ sơ đề nghị hỗ trợ trước ngày 15/12/2026."),
      block("Ủy ban nhân dân các xã", "hoàn thành việc sửa chữa nhà ở cho các hộ nghèo trong tháng 01/2027.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(GROUPS))
def test_economic_groups_act(row_id, body, expected):
    check_field(row_id, notice(body), "assignments", expected)


# A conclusion's item asks several bodies "… như sau:" over items counted in brackets, each opening with the body
# that acts ("(3) Sở Y tế hướng dẫn …"): the lead distributes the duties, each counted subject is a block (its dashes
# its further tasks); an office-holder named with "phụ trách lĩnh vực" is a subject too. The notice's closing formula
# ("… thông báo để … biết, thực hiện./.") hands on nothing.
COUNTED_SUBJECTS_UNDER_AN_ASKING_LEAD = [
    ("numbered-lead-dashes-and-office-holder",
     ("1. Ghi nhận sự nỗ lực của Sở Y tế, Sở Xây dựng và các đơn vị liên quan.\n"
      "2. Để bảo đảm tiến độ hoàn thành công trình trong năm 2026, yêu cầu Sở Y tế, Sở Xây dựng và các cơ quan liên "
      "quan tập trung thực hiện một số nội dung trọng tâm như sau:\n"
      "(1) Sở Y tế chỉ đạo chủ đầu tư đẩy nhanh tiến độ thi công các hạng mục còn lại.\n"
      "- Chủ trì, phối hợp với Sở Tài chính hoàn thiện hồ sơ mua sắm thiết bị.\n"
      "(2) Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực tiếp tục theo dõi sát tiến độ công trình.\n"
      "(3) Sở Xây dựng hướng dẫn chủ đầu tư nghiệm thu các hạng mục theo quy định."),
     [block("Sở Y tế", "chỉ đạo chủ đầu tư đẩy nhanh tiến độ thi công các hạng mục còn lại.",
            "Chủ trì, phối hợp với Sở Tài chính hoàn thiện hồ sơ mua sắm thiết bị."),
      block("Đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực",
            "tiếp tục theo dõi sát tiến độ công trình."),
      block("Sở Xây dựng", "hướng dẫn chủ đầu tư nghiệm thu các hạng mục theo quy định.")]),
    ("plain-lead-subject-wrapped",
     ("Để khắc phục kịp thời các tồn tại, yêu cầu các sở, ngành và Ủy ban nhân dân các huyện thực hiện các nội dung "
      "sau:\n"
      "(1) Sở Nông nghiệp và Môi trường khẩn trương rà soát các công trình thủy lợi bị hư hỏng.\n"
      "(2) Ủy ban nhân dân các huyện chủ động bố trí kinh phí sửa chữa các tuyến kênh nội đồng.\n"
      "(3) Công an tỉnh phối hợp, hướng dẫn\n"
      "Ủy ban nhân dân các huyện bảo đảm an ninh trật tự tại các công trình."),
     [block("Sở Nông nghiệp và Môi trường", "khẩn trương rà soát các công trình thủy lợi bị hư hỏng."),
      block("Ủy ban nhân dân các huyện", "chủ động bố trí kinh phí sửa chữa các tuyến kênh nội đồng."),
      block("Công an tỉnh",
            "phối hợp, hướng dẫn Ủy ban nhân dân các huyện bảo đảm an ninh trật tự tại các công trình.")]),
    ("roman-counts",
     ("3. Về nhiệm vụ thời gian tới, đề nghị các cơ quan, đơn vị tập trung một số nội dung sau:\n"
      "(i) Sở Tư pháp chủ trì thẩm định dự thảo quy chế trước ngày 20 tháng 5 năm 2026.\n"
      "(ii) Sở Nội vụ tổng hợp nhu cầu biên chế của các đơn vị sự nghiệp.\n"
      "(iii) Thanh tra tỉnh kiểm tra việc thực hiện kết luận thanh tra tại các huyện."),
     [block("Sở Tư pháp", "chủ trì thẩm định dự thảo quy chế trước ngày 20 tháng 5 năm 2026."),
      block("Sở Nội vụ", "tổng hợp nhu cầu biên chế của các đơn vị sự nghiệp."),
      block("Thanh tra tỉnh", "kiểm tra việc thực hiện kết luận thanh tra tại các huyện.")]),
    ("office-holders-with-their-fields",
     ("2. Để hoàn thành công trình trong năm 2026, yêu cầu các sở, ngành liên quan thực hiện các nội dung sau:\n"
      "(1) Thứ trưởng Bộ Tài chính phụ trách lĩnh vực ngân sách chỉ đạo bố trí vốn cho công trình.\n"
      "(2) Phó Giám đốc Sở Y tế phụ trách chuyên môn tiếp tục theo dõi sát tiến độ.\n"
      "(3) Sở Xây dựng hướng dẫn nghiệm thu công trình."),
     [block("Thứ trưởng Bộ Tài chính phụ trách lĩnh vực ngân sách", "chỉ đạo bố trí vốn cho công trình."),
      block("Phó Giám đốc Sở Y tế phụ trách chuyên môn", "tiếp tục theo dõi sát tiến độ."),
      block("Sở Xây dựng", "hướng dẫn nghiệm thu công trình.")]),
    ("counts-on-one-line-then-numbered-run-in",
     ("1. Để hoàn thành dự án, yêu cầu các sở, ngành liên quan thực hiện các nội dung sau:\n"
      "(1) Sở Xây dựng chỉ đạo chủ đầu tư đẩy nhanh tiến độ thi công; (2) Sở Tài chính bố trí đủ vốn cho dự án.\n"
      "2. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện."),
     [block("Sở Xây dựng", "chỉ đạo chủ đầu tư đẩy nhanh tiến độ thi công"),
      block("Sở Tài chính", "bố trí đủ vốn cho dự án."),
      block("Văn phòng Ủy ban nhân dân tỉnh", "theo dõi, đôn đốc việc thực hiện.")]),
]


@pytest.mark.parametrize("row_id,body,expected", table(COUNTED_SUBJECTS_UNDER_AN_ASKING_LEAD))
def test_counted_subjects_under_a_lead_asking_several_bodies(row_id, body, expected):
    check_field(row_id, notice(body), "assignments", expected)


# A lead that asks a long list of office-holders (more than 25 words) "… thực hiện … sau:" over numbered items: the items
# are their tasks; a last item whose subject is a body not among the asked ones (the issuer's own office) is a block of
# its own, while an item naming the asked bodies again ("2. Các sở, ngành tiếp tục …") stays one of their tasks, whole
# (rh12_22's ruling).
LONG_ASKED_LIST = [
    ("dispatch-government-office",
     ("Để khắc phục nhanh hậu quả mưa lũ, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ "
      "trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện "
      "các nhiệm vụ cấp bách sau:"),
     ("1. Khẩn trương hỗ trợ người dân ổn định đời sống sau lũ.\n"
      "2. Tập trung khôi phục sản xuất, kinh doanh ngay khi nước rút.\n"
      "3. Văn phòng Chính phủ theo dõi, đôn đốc việc thực hiện Công điện này."),
     [block("Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân "
            "các tỉnh, thành phố trực thuộc Trung ương",
            "Khẩn trương hỗ trợ người dân ổn định đời sống sau lũ.",
            "Tập trung khôi phục sản xuất, kinh doanh ngay khi nước rút."),
      block("Văn phòng Chính phủ", "theo dõi, đôn đốc việc thực hiện Công điện này.")]),
    ("province-office-after-asked-kind-again",
     ("Chủ tịch Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh, Chủ tịch Ủy "
      "ban nhân dân các huyện, thị xã, thành phố và Giám đốc các doanh nghiệp nhà nước trên địa bàn tỉnh thực hiện "
      "các nội dung sau:"),
     ("1. Rà soát, bố trí lực lượng trực phòng, chống cháy rừng.\n"
      "2. Các sở, ngành tiếp tục kiểm tra công tác phòng cháy tại các khu rừng đặc dụng.\n"
      "3. Văn phòng Ủy ban nhân dân tỉnh tổng hợp tình hình, báo cáo Chủ tịch Ủy ban nhân dân tỉnh."),
     [block("Giám đốc các sở, Thủ trưởng các ban, ngành, đoàn thể tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thị xã, "
            "thành phố và Giám đốc các doanh nghiệp nhà nước trên địa bàn tỉnh",
            "Rà soát, bố trí lực lượng trực phòng, chống cháy rừng.",
            "Các sở, ngành tiếp tục kiểm tra công tác phòng cháy tại các khu rừng đặc dụng."),
      block("Văn phòng Ủy ban nhân dân tỉnh", "tổng hợp tình hình, báo cáo Chủ tịch Ủy ban nhân dân tỉnh.")]),
]


@pytest.mark.parametrize("row_id,preamble,body,expected", [(r, p, b, e) for r, p, b, e in LONG_ASKED_LIST],
                         ids=[r[0] for r in LONG_ASKED_LIST])
def test_a_long_list_of_asked_office_holders_and_another_body_after_their_items(row_id, preamble, body, expected):
    text = directive(header=DISPATCH_HEADER, title=DISPATCH_TITLE, preamble=preamble, body=body,
                     closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\n\nNguyễn Văn An")
    check_field(row_id, text, "assignments", expected)


# "… yêu cầu <a long list of bodies> triển khai thực hiện các nhiệm vụ như sau:" / "1. …" / "2. Giao Sở X …": the items
# up to the one that hands a duty to another body are the asked bodies' tasks; "Giao X" is X's block
HANDED_AFTER_THE_ASKED = [
    ("one-item-then-giao",
     ("Để thực hiện Thông báo số 52-TB/TU ngày 10/3/2026 của Ban Thường vụ Thành ủy, UBND thành phố yêu cầu thủ trưởng "
      "các sở, ban, ngành thuộc UBND thành phố, Thành Đoàn, Hội Khuyến học thành phố, UBND các quận, huyện và các "
      "trường đại học triển khai thực hiện các nhiệm vụ như sau:"),
     ("1. Căn cứ nội dung Thông báo, triển khai các nhiệm vụ phù hợp với chức năng của cơ quan, đơn vị.\n"
      "2. Giao Sở Giáo dục và Đào tạo theo dõi, tổng hợp, báo cáo UBND thành phố kết quả thực hiện."),
     [block("thủ trưởng các sở, ban, ngành thuộc UBND thành phố, Thành Đoàn, Hội Khuyến học thành phố, UBND các "
            "quận, huyện và các trường đại học",
            "Căn cứ nội dung Thông báo, triển khai các nhiệm vụ phù hợp với chức năng của cơ quan, đơn vị."),
      block("Sở Giáo dục và Đào tạo", "theo dõi, tổng hợp, báo cáo UBND thành phố kết quả thực hiện.")]),
    ("two-items-then-de-nghi",
     ("Ủy ban nhân dân tỉnh yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện "
      "thực hiện các nội dung sau:"),
     ("1. Rà soát các công trình xuống cấp trên địa bàn.\n2. Bố trí kinh phí sửa chữa kịp thời.\n"
      "3. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh vận động Nhân dân tham gia giám sát."),
     [block("Giám đốc các sở, Thủ trưởng các ban, ngành, Chủ tịch Ủy ban nhân dân các huyện",
            "Rà soát các công trình xuống cấp trên địa bàn.", "Bố trí kinh phí sửa chữa kịp thời."),
      block("Ủy ban Mặt trận Tổ quốc tỉnh", "vận động Nhân dân tham gia giám sát.")]),
]


@pytest.mark.parametrize("row_id,preamble,body,expected", [(r, p, b, e) for r, p, b, e in HANDED_AFTER_THE_ASKED],
                         ids=[r[0] for r in HANDED_AFTER_THE_ASKED])
def test_an_item_handing_a_duty_to_another_body_ends_the_asked_list(row_id, preamble, body, expected):
    text = directive(header=LETTER_HEADER, title="V/v triển khai nhiệm vụ", kinh_gui="Kính gửi: Các cơ quan, đơn vị",
                     preamble=preamble, body=body,
                     closing="Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hải")
    check_field(row_id, text, "assignments", expected)
